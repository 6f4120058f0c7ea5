// The TCP server over TLS against real peers: openssl s_client with a
// certificate made on the spot or read from files, client certificates
// required, plain TCP and silent clients on the TLS port (each leaves with
// its reason while others are served), GBK text, 100 MiB each way with
// Sockpit's own TLS client and the backlog accounted to the byte, and IPv6.

#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "tlsoptions.h"
#include "tlsserversetup.h"

#include "common/bulkstream.h"
#include "common/loopbackserver.h"
#include "common/opensslclient.h"
#include "common/rawtcppeer.h"
#include "common/testpki.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::OpensslClient;
using SockpitTest::PatternStream;
using SockpitTest::StreamChecker;
using SockpitTest::TestPki;

namespace {

constexpr int Timeout = 20000;
constexpr int StreamTimeout = 180000;
constexpr qint64 StreamBytes = 100 * 1024 * 1024;
constexpr qint64 StreamChunk = 256 * 1024;

QByteArray allReceivedFrom(const QSignalSpy &spy, quint64 peerId)
{
    QByteArray all;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).value<Peer>().id == peerId)
            all += arguments.at(1).toByteArray();
    }
    return all;
}

/// The reason a peer left with, from a spy on peerLeft; empty while it has not.
QString reasonOf(const QSignalSpy &left, quint64 peerId)
{
    for (const QList<QVariant> &arguments : left) {
        if (arguments.at(0).value<Peer>().id == peerId)
            return arguments.at(1).toString();
    }
    return QString();
}

std::optional<ServerClient> clientEntry(const TcpServerSession &server, quint64 peerId)
{
    for (const ServerClient &client : server.clientList()) {
        if (client.peer.id == peerId)
            return client;
    }
    return std::nullopt;
}

/// The id of the client that came from this local port of ours; 0 if none.
quint64 clientFromPort(const QSignalSpy &joined, quint16 port)
{
    for (const QList<QVariant> &arguments : joined) {
        const Peer peer = arguments.at(0).value<Peer>();
        if (peer.port == port)
            return peer.id;
    }
    return 0;
}

quint64 lastJoined(const QSignalSpy &joined)
{
    return joined.isEmpty() ? 0 : joined.last().at(0).value<Peer>().id;
}

} // namespace

class TstTlsServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qRegisterMetaType<Peer>();
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here (OpenSSL 3 missing)");
        if (TestPki::openssl().isEmpty())
            QSKIP("openssl is not installed (Debian package openssl)");
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void selfSignedServesSClient()
    {
        TcpServerSession server;
        QVERIFY(listen(server, selfSigned()));
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        QSignalSpy received(&server, &Session::received);
        OpensslClient client;
        QVERIFY(client.start(QStringLiteral("127.0.0.1:%1").arg(server.listenPort()),
                             {QStringLiteral("-servername"), QStringLiteral("localhost")}));
        QVERIFY(secured.wait(Timeout));
        const quint64 id = secured.first().first().toULongLong();
        const std::optional<ServerClient> entry = clientEntry(server, id);
        QVERIFY(entry.has_value());
        QVERIFY(entry->tls && entry->secured);
        QVERIFY2(entry->tlsSession.startsWith(u"TLS 1.3") || entry->tlsSession.startsWith(u"TLS 1.2"),
                 qPrintable(entry->tlsSession));
        QVERIFY(entry->certificateSubject.isEmpty());

        // Every byte value both ways, and a line of text.
        QByteArray binary(256, Qt::Uninitialized);
        for (int i = 0; i < 256; ++i)
            binary[i] = char(i);
        const QByteArray up = QByteArray("hello from s_client\r\n") + binary;
        client.write(up);
        QTRY_COMPARE_WITH_TIMEOUT(allReceivedFrom(received, id).size(), up.size(), Timeout);
        QCOMPARE(allReceivedFrom(received, id), up);
        const QByteArray down = binary + QByteArray("hello from Sockpit\n");
        QVERIFY(server.sendTo({id}, down));
        QTRY_COMPARE_WITH_TIMEOUT(client.output().size(), down.size(), Timeout);
        QCOMPARE(client.output(), down);
        QCOMPARE(clientEntry(server, id)->rxBytes, quint64(up.size()));
        QCOMPARE(clientEntry(server, id)->txBytes, quint64(down.size()));

        QSignalSpy left(&server, &Session::peerLeft);
        server.disconnectPeers({id});
        QTRY_VERIFY_WITH_TIMEOUT(!left.isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!client.isRunning(), Timeout);
    }

    void filesVerifiedBySClient()
    {
        TcpServerSession server;
        QVERIFY(listen(server, fromFiles()));
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        QSignalSpy received(&server, &Session::received);
        OpensslClient client;
        QVERIFY(client.start(QStringLiteral("127.0.0.1:%1").arg(server.listenPort()),
                             {QStringLiteral("-CAfile"), m_pki->caFile(), QStringLiteral("-verify_return_error"),
                              QStringLiteral("-servername"), QStringLiteral("localhost")}));
        QVERIFY(secured.wait(Timeout));
        const quint64 id = secured.first().first().toULongLong();
        client.write("verified\n");
        QTRY_COMPARE_WITH_TIMEOUT(allReceivedFrom(received, id), QByteArray("verified\n"), Timeout);
        QVERIFY(server.sendTo({id}, "and served\n"));
        QTRY_COMPARE_WITH_TIMEOUT(client.output(), QByteArray("and served\n"), Timeout);
        QVERIFY2(client.errors().contains("verify return:1"), client.errors().constData());
    }

    // The same client checking against a CA that did not sign the server's
    // certificate gives up: the server says the client did not trust it.
    void clientDistrustingTheCertificateIsExplained()
    {
        TcpServerSession server;
        QVERIFY(listen(server, fromFiles()));
        QSignalSpy joined(&server, &Session::peerJoined);
        QSignalSpy left(&server, &Session::peerLeft);
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        OpensslClient client;
        QVERIFY(client.start(QStringLiteral("127.0.0.1:%1").arg(server.listenPort()),
                             {QStringLiteral("-CAfile"), m_pki->pair("selfsigned").certificate,
                              QStringLiteral("-verify_return_error")}));
        QTRY_VERIFY_WITH_TIMEOUT(!left.isEmpty(), Timeout);
        const QString reason = reasonOf(left, lastJoined(joined));
        QVERIFY2(reason.contains(u"does not trust this server's certificate") || reason.contains(u"may not trust"),
                 qPrintable(reason));
        QCOMPARE(secured.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!client.isRunning(), Timeout);
        QVERIFY(client.exitCode() != 0);
    }

    void clientCertificateRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("identity");
        QTest::addColumn<QString>("words");
        // In TLS 1.3 the client's side of the handshake is done before the server refuses.
        QTest::newRow("none, TLS 1.2") << QStringLiteral("-tls1_2") << QByteArray()
                                       << QStringLiteral("the client sent no certificate, and this server requires one");
        QTest::newRow("none, TLS 1.3") << QStringLiteral("-tls1_3") << QByteArray()
                                       << QStringLiteral("the client sent no certificate, and this server requires one");
        QTest::newRow("untrusted") << QStringLiteral("-tls1_3") << QByteArray("selfsigned")
                                   << QStringLiteral("the client's certificate (CN=localhost) is not signed by the "
                                                     "client CA this server trusts");
        QTest::newRow("expired") << QStringLiteral("-tls1_2") << QByteArray("expired")
                                 << QStringLiteral("the client's certificate: the certificate expired on 2020-02-01");
    }
    void clientCertificateRefused()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, identity);
        QFETCH(QString, words);
        TcpServerSession server;
        QVERIFY(listen(server, requiringClientCertificates()));
        QSignalSpy joined(&server, &Session::peerJoined);
        QSignalSpy left(&server, &Session::peerLeft);
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        QSignalSpy received(&server, &Session::received);
        QStringList arguments{version, QStringLiteral("-CAfile"), m_pki->caFile()};
        if (!identity.isEmpty()) {
            const TestPki::Pair pair = m_pki->pair(identity.constData());
            arguments << QStringLiteral("-cert") << pair.certificate << QStringLiteral("-key") << pair.key;
        }
        OpensslClient client;
        QVERIFY(client.start(QStringLiteral("127.0.0.1:%1").arg(server.listenPort()), arguments));
        client.write("let me in\n");
        QTRY_VERIFY_WITH_TIMEOUT(!left.isEmpty(), Timeout);
        const QString reason = reasonOf(left, lastJoined(joined));
        QVERIFY2(reason.contains(QStringLiteral("TLS handshake failed: ") + words), qPrintable(reason));
        QCOMPARE(secured.count(), 0);
        QCOMPARE(received.count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!client.isRunning(), Timeout);
        QCOMPARE(server.clientCount(), 0);
    }

    void clientCertificateAccepted_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2");
        QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3");
    }
    void clientCertificateAccepted()
    {
        QFETCH(QString, version);
        TcpServerSession server;
        QVERIFY(listen(server, requiringClientCertificates()));
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        QSignalSpy received(&server, &Session::received);
        QSignalSpy left(&server, &Session::peerLeft);
        OpensslClient known;
        const TestPki::Pair identity = m_pki->pair("client");
        QVERIFY(known.start(QStringLiteral("127.0.0.1:%1").arg(server.listenPort()),
                            {version, QStringLiteral("-CAfile"), m_pki->caFile(), QStringLiteral("-cert"),
                             identity.certificate, QStringLiteral("-key"), identity.key}));
        QVERIFY(secured.wait(Timeout));
        const quint64 id = secured.first().first().toULongLong();
        const std::optional<ServerClient> entry = clientEntry(server, id);
        QVERIFY(entry.has_value());
        QVERIFY2(entry->certificateSubject.contains(u"CN=test-client"), qPrintable(entry->certificateSubject));
        QVERIFY2(entry->tlsSession.startsWith(version == u"-tls1_2" ? u"TLS 1.2" : u"TLS 1.3"),
                 qPrintable(entry->tlsSession));
        known.write("known\n");
        QTRY_COMPARE_WITH_TIMEOUT(allReceivedFrom(received, id), QByteArray("known\n"), Timeout);
        QVERIFY(server.sendTo({id}, "welcome\n"));
        QTRY_COMPARE_WITH_TIMEOUT(known.output(), QByteArray("welcome\n"), Timeout);
        QCOMPARE(left.count(), 0);
    }

    void plainClientLeavesWhileTlsClientIsServed()
    {
        TcpServerSession server;
        QVERIFY(listen(server, fromFiles()));
        server.setAutoReply(TcpServerSession::AutoReply::Echo);
        QSignalSpy joined(&server, &Session::peerJoined);
        QSignalSpy left(&server, &Session::peerLeft);
        TcpClientSession tls;
        QVERIFY(trust(tls));
        QSignalSpy tlsReceived(&tls, &Session::received);
        tls.setTarget(QStringLiteral("127.0.0.1"), server.listenPort());
        tls.open();
        QTRY_COMPARE_WITH_TIMEOUT(tls.state(), Session::State::Active, Timeout);

        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, server.listenPort());
        QVERIFY(plain.waitForConnected(Timeout));
        const quint16 plainPort = plain.localPort(); // gone once it is disconnected
        plain.write("hello\r\n");
        QSignalSpy plainGone(&plain, &QAbstractSocket::disconnected);
        QTRY_VERIFY_WITH_TIMEOUT(!left.isEmpty(), Timeout);
        const quint64 plainId = clientFromPort(joined, plainPort);
        QVERIFY(plainId != 0);
        const QString reason = reasonOf(left, plainId);
        QVERIFY2(reason.contains(u"plain TCP"), qPrintable(reason));
        QTRY_VERIFY_WITH_TIMEOUT(plainGone.count() > 0 || plain.state() == QAbstractSocket::UnconnectedState, Timeout);

        // The TLS client did not notice.
        QVERIFY(tls.send("still served\n"));
        QTRY_COMPARE_WITH_TIMEOUT(allReceivedFrom(tlsReceived, tls.peer().id), QByteArray("still served\n"), Timeout);
        QCOMPARE(server.clientCount(), 1);
        QCOMPARE(left.count(), 1);
    }

    void silentClientIsClosedByTheHandshakeTimeout()
    {
        TcpServerSession server;
        QVERIFY(listen(server, selfSigned(), 300));
        QSignalSpy joined(&server, &Session::peerJoined);
        QSignalSpy left(&server, &Session::peerLeft);
        QSignalSpy states(&server, &TcpServerSession::clientStateChanged);
        QElapsedTimer clock;
        clock.start();
        const auto silent = SockpitTest::RawTcpPeer::connectTo(QHostAddress::LocalHost, server.listenPort());
        QVERIFY(silent);
        QTRY_VERIFY_WITH_TIMEOUT(!left.isEmpty(), Timeout);
        const qint64 waited = clock.elapsed();
        QVERIFY2(waited >= 250 && waited < 10000, qPrintable(QString::number(waited)));
        const QString reason = reasonOf(left, lastJoined(joined));
        QVERIFY2(reason.contains(u"no TLS handshake within 0.3 s"), qPrintable(reason));
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(2).toString(), reason);
        QTRY_VERIFY_WITH_TIMEOUT(silent->readAvailable().sawEndOfStream() || silent->readError() != 0, Timeout);
        QCOMPARE(server.clientCount(), 0);
    }

    void gbkTextBothWays()
    {
        TcpServerSession server;
        QVERIFY(listen(server, selfSigned()));
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        QSignalSpy received(&server, &Session::received);
        TcpClientSession client;
        TlsClientOptions options;
        options.enabled = true;
        const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(options);
        QVERIFY2(configuration.ok(), qPrintable(configuration.error));
        client.setTls(TlsClientSetup{configuration.value, QStringLiteral("localhost"), true});
        QSignalSpy clientReceived(&client, &Session::received);
        client.setTarget(QStringLiteral("127.0.0.1"), server.listenPort());
        client.open();
        QVERIFY(secured.wait(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), Session::State::Active, Timeout);
        const quint64 id = secured.first().first().toULongLong();

        const QString upText = QStringLiteral("温度传感器 7 号：25℃，湿度 60％\r\n");
        const QString downText = QStringLiteral("收到，谢谢！\r\n");
        QStringEncoder encoder("GBK");
        const QByteArray up = encoder.encode(upText);
        const QByteArray down = encoder.encode(downText);
        QVERIFY(!encoder.hasError());
        QVERIFY(up.size() < upText.toUtf8().size()); // two bytes a character: GBK, not UTF-8
        QVERIFY(client.send(up));
        QTRY_COMPARE_WITH_TIMEOUT(allReceivedFrom(received, id), up, Timeout);
        QVERIFY(server.sendTo({id}, down));
        QTRY_COMPARE_WITH_TIMEOUT(allReceivedFrom(clientReceived, client.peer().id), down, Timeout);
        QStringDecoder decoder("GBK");
        QCOMPARE(QString(decoder.decode(allReceivedFrom(received, id))), upText);
        QVERIFY(!decoder.hasError());
    }

    void hundredMebibytesFromTheClient()
    {
        TcpServerSession server;
        QVERIFY(listen(server, fromFiles()));
        TcpClientSession client;
        QVERIFY(trust(client));
        const PatternStream stream(PatternStream::Shape::NumberedLines, StreamBytes);
        StreamChecker checker(stream);
        connect(&server, &Session::received, this, [&checker](const Peer &, const QByteArray &data) { checker.take(data); });
        client.setTarget(QStringLiteral("127.0.0.1"), server.listenPort());
        client.open();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), Session::State::Active, Timeout);

        // Sent as the connection takes it: never more than the back-pressure allows.
        qint64 sent = 0;
        qint64 mostPending = 0;
        const auto pump = [&] {
            for (int i = 0; i < 1024 && sent < StreamBytes && !client.isBackedUp(); ++i) {
                const QByteArray chunk = stream.chunk(sent, StreamChunk);
                if (!client.send(chunk))
                    return;
                sent += chunk.size();
                mostPending = qMax(mostPending, client.pendingBytes());
            }
        };
        QSignalSpy drained(&client, &Session::drained);
        connect(&client, &Session::drained, this, pump);
        pump();
        QTRY_VERIFY_WITH_TIMEOUT(checker.received() >= StreamBytes || checker.firstMismatch() >= 0, StreamTimeout);
        QCOMPARE(checker.firstMismatch(), -1);
        QVERIFY(checker.isComplete());
        QCOMPARE(sent, StreamBytes);
        QCOMPARE(server.clientList().first().rxBytes, quint64(StreamBytes));
        QTRY_COMPARE_WITH_TIMEOUT(client.pendingBytes(), 0, Timeout);
        QVERIFY(mostPending >= Session::HighWaterMark);
        QVERIFY(drained.count() > 0);
    }

    void hundredMebibytesToTheClient()
    {
        TcpServerSession server;
        QVERIFY(listen(server, fromFiles()));
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        QSignalSpy drained(&server, &Session::drained);
        QSignalSpy clientDrained(&server, &TcpServerSession::clientDrained);
        TcpClientSession client;
        QVERIFY(trust(client));
        const PatternStream stream(PatternStream::Shape::NumberedLines, StreamBytes);
        StreamChecker checker(stream);
        connect(&client, &Session::received, this, [&checker](const Peer &, const QByteArray &data) { checker.take(data); });
        client.setTarget(QStringLiteral("127.0.0.1"), server.listenPort());
        client.open();
        QVERIFY(secured.wait(Timeout));
        const quint64 id = secured.first().first().toULongLong();

        qint64 sent = 0;
        qint64 mostPending = 0;
        bool accountingWrong = false;
        const auto pump = [&] {
            for (int i = 0; i < 1024 && sent < StreamBytes && !server.isBackedUp(); ++i) {
                const QByteArray chunk = stream.chunk(sent, StreamChunk);
                if (!server.sendTo({id}, chunk))
                    return;
                sent += chunk.size();
                mostPending = qMax(mostPending, server.pendingBytes());
            }
        };
        // What waits is never below zero nor above what was handed over and not received yet.
        connect(&client, &Session::received, this, [&] {
            if (server.pendingBytes() < 0 || server.pendingBytes() > sent - checker.received())
                accountingWrong = true;
        });
        connect(&server, &Session::drained, this, pump);
        pump();
        QTRY_VERIFY_WITH_TIMEOUT(checker.received() >= StreamBytes || checker.firstMismatch() >= 0, StreamTimeout);
        QCOMPARE(checker.firstMismatch(), -1);
        QVERIFY(checker.isComplete());
        QCOMPARE(sent, StreamBytes);
        QTRY_COMPARE_WITH_TIMEOUT(server.pendingBytes(), 0, Timeout);
        QCOMPARE(server.bytesToWrite(id), 0);
        QVERIFY(!accountingWrong);
        QVERIFY(mostPending >= Session::HighWaterMark);
        QVERIFY(drained.count() > 0);
        QVERIFY(clientDrained.count() > 0);
        const std::optional<ServerClient> entry = clientEntry(server, id);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->txBytes, quint64(StreamBytes));
        QCOMPARE(entry->bytesToWrite, 0);
    }

    // A close right behind the data: every byte arrives before the end is said.
    void closeComesAfterTheLastByte_data()
    {
        QTest::addColumn<bool>("clientCloses");
        QTest::newRow("client sends and closes") << true;
        QTest::newRow("server sends and closes") << false;
    }
    void closeComesAfterTheLastByte()
    {
        QFETCH(bool, clientCloses);
        constexpr qint64 Bytes = 8 * 1024 * 1024;
        TcpServerSession server;
        QVERIFY(listen(server, fromFiles()));
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        QSignalSpy left(&server, &Session::peerLeft);
        TcpClientSession client;
        QVERIFY(trust(client));
        QSignalSpy clientLeft(&client, &Session::peerLeft);
        const PatternStream stream(PatternStream::Shape::OneLongLine, Bytes);
        StreamChecker checker(stream);
        qint64 receivedAtTheEnd = -1;
        if (clientCloses) {
            connect(&server, &Session::received, this, [&checker](const Peer &, const QByteArray &d) { checker.take(d); });
            connect(&server, &Session::peerLeft, this, [&] { receivedAtTheEnd = checker.received(); });
        } else {
            connect(&client, &Session::received, this, [&checker](const Peer &, const QByteArray &d) { checker.take(d); });
            connect(&client, &Session::peerLeft, this, [&] { receivedAtTheEnd = checker.received(); });
        }
        client.setTarget(QStringLiteral("127.0.0.1"), server.listenPort());
        client.open();
        QVERIFY(secured.wait(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), Session::State::Active, Timeout);
        const quint64 id = secured.first().first().toULongLong();
        for (qint64 at = 0; at < Bytes; at += StreamChunk) {
            const QByteArray chunk = stream.chunk(at, StreamChunk);
            QVERIFY(clientCloses ? client.send(chunk) : server.sendTo({id}, chunk));
        }
        if (clientCloses)
            client.stop();
        else
            server.disconnectPeers({id});
        QTRY_VERIFY_WITH_TIMEOUT(!left.isEmpty() && !clientLeft.isEmpty(), StreamTimeout);
        QCOMPARE(receivedAtTheEnd, Bytes);
        QVERIFY(checker.isComplete());
        const QString reason = left.first().at(1).toString();
        QVERIFY2(reason.contains(clientCloses ? u"closed by the client" : u"disconnected by you"), qPrintable(reason));
        QCOMPARE(server.pendingBytes(), 0);
    }

    void servesOverIPv6()
    {
        if (!SockpitTest::isIPv6LoopbackAvailable())
            QSKIP("no IPv6 on ::1 here");
        TcpServerSession server;
        QVERIFY(listen(server, fromFiles(), TlsConnection::DefaultServerHandshakeTimeoutMs,
                       QHostAddress::LocalHostIPv6));
        server.setAutoReply(TcpServerSession::AutoReply::Echo);
        QSignalSpy secured(&server, &TcpServerSession::clientSecured);
        TcpClientSession client;
        QVERIFY(trust(client, QString())); // checked against the certificate's IP:::1
        QSignalSpy received(&client, &Session::received);
        client.setTarget(QStringLiteral("::1"), server.listenPort());
        client.open();
        QVERIFY(secured.wait(Timeout));
        const quint64 id = secured.first().first().toULongLong();
        QCOMPARE(server.client(id).address, QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY(clientEntry(server, id)->secured);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), Session::State::Active, Timeout);
        QVERIFY(client.send("over IPv6\n"));
        QTRY_COMPARE_WITH_TIMEOUT(allReceivedFrom(received, client.peer().id), QByteArray("over IPv6\n"), Timeout);
    }

