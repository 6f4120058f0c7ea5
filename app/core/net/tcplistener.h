#pragma once

#include "result.h"
#include "tcpacceptor.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace Sockpit {

class Poller;

/// A listening TCP port for the sessions that take connections (the TCP server,
/// the relay). QTcpServer binds and listens, and says why it could not; the
/// TcpAcceptor accepts on the poller (see there why).
class TcpListener : public QObject
{
    Q_OBJECT
public:
    explicit TcpListener(Poller *poller, QObject *parent = nullptr);
    ~TcpListener() override;

    /// Starts listening (again); the error says why it could not, naming the address.
    Status listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const { return m_server.isListening(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    quint16 port() const { return m_server.serverPort(); }
    /// "port 7788 on every address (IPv4 and IPv6)", "127.0.0.1:7788", "[::]:7788"; empty when not listening.
    QString text() const;
    /// The same for any address; forError: the short form an error sentence names ("port 7788").
    static QString describe(const QHostAddress &address, quint16 port, bool forError);

    /// Its signals say what was accepted; retrySoon() when a descriptor was freed.
    TcpAcceptor &acceptor() { return m_acceptor; }

private:
    QTcpServer m_server;
    TcpAcceptor m_acceptor;
};

} // namespace Sockpit
