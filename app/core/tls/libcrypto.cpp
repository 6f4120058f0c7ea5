#include "libcrypto.h"

#include <QCoreApplication>
#include <QLibrary>

#include <optional>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::LibCrypto)
};

} // namespace

Result<LibCrypto> LibCrypto::load(const QString &fileName, const QString &version)
{
    using R = Result<LibCrypto>;
    QLibrary library(fileName, version);
    if (!library.load())
        return R::failure(Text::tr("cannot load OpenSSL's libcrypto (%1): %2").arg(fileName, library.errorString()));
    LibCrypto crypto;
    // The pointer's type is the function's own, from OpenSSL's header.
#define SOCKPIT_LIBCRYPTO_RESOLVE(name)                                                                     \
    crypto.name = reinterpret_cast<decltype(crypto.name)>(library.resolve(#name));                         \
    if (!crypto.name)                                                                                       \
        return R::failure(Text::tr("%1 has no function %2: OpenSSL 3's libcrypto is needed")               \
                              .arg(library.fileName(), QStringLiteral(#name)));
    SOCKPIT_LIBCRYPTO_FUNCTIONS(SOCKPIT_LIBCRYPTO_RESOLVE)
#undef SOCKPIT_LIBCRYPTO_RESOLVE
    return R::success(crypto);
}

Result<LibCrypto> LibCrypto::system()
{
    // A failure is not kept: its message is said in the language of the moment.
    static std::optional<LibCrypto> loaded;
    if (loaded)
        return Result<LibCrypto>::success(*loaded);
    Result<LibCrypto> crypto = load(QStringLiteral("crypto"), QStringLiteral("3"));
    if (crypto)
        loaded = crypto.value;
    return crypto;
}

} // namespace Sockpit
