// Certificates in words and a self-signed certificate made on the spot,
// checked with OpenSSL's own command-line tool and a real handshake with
// `openssl s_client`.

#include "certificateinfo.h"
#include "libcrypto.h"
#include "selfsigned.h"
#include "tlsdiagnosis.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sockpit;

namespace {

constexpr int Timeout = 15000;

QString openssl()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

/// Runs openssl with arguments and input; its standard output, or a failed test.
QByteArray runOpenssl(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    process.start(openssl(), arguments);
    if (!process.waitForStarted(Timeout))
        return QByteArray();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(Timeout) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return QByteArray();
    }
    return process.readAllStandardOutput();
}

/// A TLS server of one connection on 127.0.0.1, with the identity given.
class OneShotTlsServer : public QTcpServer
{
public:
    OneShotTlsServer(const PemIdentity &identity)
        : m_certificate(identity.certificate)
        , m_key(identity.privateKey, QSsl::Ec)
    {
        listen(QHostAddress::LocalHost, 0);
    }
    std::unique_ptr<QSslSocket> socket;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        socket = std::make_unique<QSslSocket>();
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

class TstTlsCert : public QObject
{
    Q_OBJECT
private slots:
    void selfSignedForAName_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("alternative");
        QTest::newRow("DNS name") << QStringLiteral("device.local") << QStringLiteral("DNS:device.local");
        QTest::newRow("IPv4 address") << QStringLiteral("127.0.0.1") << QStringLiteral("IP:127.0.0.1");
        QTest::newRow("IPv6 address") << QStringLiteral("::1") << QStringLiteral("IP:::1");
    }
    void selfSignedForAName()
    {
        QFETCH(QString, host);
        QFETCH(QString, alternative);
        const Result<PemIdentity> made = makeSelfSignedIdentity(host, 7);
        QVERIFY2(made.ok(), qPrintable(made.error));
        const QSslCertificate certificate(made.value.certificate);
        QVERIFY(!certificate.isNull());
        QVERIFY(certificate.isSelfSigned());
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{host});
        const QSslKey key(made.value.privateKey, QSsl::Ec);
        QVERIFY(!key.isNull());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(certificate.effectiveDate() < now);
        QVERIFY(certificate.expiryDate() > now.addDays(6));
        QVERIFY(certificate.expiryDate() < now.addDays(8));

        const CertificateSummary summary = CertificateSummary::of(certificate);
        QVERIFY(summary.selfSigned);
        QVERIFY2(summary.alternativeNames.contains(alternative), qPrintable(summary.alternativeNames.join(u' ')));
        QVERIFY(summary.subject.contains(QStringLiteral("CN=") + host));
        QVERIFY(summary.describe().join(u'\n').contains(u"(self-signed)"));

