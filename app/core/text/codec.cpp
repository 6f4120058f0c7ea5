#include "codec.h"

#include <QCoreApplication>
#include <QStringEncoder>

#include <optional>
#include <utility>

namespace Sockpit {

namespace {

// The context lupdate and the translator agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::Codec)
};

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// The character at text[at] for a message: a control as \xHH, a character
// beyond the BMP whole (both halves), a lone half as U+D800.
QString shown(const QString &text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c.unicode() < 0x20)
        return QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return text.mid(at, 2);
    if (c.isSurrogate())
        return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
    return QString(c);
}

bool isBuiltinEncoding(const QByteArray &name)
{
    return QStringConverter::encodingForName(name.constData()).has_value();
}

// Length of an unfinished UTF-8 sequence at the end of bytes: a lead byte in
// the last three bytes followed only by continuation bytes, fewer than it needs.
qsizetype unfinishedUtf8Tail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= qMin<qsizetype>(3, n); ++back) {
        const auto b = uchar(bytes.at(n - back));
        if (b >= 0x80 && b < 0xC0)
            continue; // a continuation byte: its lead is further back
        if (b < 0xC2 || b > 0xF4)
            return 0; // ASCII, or a byte that cannot start a sequence
        const qsizetype needed = b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4);
        return needed > back ? back : 0;
    }
    return 0;
}

// Length of a started four-byte GB18030 character at the end of bytes (lead
// 81-FE, digit 30-39, lead, digit), as ICU walks the stream: a lead byte takes
// a second byte, and on a bad byte ICU drops only the lead and reads what
// followed it again. *state is 1 when a lone lead byte went before bytes, and
// is left so for the next read.
qsizetype startedGb18030Character(QByteArrayView bytes, int *state)
{
    const auto lead = [](uchar b) { return b >= 0x81 && b <= 0xFE; };
    const auto digit = [](uchar b) { return b >= 0x30 && b <= 0x39; };
    const auto trail = [](uchar b) { return (b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE); };
    int s = *state;
    qsizetype start = -1; // where the character began; -1: in an earlier read
    qsizetype i = 0;
    while (i < bytes.size()) {
        const auto b = uchar(bytes.at(i));
        if (s == 0) {
            if (lead(b)) {
                s = 1;
                start = i;
            }
            ++i;
        } else if (s == 1) {
            s = digit(b) ? 2 : 0;
            if (digit(b) || trail(b))
                ++i; // otherwise b is read again on its own
        } else if ((s == 2 && lead(b)) || (s == 3 && digit(b))) {
            s = s == 2 ? 3 : 0;
            ++i;
        } else {
            s = 0;
            i = start + 1; // the lead is dropped; with start -1 it went in an earlier read
        }
    }
    if (s < 2) {
        *state = s;
        return 0;
    }
    // The bytes of this read from the lead on wait; a lead from an earlier read
    // is already in the decoder, which then holds it still.
    *state = start < 0 ? 1 : 0;
    return bytes.size() - qMax<qsizetype>(start, 0);
}

// The ASCII controls that IBM's Shift_JIS tables in ICU map to one another
// (1A -> U+001C, 1C -> U+007F, 7F -> U+001A). None of them is ever the second
// byte of a character in the legacy encodings offered.
bool isSwappedControl(char16_t c)
{
    return c == 0x1A || c == 0x1C || c == 0x7F;
}

// ICU converters with a one-byte substitution character (Shift_JIS, EUC-KR)
// write U+001A for a bad byte where the others write U+FFFD.
QString withReplacementCharacters(QString text)
{
    text.replace(QChar(0x1A), QChar(QChar::ReplacementCharacter));
    return text;
}

// Whether an ICU decoder shows one of the two quirks above; GBK, GB18030 and
// Big5 show neither and are decoded straight, which is twice as fast.
bool needsLegacyRepairs(const QByteArray &name)
{
    const auto decodeAlone = [&name](const char *bytes) -> QString {
        QStringDecoder decoder(name.constData());
        const QString text = decoder.decode(bytes);
        return text + decoder.decode("\n"); // ends a waiting half character
    };
    if (decodeAlone("\x1a\x1c\x7f") != QStringView(u"\u001a\u001c\u007f\n"))
        return true;
    for (const char *badByte : {"\x80", "\xa0", "\xff"}) {
        if (decodeAlone(badByte).contains(QChar(0x1A)))
            return true;
    }
    return false;
}

} // namespace

