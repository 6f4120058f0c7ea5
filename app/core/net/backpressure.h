#pragma once

#include <QtGlobal>

namespace Sockpit {

/// One rule for bytes waiting to be sent, for a connection and for a session:
/// a producer stops at HighWaterMark and goes on once the backlog is down to
/// LowWaterMark. The gap keeps it from waking for every few bytes that leave.
namespace BackPressure {
constexpr qint64 HighWaterMark = 4 * 1024 * 1024;
constexpr qint64 LowWaterMark = 1024 * 1024;
} // namespace BackPressure

/// Tracks one backlog against the marks and says when it has drained.
class BacklogGauge
{
public:
    /// Call with the backlog after it grew; true once it has reached the high mark.
    bool grew(qint64 backlog)
    {
        if (backlog >= BackPressure::HighWaterMark)
            m_backedUp = true;
        return m_backedUp;
    }
    /// Call with the backlog after it shrank; true exactly once per crossing:
    /// it was backed up and is down to the low mark now.
    bool shrank(qint64 backlog)
    {
        if (!m_backedUp || backlog > BackPressure::LowWaterMark)
            return false;
        m_backedUp = false;
        return true;
    }
    bool isBackedUp() const { return m_backedUp; }

private:
    bool m_backedUp = false;
};

} // namespace Sockpit
