#pragma once

// What Sockpit is compared with: plain Qt sockets that do nothing with the data.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QUdpSocket>

#include <memory>
#include <optional>
#include <vector>

class QTcpSocket;

namespace SockpitBench {

/// Accepts one stream and discards what arrives, counting it: a QTcpServer
/// with QTcpSocket, or with TLS a QSslServer with QSslSocket.
class PlainTcpReceiver : public QObject
{
    Q_OBJECT
public:
    explicit PlainTcpReceiver(QObject *parent = nullptr);

    /// Listens on 127.0.0.1 (a port the system picks); expects `bytes` bytes,
    /// and writes them to capturePath unless it is empty.
    bool listen(qint64 bytes, const QString &capturePath = QString(),
                const std::optional<QSslConfiguration> &tls = std::nullopt);
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    qint64 received() const { return m_received; }
    bool done() const { return m_doneNs >= 0; }
    /// From the connection being accepted (with TLS: its handshake done) to the last byte, in seconds.
    double seconds() const { return double(m_doneNs - m_startNs) / 1e9; }
    /// This thread's CPU time over the same span, in ms.
    double cpuMs() const { return double(m_doneCpuNs - m_startCpuNs) / 1e6; }

private:
    void acceptPending();

    std::unique_ptr<QTcpServer> m_server;
    QFile m_capture;
    QElapsedTimer m_clock;
    qint64 m_expected = 0;
    qint64 m_received = 0;
    qint64 m_startNs = -1;
    qint64 m_doneNs = -1;
    qint64 m_startCpuNs = 0;
    qint64 m_doneCpuNs = 0;
};

/// A bound UDP socket that drains and counts datagrams.
class PlainUdpReceiver : public QObject
{
    Q_OBJECT
public:
    explicit PlainUdpReceiver(QObject *parent = nullptr);

    bool bind();
    quint16 port() const { return m_socket.localPort(); }
    qint64 received() const { return m_received; }

private:
    QUdpSocket m_socket;
    qint64 m_received = 0;
};

/// A QSslServer that lets each client go once it has closed: counts the
/// handshakes done and the clients gone.
class PlainTlsServer : public QObject
{
    Q_OBJECT
public:
    explicit PlainTlsServer(const QSslConfiguration &configuration, QObject *parent = nullptr);

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int secured() const { return m_secured; }
    int gone() const { return m_gone; }

private:
    QSslServer m_server;
    int m_secured = 0;
    int m_gone = 0;
};

/// A QTcpServer keeping a QTcpSocket per client, as a plain Qt program would.
class PlainTcpServer : public QObject
{
    Q_OBJECT
public:
    explicit PlainTcpServer(QObject *parent = nullptr);
    ~PlainTcpServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    int clientCount() const { return int(m_clients.size()); }
    /// Writes data to every client.
    void sendToAll(const QByteArray &data);
    void closeAll();

private:
    QTcpServer m_server;
    std::vector<QTcpSocket *> m_clients;
};

} // namespace SockpitBench
