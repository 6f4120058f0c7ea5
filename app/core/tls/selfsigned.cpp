#include "selfsigned.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SelfSigned)
};

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

/// The reason OpenSSL gave last, for a message.
QString opensslReason()
{
    const unsigned long code = ERR_get_error();
    if (code == 0)
        return Text::tr("no reason given");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QString::fromLatin1(buffer);
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    const ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

QByteArray pemOf(int (*write)(BIO *, void *), void *object)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get(), object) != 1)
        return QByteArray();
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

int writeCertificate(BIO *bio, void *cert)
{
    return PEM_write_bio_X509(bio, static_cast<X509 *>(cert));
}

int writeKey(BIO *bio, void *key)
{
    return PEM_write_bio_PrivateKey(bio, static_cast<EVP_PKEY *>(key), nullptr, nullptr, 0, nullptr, nullptr);
}

/// Subject and issuer (the same: self-signed), serial, validity, extensions.
bool describe(X509 *cert, const QByteArray &name, bool isAddress, int days)
{
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7F; // a positive number
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert));
    BN_free(number);
    if (!serialSet || X509_set_version(cert, 2) != 1)
        return false;
    // An hour back, so that a peer whose clock is a little behind accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert), long(days) * 24 * 3600))
        return false;
    X509_NAME *subject = X509_get_subject_name(cert);
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(name.constData()), int(name.size()), -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>("Sockpit"), -1, -1, 0)
            != 1
        || X509_set_issuer_name(cert, subject) != 1)
        return false;
    const QByteArray alternative = (isAddress ? QByteArray("IP:") : QByteArray("DNS:")) + name;
    // No key usage: one without keyCertSign would make the certificate fail as
    // its own issuer, and a client that chooses it as its CA file must accept it.
    return addExtension(cert, NID_subject_alt_name, alternative)
        && addExtension(cert, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(cert, NID_subject_key_identifier, "hash")
        && addExtension(cert, NID_ext_key_usage, "serverAuth");
}

} // namespace

Result<PemIdentity> makeSelfSignedIdentity(const QString &hostName, int days)
{
    using R = Result<PemIdentity>;
    const QString host = hostName.trimmed();
    if (host.isEmpty())
        return R::failure(Text::tr("a self-signed certificate needs a host name"));
    if (days < 1 || days > 3650)
        return R::failure(Text::tr("a self-signed certificate is valid for 1 to 3650 days, not %1").arg(days));
    const bool isAddress = !QHostAddress(host).isNull();
    const QByteArray name = host.toUtf8();

    const KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return R::failure(Text::tr("cannot make a key: %1").arg(opensslReason()));
    const CertPtr cert(X509_new());
    if (!cert || X509_set_pubkey(cert.get(), key.get()) != 1 || !describe(cert.get(), name, isAddress, days))
        return R::failure(Text::tr("cannot make the certificate: %1").arg(opensslReason()));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return R::failure(Text::tr("cannot sign the certificate: %1").arg(opensslReason()));

    PemIdentity identity;
    identity.certificate = pemOf(writeCertificate, cert.get());
    identity.privateKey = pemOf(writeKey, key.get());
    if (identity.certificate.isEmpty() || identity.privateKey.isEmpty())
        return R::failure(Text::tr("cannot write the certificate: %1").arg(opensslReason()));
    return R::success(identity);
}

} // namespace Sockpit
