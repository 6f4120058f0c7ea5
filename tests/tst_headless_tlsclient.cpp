// sockpit --headless --tcp-client HOST:PORT --tls, the built binary, against
// OpenSSL's own server (openssl s_server -rev answers each line reversed),
// with certificates made at run time: the session and the certificate chain
// on stderr, data both ways (GBK too), each failed handshake exiting 1 with
// its reason in plain words, --insecure going on with warnings, client
// certificates (an encrypted key's passphrase from the environment), and
// the option and file errors that exit 2 before anything connects.

#include "common/headlessprocess.h"
#include "common/loopbackserver.h"
#include "common/opensslserver.h"
#include "common/testpki.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>

using SockpitTest::OpensslServer;
using SockpitTest::TestPki;

namespace {

constexpr int Timeout = 20000;
constexpr char PassphraseVariable[] = "SOCKPIT_KEY_PASSPHRASE";

QStringList clientArguments(quint16 port, const QStringList &more)
{
    return QStringList{QStringLiteral("--headless"), QStringLiteral("--tcp-client"),
                       QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--tls")}
           + more;
}

/// The binary with SOCKPIT_KEY_PASSPHRASE set to passphrase (unset when null) for its run only.
std::unique_ptr<HeadlessProcess> runWithPassphrase(const QStringList &arguments, const QByteArray &passphrase)
{
    if (passphrase.isNull())
        qunsetenv(PassphraseVariable);
    else
        qputenv(PassphraseVariable, passphrase);
    auto run = std::make_unique<HeadlessProcess>(arguments);
    qunsetenv(PassphraseVariable);
    return run;
}

/// Ends the run as Ctrl+C does, once stdin has ended and the answer came:
/// TLS has no half-close, so the connection stayed open for the server's answers.
bool endWhenAnswered(HeadlessProcess &run, const QByteArray &answer)
{
    if (!QTest::qWaitFor([&run, &answer] { return run.out().contains(answer); }, Timeout))
        return false;
    if (!run.stderrText().contains(u"stdin ended: TLS has no half-close") || run.process().state() != QProcess::Running)
        return false;
    run.process().terminate();
    return run.waitForExit() && run.exitedWith(0);
}

/// Sends a line and ends stdin at once; the line still comes back reversed.
bool exchangeAndEnd(HeadlessProcess &run)
{
    run.write("hello over tls\n");
    run.endInput();
    return endWhenAnswered(run, "slt revo olleh\n");
}

} // namespace

class TstHeadlessTlsClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifiedWithTheCaFile();
    void gbkBothWays();
    void failedHandshakesExit1_data();
    void failedHandshakesExit1();
    void insecureWarnsAndGoesOn_data();
    void insecureWarnsAndGoesOn();
    void sequenceOverInsecureTls();
    void minimumVersion();
    void notATlsServer_data();
    void notATlsServer();
    void clientCertificate();
    void encryptedKey();
    void unusableFilesExit2_data();
    void unusableFilesExit2();
    void optionErrorsExit2_data();
    void optionErrorsExit2();

private:
    std::unique_ptr<TestPki> m_pki;
};

void TstHeadlessTlsClient::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SOCKPIT_BINARY)).isExecutable(), SOCKPIT_BINARY);
    if (TestPki::openssl().isEmpty())
        QSKIP("openssl is not installed (Debian package openssl): no TLS peer to test against");
    qunsetenv(PassphraseVariable);
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
}

void TstHeadlessTlsClient::verifiedWithTheCaFile()
{
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair("server")), qPrintable(server.error()));
    HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--ca"), m_pki->caFile()}));
    QVERIFY2(exchangeAndEnd(run), qPrintable(run.exitDescription()));
    const QString err = run.stderrText();
    // The session first, then the chain, then the connection.
    const qsizetype session = err.indexOf(u"TLS: TLS 1.3, TLS_");
    QVERIFY2(session >= 0, qPrintable(err));
    QVERIFY2(err.indexOf(u"certificate 1 of 1:") > session, qPrintable(err));
    QVERIFY2(err.contains(u"  subject: CN=localhost\n"), qPrintable(err));
    QVERIFY2(err.contains(u"  issuer: CN=Sockpit Test CA\n"), qPrintable(err));
    QVERIFY2(err.contains(u"  SHA-256 fingerprint: "), qPrintable(err));
    QVERIFY2(err.contains(u"  names: ") && err.contains(u"DNS:localhost") && err.contains(u"IP:127.0.0.1"),
             qPrintable(err));
    QVERIFY2(err.indexOf(QStringLiteral("127.0.0.1:%1 connected").arg(server.port())) > session, qPrintable(err));
    QVERIFY2(!err.contains(u"warning") && !err.contains(u"error"), qPrintable(err));
}

