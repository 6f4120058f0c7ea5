// StreamDecoder, how every received byte becomes text. A stream cut at any
// points must decode exactly as the whole stream does: a character split across
// reads comes out whole, an invalid byte is U+FFFD wherever the cut falls.
//
// Input: byte 0 picks one of the offered text encodings, bytes 1-2 seed the
// chunk sizes, the rest is the stream.

#include "codec.h"
#include "fuzzcheck.h"

using namespace Sockpit;

namespace {

QString whole(StreamDecoder &decoder, QByteArrayView stream)
{
    return decoder.decode(stream) + decoder.finish();
}

QString inChunks(StreamDecoder &decoder, QByteArrayView stream, Fuzz::Draw &draw, bool bytewise)
{
    QString text;
    qsizetype at = 0;
    while (at < stream.size()) {
        // Mostly short chunks, where characters get cut; now and then an empty read.
        qsizetype n = bytewise ? 1 : qsizetype(draw.below(8));
        if (!bytewise && draw.below(16) == 0)
            n = qsizetype(draw.below(64));
        n = qMin(n, stream.size() - at);
        text += decoder.decode(stream.sliced(at, n));
        at += n;
    }
    return text + decoder.finish();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    static const QStringList encodings = Encodings::textEncodings();
    const QString encoding = encodings.at(data[0] % encodings.size());
    Fuzz::Draw draw(data + 1, 2);
    const QByteArrayView stream(data + 3, qsizetype(size - 3));

    StreamDecoder reference(encoding);
    FUZZ_CHECK(reference.isValid(), encoding);
    const QString expected = whole(reference, stream);
    const QString what = encoding + u'\n' + Fuzz::shown(stream.toByteArray()) + u'\n' + Fuzz::shown(expected);

    // finish() leaves the decoder ready for a new stream.
    FUZZ_CHECK(whole(reference, stream) == expected, what);

    StreamDecoder chunked(encoding);
    const QString cut = inChunks(chunked, stream, draw, false);
    FUZZ_CHECK(cut == expected, what + u'\n' + Fuzz::shown(cut));

    StreamDecoder bytewise(encoding);
    const QString single = inChunks(bytewise, stream, draw, true);
    FUZZ_CHECK(single == expected, what + u'\n' + Fuzz::shown(single));
    return 0;
}
