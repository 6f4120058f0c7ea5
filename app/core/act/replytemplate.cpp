#include "replytemplate.h"

#include "codec.h"
#include "framematch.h"

#include <QCoreApplication>
#include <QStringEncoder>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::ReplyTemplate)
};

constexpr int MaxCapture = 99;

/// The first character of text that encoding cannot hold (an empty string when all fit).
QString firstUnencodable(const QString &text, const QString &encoding)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString one = text.mid(i, width);
        if (!encodeText(one, encoding).ok())
            return one;
        i += width - 1;
    }
    return QString();
}

} // namespace

/// Splits a reply into literal runs and placeholders, with the column of each.
class ReplyTemplateParser
{
public:
    ReplyTemplateParser(const QString &text, bool hex, ReplyTemplate &target)
        : m_text(text)
        , m_hex(hex)
        , m_target(target)
        , m_masked(text)
    {
    }

    Status run()
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text.at(i);
            const bool doubled = i + 1 < m_text.size() && m_text.at(i + 1) == c;
            if ((c == u'{' || c == u'}') && doubled) {
                m_literal += c;
                ++i;
                continue;
            }
            if (c == u'}')
                return Status::failure(Text::tr("column %1: a lone '}'; write }} for a brace").arg(i + 1));
            if (c != u'{') {
                m_literal += c;
                continue;
            }
            const qsizetype close = m_text.indexOf(u'}', i + 1);
            if (close < 0)
                return Status::failure(Text::tr("column %1: '{' is not closed; write {{ for a brace").arg(i + 1));
            const Result<ReplyTemplate::Piece> piece = m_target.placeholder(m_text.mid(i + 1, close - i - 1), i + 1);
            if (!piece)
                return Status::failure(piece.error);
            for (qsizetype k = i; k <= close; ++k)
                m_masked[k] = u' '; // so that the checks of the literal runs keep their columns
            if (Status flushed = flushLiteral(); !flushed)
                return flushed;
            m_target.m_pieces.append(piece.value);
            if (piece.value.kind == ReplyTemplate::Piece::Kind::Capture)
                m_target.m_highestCapture = qMax(m_target.m_highestCapture, piece.value.capture);
            i = close;
            m_literalStart = close + 1;
        }
        if (Status flushed = flushLiteral(); !flushed)
            return flushed;
        return checkMasked();
    }

private:
    /// Escapes and hex digits checked over the whole text, placeholders blanked:
    /// the columns in their messages are the columns as typed.
    Status checkMasked() const
    {
        if (m_hex) {
            const Result<QByteArray> parsed = Hex::parse(m_masked);
            return parsed ? Status::success() : Status::failure(parsed.error);
        }
        const auto pieces = Escapes::split(m_masked);
        return pieces ? Status::success() : Status::failure(pieces.error);
    }

    Status flushLiteral()
    {
        const QString literal = m_literal;
        m_literal.clear();
        if (literal.isEmpty())
            return Status::success();
        QByteArray bytes;
        if (m_hex) {
            const Result<QByteArray> parsed = Hex::parse(literal);
            if (!parsed)
                return checkMasked().ok() ? Status::failure(parsed.error) : checkMasked();
            bytes = parsed.value;
        } else {
            const auto pieces = Escapes::split(literal);
            if (!pieces)
                return checkMasked().ok() ? Status::failure(pieces.error) : checkMasked();
            for (const Escapes::Piece &piece : pieces.value) {
                if (!piece.isText) {
                    bytes += piece.bytes;
                    continue;
                }
                const Result<QByteArray> encoded = encodeText(piece.text, m_target.m_encoding);
                if (!encoded)
                    return unencodable(piece.text);
                bytes += encoded.value;
            }
        }
        if (!m_target.m_pieces.isEmpty() && m_target.m_pieces.last().kind == ReplyTemplate::Piece::Kind::Bytes)
            m_target.m_pieces.last().bytes += bytes;
        else
            m_target.m_pieces.append(ReplyTemplate::Piece{ReplyTemplate::Piece::Kind::Bytes, bytes, 0, {}});
        return Status::success();
    }

    Status unencodable(const QString &piece) const
    {
        const QString character = firstUnencodable(piece, m_target.m_encoding);
        const qsizetype at = m_text.indexOf(character, m_literalStart);
        return Status::failure(Text::tr("column %1: '%2' cannot be encoded in %3")
                                   .arg(at + 1)
                                   .arg(character, m_target.m_encoding));
    }

    const QString &m_text;
    const bool m_hex;
    ReplyTemplate &m_target;
    QString m_masked;
    QString m_literal;
    qsizetype m_literalStart = 0;
};

