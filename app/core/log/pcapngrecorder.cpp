#include "pcapngrecorder.h"

#include "pcapngexport.h"
#include "relaysession.h"
#include "session.h"
#include "tcpclientsession.h"

#include <QCoreApplication>

#include <chrono>

namespace Sockpit {

PcapngRecorder::PcapngRecorder(QObject *parent)
    : QObject(parent)
{
    connect(&m_sink, &CaptureSink::errorOccurred, this, &PcapngRecorder::errorOccurred);
}

PcapngRecorder::~PcapngRecorder() = default;

Status PcapngRecorder::open(const QString &path)
{
    const QString error = m_sink.open(path, CaptureSink::OpenMode::Replace);
    if (!error.isEmpty())
        return Status::failure(error);
    m_sink.write(PcapngStreams::fileHeader());
    return Status::success();
}

qint64 PcapngRecorder::nowUsecs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

void PcapngRecorder::write(const QByteArray &blocks)
{
    if (!blocks.isEmpty())
        m_sink.write(blocks);
}

void PcapngRecorder::attach(Session *session)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (!session)
        return;
    m_streams.emplace(PcapngExport::localEndpointOf(session));
    const auto payload = [this](Direction direction) {
        return [this, direction](const Peer &peer, const QByteArray &data) {
            QByteArray out;
            m_streams->payload(direction, peer, data, /*datagram*/ false, nowUsecs(), out);
            write(out);
        };
    };
    m_connections << connect(session, &Session::received, this, payload(Direction::Rx));
    m_connections << connect(session, &Session::sent, this, payload(Direction::Tx));
    m_connections << connect(session, &Session::peerJoined, this, [this](const Peer &peer) {
        if (const auto *client = qobject_cast<const TcpClientSession *>(m_session.data()))
            m_streams->setLocalPort(peer.id, client->localPort());
        if (const auto *relay = qobject_cast<const RelaySession *>(m_session.data()); relay && peer.leg == Peer::Leg::Target)
            m_streams->setLocalPort(peer.id, relay->pair(peer.pairId).targetLocalPort);
        QByteArray out;
        m_streams->open(peer, nowUsecs(), QCoreApplication::translate("Sockpit::PcapngRecorder", "connected"), out);
        write(out);
    });
    m_connections << connect(session, &Session::peerLeft, this, [this](const Peer &peer, const QString &reason) {
        QByteArray out;
        m_streams->close(peer, nowUsecs(), reason, out);
        write(out);
    });
    const auto message = [this](Direction direction) {
        return [this, direction](const QString &text) {
            QByteArray out;
            m_streams->message(direction, text, nowUsecs(), out);
            write(out);
        };
    };
    m_connections << connect(session, &Session::errorOccurred, this, message(Direction::Error));
    m_connections << connect(session, &Session::noticeOccurred, this, message(Direction::Info));
}

void PcapngRecorder::close()
{
    attach(nullptr);
    m_sink.close();
}

} // namespace Sockpit
