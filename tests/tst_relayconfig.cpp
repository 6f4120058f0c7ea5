// The relay's settings as typed on the command line and in a form: where it
// listens, where it connects, the timeout, and the loops it refuses.

#include "relaysession.h"
#include "sessionconfig.h"

#include <QTest>

using namespace Sockpit;

Q_DECLARE_METATYPE(Sockpit::ConfigSource)

class TstRelayConfig : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void applies();
};

void TstRelayConfig::parse_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("timeout");
    QTest::addColumn<Sockpit::ConfigSource>("source");
    QTest::addColumn<QString>("error"); ///< the start of the message; empty: accepted
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("timeoutMs");

    const auto cli = ConfigSource::CommandLine;
    const auto form = ConfigSource::Form;
    const int fallback = RelaySession::DefaultConnectTimeoutMs;
    QTest::newRow("port alone") << "7000" << "127.0.0.1:7001" << "" << cli << "" << "127.0.0.1" << 7001 << fallback;
    QTest::newRow("IPv6") << "[::1]:7000" << "[::1]:7001" << "" << cli << "" << "::1" << 7001 << fallback;
    QTest::newRow("host name") << "127.0.0.1:7000" << "localhost:7001" << "" << cli << "" << "localhost" << 7001 << fallback;
    QTest::newRow("timeout") << "0" << "127.0.0.1:7000" << "250" << cli << "" << "127.0.0.1" << 7000 << 250;
    QTest::newRow("spaces around the target") << "7000" << " 127.0.0.1:80 " << "" << form << "" << "127.0.0.1" << 80 << fallback;
    QTest::newRow("IPv4 listener, IPv6 target, same port") << "0.0.0.0:7000" << "[::1]:7000" << "" << cli << ""
                                                           << "::1" << 7000 << fallback;
    QTest::newRow("another loopback address") << "127.0.0.1:7000" << "127.0.0.2:7000" << "" << cli << ""
                                              << "127.0.0.2" << 7000 << fallback;

    QTest::newRow("no listen, command line") << "" << "127.0.0.1:80" << "" << cli << "--relay: " << "" << 0 << 0;
    QTest::newRow("no listen, form") << "" << "127.0.0.1:80" << "" << form << "enter the port to listen on" << "" << 0 << 0;
    QTest::newRow("listen port too big") << "70000" << "127.0.0.1:80" << "" << cli << "--relay: " << "" << 0 << 0;
    QTest::newRow("listen host name") << "localhost:7000" << "127.0.0.1:80" << "" << cli << "--relay: " << "" << 0 << 0;
    QTest::newRow("no target") << "7000" << "" << "" << cli << "--to: enter the target to relay to" << "" << 0 << 0;
    QTest::newRow("target without port") << "7000" << "127.0.0.1" << "" << cli << "--to: " << "" << 0 << 0;
    QTest::newRow("bare IPv6 target") << "7000" << "::1:80" << "" << cli << "--to: " << "" << 0 << 0;
    QTest::newRow("target port 0") << "7000" << "127.0.0.1:0" << "" << cli << "--to: " << "" << 0 << 0;
    QTest::newRow("timeout 0") << "7000" << "127.0.0.1:80" << "0" << cli
                               << "--connect-timeout: must be more than 0 milliseconds" << "" << 0 << 0;
    QTest::newRow("timeout not a number") << "7000" << "127.0.0.1:80" << "5s" << cli << "--connect-timeout: " << ""
                                          << 0 << 0;

    const QString loop = QStringLiteral("--to: the target ");
    QTest::newRow("loop: 127.0.0.1") << "127.0.0.1:7000" << "127.0.0.1:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: every address, 127.0.0.1") << "7000" << "127.0.0.1:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: every address, ::1") << "7000" << "[::1]:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: 0.0.0.0, 127.0.0.1") << "0.0.0.0:7000" << "127.0.0.1:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: 0.0.0.0, 0.0.0.0") << "0.0.0.0:7000" << "0.0.0.0:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: [::], ::1") << "[::]:7000" << "[::1]:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: ::1") << "[::1]:7000" << "[::1]:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: localhost") << "127.0.0.1:7000" << "localhost:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop: LOCALHOST") << "7000" << "LOCALHOST:7000" << "" << cli << loop << "" << 0 << 0;
    QTest::newRow("loop in a form") << "7000" << "127.0.0.1:7000" << "" << form << "the target 127.0.0.1:7000 is this relay itself"
                                    << "" << 0 << 0;
}

void TstRelayConfig::parse()
{
    QFETCH(QString, listen);
    QFETCH(QString, target);
    QFETCH(QString, timeout);
    QFETCH(Sockpit::ConfigSource, source);
    QFETCH(QString, error);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(int, timeoutMs);

    const Result<RelayConfig> config = parseRelayConfig(RelayInput{listen, target, timeout}, source);
    if (!error.isEmpty()) {
        QVERIFY2(!config.ok(), "accepted");
        QVERIFY2(config.error.startsWith(error), qPrintable(config.error));
        QVERIFY(config.error.size() > 20); // and says why
        return;
    }
    QVERIFY2(config.ok(), qPrintable(config.error));
    QCOMPARE(config.value.targetHost, host);
    QCOMPARE(int(config.value.targetPort), port);
    QCOMPARE(config.value.connectTimeoutMs, timeoutMs);
    // The text reads back as it was meant.
    const Result<RelayConfig> again =
        parseRelayConfig(RelayInput{config.value.listenText(), config.value.targetText(), QString()}, source);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.value.targetText(), config.value.targetText());
    QCOMPARE(again.value.listen.port, config.value.listen.port);
}

void TstRelayConfig::applies()
{
    const Result<RelayConfig> config =
        parseRelayConfig(RelayInput{QStringLiteral("0"), QStringLiteral("[::1]:7001"), QStringLiteral("1234")});
    QVERIFY2(config.ok(), qPrintable(config.error));
    RelaySession session;
    applyTo(session, config.value);
    QCOMPARE(session.targetText(), QStringLiteral("[::1]:7001"));
    QCOMPARE(session.connectTimeout(), 1234);
}

QTEST_GUILESS_MAIN(TstRelayConfig)
#include "tst_relayconfig.moc"