void TstHeadlessTlsClient::gbkBothWays()
{
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair("server")), qPrintable(server.error()));
    HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--ca"), m_pki->caFile(),
                                                        QStringLiteral("--encoding"), QStringLiteral("GBK")}));
    // 你好 is C4E3 BAC3 in GBK; reversed byte by byte, C3BA E3C4 is 煤隳: only GBK both ways gives that.
    run.write(QStringLiteral("你好 ok\n").toUtf8());
    run.endInput();
    QVERIFY2(endWhenAnswered(run, QStringLiteral("ko 煤隳\n").toUtf8()), qPrintable(run.exitDescription()));
    QCOMPARE(run.out(), QStringLiteral("ko 煤隳\n").toUtf8());
}

void TstHeadlessTlsClient::failedHandshakesExit1_data()
{
    QTest::addColumn<QByteArray>("identity");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("words");
    const QStringList ca{QStringLiteral("--ca"), m_pki->caFile()};
    QTest::newRow("expired") << QByteArray("expired") << ca << QStringLiteral("the certificate expired on 2020-02-01");
    QTest::newRow("not yet valid") << QByteArray("future") << ca
                                   << QStringLiteral("the certificate is not valid before 2099-01-01");
    QTest::newRow("host name") << QByteArray("othername") << ca
                               << QStringLiteral("the certificate is for device.example, not for '127.0.0.1'");
    QTest::newRow("server name") << QByteArray("server") << (ca + QStringList{QStringLiteral("--sni"), QStringLiteral("printer.example")})
                                 << QStringLiteral("not for 'printer.example'");
    QTest::newRow("self-signed") << QByteArray("selfsigned") << QStringList() << QStringLiteral("the certificate is self-signed");
    QTest::newRow("unknown issuer") << QByteArray("server") << QStringList()
                                    << QStringLiteral("the certificate's issuer 'Sockpit Test CA' is unknown");
}

void TstHeadlessTlsClient::failedHandshakesExit1()
{
    QFETCH(QByteArray, identity);
    QFETCH(QStringList, options);
    QFETCH(QString, words);
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair(identity.constData())), qPrintable(server.error()));
    HeadlessProcess run(clientArguments(server.port(), options));
    run.write("never sent\n");
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    const QString err = run.stderrText();
    QVERIFY2(err.contains(QStringLiteral("error: 127.0.0.1:%1: TLS handshake failed: ").arg(server.port())),
             qPrintable(err));
    QVERIFY2(err.contains(words), qPrintable(err));
    // The certificate it failed on, and how to go on despite it.
    QVERIFY2(err.contains(u"certificate 1 of 1:\n  subject: CN="), qPrintable(err));
    QVERIFY2(err.contains(u"--insecure"), qPrintable(err));
    QVERIFY2(!err.contains(u" connected"), qPrintable(err));
    QVERIFY(run.out().isEmpty());
}

void TstHeadlessTlsClient::insecureWarnsAndGoesOn_data()
{
    QTest::addColumn<QByteArray>("identity");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("warning");
    QTest::newRow("self-signed") << QByteArray("selfsigned") << QStringList()
                                 << QStringLiteral("warning: continuing although the certificate is self-signed");
    QTest::newRow("expired") << QByteArray("expired") << QStringList{QStringLiteral("--ca"), m_pki->caFile()}
                             << QStringLiteral("warning: continuing although the certificate expired on 2020-02-01");
    QTest::newRow("host name") << QByteArray("othername") << QStringList{QStringLiteral("--ca"), m_pki->caFile()}
                               << QStringLiteral("warning: continuing although the certificate is for device.example");
}

