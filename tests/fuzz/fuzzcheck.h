#pragma once

// What the fuzz targets share: the input as text, a deterministic source of
// parameters, and the oracle check that stops the run on the input that broke it
// (libFuzzer saves it as a crash-* file).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Sockpit::Fuzz {

[[noreturn]] inline void fail(const char *what, const char *file, int line, const QString &detail)
{
    std::fprintf(stderr, "\n*** oracle failed at %s:%d: %s\n%s\n", file, line, what, detail.toUtf8().constData());
    std::abort();
}

/// The input as the text a user would type.
inline QString utf8Text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A text for a failure message: quoted, with its UTF-16 code units in hex.
inline QString shown(const QString &text)
{
    QString units;
    for (const QChar c : text)
        units += QString::number(c.unicode(), 16) + u' ';
    return u'"' + text + QStringLiteral("\" [") + units.trimmed() + u']';
}

inline QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

/// The 1-based column an error message names ("... at column 7 ..."), or -1.
/// (No regular expression: the message may hold half of a surrogate pair.)
inline int namedColumn(const QString &error)
{
    const QString word = QStringLiteral("column ");
    const qsizetype at = error.indexOf(word);
    if (at < 0)
        return -1;
    qsizetype end = at + word.size();
    while (end < error.size() && error.at(end).isDigit())
        ++end;
    bool ok = false;
    const int column = error.mid(at + word.size(), end - at - word.size()).toInt(&ok);
    return ok ? column : -1;
}

/// Small numbers drawn from the input without taking bytes from the text, so a
/// hand-made seed stays plain text (FNV-1a, then a xorshift step per draw).
class Draw
{
public:
    Draw(const uint8_t *data, size_t size)
    {
        for (size_t i = 0; i < size; ++i)
            m_state = (m_state ^ data[i]) * 16777619u;
        if (m_state == 0)
            m_state = 1; // xorshift would stay at 0
    }
    /// 0 … bound-1
    quint32 below(quint32 bound)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return bound ? m_state % bound : 0;
    }

private:
    quint32 m_state = 2166136261u;
};

} // namespace Sockpit::Fuzz

/// An oracle: cond must hold for every input; detail says what was seen.
#define FUZZ_CHECK(cond, detail)                                                   \
    do {                                                                           \
        if (!(cond))                                                               \
            ::Sockpit::Fuzz::fail(#cond, __FILE__, __LINE__, (detail));            \
    } while (0)
