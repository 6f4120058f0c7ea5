#include "tlsserversetup.h"

#include "certificateinfo.h"
#include "selfsigned.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::TlsSetup)
};

} // namespace

Result<TlsServerSetup> TlsSetup::serverSetup(const TlsServerOptions &options, SelfSignedCache *cache)
{
    using R = Result<TlsServerSetup>;
    if (const QString why = unavailableReason(); !why.isEmpty())
        return R::failure(why);
    PemIdentity identity;
    if (!options.selfSignedName.isEmpty() && cache && cache->name == options.selfSignedName) {
        identity = cache->identity;
    } else if (!options.selfSignedName.isEmpty()) {
        const Result<PemIdentity> made = makeSelfSignedIdentity(options.selfSignedName);
        if (!made)
            return R::failure(made.error);
        identity = made.value;
        if (cache)
            *cache = SelfSignedCache{options.selfSignedName, identity};
    } else {
        const Result<QByteArray> certificate = readPemFile(options.certificateFile, Text::tr("certificate file"));
        if (!certificate)
            return R::failure(certificate.error);
        const Result<QByteArray> key = readPemFile(options.keyFile, Text::tr("key file"));
        if (!key)
            return R::failure(key.error);
        identity = {certificate.value, key.value};
    }
    const Result<QSslConfiguration> configuration = serverConfiguration(options, identity.certificate,
                                                                        identity.privateKey);
    if (!configuration)
        return R::failure(configuration.error);
    const CertificateSummary summary = CertificateSummary::of(configuration.value.localCertificate());
    const QString line = options.selfSignedName.isEmpty()
                             ? Text::tr("certificate %1 (issued by %2), SHA-256 %3").arg(summary.subject, summary.issuer, summary.sha256)
                             : Text::tr("a self-signed certificate made for %1, SHA-256 %2")
                                   .arg(options.selfSignedName, summary.sha256);
    return R::success(TlsServerSetup{configuration.value, line});
}

} // namespace Sockpit
