// Escapes::split, the send box's text mode: pieces alternate between text and
// raw bytes, text keeps no backslash, and writing the pieces back as escapes
// splits into the same pieces. Errors name a column inside the text.

#include "codec.h"
#include "fuzzcheck.h"

using namespace Sockpit;

namespace {

QString escaped(const QList<Escapes::Piece> &pieces)
{
    QString out;
    for (const Escapes::Piece &piece : pieces) {
        if (piece.isText) {
            out += piece.text;
            continue;
        }
        for (const char b : piece.bytes)
            out += QStringLiteral("\\x%1").arg(uint(uchar(b)), 2, 16, QLatin1Char('0'));
    }
    return out;
}

bool samePieces(const QList<Escapes::Piece> &a, const QList<Escapes::Piece> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].isText != b[i].isText || a[i].text != b[i].text || a[i].bytes != b[i].bytes)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::utf8Text(data, size);
    const auto split = Escapes::split(text);
    if (!split.ok()) {
        const int column = Fuzz::namedColumn(split.error);
        FUZZ_CHECK(column >= 1 && column <= text.size(), Fuzz::shown(text) + u'\n' + split.error);
        // A character beyond the BMP is named whole, never by half.
        FUZZ_CHECK(!text.isValidUtf16() || split.error.isValidUtf16(), Fuzz::shown(text) + u'\n' + Fuzz::shown(split.error));
        return 0;
    }
    const QList<Escapes::Piece> &pieces = split.value;
    qsizetype textChars = 0;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Escapes::Piece &piece = pieces[i];
        FUZZ_CHECK(i == 0 || piece.isText != pieces[i - 1].isText, Fuzz::shown(text));
        FUZZ_CHECK(piece.isText ? !piece.text.isEmpty() && piece.bytes.isEmpty()
                                : !piece.bytes.isEmpty() && piece.text.isEmpty(),
                   Fuzz::shown(text));
        FUZZ_CHECK(!piece.text.contains(u'\\'), Fuzz::shown(text));
        textChars += piece.text.size();
    }
    FUZZ_CHECK(textChars <= text.size(), Fuzz::shown(text));

    const QString back = escaped(pieces);
    const auto again = Escapes::split(back);
    FUZZ_CHECK(again.ok() && samePieces(again.value, pieces), Fuzz::shown(text) + u'\n' + Fuzz::shown(back));
    return 0;
}
