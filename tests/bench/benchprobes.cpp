#include "benchprobes.h"

#include "../common/procmemory.h"

#include <QEventLoop>
#include <QFile>

#include <algorithm>
#include <ctime>
#include <tuple>

#include <malloc.h>

namespace SockpitBench {

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::onTick);
    m_clock.start();
}

qint64 StallProbe::threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void StallProbe::start()
{
    m_lastNs = m_clock.nsecsElapsed();
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
    onTick(); // a stall still going on counts too
    m_lastNs = -1;
}

void StallProbe::onTick()
{
    if (m_lastNs < 0)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    const qint64 gapUs = (now - m_lastNs) / 1000;
    const qint64 busyUs = (cpu - m_lastCpuNs) / 1000;
    m_gapsUs.push_back(gapUs);
    m_busyUs.push_back(busyUs);
    if (gapUs >= 30000) {
        m_longStalls << QStringLiteral("%1: %2 ms (busy %3)")
                            .arg(m_phase)
                            .arg(double(gapUs) / 1000.0, 0, 'f', 1)
                            .arg(double(busyUs) / 1000.0, 0, 'f', 1);
    }
    m_lastNs = now;
    m_lastCpuNs = cpu;
}

namespace {
// The largest and the 99th-percentile value, in milliseconds.
std::pair<double, double> maxAndP99(std::vector<qint64> us)
{
    std::sort(us.begin(), us.end());
    const size_t p99 = qMin(us.size() - 1, size_t(double(us.size()) * 0.99));
    return {double(us.back()) / 1000.0, double(us[p99]) / 1000.0};
}
} // namespace

StallProbe::Stats StallProbe::stats() const
{
    Stats stats;
    stats.samples = qsizetype(m_gapsUs.size());
    if (m_gapsUs.empty())
        return stats;
    std::tie(stats.maxMs, stats.p99Ms) = maxAndP99(m_gapsUs);
    std::tie(stats.maxBusyMs, stats.p99BusyMs) = maxAndP99(m_busyUs);
    return stats;
}

namespace Memory {

qint64 residentBytes()
{
    return SockpitTest::selfStatusKiB("VmRSS") * 1024;
}

qint64 peakResidentBytes()
{
    return SockpitTest::selfStatusKiB("VmHWM") * 1024;
}

bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

void trimHeap()
{
    malloc_trim(0);
}

} // namespace Memory

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace SockpitBench
