#pragma once

#include "poller.h"
#include "socketio.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QHostInfo;

namespace Sockpit {

/// Makes one outgoing TCP connection without blocking: looks a host name up
/// in the background (QHostInfo), then tries each of its addresses in turn
/// with a non-blocking connect, all within one timeout, and hands over the
/// connected descriptor (to a TcpConnection now; to a QSslSocket for TLS later).
class TcpConnector : public QObject, private PollTarget
{
    Q_OBJECT
public:
    explicit TcpConnector(Poller *poller, QObject *parent = nullptr);
    ~TcpConnector() override;

    /// Starts over for host (an IP literal or a name, without brackets).
    void start(const QString &host, quint16 port, int timeoutMs);
    /// Starts over with these addresses, tried in this order.
    void start(const QList<QHostAddress> &addresses, quint16 port, int timeoutMs);
    /// Stops the lookup or the connect; emits nothing.
    void cancel();
    bool isBusy() const { return m_lookupId >= 0 || m_fd >= 0; }

signals:
    void resolving();
    /// Trying this address now.
    void connecting(const QHostAddress &address);
    /// Done: the receiver owns the connected, non-blocking descriptor.
    void connected(qintptr descriptor);
    void hostNotFound(const QString &detail);
    /// The timeout passed before any address answered.
    void timedOut();
    /// Every address failed; error and detail are the last address's.
    void failed(Sockpit::IoError error, const QString &detail);

private:
    void onLookedUp(const QHostInfo &info);
    void tryNextAddress();
    void pollReadable() override { checkConnect(); }
    void pollWritable() override { checkConnect(); }
    void checkConnect();
    void dropAttempt();
    void onTimeout();

    QPointer<Poller> m_poller;
    QTimer m_timer;
    int m_lookupId = -1;
    int m_fd = -1; ///< the connect under way
    quint16 m_port = 0;
    QList<QHostAddress> m_addresses; ///< still to try
    IoResult m_lastFailure;
};

} // namespace Sockpit