void TstHeadlessTlsClient::insecureWarnsAndGoesOn()
{
    QFETCH(QByteArray, identity);
    QFETCH(QStringList, options);
    QFETCH(QString, warning);
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair(identity.constData())), qPrintable(server.error()));
    HeadlessProcess run(clientArguments(server.port(), options << QStringLiteral("--insecure")));
    QVERIFY2(exchangeAndEnd(run), qPrintable(run.exitDescription()));
    const QString err = run.stderrText();
    const qsizetype said = err.indexOf(QLatin1Char('\n') + warning);
    QVERIFY2(said >= 0, qPrintable(err));
    QVERIFY2(err.indexOf(u" connected") > said, qPrintable(err)); // warned before any data went
    QVERIFY2(!err.contains(u"error"), qPrintable(err));
}

void TstHeadlessTlsClient::sequenceOverInsecureTls()
{
    const QString path = m_pki->path("tls.sequence.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"steps": [{"send": {"text": "ping\n"}}, {"expect": {"match": "starts-with", "pattern": "gnip"}}]})");
    file.close();
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair("selfsigned")), qPrintable(server.error()));
    HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--insecure"), QStringLiteral("--sequence"), path}));
    QVERIFY(run.waitForExit());
    // The warning is said, and the sequence runs to its verdict.
    QVERIFY2(run.exitedWith(0), qPrintable(run.exitDescription()));
    QVERIFY2(run.out().contains("PASS step 2 expect"), run.out().constData());
    QVERIFY2(run.stderrText().contains(u"warning: continuing although the certificate is self-signed"),
             qPrintable(run.stderrText()));
}

void TstHeadlessTlsClient::minimumVersion()
{
    OpensslServer server; // TLS 1.2 only, like many devices
    QVERIFY2(server.start(m_pki->pair("server"), {QStringLiteral("-tls1_2")}), qPrintable(server.error()));
    {
        HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--ca"), m_pki->caFile()}));
        QVERIFY2(exchangeAndEnd(run), qPrintable(run.exitDescription()));
        QVERIFY2(run.stderrText().contains(u"TLS: TLS 1.2, "), qPrintable(run.stderrText()));
    }
    HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--ca"), m_pki->caFile(),
                                                        QStringLiteral("--tls-min"), QStringLiteral("1.3")}));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(u"no TLS version both sides speak"), qPrintable(run.stderrText()));
}

void TstHeadlessTlsClient::notATlsServer_data()
{
    QTest::addColumn<bool>("answers");
    QTest::addColumn<QString>("words");
    QTest::newRow("answers in plain text") << true << QStringLiteral("the peer does not speak TLS on this port");
    // Ended by the handshake timeout (the connect timeout); the words depend on how the TLS layer reports it.
    QTest::newRow("silent") << false << QStringLiteral("TLS handshake");
}

void TstHeadlessTlsClient::notATlsServer()
{
    QFETCH(bool, answers);
    QFETCH(QString, words);
    SockpitTest::LoopbackTcpServer server;
    QVERIFY(server.isListening());
    if (answers) {
        server.setChunkHandler([&server](qsizetype client, const QByteArray &) {
            server.send(client, "HTTP/1.0 400 Bad Request\r\n\r\n");
        });
    }
    HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--connect-timeout"), QStringLiteral("500")}));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(words), qPrintable(run.stderrText()));
    QCOMPARE(server.clientCount(), 1);
}

void TstHeadlessTlsClient::clientCertificate()
{
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair("server"), {QStringLiteral("-Verify"), QStringLiteral("1"),
                                                  QStringLiteral("-CAfile"), m_pki->caFile()}),
             qPrintable(server.error()));
    {
        HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--ca"), m_pki->caFile()}));
        run.write("no certificate\n");
        QVERIFY(run.waitForExit());
        QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
        QVERIFY2(run.stderrText().contains(u"the server asked for a client certificate"), qPrintable(run.stderrText()));
        QVERIFY2(!run.out().contains("etacifitrec"), run.out().constData());
    }
    {
        // Before TLS 1.3 the server says only "handshake failure": the missing certificate is named as likely.
        OpensslServer older;
        QVERIFY2(older.start(m_pki->pair("server"), {QStringLiteral("-Verify"), QStringLiteral("1"), QStringLiteral("-CAfile"),
                                                     m_pki->caFile(), QStringLiteral("-tls1_2")}),
                 qPrintable(older.error()));
        HeadlessProcess run(clientArguments(older.port(), {QStringLiteral("--ca"), m_pki->caFile()}));
        run.write("no certificate\n");
        QVERIFY(run.waitForExit());
        QVERIFY2(run.exitedWith(1), qPrintable(run.exitDescription()));
        QVERIFY2(run.stderrText().contains(u"it may require a client certificate"), qPrintable(run.stderrText()));
    }
    const TestPki::Pair client = m_pki->pair("client");
    HeadlessProcess run(clientArguments(server.port(), {QStringLiteral("--ca"), m_pki->caFile(), QStringLiteral("--cert"),
                                                        client.certificate, QStringLiteral("--key"), client.key}));
    QVERIFY2(exchangeAndEnd(run), qPrintable(run.exitDescription()));
    QTRY_VERIFY2_WITH_TIMEOUT(server.output().contains("CN = test-client"), server.output().constData(), Timeout);
}

