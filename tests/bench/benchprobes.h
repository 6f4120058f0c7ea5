#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

namespace SockpitBench {

/// Measures how long the GUI thread's event loop goes without turning: a 1 ms
/// precise timer records the gap between its firings. A gap is a stall the
/// user would feel as a frozen window. Each gap also records the thread's CPU
/// time in it ("busy"): on a loaded machine a gap can be time spent waiting
/// for a CPU, which is not the program's doing.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    struct Stats
    {
        double maxMs = 0;
        double p99Ms = 0;
        double maxBusyMs = 0;
        double p99BusyMs = 0;
        qsizetype samples = 0;
    };

    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    /// Names what runs now; long stalls are listed with it (see longStalls()).
    void setPhase(const QString &phase) { m_phase = phase; }
    /// Stalls of 30 ms or more: "phase: 123.4 ms (busy 56.7)".
    QStringList longStalls() const { return m_longStalls; }
    /// Over every gap recorded since the last reset().
    Stats stats() const;
    void reset()
    {
        m_gapsUs.clear();
        m_busyUs.clear();
        m_longStalls.clear();
    }

    /// The calling thread's CPU time so far.
    static qint64 threadCpuNs();

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = -1;
    qint64 m_lastCpuNs = 0;
    std::vector<qint64> m_gapsUs;
    std::vector<qint64> m_busyUs;
    QString m_phase;
    QStringList m_longStalls;
};

/// Resident memory of this process from /proc/self/status, in bytes.
namespace Memory {
qint64 residentBytes();     ///< VmRSS
qint64 peakResidentBytes(); ///< VmHWM
/// Starts a new peak (writes 5 to /proc/self/clear_refs); false where not allowed.
bool resetPeak();
/// Hands freed heap back to the system, so that a later RSS delta counts new memory.
void trimHeap();
} // namespace Memory

/// Runs the event loop until done() is true or timeoutMs passed; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs);
/// Runs the event loop for ms milliseconds.
void settle(int ms);

} // namespace SockpitBench
