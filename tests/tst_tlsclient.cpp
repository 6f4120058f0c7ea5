// The TCP client over TLS against OpenSSL's own server (openssl s_server),
// with certificates made at run time: a good one, an expired one, one for
// another name, a self-signed one, a server that wants a client certificate.
// Each failure is said in plain words; a certificate can be accepted once.

#include "tcpclientsession.h"

#include "tlsoptions.h"

#include "common/opensslserver.h"
#include "common/testpki.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::OpensslServer;
using SockpitTest::TestPki;

namespace {
constexpr int Timeout = 20000;
}

class TstTlsClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here (OpenSSL 3 missing)");
        m_pki = std::make_unique<TestPki>();
        if (TestPki::openssl().isEmpty())
            QSKIP("openssl is not installed (Debian package openssl)");
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void goodCertificateCarriesData()
    {
        OpensslServer server;
        QVERIFY2(server.start(m_pki->pair("server")), qPrintable(server.error()));
        TcpClientSession session;
        QVERIFY(configure(session, m_pki->caFile()));
        QSignalSpy secured(&session, &TcpClientSession::secured);
        QSignalSpy notices(&session, &Session::noticeOccurred);
        QSignalSpy received(&session, &Session::received);
        session.setTarget(QStringLiteral("127.0.0.1"), server.port());
        session.open();
        QVERIFY(secured.wait(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Active, Timeout);
        QVERIFY2(session.tlsSessionLine().startsWith(u"TLS 1.3"), qPrintable(session.tlsSessionLine()));
        const QString log = allText(notices);
        QVERIFY2(log.contains(u"subject: CN=localhost"), qPrintable(log));
        QVERIFY(log.contains(u"issuer: CN=Sockpit Test CA"));
        QVERIFY(log.contains(u"SHA-256 fingerprint: "));
        QVERIFY(log.contains(u"DNS:localhost"));
        QVERIFY(log.contains(u"IP:127.0.0.1"));
        // GBK both ways: s_server -rev reverses the bytes of each line.
        const QByteArray gbk("\xC4\xE3\xBA\xC3 ok\n");
        QVERIFY(session.send(gbk));
        QByteArray reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply = joined(received)).contains('\n'), Timeout);
        QCOMPARE(reply, QByteArray("ko \xC3\xBA\xE3\xC4\n"));
        session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Idle, Timeout);
    }

    void failuresAreExplained_data()
    {
        QTest::addColumn<QByteArray>("identity");
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << QByteArray("expired") << QString() << true
                                 << QStringLiteral("the certificate expired on 2020-02-01");
        QTest::newRow("not yet valid") << QByteArray("future") << QString() << true
                                       << QStringLiteral("not valid before 2099-01-01");
        QTest::newRow("host name") << QByteArray("othername") << QString() << true
                                   << QStringLiteral("the certificate is for device.example, not for '127.0.0.1'");
        QTest::newRow("server name") << QByteArray("server") << QStringLiteral("printer.example") << true
                                     << QStringLiteral("not for 'printer.example'");
        QTest::newRow("self-signed") << QByteArray("selfsigned") << QString() << false
                                     << QStringLiteral("the certificate is self-signed");
        QTest::newRow("unknown issuer") << QByteArray("server") << QString() << false
                                        << QStringLiteral("issuer 'Sockpit Test CA' is unknown");
    }
    void failuresAreExplained()
    {
        QFETCH(QByteArray, identity);
        QFETCH(QString, serverName);
        QFETCH(bool, withCa);
        QFETCH(QString, words);
        OpensslServer server;
        QVERIFY2(server.start(m_pki->pair(identity.constData())), qPrintable(server.error()));
        TcpClientSession session;
        QVERIFY(configure(session, withCa ? m_pki->caFile() : QString(), serverName));
        QSignalSpy errors(&session, &Session::errorOccurred);
        QSignalSpy joined(&session, &Session::peerJoined);
        session.setTarget(QStringLiteral("127.0.0.1"), server.port());
        session.open();
        QVERIFY(errors.wait(Timeout));
        const QString error = errors.first().first().toString();
        QVERIFY2(error.contains(u"TLS handshake failed") && error.contains(words), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Idle, Timeout);
        QCOMPARE(joined.count(), 0);
        QVERIFY(session.rejectedCertificate().has_value());
        QVERIFY(session.rejectedCertificate()->problems.join(u' ').contains(words));
    }

    void aCertificateAcceptedOnceIsAWarning()
    {
        OpensslServer server;
        QVERIFY2(server.start(m_pki->pair("expired"), {QStringLiteral("-naccept"), QStringLiteral("2")}),
                 qPrintable(server.error()));
        TcpClientSession session;
        QVERIFY(configure(session, m_pki->caFile()));
        QSignalSpy errors(&session, &Session::errorOccurred);
        session.setTarget(QStringLiteral("127.0.0.1"), server.port());
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.rejectedCertificate().has_value(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Idle, Timeout);
        session.acceptCertificateOnce(session.rejectedCertificate()->sha256);
        errors.clear();
        QSignalSpy secured(&session, &TcpClientSession::secured);
        session.open();
        QVERIFY(secured.wait(Timeout));
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), Timeout);
        const QString warning = errors.first().first().toString();
        QVERIFY2(warning.startsWith(u"warning: continuing although the certificate expired"), qPrintable(warning));
        session.abort();
    }

    void insecureGoesOnWithAWarning()
    {
        OpensslServer server;
        QVERIFY2(server.start(m_pki->pair("selfsigned")), qPrintable(server.error()));
        TcpClientSession session;
        TlsClientOptions options;
        options.enabled = true;
        const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(options);
        QVERIFY2(configuration.ok(), qPrintable(configuration.error));
        session.setTls(TlsClientSetup{configuration.value, QString(), true});
        QSignalSpy errors(&session, &Session::errorOccurred);
        QSignalSpy secured(&session, &TcpClientSession::secured);
        session.setTarget(QStringLiteral("127.0.0.1"), server.port());
        session.open();
        QVERIFY(secured.wait(Timeout));
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().first().toString().contains(u"self-signed"));
        session.abort();
    }

    void clientCertificate()
    {
        OpensslServer server;
        QVERIFY2(server.start(m_pki->pair("server"), {QStringLiteral("-Verify"), QStringLiteral("1"),
                                                      QStringLiteral("-CAfile"), m_pki->caFile()}),
                 qPrintable(server.error()));
        // Without one: the server's refusal is said in plain words.
        {
            TcpClientSession session;
            QVERIFY(configure(session, m_pki->caFile()));
            QSignalSpy errors(&session, &Session::errorOccurred);
            session.setTarget(QStringLiteral("127.0.0.1"), server.port());
            session.open();
            QVERIFY(errors.wait(Timeout));
            const QString error = errors.first().first().toString();
            QVERIFY2(error.contains(u"asked for a client certificate"), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Idle, Timeout);
        }
    }

    void badFilesAreNamed_data()
    {
        QTest::addColumn<QString>("ca");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing CA file") << QStringLiteral("/nonexistent/ca.pem") << QString() << QString()
                                         << QStringLiteral("CA file /nonexistent/ca.pem cannot be read");
        QTest::newRow("certificate without key") << QString() << QStringLiteral("x.pem") << QString()
                                                 << QStringLiteral("needs both its certificate file and its key file");
    }
    void badFilesAreNamed()
    {
        QFETCH(QString, ca);
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, words);
        TlsClientOptions options;
        options.enabled = true;
        options.caFile = ca;
        options.certificateFile = certificate;
        options.keyFile = key;
        const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(options);
        QVERIFY(!configuration.ok());
        QVERIFY2(configuration.error.contains(words), qPrintable(configuration.error));
    }

    void shortConnectionsOverTls()
    {
        // Each send connects, shakes hands, sends, takes the reply and closes.
        OpensslServer server;
        QVERIFY2(server.start(m_pki->pair("server"), {QStringLiteral("-naccept"), QStringLiteral("2")}),
                 qPrintable(server.error()));
        TcpClientSession session;
        QVERIFY(configure(session, m_pki->caFile()));
        session.setTarget(QStringLiteral("127.0.0.1"), server.port());
        session.setShortConnection(true, 300);
        QSignalSpy received(&session, &Session::received);
        QSignalSpy secured(&session, &TcpClientSession::secured);
        QSignalSpy left(&session, &Session::peerLeft);
        for (const QByteArray &line : {QByteArray("first\n"), QByteArray("second\n")}) {
            const qsizetype before = left.count();
            QVERIFY(session.send(line));
            QTRY_VERIFY_WITH_TIMEOUT(left.count() > before, Timeout);
        }
        QCOMPARE(secured.count(), 2);
        QCOMPARE(joined(received), QByteArray("tsrif\ndnoces\n"));
        QCOMPARE(session.state(), Session::State::Idle);
    }

    void noCommonVersionIsSaid()
    {
        OpensslServer server; // TLS 1.2 only, and the client asks for 1.3 at least
        QVERIFY2(server.start(m_pki->pair("server"), {QStringLiteral("-tls1_2")}), qPrintable(server.error()));
        TlsClientOptions options;
        options.enabled = true;
        options.caFile = m_pki->caFile();
        options.minimumProtocol = QSsl::TlsV1_3OrLater;
        const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(options);
        QVERIFY2(configuration.ok(), qPrintable(configuration.error));
        TcpClientSession session;
        session.setTls(TlsClientSetup{configuration.value, QString(), false});
        QSignalSpy errors(&session, &Session::errorOccurred);
        session.setTarget(QStringLiteral("127.0.0.1"), server.port());
        session.open();
        QVERIFY(errors.wait(Timeout));
        const QString error = errors.first().first().toString();
        QVERIFY2(error.contains(u"no TLS version both sides speak") || error.contains(u"share no cipher or TLS version"),
                 qPrintable(error));
        QVERIFY(!session.rejectedCertificate().has_value()); // nothing to trust once: it is not the certificate
    }

    void aKeyThatIsNotAKey()
    {
        TlsClientOptions options;
        options.enabled = true;
        options.certificateFile = m_pki->pair("client").certificate;
        options.keyFile = m_pki->caFile(); // a certificate, not a key
        const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(options);
        QVERIFY(!configuration.ok());
        QVERIFY2(configuration.error.contains(u"holds no private key"), qPrintable(configuration.error));
    }

private:
    static bool configure(TcpClientSession &session, const QString &caFile, const QString &serverName = QString())
    {
        TlsClientOptions options;
        options.enabled = true;
        options.caFile = caFile;
        const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(options);
        if (!configuration.ok()) {
            qWarning("%s", qPrintable(configuration.error));
            return false;
        }
        session.setTls(TlsClientSetup{configuration.value, serverName, false});
        return true;
    }
    static QString allText(const QSignalSpy &spy)
    {
        QStringList lines;
        for (const QList<QVariant> &arguments : spy)
            lines << arguments.first().toString();
        return lines.join(u'\n');
    }
    static QByteArray joined(const QSignalSpy &spy)
    {
        QByteArray all;
        for (const QList<QVariant> &arguments : spy)
            all += arguments.at(1).toByteArray();
        return all;
    }

    std::unique_ptr<TestPki> m_pki;
};

QTEST_GUILESS_MAIN(TstTlsClient)
#include "tst_tlsclient.moc"
