// The TLS options of the command line read into the launch options (what
// the typed configs carry on to the sessions), the passphrase of a key taken
// from the environment, the complaints the binary's tests do not reach (the
// window takes no TLS options), and --help naming every option.

#include "commandline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sockpit;

namespace {

QStringList words(const char *text)
{
    return QStringList{QStringLiteral("sockpit")} + QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TstCommandLineTls : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("SOCKPIT_KEY_PASSPHRASE"); }
    void clientOptions();
    void serverOptions_data();
    void serverOptions();
    void plainTcpStaysPlain();
    void passphraseFromTheEnvironment();
    void rejected_data();
    void rejected();
    void helpNamesEveryOption();
};

void TstCommandLineTls::clientOptions()
{
    const CommandLineResult result = parseCommandLine(
        words("--headless --tcp-client 127.0.0.1:1 --tls --sni device.example --ca ca.pem --cert me.pem --key me.key "
              "--insecure --tls-min 1.3"));
    QVERIFY2(result.action == CommandLineResult::Action::Run, qPrintable(result.text));
    const TlsClientOptions &tls = result.options.tcpClient.tls;
    QVERIFY(tls.enabled);
    QCOMPARE(tls.serverName, QStringLiteral("device.example"));
    QCOMPARE(tls.caFile, QStringLiteral("ca.pem"));
    QCOMPARE(tls.certificateFile, QStringLiteral("me.pem"));
    QCOMPARE(tls.keyFile, QStringLiteral("me.key"));
    QVERIFY(!tls.verifyPeer);
    QCOMPARE(tls.minimumProtocol, QSsl::TlsV1_3OrLater);
    QVERIFY(tls.keyPassphrase.isEmpty());
}

void TstCommandLineTls::serverOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("selfSigned");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("clientCa");
    QTest::addColumn<bool>("tls13");
    QTest::newRow("self-signed implies --tls") << words("--headless --tcp-server 1 --self-signed device.local")
                                                << QStringLiteral("device.local") << QString() << QString() << false;
    QTest::newRow("files") << words("--headless --tcp-server 1 --tls --cert s.pem --key s.key --tls-min 1.2") << QString()
                           << QStringLiteral("s.pem") << QString() << false;
    QTest::newRow("client certificates required")
        << words("--headless --tcp-server 1 --self-signed 127.0.0.1 --ca clients.pem --tls-min 1.3")
        << QStringLiteral("127.0.0.1") << QString() << QStringLiteral("clients.pem") << true;
}

void TstCommandLineTls::serverOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, selfSigned);
    QFETCH(QString, certificate);
    QFETCH(QString, clientCa);
    QFETCH(bool, tls13);
    const CommandLineResult result = parseCommandLine(arguments);
    QVERIFY2(result.action == CommandLineResult::Action::Run, qPrintable(result.text));
    const TlsServerOptions &tls = result.options.tcpServer.tls;
    QVERIFY(tls.enabled);
    QCOMPARE(tls.selfSignedName, selfSigned);
    QCOMPARE(tls.certificateFile, certificate);
    QCOMPARE(tls.clientCaFile, clientCa);
    QCOMPARE(tls.requireClientCertificate, !clientCa.isEmpty());
    QCOMPARE(tls.minimumProtocol, tls13 ? QSsl::TlsV1_3OrLater : QSsl::TlsV1_2OrLater);
}

void TstCommandLineTls::plainTcpStaysPlain()
{
    const CommandLineResult client = parseCommandLine(words("--headless --tcp-client 127.0.0.1:1"));
    QVERIFY2(client.action == CommandLineResult::Action::Run, qPrintable(client.text));
    QVERIFY(!client.options.tcpClient.tls.enabled);
    const CommandLineResult server = parseCommandLine(words("--headless --tcp-server 1"));
    QVERIFY2(server.action == CommandLineResult::Action::Run, qPrintable(server.text));
    QVERIFY(!server.options.tcpServer.tls.enabled);
}

void TstCommandLineTls::passphraseFromTheEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath(QStringLiteral("encrypted.key"));
    QFile file(key);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n");
    file.close();
    const QStringList arguments = QStringList{QStringLiteral("sockpit"), QStringLiteral("--headless"),
                                              QStringLiteral("--tcp-server"), QStringLiteral("1"), QStringLiteral("--tls"),
                                              QStringLiteral("--cert"), QStringLiteral("s.pem"), QStringLiteral("--key"), key};
    const CommandLineResult without = parseCommandLine(arguments);
    QCOMPARE(without.action, CommandLineResult::Action::Fail);
    QCOMPARE(without.text, QStringLiteral("--key: the key %1 is protected by a passphrase: set the environment variable "
                                          "SOCKPIT_KEY_PASSPHRASE to it")
                               .arg(key));
    qputenv("SOCKPIT_KEY_PASSPHRASE", "open sesame");
    const CommandLineResult with = parseCommandLine(arguments);
    qunsetenv("SOCKPIT_KEY_PASSPHRASE");
    QVERIFY2(with.action == CommandLineResult::Action::Run, qPrintable(with.text));
    QCOMPARE(with.options.tcpServer.tls.keyPassphrase, QByteArray("open sesame"));
}

void TstCommandLineTls::rejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("ipcalc") << words("--ipcalc 10.0.0.1/8 --tls")
                            << QStringLiteral("--tls needs --tcp-client or --tcp-server: TLS runs over TCP only");
    QTest::newRow("no mode") << words("--insecure") << QStringLiteral("--insecure needs --tcp-client or --tcp-server");
    QTest::newRow("empty key") << (words("--headless --tcp-client 127.0.0.1:1 --tls --cert c.pem --key") << QString())
                               << QStringLiteral("--key needs a file name");
    QTest::newRow("empty server name") << (words("--headless --tcp-client 127.0.0.1:1 --tls --sni") << QString())
                                       << QStringLiteral("--sni needs a host name");
}

void TstCommandLineTls::rejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLineResult result = parseCommandLine(arguments);
    QCOMPARE(result.action, CommandLineResult::Action::Fail);
    QVERIFY2(result.text.startsWith(message), qPrintable(result.text));
}

void TstCommandLineTls::helpNamesEveryOption()
{
    const CommandLineResult result = parseCommandLine(words("--help"));
    QCOMPARE(result.action, CommandLineResult::Action::ShowText);
    for (const char *name : {"--tls ", "--sni <NAME>", "--ca <FILE>", "--cert <FILE>", "--key <FILE>", "--insecure",
                             "--self-signed <NAME>", "--tls-min <VERSION>", "SOCKPIT_KEY_PASSPHRASE",
                             "a failed TLS handshake"}) {
        QVERIFY2(result.text.contains(QLatin1String(name)), name);
    }
}

QTEST_GUILESS_MAIN(TstCommandLineTls)
#include "tst_commandline_tls.moc"
