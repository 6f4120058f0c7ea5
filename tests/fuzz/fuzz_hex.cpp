// Hex::parse, the send box's hex input: any text gives bytes or an error that
// names a column inside the text; the canonical form parses back to the bytes.

#include "codec.h"
#include "fuzzcheck.h"

using namespace Sockpit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::utf8Text(data, size);
    const Result<QByteArray> parsed = Hex::parse(text);
    if (parsed.ok()) {
        FUZZ_CHECK(parsed.value.size() <= text.size() / 2, Fuzz::shown(text));
        const Result<QByteArray> again = Hex::parse(Hex::format(parsed.value));
        FUZZ_CHECK(again.ok() && again.value == parsed.value, Fuzz::shown(text) + u'\n' + again.error);
    } else {
        const int column = Fuzz::namedColumn(parsed.error);
        FUZZ_CHECK(column >= 1 && column <= text.size(), Fuzz::shown(text) + u'\n' + parsed.error);
        // A character beyond the BMP is named whole, never by half.
        FUZZ_CHECK(!text.isValidUtf16() || parsed.error.isValidUtf16(), Fuzz::shown(text) + u'\n' + Fuzz::shown(parsed.error));
    }

    // Any bytes survive format and parse, also when the format is cut short.
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QByteArray> whole = Hex::parse(Hex::format(raw));
    FUZZ_CHECK(whole.ok() && whole.value == raw, Fuzz::shown(raw));
    const qsizetype cut = raw.size() / 2;
    const Result<QByteArray> part = Hex::parse(Hex::format(raw, cut));
    FUZZ_CHECK(part.ok() && part.value == raw.left(cut), Fuzz::shown(raw));
    return 0;
}
