// sockpit --headless --tcp-server PORT with TLS, the built binary, against
// OpenSSL's own client (openssl s_client): a self-signed certificate made on
// the spot whose printed fingerprint is the one the client sees, a
// certificate from files that s_client verifies against its CA, client
// certificates required with --ca (a client without one refused, with the
// reason on stderr; one with it named by its subject), and a plain TCP
// client on the TLS port told off and closed while a TLS client stays served.

#include "common/headlessprocess.h"
#include "common/testpki.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using SockpitTest::TestPki;

namespace {

constexpr int Timeout = 20000;

QStringList serverArguments(const QStringList &more)
{
    return QStringList{QStringLiteral("--headless"), QStringLiteral("--tcp-server"), QStringLiteral("127.0.0.1:0")} + more;
}

/// `openssl s_client` to 127.0.0.1:port with further options (-CAfile, -cert, …), run as a HeadlessProcess.
QStringList sClient(quint16 port, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(port)}
           + extra;
}

/// What s_client said on both channels, for a failure message.
QString described(const HeadlessProcess &client)
{
    return client.exitDescription() + QStringLiteral("; stdout: ") + QString::fromLocal8Bit(client.out());
}

/// The port the server says it listens on; 0 until it has.
quint16 listeningPort(const HeadlessProcess &run)
{
    static const QRegularExpression pattern(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    return quint16(pattern.match(run.stderrText()).captured(1).toUInt());
}

/// The SHA-256 fingerprint in a line such as "…, SHA-256 AB:CD:…".
QString fingerprintIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("SHA-256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
    return pattern.match(text).captured(1);
}

/// The first PEM certificate in s_client -showcerts output.
QByteArray firstPem(const QByteArray &text)
{
    const qsizetype begin = text.indexOf("-----BEGIN CERTIFICATE-----");
    const QByteArray end("-----END CERTIFICATE-----");
    const qsizetype at = text.indexOf(end, begin);
    return begin < 0 || at < 0 ? QByteArray() : text.mid(begin, at + end.size() - begin) + '\n';
}

/// The server says where it listens and which certificate it shows.
bool serverReady(const HeadlessProcess &run)
{
    return QTest::qWaitFor([&run] { return listeningPort(run) != 0 && !fingerprintIn(run.stderrText()).isEmpty(); },
                           Timeout);
}

/// s_client sends a line to the server and the server one to it; both arrive.
bool exchange(HeadlessProcess &server, HeadlessProcess &client, const QByteArray &tag)
{
    client.write("from s_client " + tag + '\n');
    if (!QTest::qWaitFor([&] { return server.out().contains("from s_client " + tag + '\n'); }, Timeout))
        return false;
    server.write("from sockpit " + tag + '\n');
    return QTest::qWaitFor([&] { return client.out().contains("from sockpit " + tag + '\n'); }, Timeout);
}

} // namespace

class TstHeadlessTlsServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfSignedFingerprintIsWhatTheClientSees();
    void certificateFromFilesVerified();
    void clientCertificateRequired();
    void plainClientToldOffWhileTlsClientStays();
    void unusableFilesExit2_data();
    void unusableFilesExit2();

private:
    std::unique_ptr<TestPki> m_pki;
};

void TstHeadlessTlsServer::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
    if (TestPki::openssl().isEmpty())
        QSKIP("openssl is not installed (Debian package openssl): no TLS peer to test against");
    qunsetenv("SOCKPIT_KEY_PASSPHRASE");
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
}

