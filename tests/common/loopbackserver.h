#pragma once

// Loopback helpers for socket tests: a TCP server that records what each client
// sends, a port nothing listens on, and a check for IPv6 on ::1. Everything
// binds to 127.0.0.1 or ::1, so no test traffic leaves the machine.
// Header-only and without Q_OBJECT, so any test can include it as is.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

#include <sys/socket.h>

namespace SockpitTest {

/// True when this machine can listen on ::1 (IPv6 may be disabled).
inline bool isIPv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

/// Bytes that show where they came from: a lost or repeated chunk does not compare equal.
inline QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) & 0xff);
    return bytes;
}

/// A TCP port on address that nothing listens on: a server binds it and lets
/// it go again. Returns 0 when nothing could be bound.
inline quint16 unusedTcpPort(const QHostAddress &address)
{
    QTcpServer server;
    if (!server.listen(address, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/// A TCP server on a loopback address that accepts every client and keeps
/// what each one sends. Clients are numbered 0, 1, ... in the order they came.
class LoopbackTcpServer
{
public:
    /// Called for every chunk a client sends, after it has been recorded.
    using ChunkHandler = std::function<void(qsizetype client, const QByteArray &chunk)>;

    explicit LoopbackTcpServer(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { acceptPending(); });
        m_server.listen(address, 0);
    }
    ~LoopbackTcpServer()
    {
        // Sockets are children of the server; stop their signals reaching a half-destroyed this.
        for (const Client &c : std::as_const(m_clients)) {
            if (c.socket)
                c.socket->disconnect(&m_server);
        }
    }
    LoopbackTcpServer(const LoopbackTcpServer &) = delete;
    LoopbackTcpServer &operator=(const LoopbackTcpServer &) = delete;

    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    /// Stops accepting; clients already connected stay.
    void stopListening() { m_server.close(); }

    void setChunkHandler(ChunkHandler handler) { m_onChunk = std::move(handler); }

    qsizetype clientCount() const { return m_clients.size(); }
    QTcpSocket *socket(qsizetype client) const { return m_clients.value(client).socket.data(); }
    QByteArray received(qsizetype client) const { return m_clients.value(client).received; }
    /// Everything every client sent, in the order the clients came.
    QByteArray receivedFromAll() const
    {
        QByteArray all;
        for (const Client &c : m_clients)
            all += c.received;
        return all;
    }
    /// True once the connection has ended, closed by either side.
    bool connectionEnded(qsizetype client) const { return m_clients.value(client).ended; }

    void send(qsizetype client, const QByteArray &data)
    {
        if (QTcpSocket *s = socket(client))
            s->write(data);
    }
    /// Closes gracefully (FIN) after the data written so far.
    void close(qsizetype client)
    {
        if (QTcpSocket *s = socket(client))
            s->disconnectFromHost();
    }
    /// Resets the connection: with SO_LINGER 0, closing sends RST instead of FIN.
    void reset(qsizetype client)
    {
        QTcpSocket *s = socket(client);
        if (!s)
            return;
        const linger noLinger{1, 0};
        ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
        s->abort();
    }

private:
    struct Client
    {
        QPointer<QTcpSocket> socket;
        QByteArray received;
        bool ended = false;
    };

    void acceptPending()
    {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            const qsizetype index = m_clients.size();
            m_clients.append(Client{s, QByteArray(), false});
            QObject::connect(s, &QIODevice::readyRead, &m_server, [this, index] { read(index); });
            QObject::connect(s, &QAbstractSocket::disconnected, &m_server, [this, index] {
                read(index);
                m_clients[index].ended = true;
            });
            read(index); // data may have arrived with the connection
        }
    }

    void read(qsizetype index)
    {
        QTcpSocket *s = m_clients[index].socket;
        if (!s || !s->isOpen())
            return;
        const QByteArray chunk = s->readAll();
        if (chunk.isEmpty())
            return;
        m_clients[index].received += chunk;
        if (m_onChunk)
            m_onChunk(index, chunk);
    }

    QTcpServer m_server;
    QList<Client> m_clients;
    ChunkHandler m_onChunk;
};

} // namespace SockpitTest

/// Skips a test row on ::1 where this machine has no IPv6 loopback.
#define SKIP_WITHOUT_IPV6(address)                                                                            \
    do {                                                                                                      \
        if ((address).protocol() == QAbstractSocket::IPv6Protocol && !SockpitTest::isIPv6LoopbackAvailable()) \
            QSKIP("IPv6 is not available on ::1 here");                                                       \
    } while (false)
