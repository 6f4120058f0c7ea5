// buildPayload, everything the send box and --reply turn into bytes.
//
// Input: byte 0 chooses the options (bit 0 hex, bit 1 escapes, bits 2-3 the
// line ending, bit 4 the text is UTF-16 rather than UTF-8, bit 5 the encoding
// name is typed: the text up to the first line feed); byte 1 picks one of the
// offered encodings; the rest is the text.
//
// Oracles: hex mode equals Hex::parse; an encoding that does not exist is an
// error; text without escapes decodes back to itself plus the line ending.

#include "codec.h"
#include "fuzzcheck.h"

using namespace Sockpit;

namespace {

QString decoded(const QByteArray &bytes, const QString &encoding)
{
    StreamDecoder decoder(encoding);
    return decoder.decode(bytes) + decoder.finish();
}

QString endingText(PayloadSpec::LineEnding ending)
{
    switch (ending) {
    case PayloadSpec::LineEnding::None: return QString();
    case PayloadSpec::LineEnding::LF: return QStringLiteral("\n");
    case PayloadSpec::LineEnding::CRLF: return QStringLiteral("\r\n");
    case PayloadSpec::LineEnding::CR: return QStringLiteral("\r");
    }
    return QString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t options = data[0];
    const QStringList offered = Encodings::all();
    PayloadSpec spec;
    spec.hex = options & 0x01;
    spec.escapes = options & 0x02;
    spec.lineEnding = PayloadSpec::LineEnding((options >> 2) & 3);
    spec.encoding = offered.at(data[1] % offered.size());
    const char *rest = reinterpret_cast<const char *>(data + 2);
    const qsizetype restSize = qsizetype(size - 2);
    QString input = options & 0x10 ? QString::fromUtf16(reinterpret_cast<const char16_t *>(rest), restSize / 2)
                                   : QString::fromUtf8(rest, restSize);
    if (options & 0x20) {
        const qsizetype newline = input.indexOf(u'\n');
        spec.encoding = input.left(newline);
        input = newline < 0 ? QString() : input.mid(newline + 1);
    }

    const Result<QByteArray> payload = buildPayload(input, spec);
    const QString what = Fuzz::shown(input) + QStringLiteral(" in ") + Fuzz::shown(spec.encoding)
                         + QStringLiteral(", options ") + QString::number(options, 16) + u'\n' + payload.error;
    if (spec.hex || Encodings::isHex(spec.encoding)) {
        const Result<QByteArray> parsed = Hex::parse(input);
        FUZZ_CHECK(payload.ok() == parsed.ok() && payload.value == parsed.value && payload.error == parsed.error, what);
        return 0;
    }
    if (!Encodings::isAvailable(spec.encoding)) {
        FUZZ_CHECK(!payload.ok(), what);
        return 0;
    }
    if (!payload.ok())
        return 0;
    const bool plainText = !spec.escapes || !input.contains(u'\\');
    if (plainText && input.isValidUtf16() && offered.contains(spec.encoding)) {
        const QString expected = input + endingText(spec.lineEnding);
        const QString back = decoded(payload.value, spec.encoding);
        FUZZ_CHECK(back == expected, what + u'\n' + Fuzz::shown(payload.value) + u'\n' + Fuzz::shown(back));
    }
    return 0;
}
