#pragma once

#include <QObject>

class QSocketNotifier;

namespace Sockpit {

/// Reads standard input (or another descriptor) on the event loop (a
/// notifier, no reader thread) and hands over chunks as they arrive, then says
/// when input ended. While paused nothing is read: the writer waits.
class StdinReader : public QObject
{
    Q_OBJECT
public:
    /// Bytes read at most per chunk.
    static constexpr qsizetype ChunkBytes = 65536;

    explicit StdinReader(QObject *parent = nullptr, int descriptor = 0);

    void start();
    bool isFinished() const { return m_finished; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Reads at most bytes (up to ChunkBytes) at a time: a raw UDP run sends each read as one datagram.
    void setReadLimit(qsizetype bytes) { m_readLimit = qBound<qsizetype>(1, bytes, ChunkBytes); }

signals:
    void dataRead(const QByteArray &data);
    void finished();

private:
    void onReadable();

    int m_descriptor;
    qsizetype m_readLimit = ChunkBytes;
    QSocketNotifier *m_notifier = nullptr;
    bool m_finished = false;
    bool m_paused = false;
};

/// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so the headless
/// runner can flush and exit cleanly.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Sockpit
