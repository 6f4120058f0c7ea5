#pragma once

// This process's memory as the kernel counts it, for tests that bound growth
// (never timing). Header-only.

#include <QByteArray>
#include <QFile>

namespace SockpitTest::Memory {

/// A "Name:   123 kB" field of /proc/self/status in bytes; -1 when unreadable.
inline qint64 statusField(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(name) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

inline qint64 residentBytes()
{
    return statusField("VmRSS");
}

inline qint64 peakResidentBytes()
{
    return statusField("VmHWM");
}

} // namespace SockpitTest::Memory
