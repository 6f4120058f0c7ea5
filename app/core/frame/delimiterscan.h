#pragma once

#include <QByteArrayView>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Sockpit {

/// Finds a delimiter of one or two bytes (\n, \r\n, 0x03…) in a buffer, 64
/// positions a step: a mask of every position where the whole delimiter
/// starts, then a bit per frame. Frames of tens of bytes cost a share of one
/// step each instead of a search set up per frame, and a byte that is only
/// the delimiter's first (a \r inside a binary frame) costs nothing.
class DelimiterScan
{
public:
    static bool handles(QByteArrayView delimiter) { return delimiter.size() == 1 || delimiter.size() == 2; }

    DelimiterScan(const char *data, qsizetype size, QByteArrayView delimiter)
        : m_data(data)
        , m_size(size)
        , m_last(size - delimiter.size())
        , m_first(delimiter.front())
        , m_second(delimiter.back())
        , m_pair(delimiter.size() == 2)
    {
    }

    /// The first position at or after from where the delimiter starts whole,
    /// or -1. Calls go forward: from never decreases.
    qsizetype next(qsizetype from)
    {
        while (from <= m_last) {
            if (from < m_base || from >= m_base + 64) {
                m_base = from;
                m_mask = maskAt(from);
            }
            const quint64 ahead = m_mask >> (from - m_base);
            if (ahead != 0)
                return from + __builtin_ctzll(ahead);
            from = m_base + 64;
        }
        return -1;
    }

private:
    // Bit i: the delimiter starts at base + i.
    quint64 maskAt(qsizetype base) const
    {
#if defined(__SSE2__)
        if (base + 64 + (m_pair ? 1 : 0) <= m_size) {
            const __m128i first = _mm_set1_epi8(m_first);
            const __m128i second = _mm_set1_epi8(m_second);
            const char *at = m_data + base;
            quint64 mask = 0;
            for (int k = 0; k < 4; ++k) {
                __m128i hits = _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(at + 16 * k)), first);
                if (m_pair)
                    hits = _mm_and_si128(
                        hits, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(at + 16 * k + 1)), second));
                mask |= quint64(quint32(_mm_movemask_epi8(hits))) << (16 * k);
            }
            return mask;
        }
#endif
        quint64 mask = 0;
        for (qsizetype i = base; i <= m_last && i < base + 64; ++i) {
            if (m_data[i] == m_first && (!m_pair || m_data[i + 1] == m_second))
                mask |= quint64(1) << (i - base);
        }
        return mask;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_last; ///< the last position a match can start at
    char m_first;
    char m_second;
    bool m_pair;
    qsizetype m_base = -64; ///< where the mask's 64 positions start
    quint64 m_mask = 0;
};

} // namespace Sockpit