QStringList Encodings::textEncodings()
{
    return {QStringLiteral("UTF-8"),      QStringLiteral("GBK"),       QStringLiteral("GB18030"),
            QStringLiteral("Big5"),       QStringLiteral("Shift_JIS"), QStringLiteral("EUC-KR"),
            QStringLiteral("ISO-8859-1"), QStringLiteral("UTF-16LE"),  QStringLiteral("UTF-16BE")};
}

QStringList Encodings::all()
{
    QStringList names = textEncodings();
    names << QString::fromUtf16(Hex);
    return names;
}

bool Encodings::isHex(const QString &name)
{
    return name.compare(QString::fromUtf16(Hex), Qt::CaseInsensitive) == 0;
}

bool Encodings::isAvailable(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QByteArray latin = name.toLatin1();
    return QStringDecoder(latin.constData()).isValid() && QStringEncoder(latin.constData()).isValid();
}

QString Encodings::checkName(const QString &name)
{
    if (isHex(name) || isAvailable(name))
        return QString();
    return Text::tr("encoding '%1' is not available").arg(name);
}

StreamDecoder::StreamDecoder(const QString &encoding)
    : m_encoding(encoding)
    , m_decoder(encoding.toLatin1().constData())
{
    const std::optional<QStringConverter::Encoding> builtin = QStringConverter::encodingForName(encoding.toLatin1().constData());
    if (!builtin) {
        if (m_decoder.isValid() && QByteArrayView(m_decoder.name()) == "GB18030")
            m_kind = Kind::Gb18030;
        else
            m_kind = needsLegacyRepairs(encoding.toLatin1()) ? Kind::Legacy : Kind::Other;
        return;
    }
    switch (*builtin) {
    case QStringConverter::Utf8:
        m_kind = Kind::Utf8;
        break;
    case QStringConverter::Utf16:
    case QStringConverter::Utf16LE:
    case QStringConverter::Utf16BE:
        m_kind = Kind::Wide;
        m_unitSize = 2;
        break;
    case QStringConverter::Utf32:
    case QStringConverter::Utf32LE:
    case QStringConverter::Utf32BE:
        m_kind = Kind::Wide;
        m_unitSize = 4;
        break;
    default:
        m_kind = Kind::Other;
        break;
    }
}

QString StreamDecoder::decode(QByteArrayView bytes)
{
    if (!m_decoder.isValid())
        return QString::fromLatin1(bytes.data(), bytes.size());
    switch (m_kind) {
    case Kind::Utf8:
        return decodeUtf8(bytes);
    case Kind::Legacy:
        return decodeLegacy(bytes);
    case Kind::Gb18030:
        return decodeGb18030(bytes);
    case Kind::Wide:
        m_bytesSeen += quint64(bytes.size());
        return m_decoder.decode(bytes);
    case Kind::Other:
        break;
    }
    return m_decoder.decode(bytes);
}

QString StreamDecoder::decodeUtf8(QByteArrayView bytes)
{
    // Qt 6.4 drops the byte after a sequence that one read left unfinished and
    // the next proves invalid ("\xE4" then "\xE4\xB8\xAD" loses the 中), so an
    // unfinished sequence waits here and is decoded together with what follows.
    QByteArray joined;
    bytes = withTail(bytes, joined);
    const qsizetype keep = unfinishedUtf8Tail(bytes);
    m_tail = bytes.last(keep).toByteArray();
    // What goes before the kept tail must not leave the decoder waiting either:
    // unfinished sequences right before it ("\xE4" in "\xE4\xE4\xB8") are
    // broken, since a lead byte follows; they are decoded on their own, ended
    // by a stand-in for that lead byte.
    const QByteArrayView head = bytes.first(bytes.size() - keep);
    qsizetype whole = head.size();
    while (const qsizetype broken = unfinishedUtf8Tail(head.first(whole)))
        whole -= broken;
    QString text = m_decoder.decode(head.first(whole));
    if (whole < head.size())
        text += QString::fromUtf8(head.sliced(whole).toByteArray() + ' ').chopped(1);
    return text;
}

QString StreamDecoder::decodeGb18030(QByteArrayView bytes)
{
    // Qt 6.4 gives ICU room for two UTF-16 units per byte of a read. When a
    // read of one or two bytes shows a four-byte character begun before it to
    // be broken, ICU writes the lead's U+FFFD and the bytes it reads again, and
    // what does not fit is lost ("\x81\x30" then "\x02" drops the \x02). So a
    // begun four-byte character waits here and goes in with the next read.
    QByteArray joined;
    bytes = withTail(bytes, joined);
    const qsizetype keep = startedGb18030Character(bytes, &m_gbState);
    m_tail = bytes.last(keep).toByteArray();
    return m_decoder.decode(bytes.first(bytes.size() - keep));
}

