#include "tcpconnection.h"

#include "socketio.h"

namespace Sockpit {

namespace {
constexpr qsizetype ReadChunk = 64 * 1024;
constexpr qsizetype MaxReadPerWakeup = 1024 * 1024;
constexpr int MaxChunksPerSend = 64;

ConnectionEnd endOf(const IoResult &result)
{
    if (result.error == IoError::Reset || result.error == IoError::BrokenPipe)
        return ConnectionEnd::of(ConnectionEnd::Kind::ResetByPeer);
    return ConnectionEnd::failed(result.error, SocketIo::errorText(result.code));
}
} // namespace

TcpConnection::TcpConnection(qintptr fd, Poller *poller, QObject *parent)
    : Connection(parent)
    , m_fd(int(fd))
    , m_poller(poller)
{
    SocketIo::setNonBlocking(m_fd);
    SocketIo::peerAddress(m_fd, &m_peerAddress, &m_peerPort);
    QHostAddress local;
    SocketIo::localAddress(m_fd, &local, &m_localPort);
    if (!m_poller || !m_poller->watch(m_fd, this, Poller::Read)) {
        m_poller = nullptr;
        finish(ConnectionEnd::failed(IoError::OutOfDescriptors, tr("the connection cannot be watched")), true);
    }
}

TcpConnection::~TcpConnection()
{
    closeDescriptor(false);
}

bool TcpConnection::write(const QByteArray &data)
{
    if (!canWrite())
        return false;
    if (data.isEmpty())
        return true;
    m_queue.push_back(data);
    m_queuedBytes += data.size();
    m_backlog.grew(m_queuedBytes);
    if (m_writeInterest || m_writeQueued)
        return true; // already waiting for room or for its turn
    // A message to thousands of clients goes out over several passes of the
    // event loop instead of one long one.
    // (A descriptor off the poller sends at once: a queued turn would skip it.)
    if (!m_unwatched && !m_poller->takeWriteTurn()) {
        m_writeQueued = true;
        m_poller->queueWrite(m_fd, this);
        return true;
    }
    flush();
    return true;
}

void TcpConnection::flush()
{
    qint64 written = 0;
    while (m_fd >= 0 && !m_queue.isEmpty()) {
        SocketIo::Chunk chunks[MaxChunksPerSend];
        int count = 0;
        for (auto it = m_queue.cbegin(); it != m_queue.cend() && count < MaxChunksPerSend; ++it, ++count) {
            const qsizetype skip = count == 0 ? m_frontOffset : 0;
            chunks[count] = SocketIo::Chunk{it->constData() + skip, it->size() - skip};
        }
        const IoResult result = SocketIo::send(m_fd, chunks, count);
        if (result.ok()) {
            consume(result.bytes);
            written += result.bytes;
            continue;
        }
        if (result.error == IoError::WouldBlock) {
            setWriteInterest(true);
            break;
        }
        // Reported from the event loop: the caller may be walking its list.
        if (written > 0)
            emit bytesWritten(written);
        finish(endOf(result), true);
        return;
    }
    if (m_fd >= 0 && m_queue.isEmpty())
        afterQueueEmptied();
    if (written > 0) {
        emit bytesWritten(written);
        if (m_backlog.shrank(m_queuedBytes))
            emit drained();
    }
}

void TcpConnection::consume(qint64 bytes)
{
    m_queuedBytes -= bytes;
    while (bytes > 0) {
        const qint64 left = m_queue.front().size() - m_frontOffset;
        if (bytes < left) {
            m_frontOffset += bytes;
            return;
        }
        bytes -= left;
        m_queue.removeFirst();
        m_frontOffset = 0;
    }
}

void TcpConnection::afterQueueEmptied()
{
    setWriteInterest(false);
    if (m_closing) {
        finish(ConnectionEnd::of(ConnectionEnd::Kind::ClosedByUs), true);
        return;
    }
    if (m_sendingClosed && !m_finSent) {
        m_finSent = true;
        // A failure here means the connection is gone: the next read says how.
        SocketIo::shutdownSending(m_fd);
        if (m_peerFinished) // both directions are done
            finish(ConnectionEnd::of(ConnectionEnd::Kind::ClosedByPeer), true);
    }
}

void TcpConnection::pollWritable()
{
    m_writeQueued = false;
    flush();
}

void TcpConnection::setWriteInterest(bool wanted)
{
    if (m_fd < 0 || wanted == m_writeInterest)
        return;
    m_writeInterest = wanted;
    updateInterest();
}

void TcpConnection::updateInterest()
{
    if (m_fd < 0 || !m_poller)
        return;
    const int interest = (wantsToRead() ? Poller::Read : 0) | (m_writeInterest ? Poller::Write : 0);
    if (!m_unwatched) {
        m_poller->setInterest(m_fd, interest);
        return;
    }
    if (interest == 0)
        return; // stays off the poller until there is something to wait for
    m_unwatched = false;
    if (!m_poller->watch(m_fd, this, interest))
        finish(ConnectionEnd::failed(IoError::OutOfDescriptors, tr("the connection cannot be watched")), true);
}

void TcpConnection::setReadingPaused(bool paused)
{
    if (m_readPaused == paused)
        return;
    m_readPaused = paused;
    // What arrived meanwhile is still there: the poller is level-triggered.
    updateInterest();
}

void TcpConnection::onWokenWithoutReading()
{
    if (SocketIo::isResetPending(m_fd)) {
        finish(ConnectionEnd::of(ConnectionEnd::Kind::ResetByPeer), false);
        return;
    }
    // A hang-up stays readable: while data waits to leave, the next send says
    // how the connection ended; otherwise it waits unwatched until reading resumes.
    if (m_writeInterest || m_writeQueued)
        return;
    m_poller->unwatch(m_fd);
    m_unwatched = true;
}

void TcpConnection::onPeerFinished()
{
    m_peerFinished = true;
    updateInterest(); // the end of the stream stays readable: stop asking
    emit peerFinishedSending();
    if (m_fd >= 0 && m_finSent) // both directions are done
        finish(ConnectionEnd::of(ConnectionEnd::Kind::ClosedByPeer), false);
}

void TcpConnection::closeSending()
{
    if (!canWrite())
        return;
    m_sendingClosed = true;
    if (m_queue.isEmpty() && !m_writeQueued)
        afterQueueEmptied();
}

bool TcpConnection::close()
{
    if (m_fd < 0)
        return true;
    if (m_queue.isEmpty()) {
        closeDescriptor(false);
        return true;
    }
    m_closing = true;
    return false;
}

void TcpConnection::abort()
{
    closeDescriptor(true);
}

void TcpConnection::pollReadable()
{
    if (!wantsToRead()) {
        onWokenWithoutReading();
        return;
    }
    // A chunk at a time, each handed on as it is read: its bytes are still in
    // the cache when they are framed and checked, and no buffer grows.
    IoResult last;
    for (qsizetype total = 0; total < MaxReadPerWakeup;) {
        QByteArray data(ReadChunk, Qt::Uninitialized);
        last = SocketIo::receive(m_fd, data.data(), ReadChunk);
        data.resize(last.ok() ? last.bytes : 0);
        total += data.size();
        if (!data.isEmpty()) {
            emit received(data);
            if (m_fd < 0)
                return; // a receiver closed the connection
        }
        if (!last.ok() || last.endOfStream || last.bytes < ReadChunk)
            break; // drained, ended or failed; the next wakeup brings the rest
    }
    if (last.endOfStream && m_peerFinishReported)
        onPeerFinished();
    else if (last.endOfStream)
        finish(ConnectionEnd::of(ConnectionEnd::Kind::ClosedByPeer), false);
    else if (!last.ok() && last.error != IoError::WouldBlock)
        finish(endOf(last), false);
}

void TcpConnection::finish(ConnectionEnd end, bool fromEventLoop)
{
    end.droppedBytes = m_queuedBytes;
    closeDescriptor(false);
    if (fromEventLoop)
        QMetaObject::invokeMethod(this, [this, end] { emit ended(end); }, Qt::QueuedConnection);
    else
        emit ended(end);
}

void TcpConnection::closeDescriptor(bool reset)
{
    if (m_fd < 0)
        return;
    if (m_poller && !m_unwatched)
        m_poller->unwatch(m_fd);
    if (reset)
        SocketIo::closeWithReset(m_fd);
    else
        SocketIo::close(m_fd);
    m_fd = -1;
    m_writeInterest = false;
    m_writeQueued = false;
    m_unwatched = false;
    m_queue.clear();
    m_frontOffset = 0;
    m_queuedBytes = 0;
}

} // namespace Sockpit
