#include "sessionreplyport.h"

#include "tcpclientsession.h"
#include "tcpserversession.h"
#include "udpsession.h"

namespace Sockpit {

namespace {

class TcpServerPort final : public ReplyPort
{
public:
    explicit TcpServerPort(TcpServerSession *session) : m_session(session) {}
    bool sendTo(const Peer &peer, const QByteArray &data) override { return m_session->sendTo({peer.id}, data); }
    bool close(const Peer &peer) override
    {
        m_session->disconnectPeers({peer.id});
        return true;
    }
    bool isPresent(const Peer &peer) const override { return m_session->canSendTo(peer.id); }
    qint64 backlog(const Peer &peer) const override { return m_session->bytesToWrite(peer.id); }

private:
    TcpServerSession *m_session;
};

class TcpClientPort final : public ReplyPort
{
public:
    explicit TcpClientPort(TcpClientSession *session) : m_session(session) {}
    bool sendTo(const Peer &, const QByteArray &data) override { return m_session->send(data); }
    bool close(const Peer &) override
    {
        m_session->stop();
        return true;
    }
    bool isPresent(const Peer &) const override
    {
        return m_session->state() == Session::State::Active && !m_session->isSendingClosed();
    }
    qint64 backlog(const Peer &) const override { return m_session->pendingBytes(); }

private:
    TcpClientSession *m_session;
};

class UdpPort final : public ReplyPort
{
public:
    explicit UdpPort(UdpSession *session) : m_session(session) {}
    bool sendTo(const Peer &peer, const QByteArray &data) override { return m_session->sendTo(peer, data); }
    bool close(const Peer &) override { return false; }
    bool canClose() const override { return false; }
    bool isPresent(const Peer &) const override { return m_session->isBound(); }
    qint64 backlog(const Peer &) const override { return m_session->pendingBytes(); }

private:
    UdpSession *m_session;
};

} // namespace

std::unique_ptr<ReplyPort> replyPortFor(Session *session)
{
    if (auto *server = qobject_cast<TcpServerSession *>(session))
        return std::make_unique<TcpServerPort>(server);
    if (auto *client = qobject_cast<TcpClientSession *>(session))
        return std::make_unique<TcpClientPort>(client);
    if (auto *udp = qobject_cast<UdpSession *>(session))
        return std::make_unique<UdpPort>(udp);
    return nullptr;
}

} // namespace Sockpit