QByteArrayView StreamDecoder::withTail(QByteArrayView bytes, QByteArray &joined)
{
    if (m_tail.isEmpty())
        return bytes;
    joined = std::exchange(m_tail, QByteArray());
    joined.append(bytes);
    return joined;
}

QString StreamDecoder::decodeLegacy(QByteArrayView bytes)
{
    // The swapped controls go through the decoder one at a time, so the last
    // character of that output is theirs; before it can only come the
    // substitute for a character they cut short.
    QString text;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes.at(i));
        if (!isSwappedControl(byte))
            continue;
        text += withReplacementCharacters(m_decoder.decode(bytes.sliced(start, i - start)));
        QString control = m_decoder.decode(bytes.sliced(i, 1));
        control.chop(1);
        text += withReplacementCharacters(control) + QChar(char16_t(byte));
        start = i + 1;
    }
    text += withReplacementCharacters(m_decoder.decode(bytes.sliced(start)));
    return text;
}

QString StreamDecoder::decodeLast(QByteArrayView bytes)
{
    // Two statements: the operands of a + are evaluated in either order.
    QString text = decode(bytes);
    text += finish();
    return text;
}

QString StreamDecoder::decodeAlone(const QString &encoding, QByteArrayView bytes)
{
    StreamDecoder decoder(encoding);
    return decoder.decodeLast(bytes);
}

QString StreamDecoder::finish()
{
    QString rest;
    if (m_kind == Kind::Wide) {
        if (m_bytesSeen % quint64(m_unitSize) != 0)
            rest = QString(QChar(QChar::ReplacementCharacter));
    } else if (m_kind == Kind::Gb18030 && !m_tail.isEmpty()) {
        // A begun four-byte character is one U+FFFD, as ICU ends a stream.
        rest = QString(QChar(QChar::ReplacementCharacter));
    } else {
        // A line feed is never part of a multibyte character in the other
        // encodings, so it ends a waiting one; what comes before it is that one's U+FFFD.
        rest = decode("\n");
        rest.chop(1);
    }
    reset();
    return rest;
}

void StreamDecoder::reset()
{
    m_decoder.resetState();
    m_tail.clear();
    m_gbState = 0;
    m_bytesSeen = 0;
}

Result<QByteArray> Hex::parse(const QString &text)
{
    const auto unpaired = [&text](qsizetype at) {
        return Result<QByteArray>::failure(Text::tr("hex digit at column %1 has no partner: write bytes as two digits (0%2)")
                                               .arg(at + 1)
                                               .arg(text.at(at)));
    };
    const auto emptyPrefix = [](qsizetype at) {
        return Result<QByteArray>::failure(Text::tr("'0x' at column %1 is not followed by a hex digit").arg(at + 1));
    };
    QByteArray out;
    out.reserve(text.size() / 2);
    int pending = -1;       // high nibble waiting for its partner
    qsizetype pendingAt = 0;
    qsizetype prefixAt = -1; // a "0x" still waiting for its digits
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u',' || c == u':' || c == u'-' || c == u';') {
            if (pending >= 0)
                return unpaired(pendingAt);
            if (prefixAt >= 0)
                return emptyPrefix(prefixAt);
            continue;
        }
        if (c == u'0' && pending < 0 && prefixAt < 0 && i + 1 < text.size()
            && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')) {
            prefixAt = i;
            ++i;
            continue;
        }
        const int value = hexValue(c);
        if (value < 0)
            return Result<QByteArray>::failure(Text::tr("'%1' at column %2 is not a hex digit").arg(shown(text, i)).arg(i + 1));
        prefixAt = -1;
        if (pending < 0) {
            pending = value;
            pendingAt = i;
        } else {
            out.append(char((pending << 4) | value));
            pending = -1;
        }
    }
    if (pending >= 0)
        return unpaired(pendingAt);
    if (prefixAt >= 0)
        return emptyPrefix(prefixAt);
    return Result<QByteArray>::success(out);
}

QString Hex::format(QByteArrayView bytes, qsizetype maxBytes)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    const qsizetype n = maxBytes >= 0 ? qMin(maxBytes, bytes.size()) : bytes.size();
    QString out(n > 0 ? n * 3 - 1 : 0, Qt::Uninitialized);
    QChar *p = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = uchar(bytes.at(i));
        if (i)
            *p++ = u' ';
        *p++ = QLatin1Char(digits[b >> 4]);
        *p++ = QLatin1Char(digits[b & 0xF]);
    }
    return out;
}

