#pragma once

// Addresses and inputs for the IP calculator's tests, checked as they are made:
// a typo in a test's data stops the test instead of testing something else.
#include "ipcalc.h"
#include "ipcalcreport.h"

#include <QHostAddress>
#include <QMap>
#include <QtGlobal>

namespace IpCalcInputs {

inline quint32 v4(const char *text)
{
    QHostAddress a;
    if (!a.setAddress(QString::fromLatin1(text)) || a.protocol() != QAbstractSocket::IPv4Protocol)
        qFatal("bad test address %s", text);
    return a.toIPv4Address();
}

inline Q_IPV6ADDR v6(const QString &text)
{
    QHostAddress a;
    if (!a.setAddress(text) || a.protocol() != QAbstractSocket::IPv6Protocol)
        qFatal("bad test address %s", qPrintable(text));
    return a.toIPv6Address();
}

inline Sockpit::IpCalc::Input input(const QString &text)
{
    const Sockpit::Result<Sockpit::IpCalc::Input> parsed = Sockpit::IpCalc::parseInput(text);
    if (!parsed.ok())
        qFatal("bad test input %s: %s", qPrintable(text), qPrintable(parsed.error));
    return parsed.value;
}

inline QMap<QString, QString> values(const QString &text)
{
    QMap<QString, QString> map;
    const QList<Sockpit::IpCalcLine> lines = Sockpit::IpCalcReport::describe(input(text));
    for (const Sockpit::IpCalcLine &line : lines) {
        if (map.contains(line.key))
            qFatal("duplicate key %s", qPrintable(line.key));
        map.insert(line.key, line.value);
    }
    return map;
}

inline QString str(const QHostAddress &a)
{
    if (a.isNull())
        return QString();
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return Sockpit::IpCalc::ipv4ToString(a.toIPv4Address());
    return Sockpit::IpCalc::ipv6Compressed(a.toIPv6Address());
}

} // namespace IpCalcInputs
