#pragma once

// Whether something listens on a 127.0.0.1 port, read from /proc/net/tcp
// without connecting: a peer such as socat without fork takes one connection
// only, and a probe would reach the far end as a stream of its own.
// Header-only and without Q_OBJECT, so any test (and the benchmark) can include it.

#include <QByteArray>
#include <QFile>
#include <QList>

namespace SockpitTest {

inline bool isListeningOn(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local = "0100007F:" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1) == local && fields.at(3) == "0A") // 0A: LISTEN
            return true;
    }
    return false;
}

} // namespace SockpitTest
