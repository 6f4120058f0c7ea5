// --udp from the command line: its checks (once, by the command line), launchUdp's
// network failures and exit codes, and the built
// binary run headless on loopback (stdin lines out as datagrams, datagrams in on
// stdout, their senders on stderr).
#include "codec.h"
#include "commandline.h"
#include "common/headlessprocess.h"
#include "launchoptions.h"
#include "sessionlaunch.h"
#include "udpsession.h"

#include <QFileInfo>
#include <QNetworkDatagram>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Sockpit;

namespace {

constexpr int Timeout = 10000;
const QHostAddress Loopback(QHostAddress::LocalHost);

/// The config "--udp ARGS..." asks for, or why it cannot be had.
Result<UdpConfig> udpConfig(const QStringList &arguments)
{
    const CommandLineResult parsed = parseCommandLine(
        QStringList{QStringLiteral("sockpit"), QStringLiteral("--headless"), QStringLiteral("--udp")} + arguments);
    if (parsed.action != CommandLineResult::Action::Run)
        return Result<UdpConfig>::failure(parsed.text);
    return Result<UdpConfig>::success(parsed.options.udp);
}

UdpConfig udpOptions(const QString &bind)
{
    const Result<UdpConfig> config = udpConfig({bind});
    if (!config.ok())
        qFatal("'%s' is not a bind address: %s", qPrintable(bind), qPrintable(config.error));
    return config.value;
}

using Headless = HeadlessProcess;

} // namespace

class TstUdpLaunch : public QObject
{
    Q_OBJECT
private slots:
    void badArguments_data();
    void badArguments();
    void networkFailures_data();
    void networkFailures();
    void startsBoundWithTarget();

    void headlessExchangesDatagrams();
    void headlessExitCodes_data();
    void headlessExitCodes();
};

void TstUdpLaunch::badArguments_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QString>("error");
    QTest::newRow("port out of range") << "70000" << "" << QStringList() << "--udp: port 70000 is out of range 0–65535";
    QTest::newRow("bind to a name") << "localhost:7788" << "" << QStringList() << "binding needs a local IP address";
    QTest::newRow("peer without port") << "0" << "127.0.0.1" << QStringList() << "--peer: '127.0.0.1' has no port";
    QTest::newRow("not a group") << "0" << "" << QStringList{QStringLiteral("192.168.1.10")}
                                 << "--join: '192.168.1.10' is not a multicast group";
    QTest::newRow("IPv6 group, IPv4 port") << "0.0.0.0:0" << "" << QStringList{QStringLiteral("ff15::1")}
                                           << "--join: ff15::1 is an IPv6 group: bind to [::]:PORT";
    QTest::newRow("IPv4 group, IPv6 port") << "[::]:0" << "" << QStringList{QStringLiteral("239.1.2.3")}
                                           << "--join: 239.1.2.3 is an IPv4 group: bind to 0.0.0.0:PORT";
    QTest::newRow("group on one address") << "127.0.0.1:5000" << "" << QStringList{QStringLiteral("239.1.2.3")}
                                          << "bind to port 5000 alone";
}

void TstUdpLaunch::badArguments()
{
    QFETCH(QString, bind);
    QFETCH(QString, peer);
    QFETCH(QStringList, groups);
    QFETCH(QString, error);
    QStringList arguments{bind};
    if (!peer.isEmpty())
        arguments << QStringLiteral("--peer") << peer;
    for (const QString &group : std::as_const(groups))
        arguments << QStringLiteral("--join") << group;
    const Result<UdpConfig> config = udpConfig(arguments);
    QVERIFY(!config.ok());
    QVERIFY2(config.error.contains(error), qPrintable(config.error));
    QVERIFY(!config.error.contains(u'\n'));
}

void TstUdpLaunch::networkFailures_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("error");
    QTest::newRow("in use") << "" << "is already in use";
    QTest::newRow("not local") << "192.0.2.1:0" << "192.0.2.1:0 is not an address of this machine";
}

void TstUdpLaunch::networkFailures()
{
    QFETCH(QString, bind);
    QFETCH(QString, error);
    QUdpSocket holder;
    QVERIFY(holder.bind(Loopback, 0));
    if (bind.isEmpty())
        bind = QStringLiteral("127.0.0.1:%1").arg(holder.localPort());
    QObject parent;
    const LaunchResult result = launchUdp(udpOptions(bind), &parent);
    QCOMPARE(result.session, nullptr);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QVERIFY(parent.children().isEmpty());
}

