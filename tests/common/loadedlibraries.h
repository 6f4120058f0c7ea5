#pragma once

// Which shared objects this process has mapped (/proc/self/maps), for tests
// that hold start-up to the libraries and plugins it needs.

#include <QByteArray>
#include <QFile>

namespace SockpitTest {

/// Whether a mapped file's path contains fragment ("/libcrypto.so.", "/imageformats/").
inline bool isLoaded(const char *fragment)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(fragment);
}

} // namespace SockpitTest
