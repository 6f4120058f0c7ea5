#pragma once

// Lists of texts for data-driven tests, from UTF-8 literals and QStrings
// alike (the build forbids the implicit const char * -> QString).

#include <QString>
#include <QStringList>

namespace SockpitTest {

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}
inline QString text(const QString &string)
{
    return string;
}

template<typename... T>
QStringList strings(const T &...items)
{
    return QStringList{text(items)...};
}

} // namespace SockpitTest