private:
    static TlsServerOptions selfSigned()
    {
        TlsServerOptions options;
        options.enabled = true;
        options.selfSignedName = QStringLiteral("localhost");
        return options;
    }
    TlsServerOptions fromFiles() const
    {
        TlsServerOptions options;
        options.enabled = true;
        options.certificateFile = m_pki->pair("server").certificate;
        options.keyFile = m_pki->pair("server").key;
        return options;
    }
    TlsServerOptions requiringClientCertificates() const
    {
        TlsServerOptions options = fromFiles();
        options.requireClientCertificate = true;
        options.clientCaFile = m_pki->caFile();
        return options;
    }
    static bool listen(TcpServerSession &server, const TlsServerOptions &options,
                       int handshakeTimeoutMs = TlsConnection::DefaultServerHandshakeTimeoutMs,
                       const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        const Result<TlsServerSetup> setup = TlsSetup::serverSetup(options);
        if (!setup) {
            qWarning("%s", qPrintable(setup.error));
            return false;
        }
        server.setTls(setup.value.configuration, handshakeTimeoutMs);
        if (!server.listen(address, 0)) {
            qWarning("%s", qPrintable(server.errorString()));
            return false;
        }
        return server.isTls();
    }
    /// TLS on the client, checking the server against the test CA (and serverName when given).
    bool trust(TcpClientSession &client, const QString &serverName = QStringLiteral("localhost")) const
    {
        TlsClientOptions options;
        options.enabled = true;
        options.caFile = m_pki->caFile();
        const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(options);
        if (!configuration) {
            qWarning("%s", qPrintable(configuration.error));
            return false;
        }
        client.setTls(TlsClientSetup{configuration.value, serverName, false});
        return true;
    }

    std::unique_ptr<TestPki> m_pki;
};

QTEST_GUILESS_MAIN(TstTlsServer)
#include "tst_tlsserver.moc"