void TstHeadlessTlsClient::encryptedKey()
{
    const TestPki::Pair client = m_pki->pair("client");
    const QString encrypted = m_pki->path("client-encrypted.key");
    QProcess pkey;
    pkey.start(TestPki::openssl(), {QStringLiteral("pkey"), QStringLiteral("-in"), client.key, QStringLiteral("-aes256"),
                                    QStringLiteral("-passout"), QStringLiteral("pass:open sesame"), QStringLiteral("-out"),
                                    encrypted});
    QVERIFY(pkey.waitForFinished(Timeout));
    QCOMPARE(pkey.exitCode(), 0);
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair("server"), {QStringLiteral("-Verify"), QStringLiteral("1"),
                                                  QStringLiteral("-CAfile"), m_pki->caFile()}),
             qPrintable(server.error()));
    const QStringList arguments = clientArguments(server.port(), {QStringLiteral("--ca"), m_pki->caFile(),
                                                                  QStringLiteral("--cert"), client.certificate,
                                                                  QStringLiteral("--key"), encrypted});
    {
        const auto run = runWithPassphrase(arguments, QByteArray());
        QVERIFY(run->waitForExit());
        QVERIFY2(run->exitedWith(2), qPrintable(run->exitDescription()));
        QVERIFY2(run->stderrText().contains(QStringLiteral("--key: the key %1 is protected by a passphrase: set the "
                                                           "environment variable SOCKPIT_KEY_PASSPHRASE to it")
                                                .arg(encrypted)),
                 qPrintable(run->stderrText()));
    }
    {
        const auto run = runWithPassphrase(arguments, "wrong");
        QVERIFY(run->waitForExit());
        QVERIFY2(run->exitedWith(2), qPrintable(run->exitDescription()));
        QVERIFY2(run->stderrText().contains(QStringLiteral("the passphrase of the key %1 is wrong").arg(encrypted)),
                 qPrintable(run->stderrText()));
    }
    const auto run = runWithPassphrase(arguments, "open sesame");
    QVERIFY2(exchangeAndEnd(*run), qPrintable(run->exitDescription()));
}

void TstHeadlessTlsClient::unusableFilesExit2_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason");
    const TestPki::Pair client = m_pki->pair("client");
    QTest::newRow("no such CA file") << QStringList{QStringLiteral("--ca"), QStringLiteral("/nonexistent/ca.pem")}
                                     << QStringLiteral("CA file /nonexistent/ca.pem cannot be read");
    QTest::newRow("CA file without certificates")
        << QStringList{QStringLiteral("--ca"), client.key}
        << QStringLiteral("CA file %1 holds no certificate").arg(client.key);
    QTest::newRow("no such certificate")
        << QStringList{QStringLiteral("--cert"), QStringLiteral("/nonexistent/c.pem"), QStringLiteral("--key"), client.key}
        << QStringLiteral("certificate file /nonexistent/c.pem cannot be read");
    QTest::newRow("a certificate as the key")
        << QStringList{QStringLiteral("--cert"), client.certificate, QStringLiteral("--key"), m_pki->caFile()}
        << QStringLiteral("%1 holds no private key").arg(m_pki->caFile());
}

void TstHeadlessTlsClient::unusableFilesExit2()
{
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    SockpitTest::LoopbackTcpServer server; // nothing may connect to it
    QVERIFY(server.isListening());
    HeadlessProcess run(clientArguments(server.port(), options));
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(reason), qPrintable(run.stderrText()));
    QCOMPARE(server.clientCount(), 0);
}