Result<QList<Escapes::Piece>> Escapes::split(const QString &text)
{
    QList<Piece> pieces;
    auto appendText = [&](QChar c) {
        if (pieces.isEmpty() || !pieces.last().isText)
            pieces.append(Piece{});
        pieces.last().text.append(c);
    };
    auto appendByte = [&](char b) {
        if (pieces.isEmpty() || pieces.last().isText)
            pieces.append(Piece{QString(), QByteArray(), false});
        pieces.last().bytes.append(b);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\') {
            appendText(c);
            continue;
        }
        if (i + 1 >= text.size())
            return Result<QList<Piece>>::failure(Text::tr("a lone '\\' at column %1 ends the text; write \\\\ for a backslash").arg(i + 1));
        const QChar e = text.at(i + 1);
        switch (e.unicode()) {
        case u'r': appendByte('\r'); break;
        case u'n': appendByte('\n'); break;
        case u't': appendByte('\t'); break;
        case u'0': appendByte('\0'); break;
        case u'\\': appendByte('\\'); break;
        case u'x': {
            const int hi = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            const int lo = i + 3 < text.size() ? hexValue(text.at(i + 3)) : -1;
            if (hi < 0 || lo < 0)
                return Result<QList<Piece>>::failure(Text::tr("'\\x' at column %1 needs two hex digits, as in \\x0D").arg(i + 1));
            appendByte(char((hi << 4) | lo));
            i += 2;
            break;
        }
        default:
            return Result<QList<Piece>>::failure(
                Text::tr("unknown escape '\\%1' at column %2; known: \\r \\n \\t \\\\ \\0 \\xHH").arg(shown(text, i + 1)).arg(i + 1));
        }
        ++i;
    }
    return Result<QList<Piece>>::success(pieces);
}

Result<QByteArray> encodeText(const QString &text, const QString &encoding)
{
    const QByteArray name = encoding.toLatin1();
    QStringEncoder encoder(name.constData());
    if (!encoder.isValid())
        return Result<QByteArray>::failure(Text::tr("encoding '%1' is not available").arg(encoding));
    QByteArray bytes;
    if (isBuiltinEncoding(name)) {
        bytes = encoder.encode(text);
    } else {
        // The swapped controls are written as themselves (see isSwappedControl).
        qsizetype start = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (!isSwappedControl(c))
                continue;
            bytes += QByteArray(encoder.encode(QStringView(text).sliced(start, i - start)));
            bytes += char(c);
            start = i + 1;
        }
        bytes += QByteArray(encoder.encode(QStringView(text).sliced(start)));
    }
    if (encoder.hasError())
        return Result<QByteArray>::failure(Text::tr("the text has characters that %1 cannot encode").arg(encoding));
    return Result<QByteArray>::success(bytes);
}

Result<QByteArray> buildPayload(const QString &input, const PayloadSpec &spec)
{
    const bool hex = spec.hex || Encodings::isHex(spec.encoding);
    // Checked first: empty text, or text of escapes only, never reaches the encoder.
    if (!hex && !Encodings::isAvailable(spec.encoding))
        return Result<QByteArray>::failure(Text::tr("encoding '%1' is not available").arg(spec.encoding));
    QByteArray bytes;
    if (hex) {
        const Result<QByteArray> parsed = Hex::parse(input);
        if (!parsed.ok())
            return parsed;
        bytes = parsed.value;
    } else if (spec.escapes) {
        const auto pieces = Escapes::split(input);
        if (!pieces.ok())
            return Result<QByteArray>::failure(pieces.error);
        for (const Escapes::Piece &piece : pieces.value) {
            if (!piece.isText) {
                bytes += piece.bytes;
                continue;
            }
            const Result<QByteArray> encoded = encodeText(piece.text, spec.encoding);
            if (!encoded.ok())
                return encoded;
            bytes += encoded.value;
        }
    } else {
        const Result<QByteArray> encoded = encodeText(input, spec.encoding);
        if (!encoded.ok())
            return encoded;
        bytes = encoded.value;
    }
    if (!hex) {
        // Line endings are ASCII; for UTF-16 they take the encoding's width.
        QString ending;
        switch (spec.lineEnding) {
        case PayloadSpec::LineEnding::None: break;
        case PayloadSpec::LineEnding::LF: ending = QStringLiteral("\n"); break;
        case PayloadSpec::LineEnding::CRLF: ending = QStringLiteral("\r\n"); break;
        case PayloadSpec::LineEnding::CR: ending = QStringLiteral("\r"); break;
        }
        if (!ending.isEmpty())
            bytes += encodeText(ending, spec.encoding).value;
    }
    return Result<QByteArray>::success(bytes);
}

} // namespace Sockpit