void TstHeadlessTlsServer::selfSignedFingerprintIsWhatTheClientSees()
{
    HeadlessProcess server(serverArguments({QStringLiteral("--self-signed"), QStringLiteral("localhost")}));
    QVERIFY2(serverReady(server), qPrintable(server.exitDescription()));
    const QString err = server.stderrText();
    QVERIFY2(err.contains(u"TLS with a self-signed certificate made for localhost, SHA-256 "), qPrintable(err));
    const QString printed = fingerprintIn(err);
    QVERIFY2(!printed.isEmpty(), qPrintable(err));
    const quint16 port = listeningPort(server);

    // Stdin waits for a client whose handshake is done: the one that fails it gets none of it.
    server.write("waiting for a secured client\n");
    // A client that checks against the system's CAs refuses it; the server names the failed client and goes on.
    {
        HeadlessProcess strict(sClient(port, {QStringLiteral("-verify_return_error"), QStringLiteral("-verify_hostname"),
                                    QStringLiteral("localhost")}), TestPki::openssl());
        QVERIFY(strict.waitForExit());
        QVERIFY2(!strict.exitedWith(0), qPrintable(described(strict)));
        QVERIFY2(strict.stderrText().contains(u"self-signed") || strict.stderrText().contains(u"self signed"),
                 qPrintable(described(strict)));
        QTRY_VERIFY2_WITH_TIMEOUT(server.stderrText().contains(u"TLS handshake failed: the client does not trust this "
                                                               u"server's certificate"),
                                  qPrintable(server.stderrText()), Timeout);
    }

    // One that does not check takes the certificate, and data flows both ways.
    HeadlessProcess client(sClient(port, {QStringLiteral("-showcerts")}), TestPki::openssl());
    QTRY_VERIFY2_WITH_TIMEOUT(client.out().contains("waiting for a secured client\n"), qPrintable(described(client)),
                              Timeout);
    QVERIFY2(exchange(server, client, "self-signed"), qPrintable(described(client)));
    QTRY_VERIFY2_WITH_TIMEOUT(server.stderrText().contains(QStringLiteral("TLS with 127.0.0.1:")),
                              qPrintable(server.stderrText()), Timeout);
    QVERIFY2(server.stderrText().contains(u": TLS 1.3, TLS_"), qPrintable(server.stderrText()));

    // What s_client was shown has the fingerprint the server printed.
    const QByteArray pem = firstPem(client.out());
    QVERIFY2(!pem.isEmpty(), qPrintable(described(client)));
    QProcess x509;
    x509.start(TestPki::openssl(), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                    QStringLiteral("-sha256")});
    x509.write(pem);
    x509.closeWriteChannel();
    QVERIFY(x509.waitForFinished(Timeout));
    const QString seen = QString::fromLatin1(x509.readAllStandardOutput()).section(u'=', 1).trimmed();
    QCOMPARE(seen, printed);

    client.endInput();
    QVERIFY(client.waitForExit());
    QTRY_VERIFY2_WITH_TIMEOUT(server.stderrText().contains(u"closed by the client"), qPrintable(server.stderrText()),
                              Timeout);
    server.process().terminate();
    QVERIFY(server.waitForExit());
    QVERIFY2(server.exitedWith(0), qPrintable(server.exitDescription()));
}

void TstHeadlessTlsServer::certificateFromFilesVerified()
{
    const TestPki::Pair identity = m_pki->pair("server");
    HeadlessProcess server(serverArguments({QStringLiteral("--tls"), QStringLiteral("--cert"), identity.certificate,
                                            QStringLiteral("--key"), identity.key, QStringLiteral("--tls-min"),
                                            QStringLiteral("1.3")}));
    QVERIFY2(serverReady(server), qPrintable(server.exitDescription()));
    QVERIFY2(server.stderrText().contains(u"TLS with certificate CN=localhost (issued by CN=Sockpit Test CA), SHA-256 "),
             qPrintable(server.stderrText()));
    HeadlessProcess client(sClient(listeningPort(server), {QStringLiteral("-CAfile"), m_pki->caFile(),
                                                  QStringLiteral("-verify_return_error"),
                                                  QStringLiteral("-verify_hostname"), QStringLiteral("localhost")}), TestPki::openssl());
    QVERIFY2(exchange(server, client, "verified"), qPrintable(described(client)));
    QVERIFY2(client.out().contains("Verify return code: 0 (ok)"), qPrintable(described(client)));
    client.endInput();
    QVERIFY(client.waitForExit());
    QVERIFY2(client.exitedWith(0), qPrintable(described(client)));

    // --tls-min 1.3: a client that speaks TLS 1.2 at most is refused, with the reason.
    HeadlessProcess old(sClient(listeningPort(server), {QStringLiteral("-tls1_2")}), TestPki::openssl());
    QVERIFY(old.waitForExit());
    QVERIFY2(!old.exitedWith(0), qPrintable(described(old)));
    QTRY_VERIFY2_WITH_TIMEOUT(server.stderrText().contains(u"offers no TLS version or cipher this server accepts"),
                              qPrintable(server.stderrText()), Timeout);
    QCOMPARE(server.process().state(), QProcess::Running);
}

