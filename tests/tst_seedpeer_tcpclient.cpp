// The TCP client session against the tutorial's own Python TCP server
// (tests/peers/seed_tcp_server.py): a real peer written by someone else.

#include "codec.h"
#include "tcpclientsession.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Sockpit;

class TstSeedPeerTcpClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gbkTextAndThankYou_data();
    void gbkTextAndThankYou();

private:
    /// Starts the seed server on a port of its choosing; returns the port, or 0.
    quint16 startServer();

    QProcess m_server;
    QString m_python;
};

void TstSeedPeerTcpClient::init()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed: the seed's TCP server cannot run");
}

void TstSeedPeerTcpClient::cleanup()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

quint16 TstSeedPeerTcpClient::startServer()
{
    const QString script = QDir(QStringLiteral(SOCKPIT_SOURCE_DIR)).filePath(QStringLiteral("tests/peers/seed_tcp_server.py"));
    if (!QFile::exists(script)) {
        qWarning("missing %s", qPrintable(script));
        return 0;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    environment.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    m_server.setProcessEnvironment(environment);
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(m_python, {script, QStringLiteral("0")});
    if (!m_server.waitForStarted(10000))
        return 0;
    // The script prints the port it listens on once it is listening.
    while (!m_server.canReadLine()) {
        if (!m_server.waitForReadyRead(10000))
            return 0;
    }
    bool ok = false;
    const uint port = QString::fromUtf8(m_server.readLine()).trimmed().toUInt(&ok);
    return ok && port > 0 && port <= 65535 ? quint16(port) : 0;
}

void TstSeedPeerTcpClient::gbkTextAndThankYou_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("shortConnection");
    QTest::newRow("long connection") << QStringLiteral("你好，服务器！来自 Sockpit 的问候") << false;
    QTest::newRow("short connection") << QStringLiteral("短连接：只传递一次读写操作") << true;
}

void TstSeedPeerTcpClient::gbkTextAndThankYou()
{
    QFETCH(QString, text);
    QFETCH(bool, shortConnection);

    const quint16 port = startServer();
    QVERIFY2(port != 0, qPrintable(QString::fromUtf8(m_server.readAllStandardError())));

    TcpClientSession session;
    QSignalSpy joined(&session, &Session::peerJoined);
    QSignalSpy left(&session, &Session::peerLeft);
    QSignalSpy errors(&session, &Session::errorOccurred);
    QByteArray reply;
    connect(&session, &Session::received, this, [&reply](const Peer &, const QByteArray &data) { reply += data; });
    session.setTarget(QStringLiteral("127.0.0.1"), port);

    const Result<QByteArray> gbk = encodeText(text, QStringLiteral("GBK"));
    QVERIFY2(gbk.ok(), qPrintable(gbk.error));
    if (shortConnection) {
        // A reply timeout far beyond the test's patience: the server must be the one to close.
        session.setShortConnection(true, 600000);
        QVERIFY(session.send(gbk.value));
    } else {
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Active, 10000);
        QVERIFY(session.send(gbk.value));
    }

    QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 10000);
    QCOMPARE(joined.size(), 1);
    QCOMPARE(reply, QByteArray("thank you !"));
    QCOMPARE(left.at(0).at(1).toString(), QStringLiteral("closed by the peer"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::Idle, 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.at(0).at(0).toString()));

    // The script decoded our bytes as GBK and printed them (as UTF-8).
    QTRY_COMPARE_WITH_TIMEOUT(m_server.state(), QProcess::NotRunning, 10000);
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    const QString errorOutput = QString::fromUtf8(m_server.readAllStandardError());
    QVERIFY2(m_server.exitCode() == 0, qPrintable(errorOutput));
    const QString printed = QString::fromUtf8(m_server.readAllStandardOutput());
    QVERIFY2(printed.contains(QStringLiteral("接收到的数据为: ") + text), qPrintable(printed));
}

QTEST_GUILESS_MAIN(TstSeedPeerTcpClient)
#include "tst_seedpeer_tcpclient.moc"
