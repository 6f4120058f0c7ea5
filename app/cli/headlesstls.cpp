#include "headlesstls.h"

#include "peer.h"
#include "tcpclientsession.h"
#include "tcpserversession.h"

namespace Sockpit {

HeadlessTls::HeadlessTls(Session *session, QObject *parent)
    : QObject(parent)
    , m_client(qobject_cast<TcpClientSession *>(session))
    , m_server(qobject_cast<TcpServerSession *>(session))
{
    if (m_client && m_client->isTls()) {
        connect(m_client, &Session::errorOccurred, this, &HeadlessTls::onClientError);
        connect(m_client, &TcpClientSession::secured, this, &HeadlessTls::onClientSecured);
        connect(m_client, &Session::stateChanged, this, &HeadlessTls::onClientState);
        return;
    }
    connect(session, &Session::errorOccurred, this, &HeadlessTls::error);
    if (m_server && m_server->isTls()) {
        connect(m_server, &TcpServerSession::clientSecured, this, [this](quint64 peerId) {
            m_secured.insert(peerId);
            emit clientReady();
        });
        connect(m_server, &Session::peerLeft, this, [this](const Peer &peer) { m_secured.remove(peer.id); });
    }
}

bool HeadlessTls::hasReadyClient() const
{
    if (!m_server)
        return false;
    return m_server->isTls() ? !m_secured.isEmpty() : m_server->clientCount() > 0;
}

void HeadlessTls::onClientError(const QString &message)
{
    m_clientFailed = true;
    // Connecting covers the handshake: the client is Active only once it is done.
    if (m_client->state() != Session::State::Connecting) {
        emit error(message);
        return;
    }
    m_held << message;
    if (m_held.size() == 1)
        QMetaObject::invokeMethod(this, &HeadlessTls::releaseAsErrors, Qt::QueuedConnection);
}

void HeadlessTls::onClientState(Session::State state)
{
    if (state == Session::State::Active)
        m_clientJoined = true;
    // A connection that ends in its handshake without saying why would leave the run waiting forever.
    if (state == Session::State::Idle && !m_clientJoined && !m_clientFailed) {
        m_clientFailed = true;
        emit error(tr("%1: the connection ended before the TLS handshake was done").arg(m_client->targetText()));
    }
}

void HeadlessTls::onClientSecured()
{
    for (const QString &message : std::exchange(m_held, QStringList()))
        emit warning(message);
}

void HeadlessTls::releaseAsErrors()
{
    if (m_held.isEmpty())
        return;
    for (const QString &message : std::exchange(m_held, QStringList()))
        emit error(message);
    describeRejected();
}

void HeadlessTls::describeRejected()
{
    const std::optional<TcpClientSession::RejectedCertificate> rejected = m_client->rejectedCertificate();
    if (!rejected)
        return;
    for (const QString &line : rejected->details)
        emit notice(line);
    emit notice(tr("to connect despite its problems: --insecure (each is then said as a warning), or --ca with the "
                   "CA file that vouches for it, or --sni with a name it is for"));
}

} // namespace Sockpit