void TstHeadlessTlsServer::clientCertificateRequired()
{
    const TestPki::Pair identity = m_pki->pair("server");
    HeadlessProcess server(serverArguments({QStringLiteral("--tls"), QStringLiteral("--cert"), identity.certificate,
                                            QStringLiteral("--key"), identity.key, QStringLiteral("--ca"), m_pki->caFile()}));
    QVERIFY2(serverReady(server), qPrintable(server.exitDescription()));
    const quint16 port = listeningPort(server);
    {
        HeadlessProcess anonymous(sClient(port, {QStringLiteral("-CAfile"), m_pki->caFile()}), TestPki::openssl());
        anonymous.write("no certificate\n");
        QTRY_VERIFY2_WITH_TIMEOUT(
            server.stderrText().contains(u"TLS handshake failed: the client sent no certificate, and this server requires one"),
            qPrintable(server.stderrText()), Timeout);
        QVERIFY(anonymous.waitForExit());
        QVERIFY2(!server.out().contains("no certificate"), server.out().constData());
    }
    {
        // A certificate no CA of --ca vouches for.
        const TestPki::Pair stranger = m_pki->pair("selfsigned");
        HeadlessProcess untrusted(sClient(port, {QStringLiteral("-CAfile"), m_pki->caFile(), QStringLiteral("-cert"),
                                       stranger.certificate, QStringLiteral("-key"), stranger.key}), TestPki::openssl());
        QTRY_VERIFY2_WITH_TIMEOUT(server.stderrText().contains(u"TLS handshake failed: the client's certificate (CN=localhost) is not signed by the client CA"),
                                  qPrintable(server.stderrText()), Timeout);
        QVERIFY(untrusted.waitForExit());
    }
    const TestPki::Pair client = m_pki->pair("client");
    HeadlessProcess named(sClient(port, {QStringLiteral("-CAfile"), m_pki->caFile(), QStringLiteral("-cert"), client.certificate,
                               QStringLiteral("-key"), client.key}), TestPki::openssl());
    QVERIFY2(exchange(server, named, "with a certificate"), qPrintable(described(named)));
    QVERIFY2(server.stderrText().contains(u"; client certificate CN=test-client"), qPrintable(server.stderrText()));
}

void TstHeadlessTlsServer::plainClientToldOffWhileTlsClientStays()
{
    HeadlessProcess server(serverArguments({QStringLiteral("--self-signed"), QStringLiteral("127.0.0.1")}));
    QVERIFY2(serverReady(server), qPrintable(server.exitDescription()));
    const quint16 port = listeningPort(server);
    HeadlessProcess tlsClient(sClient(port), TestPki::openssl());
    QVERIFY2(exchange(server, tlsClient, "before"), qPrintable(described(tlsClient)));

    QTcpSocket plain;
    QSignalSpy disconnected(&plain, &QTcpSocket::disconnected);
    plain.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(plain.waitForConnected(Timeout));
    const quint16 plainPort = plain.localPort();
    plain.write("GET / HTTP/1.0\r\n\r\n");
    QVERIFY2(disconnected.wait(Timeout), qPrintable(server.stderrText()));
    const QString line = QStringLiteral("127.0.0.1:%1: connection error: TLS handshake failed: the client speaks plain "
                                        "TCP, not TLS, to this TLS port")
                             .arg(plainPort);
    QTRY_VERIFY2_WITH_TIMEOUT(server.stderrText().contains(line), qPrintable(server.stderrText()), Timeout);
    QVERIFY2(!plain.readAll().contains("from sockpit"), "the plain client got data meant for TLS clients");

    // The TLS client is still served, both ways.
    QVERIFY2(exchange(server, tlsClient, "after"), qPrintable(described(tlsClient)));
    QCOMPARE(server.process().state(), QProcess::Running);
}

void TstHeadlessTlsServer::unusableFilesExit2_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason");
    const TestPki::Pair identity = m_pki->pair("server");
    QTest::newRow("no such certificate")
        << QStringList{QStringLiteral("--tls"), QStringLiteral("--cert"), QStringLiteral("/nonexistent/s.pem"),
                       QStringLiteral("--key"), identity.key}
        << QStringLiteral("certificate file /nonexistent/s.pem cannot be read");
    QTest::newRow("no such client CA")
        << QStringList{QStringLiteral("--self-signed"), QStringLiteral("localhost"), QStringLiteral("--ca"),
                       QStringLiteral("/nonexistent/ca.pem")}
        << QStringLiteral("client CA file /nonexistent/ca.pem cannot be read");
    QTest::newRow("a certificate as the key")
        << QStringList{QStringLiteral("--tls"), QStringLiteral("--cert"), identity.certificate, QStringLiteral("--key"),
                       m_pki->caFile()}
        << QStringLiteral("%1 holds no private key Sockpit can read").arg(m_pki->caFile());
}

void TstHeadlessTlsServer::unusableFilesExit2()
{
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    HeadlessProcess run(serverArguments(options));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(reason), qPrintable(run.stderrText()));
    QVERIFY2(!run.stderrText().contains(u"listening"), qPrintable(run.stderrText())); // refused before listening
}

QTEST_GUILESS_MAIN(TstHeadlessTlsServer)
#include "tst_headless_tlsserver.moc"
