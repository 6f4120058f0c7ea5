#pragma once

// Memory of a process as the kernel counts it (/proc/PID/status), for tests
// that bound growth, and whether this build runs under AddressSanitizer
// (whose quarantine keeps freed memory, so such bounds do not hold there).

#include <QByteArray>
#include <QFile>

#include <sys/types.h>
#include <unistd.h>

namespace SockpitTest {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool UnderAddressSanitizer = true;
#else
inline constexpr bool UnderAddressSanitizer = false;
#endif
#else
inline constexpr bool UnderAddressSanitizer = false;
#endif

/// A field of /proc/PID/status in KiB ("VmRSS", "VmHWM"); -1 when it cannot be read.
inline qint64 procStatusKiB(qint64 pid, const char *field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// The same for this process.
inline qint64 selfStatusKiB(const char *field)
{
    return procStatusKiB(qint64(::getpid()), field);
}

} // namespace SockpitTest