        if (openssl().isEmpty())
            QSKIP("openssl is not installed (Debian package openssl)");
        // OpenSSL reads it, and its fingerprint is the one shown.
        const QByteArray fingerprint = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"),
                                                   QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                                                  made.value.certificate);
        QVERIFY2(fingerprint.trimmed().endsWith(summary.sha256.toLatin1()), fingerprint.constData());
        const QByteArray text = runOpenssl({QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-text")},
                                           made.value.certificate);
        QVERIFY(text.contains("CA:FALSE"));
        QVERIFY(text.contains("TLS Web Server Authentication"));
        QVERIFY(runOpenssl({QStringLiteral("pkey"), QStringLiteral("-noout"), QStringLiteral("-text")},
                           made.value.privateKey)
                    .contains("prime256v1"));
        // A client that takes it as its CA file accepts it for its name.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cert.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(made.value.certificate);
        file.close();
        const QStringList check = QStringList{QStringLiteral("verify"), QStringLiteral("-CAfile"), path}
            << (alternative.startsWith(u"IP") ? QStringLiteral("-verify_ip") : QStringLiteral("-verify_hostname"))
            << host << path;
        QVERIFY(runOpenssl(check).contains(": OK"));
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QString() << 30 << QStringLiteral("needs a host name");
        QTest::newRow("zero days") << QStringLiteral("a") << 0 << QStringLiteral("1 to 3650 days, not 0");
        QTest::newRow("too long") << QStringLiteral("a") << 5000 << QStringLiteral("not 5000");
    }
    void badRequestsAreRefused()
    {
        QFETCH(QString, host);
        QFETCH(int, days);
        QFETCH(QString, message);
        const Result<PemIdentity> made = makeSelfSignedIdentity(host, days);
        QVERIFY(!made.ok());
        QVERIFY2(made.error.contains(message), qPrintable(made.error));
    }

    void aMissingLibcryptoIsSaid()
    {
        const Result<LibCrypto> missing =
            LibCrypto::load(QStringLiteral("sockpit-no-such-crypto"), QStringLiteral("3"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"cannot load OpenSSL's libcrypto (sockpit-no-such-crypto)"),
                 qPrintable(missing.error));
        // Making a certificate says why it cannot, and nothing is made.
        const Result<PemIdentity> made = makeSelfSignedIdentity(missing, QStringLiteral("device.local"));
        QVERIFY(!made.ok());
        QVERIFY(made.value.certificate.isEmpty());
        QVERIFY2(made.error.startsWith(u"cannot make a self-signed certificate: cannot load OpenSSL's libcrypto"),
                 qPrintable(made.error));
    }

    void aLibraryWithoutTheFunctionsIsRefused()
    {
        // zlib loads (Qt Core needs it) but is no libcrypto.
        const Result<LibCrypto> wrong = LibCrypto::load(QStringLiteral("z"), QStringLiteral("1"));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error.contains(u"has no function BIO_ctrl: OpenSSL 3's libcrypto is needed"),
                 qPrintable(wrong.error));
    }

    void theSystemLibcryptoHasEveryFunction()
    {
        const Result<LibCrypto> crypto = LibCrypto::system();
        QVERIFY2(crypto.ok(), qPrintable(crypto.error));
        QVERIFY(crypto.value.X509_sign);
        QVERIFY(crypto.value.EVP_PKEY_Q_keygen);
    }

    void aRealClientCompletesTheHandshake()
    {
        if (openssl().isEmpty())
            QSKIP("openssl is not installed (Debian package openssl)");
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        const Result<PemIdentity> made = makeSelfSignedIdentity(QStringLiteral("device.local"));
        QVERIFY2(made.ok(), qPrintable(made.error));
        OneShotTlsServer server(made.value);
        QVERIFY(server.isListening());
        QProcess client;
        client.start(openssl(), {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                 QStringLiteral("127.0.0.1:%1").arg(server.serverPort()), QStringLiteral("-servername"),
                                 QStringLiteral("device.local")});
        QVERIFY(client.waitForStarted(Timeout));
        QTRY_VERIFY_WITH_TIMEOUT(server.socket && server.socket->isEncrypted(), Timeout);
        client.write("hello over TLS\n");
        QTRY_VERIFY_WITH_TIMEOUT(server.socket->bytesAvailable() >= 15, Timeout);
        QCOMPARE(server.socket->readAll(), QByteArray("hello over TLS\n"));
        const QString session = TlsText::sessionLine(server.socket->sessionProtocol(), server.socket->sessionCipher());
        QVERIFY2(session.startsWith(u"TLS 1."), qPrintable(session));
        server.socket->disconnectFromHost();
        client.closeWriteChannel();
        QVERIFY(client.waitForFinished(Timeout));
        QVERIFY(client.readAllStandardOutput().contains("CN = device.local"));
    }

    void certificateProblemsInWords_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << int(QSslError::CertificateExpired) << QStringLiteral("expired on");
        QTest::newRow("not yet valid") << int(QSslError::CertificateNotYetValid) << QStringLiteral("not valid before");
        QTest::newRow("self-signed") << int(QSslError::SelfSignedCertificate) << QStringLiteral("self-signed");
        QTest::newRow("unknown issuer") << int(QSslError::UnableToGetLocalIssuerCertificate)
                                        << QStringLiteral("issuer 'device.local' is unknown");
        QTest::newRow("host name") << int(QSslError::HostNameMismatch)
                                   << QStringLiteral("is for device.local, not for 'other.local'");
    }
    void certificateProblemsInWords()
    {
        QFETCH(int, error);
        QFETCH(QString, words);
        const Result<PemIdentity> made = makeSelfSignedIdentity(QStringLiteral("device.local"));
        QVERIFY2(made.ok(), qPrintable(made.error));
        const QSslError sslError(QSslError::SslError(error), QSslCertificate(made.value.certificate));
        const QString text = TlsDiagnosis::explain(sslError, QStringLiteral("other.local"));
        QVERIFY2(text.contains(words), qPrintable(text));
        // The same problem twice is said once.
        QCOMPARE(TlsDiagnosis::explainAll({sslError, sslError}, QStringLiteral("other.local")).size(), 1);
    }

    void handshakeFailuresInWords_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("words");
        QTest::newRow("client certificate") << QStringLiteral("error:0A00045C:SSL routines::tlsv13 alert certificate required")
                                            << QStringLiteral("asked for a client certificate");
        QTest::newRow("plain text") << QStringLiteral("error:0A00010B:SSL routines::wrong version number")
                                    << QStringLiteral("does not speak TLS");
        QTest::newRow("versions") << QStringLiteral("error:0A000102:SSL routines::unsupported protocol")
                                  << QStringLiteral("no TLS version both sides speak");
        QTest::newRow("ciphers") << QStringLiteral("error:0A000410:SSL routines::sslv3 alert handshake failure")
                                 << QStringLiteral("share no cipher");
        QTest::newRow("unknown") << QStringLiteral("something new") << QStringLiteral("failed: something new");
    }
    void handshakeFailureWithoutOurCertificate()
    {
        const QString alert = QStringLiteral("error:0A000410:SSL routines::sslv3 alert handshake failure");
        QVERIFY2(TlsDiagnosis::explainHandshakeFailure(alert, false).contains(u"it may require a client certificate"),
                 qPrintable(TlsDiagnosis::explainHandshakeFailure(alert, false)));
        // With a certificate offered, the alert means what it says.
        QVERIFY(TlsDiagnosis::explainHandshakeFailure(alert, true).contains(u"share no cipher"));
    }
    void handshakeFailuresInWords()
    {
        QFETCH(QString, backend);
        QFETCH(QString, words);
        const QString text = TlsDiagnosis::explainHandshakeFailure(backend);
        QVERIFY2(text.contains(words), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TstTlsCert)
#include "tst_tlscert.moc"
