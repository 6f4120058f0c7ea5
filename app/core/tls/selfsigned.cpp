#include "selfsigned.h"

#include "libcrypto.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <functional>
#include <memory>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SelfSigned)
};

/// An OpenSSL object freed by its own function of the loaded library.
template<typename T>
using Owned = std::unique_ptr<T, void (*)(T *)>;

/// Makes one certificate with the functions of a loaded libcrypto.
class CertificateMaker
{
public:
    explicit CertificateMaker(const LibCrypto &crypto)
        : m_crypto(crypto)
    {
    }

    Result<PemIdentity> make(const QByteArray &name, bool isAddress, int days) const;

private:
    QString opensslReason() const;
    bool addExtension(X509 *cert, int nid, const QByteArray &value) const;
    bool describe(X509 *cert, const QByteArray &name, bool isAddress, int days) const;
    QByteArray pem(const std::function<int(BIO *)> &write) const;

    const LibCrypto &m_crypto;
};

/// The reason OpenSSL gave last, for a message.
QString CertificateMaker::opensslReason() const
{
    const unsigned long code = m_crypto.ERR_get_error();
    if (code == 0)
        return Text::tr("no reason given");
    char buffer[256];
    m_crypto.ERR_error_string_n(code, buffer, sizeof buffer);
    m_crypto.ERR_clear_error();
    return QString::fromLatin1(buffer);
}

bool CertificateMaker::addExtension(X509 *cert, int nid, const QByteArray &value) const
{
    X509V3_CTX context;
    context.db = nullptr; // X509V3_set_ctx_nodb
    m_crypto.X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    const Owned<X509_EXTENSION> extension(m_crypto.X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()),
                                          m_crypto.X509_EXTENSION_free);
    return extension && m_crypto.X509_add_ext(cert, extension.get(), -1) == 1;
}

QByteArray CertificateMaker::pem(const std::function<int(BIO *)> &write) const
{
    const Owned<BIO> bio(m_crypto.BIO_new(m_crypto.BIO_s_mem()), m_crypto.BIO_free_all);
    if (!bio || write(bio.get()) != 1)
        return QByteArray();
    char *data = nullptr;
    const long size = m_crypto.BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, &data); // BIO_get_mem_data
    return QByteArray(data, int(size));
}

/// Subject and issuer (the same: self-signed), serial, validity, extensions.
bool CertificateMaker::describe(X509 *cert, const QByteArray &name, bool isAddress, int days) const
{
    unsigned char serial[16];
    if (m_crypto.RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7F; // a positive number
    BIGNUM *number = m_crypto.BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = number && m_crypto.BN_to_ASN1_INTEGER(number, m_crypto.X509_get_serialNumber(cert));
    m_crypto.BN_free(number);
    if (!serialSet || m_crypto.X509_set_version(cert, 2) != 1)
        return false;
    // An hour back, so that a peer whose clock is a little behind accepts it.
    if (!m_crypto.X509_gmtime_adj(m_crypto.X509_getm_notBefore(cert), -3600)
        || !m_crypto.X509_gmtime_adj(m_crypto.X509_getm_notAfter(cert), long(days) * 24 * 3600))
        return false;
    X509_NAME *subject = m_crypto.X509_get_subject_name(cert);
    if (m_crypto.X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char *>(name.constData()), int(name.size()), -1, 0)
            != 1
        || m_crypto.X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char *>("Sockpit"), -1, -1, 0)
            != 1
        || m_crypto.X509_set_issuer_name(cert, subject) != 1)
        return false;
    const QByteArray alternative = (isAddress ? QByteArray("IP:") : QByteArray("DNS:")) + name;
    // No key usage: one without keyCertSign would make the certificate fail as
    // its own issuer, and a client that chooses it as its CA file must accept it.
    return addExtension(cert, NID_subject_alt_name, alternative)
        && addExtension(cert, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert, NID_subject_key_identifier, "hash")
        && addExtension(cert, NID_ext_key_usage, "serverAuth");
}

Result<PemIdentity> CertificateMaker::make(const QByteArray &name, bool isAddress, int days) const
{
    using R = Result<PemIdentity>;
    // EVP_EC_gen("P-256")
    const Owned<EVP_PKEY> key(m_crypto.EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), m_crypto.EVP_PKEY_free);
    if (!key)
        return R::failure(Text::tr("cannot make a key: %1").arg(opensslReason()));
    const Owned<X509> cert(m_crypto.X509_new(), m_crypto.X509_free);
    if (!cert || m_crypto.X509_set_pubkey(cert.get(), key.get()) != 1 || !describe(cert.get(), name, isAddress, days))
        return R::failure(Text::tr("cannot make the certificate: %1").arg(opensslReason()));
    if (m_crypto.X509_sign(cert.get(), key.get(), m_crypto.EVP_sha256()) == 0)
        return R::failure(Text::tr("cannot sign the certificate: %1").arg(opensslReason()));

    PemIdentity identity;
    identity.certificate = pem([&](BIO *bio) { return m_crypto.PEM_write_bio_X509(bio, cert.get()); });
    identity.privateKey = pem([&](BIO *bio) {
        return m_crypto.PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (identity.certificate.isEmpty() || identity.privateKey.isEmpty())
        return R::failure(Text::tr("cannot write the certificate: %1").arg(opensslReason()));
    return R::success(identity);
}

/// Why a request cannot be met whatever the library, or nothing.
QString requestProblem(const QString &host, int days)
{
    if (host.isEmpty())
        return Text::tr("a self-signed certificate needs a host name");
    if (days < 1 || days > 3650)
        return Text::tr("a self-signed certificate is valid for 1 to 3650 days, not %1").arg(days);
    return QString();
}

} // namespace

Result<PemIdentity> makeSelfSignedIdentity(const QString &hostName, int days)
{
    // The library is loaded only for a request it can meet.
    if (const QString why = requestProblem(hostName.trimmed(), days); !why.isEmpty())
        return Result<PemIdentity>::failure(why);
    return makeSelfSignedIdentity(LibCrypto::system(), hostName, days);
}

Result<PemIdentity> makeSelfSignedIdentity(const Result<LibCrypto> &crypto, const QString &hostName, int days)
{
    using R = Result<PemIdentity>;
    const QString host = hostName.trimmed();
    if (const QString why = requestProblem(host, days); !why.isEmpty())
        return R::failure(why);
    if (!crypto)
        return R::failure(Text::tr("cannot make a self-signed certificate: %1").arg(crypto.error));
    const bool isAddress = !QHostAddress(host).isNull();
    return CertificateMaker(crypto.value).make(host.toUtf8(), isAddress, days);
}

} // namespace Sockpit
