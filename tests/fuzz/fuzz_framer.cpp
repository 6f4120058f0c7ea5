// Framer, every mode: the frames do not depend on where the reads split the
// stream (the property the whole framing rests on).
//
// Input: byte 0 picks the mode (0 idle gap, 1 delimiter, 2 fixed, 3 length
// field) and, bit 2, a large maximum; byte 1 the maximum frame size; bytes 2-5
// the mode's parameters (delimiter: count, strip bit, then length-prefixed
// delimiters); the rest is the stream.
//
// Oracles: frames fed whole = fed at random split points = fed byte by byte;
// no frame is longer than the maximum; the frames hold the stream's bytes in
// order (all of them unless delimiters are stripped); the framer never keeps
// much more than the maximum.

#include "framer.h"
#include "fuzzcheck.h"

#include <algorithm>

using namespace Sockpit;

namespace {

using Mode = FramingSpec::Mode;

struct Input
{
    const uint8_t *data;
    size_t size;
    size_t at = 0;
    uint8_t next() { return at < size ? data[at++] : 0; }
};

FramingSpec delimiterSpec(Input &in, FramingSpec framing)
{
    const uint8_t head = in.next();
    framing.keepDelimiter = !(head & 0x10);
    const int count = 1 + head % 3;
    for (int i = 0; i < count; ++i) {
        const int length = 1 + in.next() % 4;
        QByteArray delimiter;
        for (int j = 0; j < length; ++j)
            delimiter.append(char(in.next()));
        framing.delimiters.append(delimiter);
    }
    return framing;
}

FramingSpec specFrom(Input &in)
{
    const uint8_t head = in.next();
    FramingSpec framing;
    framing.maxFrameBytes = (head & 0x04) ? 4096 + in.next() : 1 + in.next();
    switch (head % 4) {
    case 0:
        framing.mode = Mode::IdleGap;
        return framing;
    case 1:
        framing.mode = Mode::Delimiter;
        return delimiterSpec(in, framing);
    case 2:
        framing.mode = Mode::FixedLength;
        framing.fixedLength = 1 + (in.next() | in.next() << 8) % framing.maxFrameBytes;
        return framing;
    default: {
        framing.mode = Mode::LengthField;
        const uint8_t field = in.next();
        framing.length.offset = field % 8;
        framing.length.width = QList<int>{1, 2, 4}.at((field >> 3) % 3);
        framing.length.bigEndian = field & 0x20;
        framing.length.countsWholeFrame = field & 0x40;
        framing.length.adjust = int8_t(in.next()) % 16;
        return framing;
    }
    }
}

struct Run
{
    QList<Frame> frames;
    qsizetype mostPending = 0;
};

Run frameAt(const FramingSpec &framing, QByteArrayView stream, const QList<qsizetype> &cuts)
{
    Framer framer(framing);
    Run run;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        framer.feed(stream.sliced(from, cut - from), cut, run.frames);
        run.mostPending = std::max(run.mostPending, framer.pendingBytes());
        from = cut;
    }
    framer.feed(stream.sliced(from), stream.size(), run.frames);
    run.mostPending = std::max(run.mostPending, framer.pendingBytes());
    framer.finish(run.frames);
    return run;
}

QString described(const FramingSpec &framing, const QList<Frame> &frames)
{
    QString out = framing.toString();
    for (const Frame &frame : frames)
        out += u'\n' + Fuzz::shown(frame.data) + u' ' + QString::number(int(frame.mark));
    return out;
}

bool same(const QList<Frame> &a, const QList<Frame> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Frame &x, const Frame &y) { return x.data == y.data && x.mark == y.mark; });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Input in{data, size};
    const FramingSpec framing = specFrom(in);
    if (!framing.validate().ok())
        return 0;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + in.at), qsizetype(size - in.at));

    const Run whole = frameAt(framing, stream, {});
    Fuzz::Draw draw(data, size);
    QList<qsizetype> cuts;
    const quint32 count = draw.below(16);
    for (quint32 i = 0; i < count && !stream.isEmpty(); ++i)
        cuts.append(draw.below(quint32(stream.size()) + 1));
    std::sort(cuts.begin(), cuts.end());
    const Run split = frameAt(framing, stream, cuts);
    FUZZ_CHECK(same(split.frames, whole.frames), described(framing, whole.frames) + QStringLiteral("\nsplit:") + described(framing, split.frames));
    if (stream.size() <= 2048) {
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte.append(i);
        const Run bytewise = frameAt(framing, stream, everyByte);
        FUZZ_CHECK(same(bytewise.frames, whole.frames), described(framing, whole.frames) + QStringLiteral("\nbytewise:") + described(framing, bytewise.frames));
        FUZZ_CHECK(bytewise.mostPending <= framing.maxFrameBytes + FramingSpec::MaxDelimiterBytes, described(framing, whole.frames));
    }

    QByteArray joined;
    for (const Frame &frame : whole.frames) {
        FUZZ_CHECK(frame.data.size() <= framing.maxFrameBytes, described(framing, whole.frames));
        joined += frame.data;
    }
    if (framing.mode != Mode::Delimiter || framing.keepDelimiter)
        FUZZ_CHECK(joined == stream, described(framing, whole.frames));
    else
        FUZZ_CHECK(joined.size() <= stream.size(), described(framing, whole.frames));
    return 0;
}
