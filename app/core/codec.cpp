#include "codec.h"

#include <QCoreApplication>
#include <QStringEncoder>

namespace Sockpit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sockpit::Codec", text);
}

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

QString shown(QChar c)
{
    if (c.unicode() < 0x20)
        return QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    return QString(c);
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
    return tr("encoding '%1' is not available").arg(name);
}

StreamDecoder::StreamDecoder(const QString &encoding)
    : m_encoding(encoding)
    , m_decoder(encoding.toLatin1().constData())
{
}

QString StreamDecoder::decode(QByteArrayView bytes)
{
    if (!m_decoder.isValid())
        return QString::fromLatin1(bytes.data(), bytes.size());
    return m_decoder.decode(bytes);
}

void StreamDecoder::reset()
{
    m_decoder.resetState();
}

Parsed<QByteArray> Hex::parse(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    int pending = -1;       // high nibble waiting for its partner
    qsizetype pendingAt = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u',' || c == u':' || c == u'-' || c == u';') {
            if (pending >= 0)
                return Parsed<QByteArray>::failure(
                    tr("hex digit at column %1 has no partner: write bytes as two digits (0%2)")
                        .arg(pendingAt + 1)
                        .arg(text.at(pendingAt)));
            continue;
        }
        if (c == u'0' && pending < 0 && i + 1 < text.size() && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')) {
            ++i; // "0x" prefix
            continue;
        }
        const int value = hexValue(c);
        if (value < 0)
            return Parsed<QByteArray>::failure(tr("'%1' at column %2 is not a hex digit").arg(shown(c)).arg(i + 1));
        if (pending < 0) {
            pending = value;
            pendingAt = i;
        } else {
            out.append(char((pending << 4) | value));
            pending = -1;
        }
    }
    if (pending >= 0)
        return Parsed<QByteArray>::failure(tr("hex digit at column %1 has no partner: write bytes as two digits (0%2)")
                                               .arg(pendingAt + 1)
                                               .arg(text.at(pendingAt)));
    return Parsed<QByteArray>::success(out);
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

Parsed<QList<Escapes::Piece>> Escapes::split(const QString &text)
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
            return Parsed<QList<Piece>>::failure(tr("a lone '\\' at column %1 ends the text; write \\\\ for a backslash").arg(i + 1));
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
                return Parsed<QList<Piece>>::failure(tr("'\\x' at column %1 needs two hex digits, as in \\x0D").arg(i + 1));
            appendByte(char((hi << 4) | lo));
            i += 2;
            break;
        }
        default:
            return Parsed<QList<Piece>>::failure(
                tr("unknown escape '\\%1' at column %2; known: \\r \\n \\t \\\\ \\0 \\xHH").arg(shown(e)).arg(i + 1));
        }
        ++i;
    }
    return Parsed<QList<Piece>>::success(pieces);
}

Parsed<QByteArray> encodeText(const QString &text, const QString &encoding)
{
    QStringEncoder encoder(encoding.toLatin1().constData());
    if (!encoder.isValid())
        return Parsed<QByteArray>::failure(tr("encoding '%1' is not available").arg(encoding));
    QByteArray bytes = encoder.encode(text);
    if (encoder.hasError())
        return Parsed<QByteArray>::failure(tr("the text has characters that %1 cannot encode").arg(encoding));
    return Parsed<QByteArray>::success(bytes);
}

Parsed<QByteArray> buildPayload(const QString &input, const PayloadSpec &spec)
{
    QByteArray bytes;
    if (spec.hex || Encodings::isHex(spec.encoding)) {
        const Parsed<QByteArray> parsed = Hex::parse(input);
        if (!parsed.ok())
            return parsed;
        bytes = parsed.value;
    } else if (spec.escapes) {
        const auto pieces = Escapes::split(input);
        if (!pieces.ok())
            return Parsed<QByteArray>::failure(pieces.error);
        for (const Escapes::Piece &piece : pieces.value) {
            if (!piece.isText) {
                bytes += piece.bytes;
                continue;
            }
            const Parsed<QByteArray> encoded = encodeText(piece.text, spec.encoding);
            if (!encoded.ok())
                return encoded;
            bytes += encoded.value;
        }
    } else {
        const Parsed<QByteArray> encoded = encodeText(input, spec.encoding);
        if (!encoded.ok())
            return encoded;
        bytes = encoded.value;
    }
    if (!spec.hex && !Encodings::isHex(spec.encoding)) {
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
    return Parsed<QByteArray>::success(bytes);
}

} // namespace Sockpit