Result<ReplyTemplate> ReplyTemplate::compile(const QString &text, bool hex, const QString &encoding)
{
    ReplyTemplate reply;
    reply.m_encoding = Encodings::isHex(encoding) ? QStringLiteral("UTF-8") : encoding;
    if (!Encodings::isAvailable(reply.m_encoding))
        return Result<ReplyTemplate>::failure(Encodings::checkName(encoding));
    const Status parsed = ReplyTemplateParser(text, hex, reply).run();
    if (!parsed)
        return Result<ReplyTemplate>::failure(parsed.error);
    return Result<ReplyTemplate>::success(std::move(reply));
}

Result<ReplyTemplate::Piece> ReplyTemplate::placeholder(const QString &name, qsizetype column) const
{
    using R = Result<Piece>;
    Piece piece;
    bool isNumber = false;
    const int capture = name.toInt(&isNumber);
    if (isNumber && !name.isEmpty() && name.at(0).isDigit()) {
        if (capture > MaxCapture)
            return R::failure(Text::tr("column %1: {%2}: captures go up to {%3}").arg(column).arg(name).arg(MaxCapture));
        piece.kind = Piece::Kind::Capture;
        piece.capture = capture;
        return R::success(piece);
    }
    const QString lower = name.toLower();
    if (lower == u"counter") {
        piece.kind = Piece::Kind::Counter;
    } else if (lower == u"time") {
        piece.kind = Piece::Kind::Time;
    } else if (lower == u"date") {
        piece.kind = Piece::Kind::Date;
    } else if (lower == u"frame") {
        piece.kind = Piece::Kind::Frame;
    } else if (lower == u"frame:hex") {
        piece.kind = Piece::Kind::FrameHex;
    } else if (lower.startsWith(u"checksum:")) {
        const Result<ChecksumSpec> spec = ChecksumSpec::parse(name.mid(9));
        if (!spec)
            return R::failure(Text::tr("column %1: {%2}: %3").arg(column).arg(name, spec.error));
        piece.kind = Piece::Kind::Checksum;
        piece.checksum = spec.value;
    } else {
        return R::failure(Text::tr("column %1: unknown placeholder {%2} (use {0}…{%3}, {counter}, {time}, {date}, {frame}, "
                             "{frame:hex}, {checksum:NAME}, or {{ and }} for braces)")
                              .arg(column)
                              .arg(name)
                              .arg(MaxCapture));
    }
    return R::success(piece);
}

QString ReplyTemplate::literal(const QString &text)
{
    QString out = text;
    out.replace(u'{', QStringLiteral("{{"));
    out.replace(u'}', QStringLiteral("}}"));
    return out;
}

QStringList ReplyTemplate::placeholders()
{
    return {QStringLiteral("{0}"), QStringLiteral("{1}"), QStringLiteral("{counter}"), QStringLiteral("{time}"),
            QStringLiteral("{date}"), QStringLiteral("{frame}"), QStringLiteral("{frame:hex}"),
            QStringLiteral("{checksum:CRC-16/MODBUS}")};
}

bool ReplyTemplate::isLiteral() const
{
    return m_pieces.isEmpty() || (m_pieces.size() == 1 && m_pieces.constFirst().kind == Piece::Kind::Bytes);
}

QByteArray ReplyTemplate::encoded(const QString &text) const
{
    if (text.isEmpty())
        return QByteArray();
    if (const Result<QByteArray> bytes = encodeText(text, m_encoding))
        return bytes.value;
    // Text from the frame itself may hold what the encoding cannot (U+FFFD): as near as it goes.
    QStringEncoder encoder(m_encoding.toLatin1().constData());
    return encoder.encode(text);
}

QByteArray ReplyTemplate::render(const ReplyContext &context) const
{
    if (m_pieces.size() == 1 && m_pieces.constFirst().kind == Piece::Kind::Bytes)
        return m_pieces.constFirst().bytes;
    QByteArray out;
    QDateTime now = context.now;
    const auto clock = [&now]() -> const QDateTime & {
        if (!now.isValid())
            now = QDateTime::currentDateTime();
        return now;
    };
    const QByteArrayView frame = context.frame ? context.frame->bytes() : QByteArrayView();
    for (const Piece &piece : m_pieces) {
        switch (piece.kind) {
        case Piece::Kind::Bytes: out += piece.bytes; break;
        case Piece::Kind::Capture: out += encoded(context.captures.value(piece.capture)); break;
        case Piece::Kind::Counter: out += encoded(QString::number(context.counter)); break;
        case Piece::Kind::Time: out += encoded(clock().toString(QStringLiteral("hh:mm:ss.zzz"))); break;
        case Piece::Kind::Date: out += encoded(clock().toString(QStringLiteral("yyyy-MM-dd"))); break;
        case Piece::Kind::Frame: out += frame; break;
        case Piece::Kind::FrameHex: out += encoded(Hex::format(frame)); break;
        case Piece::Kind::Checksum: out += piece.checksum.checksumBytes(out); break;
        }
    }
    return out;
}

} // namespace Sockpit
