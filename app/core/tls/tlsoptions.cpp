#include "tlsoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::TlsSetup)
};

/// Files of certificates and keys are small; a large file is the wrong one.
constexpr qint64 MaxPemBytes = 1024 * 1024;

Result<QList<QSslCertificate>> readCertificates(const QString &path, const QString &what)
{
    using R = Result<QList<QSslCertificate>>;
    const Result<QByteArray> pem = TlsSetup::readPemFile(path, what);
    if (!pem)
        return R::failure(pem.error);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(pem.value, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(pem.value, QSsl::Der);
    if (certificates.isEmpty())
        return R::failure(Text::tr("%1 %2 holds no certificate (PEM or DER)").arg(what, QDir::toNativeSeparators(path)));
    return R::success(certificates);
}

Result<QSslKey> parseKey(const QByteArray &pem, const QByteArray &passphrase, const QString &where)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return Result<QSslKey>::success(key);
    }
    if (pem.contains("ENCRYPTED")) {
        return Result<QSslKey>::failure(passphrase.isEmpty()
                                            ? Text::tr("the key %1 is protected by a passphrase: give it").arg(where)
                                            : Text::tr("the passphrase of the key %1 is wrong").arg(where));
    }
    return Result<QSslKey>::failure(Text::tr("%1 holds no private key Sockpit can read (PEM: RSA, EC or DSA)").arg(where));
}

Result<QSslConfiguration> withMinimum(QSslConfiguration configuration, QSsl::SslProtocol minimum)
{
    configuration.setProtocol(minimum == QSsl::TlsV1_3OrLater ? QSsl::TlsV1_3OrLater : QSsl::TlsV1_2OrLater);
    return Result<QSslConfiguration>::success(configuration);
}

} // namespace

QString TlsSetup::unavailableReason()
{
    if (QSslSocket::supportsSsl())
        return QString();
    return Text::tr("TLS is not available: Qt found no TLS backend (is OpenSSL 3 installed?)");
}

Result<QByteArray> TlsSetup::readPemFile(const QString &path, const QString &what)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Text::tr("%1 %2 cannot be read: %3").arg(what, name, file.errorString()));
    if (file.size() > MaxPemBytes)
        return Result<QByteArray>::failure(Text::tr("%1 %2 is too large for a certificate or key file").arg(what, name));
    return Result<QByteArray>::success(file.readAll());
}

Result<QSslConfiguration> TlsSetup::clientConfiguration(const TlsClientOptions &options)
{
    using R = Result<QSslConfiguration>;
    if (const QString why = unavailableReason(); !why.isEmpty())
        return R::failure(why);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Verification is always on: problems come to TlsConnection, which passes
    // them only for a certificate accepted once (or warns, with --insecure).
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.isEmpty()) {
        const auto cas = readCertificates(options.caFile, Text::tr("CA file"));
        if (!cas)
            return R::failure(cas.error);
        configuration.setCaCertificates(cas.value);
    }
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty())
        return R::failure(Text::tr("a client certificate needs both its certificate file and its key file"));
    if (!options.certificateFile.isEmpty()) {
        const auto certificates = readCertificates(options.certificateFile, Text::tr("certificate file"));
        if (!certificates)
            return R::failure(certificates.error);
        const Result<QByteArray> keyPem = readPemFile(options.keyFile, Text::tr("key file"));
        if (!keyPem)
            return R::failure(keyPem.error);
        const Result<QSslKey> key = parseKey(keyPem.value, options.keyPassphrase, QDir::toNativeSeparators(options.keyFile));
        if (!key)
            return R::failure(key.error);
        configuration.setLocalCertificateChain(certificates.value);
        configuration.setPrivateKey(key.value);
    }
    return withMinimum(configuration, options.minimumProtocol);
}

Result<QSslConfiguration> TlsSetup::serverConfiguration(const TlsServerOptions &options,
                                                        const QByteArray &certificatePem, const QByteArray &keyPem)
{
    using R = Result<QSslConfiguration>;
    if (const QString why = unavailableReason(); !why.isEmpty())
        return R::failure(why);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty())
        return R::failure(Text::tr("the server certificate holds no PEM certificate"));
    // Named as the client's is: by its file (or as made here, for --self-signed).
    const QString keyName = options.keyFile.isEmpty() ? Text::tr("made for this server")
                                                      : QDir::toNativeSeparators(options.keyFile);
    const Result<QSslKey> key = parseKey(keyPem, options.keyPassphrase, keyName);
    if (!key)
        return R::failure(key.error);
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key.value);
    configuration.setPeerVerifyMode(options.requireClientCertificate ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    if (!options.clientCaFile.isEmpty()) {
        const auto cas = readCertificates(options.clientCaFile, Text::tr("client CA file"));
        if (!cas)
            return R::failure(cas.error);
        configuration.setCaCertificates(cas.value);
    }
    return withMinimum(configuration, options.minimumProtocol);
}

} // namespace Sockpit
