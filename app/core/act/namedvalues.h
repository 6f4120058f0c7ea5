#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace Sockpit {

/// A value of an enum and the name a JSON file gives it ("starts-with", "crlf").
template<typename E>
struct NamedValue
{
    E value;
    const char16_t *name;
};

/// value's name in table, or empty.
template<typename E, std::size_t N>
QString nameIn(const NamedValue<E> (&table)[N], E value)
{
    for (const NamedValue<E> &entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.name);
    }
    return QString();
}

/// The value table names name (case-insensitive), or nothing.
template<typename E, std::size_t N>
std::optional<E> valueIn(const NamedValue<E> (&table)[N], const QString &name)
{
    for (const NamedValue<E> &entry : table) {
        if (name.compare(QString::fromUtf16(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace Sockpit
