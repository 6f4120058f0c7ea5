#pragma once

#include "trafficlog.h"

#include <QtGlobal>

#include <deque>

namespace Sockpit {

/// Rates of a session's traffic over the last minutes, from its counters:
/// sampled once a second (the caller's timer), never per packet, so a flood
/// costs it nothing. A point is what changed since the sample before.
class RateHistory
{
public:
    /// What a point holds, per second.
    enum class Series { RxBytes, TxBytes, RxFrames, TxFrames };

    struct Point
    {
        qint64 msecs = 0; ///< when it was sampled
        double rxBytes = 0;
        double txBytes = 0;
        double rxFrames = 0;
        double txFrames = 0;
        double value(Series series) const;
    };

    /// The points kept: one a second for this many seconds.
    static constexpr int DefaultSeconds = 300;
    explicit RateHistory(int seconds = DefaultSeconds);

    /// The counters now; the first sample only sets the start. Counters that
    /// went back (reset) start over from their new value.
    void sample(const TrafficCounters &counters, qint64 msecs);
    void clear();

    const std::deque<Point> &points() const { return m_points; }
    int capacity() const { return m_capacity; }
    double peak(Series series) const;
    /// Over the points kept (an idle second counts as zero).
    double average(Series series) const;
    /// The most recent point's value, or 0.
    double latest(Series series) const;

private:
    int m_capacity;
    std::deque<Point> m_points;
    bool m_started = false;
    TrafficCounters m_last;
    qint64 m_lastMsecs = 0;
};

} // namespace Sockpit
