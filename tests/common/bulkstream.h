#pragma once

// Streams too large to hold in a test: bytes generated at any offset, fed into
// a process's stdin as it takes them, and a TCP server that reads them slowly
// and checks each byte as it comes. Header-only and without Q_OBJECT.

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstring>
#include <functional>

namespace SockpitTest {

/// Bytes generated at any offset, never held whole: ASCII lines of 100 bytes
/// numbered in order ("0000000042…\n"), or one line with no newline at all.
class PatternStream
{
public:
    enum class Shape { NumberedLines, OneLongLine };
    static constexpr int LineBytes = 100;

    PatternStream(Shape shape, qint64 total)
        : m_shape(shape)
        , m_total(total)
    {
    }

    qint64 total() const { return m_total; }

    QByteArray chunk(qint64 offset, qint64 size) const
    {
        size = qMax<qint64>(0, qMin(size, m_total - offset));
        QByteArray bytes(size, Qt::Uninitialized);
        char *out = bytes.data();
        if (m_shape == Shape::OneLongLine) {
            for (qint64 i = 0; i < size; ++i)
                out[i] = letterAt(offset + i);
            return bytes;
        }
        // Line by line: a line is made once, however it is cut.
        char line[LineBytes];
        for (qint64 done = 0; done < size;) {
            const qint64 at = offset + done;
            makeLine(at / LineBytes, line);
            const qint64 column = at % LineBytes;
            const qint64 take = qMin<qint64>(LineBytes - column, size - done);
            std::memcpy(out + done, line + column, size_t(take));
            done += take;
        }
        return bytes;
    }

private:
    static char letterAt(qint64 i) { return char('a' + (i * 7 + i / 251) % 26); }

    /// "0000000042" and letters, then a newline.
    static void makeLine(qint64 number, char *line)
    {
        qint64 digits = number;
        for (int k = 9; k >= 0; --k, digits /= 10)
            line[k] = char('0' + digits % 10);
        for (int column = 10; column < LineBytes - 1; ++column)
            line[column] = char('a' + (number + column) % 26);
        line[LineBytes - 1] = '\n';
    }

    Shape m_shape;
    qint64 m_total;
};

/// Writes a PatternStream into a process's stdin as fast as it reads it,
/// keeping at most QueuedBytes in QProcess's buffer, then ends the input.
class ProcessFeeder
{
public:
    static constexpr qint64 QueuedBytes = 1024 * 1024;
    static constexpr qint64 WriteBytes = 256 * 1024;

    ProcessFeeder(QProcess &process, const PatternStream &source, bool endInputAtTheEnd = true)
        : m_process(process)
        , m_source(source)
        , m_endInput(endInputAtTheEnd)
    {
        QObject::connect(&m_process, &QProcess::bytesWritten, &m_process, [this] { topUp(); });
        QObject::connect(&m_process, &QProcess::started, &m_process, [this] { topUp(); });
        if (m_process.state() == QProcess::Running)
            topUp();
    }

    qint64 fed() const { return m_fed; }
    bool allFed() const { return m_fed == m_source.total(); }
    /// True when nothing went into the process's stdin over the last few
    /// calls while bytes waited for it: it has stopped reading (for QTRY_*
    /// conditions, which ask again until it holds; a slow start is not a stop).
    bool hasStoppedReading()
    {
        const bool still = m_fed == m_fedWhenAsked && m_process.bytesToWrite() > 0 && !allFed();
        m_unchangedAsks = still ? m_unchangedAsks + 1 : 0;
        m_fedWhenAsked = m_fed;
        return m_unchangedAsks >= 4;
    }

private:
    void topUp()
    {
        while (m_process.state() == QProcess::Running && m_process.bytesToWrite() < QueuedBytes
               && m_fed < m_source.total()) {
            const QByteArray bytes = m_source.chunk(m_fed, WriteBytes);
            m_process.write(bytes);
            m_fed += bytes.size();
        }
        if (allFed() && m_endInput && !m_ended) {
            m_ended = true;
            m_process.closeWriteChannel(); // after what is queued
        }
    }

    QProcess &m_process;
    PatternStream m_source;
    bool m_endInput;
    bool m_ended = false;
    qint64 m_fed = 0;
    qint64 m_fedWhenAsked = -1;
    int m_unchangedAsks = 0;
};

/// Compares a received stream with a PatternStream as it comes, without keeping it.
class StreamChecker
{
public:
    explicit StreamChecker(const PatternStream &expected)
        : m_expected(expected)
    {
    }

    void take(const QByteArray &data)
    {
        if (m_firstMismatch < 0 && m_expected.chunk(m_received, data.size()) != data) {
            const QByteArray want = m_expected.chunk(m_received, data.size());
            qint64 at = 0;
            while (at < data.size() && at < want.size() && data.at(at) == want.at(at))
                ++at;
            m_firstMismatch = m_received + at;
        }
        m_received += data.size();
    }
    qint64 received() const { return m_received; }
    /// Offset of the first byte that differs; -1 while all matched.
    qint64 firstMismatch() const { return m_firstMismatch; }
    bool isComplete() const { return m_received == m_expected.total() && m_firstMismatch < 0; }

private:
    PatternStream m_expected;
    qint64 m_received = 0;
    qint64 m_firstMismatch = -1;
};

/// A TCP server on 127.0.0.1 for one client that reads slowly: at most
/// BurstBytes per tick of a timer, and nothing while paused, so the kernel's
/// buffers fill and the sender has to wait.
class SlowTcpReceiver
{
public:
    static constexpr qint64 BurstBytes = 256 * 1024;

    explicit SlowTcpReceiver(const PatternStream &expected, int tickMs = 2)
        : m_checker(expected)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        m_tick.setInterval(tickMs);
        QObject::connect(&m_tick, &QTimer::timeout, &m_server, [this] { readBurst(); });
    }

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    const StreamChecker &checker() const { return m_checker; }
    bool hasClient() const { return !m_socket.isNull(); }
    /// The client closed its side and everything before was read.
    bool peerEnded() const { return m_ended; }
    /// Called after every burst read (to sample the sender's memory).
    void onBurst(std::function<void()> callback) { m_onBurst = std::move(callback); }
    void setPaused(bool paused) { m_paused = paused; }
    void close()
    {
        if (m_socket)
            m_socket->disconnectFromHost();
    }

private:
    void accept()
    {
        QTcpSocket *socket = m_server.nextPendingConnection();
        if (!socket || m_socket)
            return;
        m_socket = socket;
        // Qt reads no further than this from the kernel until the test reads.
        socket->setReadBufferSize(BurstBytes);
        QObject::connect(socket, &QAbstractSocket::disconnected, &m_server, [this] {
            // What Qt read before it saw the end is still in its buffer.
            while (m_socket && m_socket->bytesAvailable() > 0)
                m_checker.take(m_socket->read(BurstBytes));
            if (m_onBurst)
                m_onBurst();
            m_ended = true;
            m_tick.stop();
        });
        m_tick.start();
    }
    void readBurst()
    {
        if (!m_socket || m_paused)
            return;
        const QByteArray data = m_socket->read(BurstBytes);
        if (!data.isEmpty())
            m_checker.take(data);
        if (m_onBurst)
            m_onBurst();
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QTimer m_tick;
    StreamChecker m_checker;
    std::function<void()> m_onBurst;
    bool m_paused = false;
    bool m_ended = false;
};

} // namespace SockpitTest
