#pragma once

#include "udpdatagramreader.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QUdpSocket;

namespace Sockpit {

/// Reads what a bound QUdpSocket receives, in passes, and hands it on a batch
/// at a time, in order of arrival.
///
/// A pass reads as many datagrams as wait, in batches (see UdpDatagramReader),
/// until none is left or it has run MaxPassMs; the rest waits in the kernel's
/// receive buffer for the next pass, so the window keeps painting under a
/// flood. The first datagram is read as it arrives; while more keep coming,
/// passes follow on a timer every FollowUpMs, each taking what came meanwhile,
/// instead of one turn of the event loop for every few.
class UdpReceiver : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void(std::vector<ReceivedDatagram> &)>;

    /// A pass stops after this long (checked between batches).
    static constexpr int MaxPassMs = 8;
    /// The pause between passes while datagrams keep coming.
    static constexpr int FollowUpMs = 1;
    /// The pause before reading again after the system failed a read.
    static constexpr int RetryAfterFailureMs = 100;
    /// Datagrams dropped by the system are reported at most this often.
    static constexpr int DropReportIntervalMs = 1000;

    /// deliver gets each batch as it is read; it may stop the receiver.
    explicit UdpReceiver(Deliver deliver, QObject *parent = nullptr);
    ~UdpReceiver() override;

    /// Starts receiving on socket, which is bound.
    void start(QUdpSocket *socket);
    /// Reports what the system dropped and stops; to be called before the socket closes.
    void stop();
    bool isActive() const { return m_active; }
    /// Reads up to limit waiting datagrams now, however long it takes (before a close).
    void drainNow(int limit);
    /// A pass's bound in count (65,536 unless set); the clock usually ends it first.
    void setMaxDatagramsPerPass(int count) { m_maxPerPass = qMax(1, count); }

    /// "recvmmsg" or "QUdpSocket".
    QString readerName() const { return m_reader->name(); }
    /// Datagrams the system dropped since start() (receive buffer full), as far as it says.
    quint64 droppedBySystem() const { return m_reader->droppedBySystem(); }

signals:
    /// The system failed a read; reading goes on after RetryAfterFailureMs.
    void readFailed(const QString &reason);
    /// The system dropped count datagrams since the last report: they came
    /// faster than they were read. At most once a DropReportIntervalMs, and on stop().
    void dropped(quint64 count);

private:
    enum class Drained { Empty, Some, Cut, Failed };

    void onReadyRead();
    /// One pass; the next comes on the timer while datagrams keep coming.
    void readPass();
    /// Reads up to limit datagrams, for at most budgetMs when it is not 0: none
    /// waited, some (and then none), cut short by the limit or the clock, or failed.
    Drained drain(int limit, int budgetMs);
    /// dropped() for what the system dropped since the last report; unless now,
    /// not sooner than DropReportIntervalMs after it.
    void reportDrops(bool now);

    Deliver m_deliver;
    std::unique_ptr<UdpDatagramReader> m_reader;
    bool m_active = false;
    int m_maxPerPass = 65536;
    QTimer m_followUp; ///< the next pass while datagrams keep coming
    QTimer m_dropReport; ///< the next report of dropped datagrams
    QElapsedTimer m_sinceDropReport;
    quint64 m_dropsReported = 0;
};

} // namespace Sockpit