void TstHeadlessTlsClient::optionErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const auto words = [](const char *text) { return QString::fromLatin1(text).split(u' '); };
    const auto row = [](const char *name, const QStringList &arguments, const char *reason) {
        QTest::newRow(name) << arguments << QString::fromUtf8(reason);
    };
    const QStringList client = words("--headless --tcp-client 127.0.0.1:9");
    const QStringList server = words("--headless --tcp-server 127.0.0.1:0");
    const auto with = [&words](const QStringList &mode, const char *more) { return mode + words(more); };
    row("client --ca without --tls", with(client, "--ca ca.pem"), "--ca needs --tls");
    row("client --sni without --tls", with(client, "--sni device.example"), "--sni needs --tls");
    row("client --insecure without --tls", with(client, "--insecure"), "--insecure needs --tls");
    row("client --tls-min without --tls", with(client, "--tls-min 1.3"), "--tls-min needs --tls");
    row("client --cert without --tls", with(client, "--cert c.pem --key k.pem"), "--cert needs --tls");
    row("client --key without --tls", with(client, "--key k.pem"), "--key needs --tls");
    row("server --ca without --tls", with(server, "--ca ca.pem"), "--ca needs --tls (or --self-signed NAME)");
    row("server --cert without --tls", with(server, "--cert c.pem --key k.pem"), "--cert needs --tls (or --self-signed NAME)");
    row("udp --tls", words("--headless --udp 127.0.0.1:0 --tls"),
        "--tls needs --tcp-client or --tcp-server: TLS runs over TCP only");
    row("udp --ca", words("--headless --udp 127.0.0.1:0 --ca ca.pem"), "--ca needs --tcp-client or --tcp-server");
    row("relay --tls", words("--headless --relay 127.0.0.1:0 --to 127.0.0.1:9 --tls"), "--tls needs --tcp-client or --tcp-server");
    row("relay --self-signed", words("--headless --relay 127.0.0.1:0 --to 127.0.0.1:9 --self-signed relay.local"),
        "--self-signed needs --tcp-client or --tcp-server");
    row("client --self-signed", with(client, "--tls --self-signed me.local"),
        "--self-signed makes a server's certificate: it needs --tcp-server");
    row("server --sni", with(server, "--self-signed me.local --sni other.local"), "--sni is for --tcp-client");
    row("server --insecure", with(server, "--self-signed me.local --insecure"), "--insecure is for --tcp-client");
    row("server without certificate", with(server, "--tls"),
        "--cert: a TLS server needs a certificate: give --cert FILE and --key FILE, or --self-signed NAME");
    row("server certificate without key", with(server, "--tls --cert c.pem"), "--key: a server certificate needs its key file too");
    row("server key without certificate", with(server, "--tls --key k.pem"), "--cert: a server key needs its certificate file too");
    row("server files and self-signed", with(server, "--self-signed me.local --cert c.pem --key k.pem"),
        "--self-signed: choose certificate files or a self-signed certificate, not both");
    row("client certificate without key", with(client, "--tls --cert c.pem"), "--key: a client certificate needs its key file too");
    row("client key without certificate", with(client, "--tls --key k.pem"), "--cert: a client key needs its certificate file too");
    row("bad server name", with(client, "--tls --sni bad_name!"), "--sni: server name: ");
    row("bad self-signed name", with(server, "--self-signed bad_name!"), "--self-signed: host name: ");
    row("empty CA file", with(client, "--tls --ca="), "--ca needs a file name");
    row("empty self-signed name", with(server, "--self-signed="), "--self-signed needs a host name");
    row("TLS 1.1", with(client, "--tls --tls-min 1.1"),
        "--tls-min: '1.1' is not a TLS version Sockpit accepts as the minimum; use 1.2 or 1.3");
}

void TstHeadlessTlsClient::optionErrorsExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    HeadlessProcess run(arguments);
    QVERIFY(run.waitForExit());
    QVERIFY2(run.exitedWith(2), qPrintable(run.exitDescription()));
    QVERIFY2(run.stderrText().contains(QStringLiteral("sockpit: ") + reason), qPrintable(run.stderrText()));
    QVERIFY(!run.stderrText().contains(u"listening"));
    QVERIFY(run.out().isEmpty());
}

QTEST_GUILESS_MAIN(TstHeadlessTlsClient)
#include "tst_headless_tlsclient.moc"
