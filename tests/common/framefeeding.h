#pragma once

// Feeding a Framer in pieces, and its frames shown as words a test compares.

#include "framer.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace SockpitTest {

using Sockpit::Frame;
using Sockpit::Framer;
using Sockpit::FramingSpec;

// Frames as readable words for QCOMPARE: printable bytes as they are, the rest
// as \xHH, and a mark: "ab\x0d\x0a" (complete), "cd!" (incomplete), "ef+"
// (cut at the maximum).
inline QStringList shown(const QList<Frame> &frames)
{
    QStringList out;
    for (const Frame &frame : frames) {
        QString word;
        for (const char c : frame.data) {
            const uchar b = uchar(c);
            word += (b >= 0x20 && b < 0x7F && b != '\\') ? QString(QLatin1Char(c)) : QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
        }
        if (frame.mark == Frame::Mark::Incomplete)
            word += u'!';
        else if (frame.mark == Frame::Mark::Oversize)
            word += u'+';
        out.append(word);
    }
    return out;
}

// Feeds bytes cut at the given points, then finishes the stream.
inline QList<Frame> frameSplit(const FramingSpec &framing, QByteArrayView bytes, QList<qsizetype> cuts, qsizetype *mostPending = nullptr)
{
    Framer framer(framing);
    QList<Frame> out;
    std::sort(cuts.begin(), cuts.end());
    qsizetype from = 0;
    cuts.append(bytes.size());
    for (const qsizetype cut : cuts) {
        framer.feed(bytes.sliced(from, cut - from), cut, out);
        if (mostPending)
            *mostPending = std::max(*mostPending, framer.pendingBytes());
        from = cut;
    }
    framer.finish(out);
    return out;
}

inline QList<Frame> frameWhole(const FramingSpec &framing, QByteArrayView bytes)
{
    return frameSplit(framing, bytes, {});
}

inline QList<qsizetype> randomCuts(QRandomGenerator &random, qsizetype size)
{
    QList<qsizetype> cuts;
    if (size == 0)
        return cuts;
    const int count = random.bounded(0, int(std::min<qsizetype>(size, 40)) + 1);
    for (int i = 0; i < count; ++i)
        cuts.append(random.bounded(0, int(size) + 1));
    return cuts;
}

inline QList<qsizetype> everyByte(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts.append(i);
    return cuts;
}

} // namespace SockpitTest