void TstUdpLaunch::startsBoundWithTarget()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));
    const Result<UdpConfig> options = udpConfig({QStringLiteral("127.0.0.1:0"), QStringLiteral("--peer"),
                                                 QStringLiteral("127.0.0.1:%1").arg(peer.localPort()), QStringLiteral("--broadcast")});
    QVERIFY2(options.ok(), qPrintable(options.error));
    QObject parent;
    const LaunchResult result = launchUdp(options.value, &parent);
    QVERIFY2(result.session, qPrintable(result.error));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.session->parent(), &parent);
    QCOMPARE(result.session->state(), Session::State::Active);
    auto *udp = qobject_cast<UdpSession *>(result.session);
    QVERIFY(udp);
    QVERIFY(udp->isBroadcastEnabled());

    // Where it listens is told once someone can hear it.
    QSignalSpy noticeSpy(udp, &Session::noticeOccurred);
    QTRY_COMPARE_WITH_TIMEOUT(noticeSpy.size(), 1, Timeout);
    QCOMPARE(noticeSpy.at(0).at(0).toString(), QStringLiteral("receiving on 127.0.0.1:%1").arg(udp->localPort()));

    QVERIFY(result.session->send(QByteArray("from the command line")));
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.receiveDatagram().data(), QByteArray("from the command line"));
}

void TstUdpLaunch::headlessExchangesDatagrams()
{
    if (!QFileInfo::exists(QStringLiteral(SOCKPIT_BINARY)))
        QSKIP("the sockpit binary is not built");
    QUdpSocket peer;
    QVERIFY(peer.bind(Loopback, 0));
    Headless sockpit({QStringLiteral("--udp"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--peer"),
                      QStringLiteral("127.0.0.1:%1").arg(peer.localPort()), QStringLiteral("--encoding"),
                      QStringLiteral("GBK"), QStringLiteral("--headless")});

    // stderr tells the port the system chose.
    static const QRegularExpression receiving(QStringLiteral("receiving on 127\\.0\\.0\\.1:(\\d+)"));
    QTRY_VERIFY2_WITH_TIMEOUT(receiving.match(sockpit.stderrText()).hasMatch(), qPrintable(sockpit.stderrText()), Timeout);
    const quint16 port = quint16(receiving.match(sockpit.stderrText()).captured(1).toUInt());

    // Each stdin line is one datagram, in the chosen encoding.
    sockpit.process().write(QStringLiteral("你好\n第二行\n").toUtf8());
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    const QNetworkDatagram first = peer.receiveDatagram();
    QCOMPARE(first.data(), encodeText(QStringLiteral("你好\n"), QStringLiteral("GBK")).value);
    QCOMPARE(first.senderPort(), int(port));
    QTRY_VERIFY_WITH_TIMEOUT(peer.hasPendingDatagrams(), Timeout);
    QCOMPARE(peer.receiveDatagram().data(), encodeText(QStringLiteral("第二行\n"), QStringLiteral("GBK")).value);

    // A datagram in: its payload on stdout, its sender on stderr.
    peer.writeDatagram(encodeText(QStringLiteral("谢谢\n"), QStringLiteral("GBK")).value, Loopback, port);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(sockpit.out()), QStringLiteral("谢谢\n"), Timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(sockpit.stderrText().contains(QStringLiteral("datagram from 127.0.0.1:%1").arg(peer.localPort())),
                              qPrintable(sockpit.stderrText()), Timeout);
}

void TstUdpLaunch::headlessExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a group") << QStringList{QStringLiteral("--udp"), QStringLiteral("0"), QStringLiteral("--join"),
                                                QStringLiteral("10.1.2.3")}
                                 << 2 << "10.1.2.3";
    QTest::newRow("port out of range") << QStringList{QStringLiteral("--udp"), QStringLiteral("65536")} << 2
                                       << "port 65536 is out of range";
    QTest::newRow("in use") << QStringList{QStringLiteral("--udp"), QStringLiteral("127.0.0.1:PORT")} << 1
                            << "is already in use";
}

void TstUdpLaunch::headlessExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    if (!QFileInfo::exists(QStringLiteral(SOCKPIT_BINARY)))
        QSKIP("the sockpit binary is not built");
    QUdpSocket holder;
    QVERIFY(holder.bind(Loopback, 0));
    arguments.replaceInStrings(QStringLiteral("PORT"), QString::number(holder.localPort()));
    Headless sockpit(arguments << QStringLiteral("--headless"));
    QVERIFY(sockpit.waitForExit());
    QCOMPARE(sockpit.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(sockpit.process().exitCode(), exitCode);
    QVERIFY2(sockpit.stderrText().contains(error), qPrintable(sockpit.stderrText()));
}

QTEST_GUILESS_MAIN(TstUdpLaunch)
#include "tst_udplaunch.moc"
