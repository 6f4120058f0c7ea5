#include "ratehistory.h"

#include <algorithm>

namespace Sockpit {

namespace {

/// A counter's growth; after a reset the new value is all growth since.
double growth(quint64 now, quint64 before)
{
    return double(now >= before ? now - before : now);
}

} // namespace

double RateHistory::Point::value(Series series) const
{
    switch (series) {
    case Series::RxBytes: return rxBytes;
    case Series::TxBytes: return txBytes;
    case Series::RxFrames: return rxFrames;
    case Series::TxFrames: return txFrames;
    }
    return 0;
}

RateHistory::RateHistory(int seconds)
    : m_capacity(qMax(2, seconds))
{
}

void RateHistory::sample(const TrafficCounters &counters, qint64 msecs)
{
    if (!m_started || msecs <= m_lastMsecs) {
        // The first sample, or a clock that did not advance: nothing to divide by.
        m_started = true;
        m_last = counters;
        m_lastMsecs = qMax(m_lastMsecs, msecs);
        return;
    }
    const double seconds = double(msecs - m_lastMsecs) / 1000.0;
    Point point;
    point.msecs = msecs;
    point.rxBytes = growth(counters.rxBytes, m_last.rxBytes) / seconds;
    point.txBytes = growth(counters.txBytes, m_last.txBytes) / seconds;
    point.rxFrames = growth(counters.rxChunks, m_last.rxChunks) / seconds;
    point.txFrames = growth(counters.txChunks, m_last.txChunks) / seconds;
    m_points.push_back(point);
    while (qsizetype(m_points.size()) > m_capacity)
        m_points.pop_front();
    m_last = counters;
    m_lastMsecs = msecs;
}

void RateHistory::clear()
{
    m_points.clear();
    m_started = false;
    m_lastMsecs = 0;
}

double RateHistory::peak(Series series) const
{
    double best = 0;
    for (const Point &point : m_points)
        best = std::max(best, point.value(series));
    return best;
}

double RateHistory::average(Series series) const
{
    if (m_points.empty())
        return 0;
    double sum = 0;
    for (const Point &point : m_points)
        sum += point.value(series);
    return sum / double(m_points.size());
}

double RateHistory::latest(Series series) const
{
    return m_points.empty() ? 0 : m_points.back().value(series);
}

} // namespace Sockpit
