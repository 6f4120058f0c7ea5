#include "framematch.h"

#include "codec.h"
#include "namedvalues.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::FrameMatch)
};

constexpr NamedValue<FrameMatchSpec::Kind> KindNames[] = {
    {FrameMatchSpec::Kind::Exact, u"exact"},
    {FrameMatchSpec::Kind::StartsWith, u"starts-with"},
    {FrameMatchSpec::Kind::Contains, u"contains"},
    {FrameMatchSpec::Kind::Regex, u"regex"},
    {FrameMatchSpec::Kind::Hex, u"hex"},
    {FrameMatchSpec::Kind::Any, u"any"},
};

/// "01 03 ?? ?? 00 01" -> bytes and a mask (0 where any byte goes).
Status parseHexPattern(const QString &pattern, QByteArray &bytes, QByteArray &mask)
{
    QString digits;
    int column = 0;
    for (const QChar c : pattern) {
        ++column;
        if (c.isSpace() || c == u',' || c == u':' || c == u'-')
            continue;
        if (c != u'?' && !isxdigit(c.toLatin1()))
            return Status::failure(Text::tr("hex pattern: '%1' at column %2 is not a hex digit or ??").arg(c).arg(column));
        digits += c;
    }
    if (digits.isEmpty())
        return Status::failure(Text::tr("hex pattern is empty"));
    if (digits.size() % 2 != 0)
        return Status::failure(Text::tr("hex pattern: an odd number of digits (%1)").arg(digits.size()));
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const QString pair = digits.mid(i, 2);
        if (pair == u"??") {
            bytes += '\0';
            mask += '\0';
        } else if (pair.contains(u'?')) {
            return Status::failure(Text::tr("hex pattern: '%1' mixes a digit and ?; a wildcard is ??").arg(pair));
        } else {
            bytes += char(pair.toUInt(nullptr, 16));
            mask += char(0xFF);
        }
    }
    return Status::success();
}

} // namespace

QString FrameMatchSpec::kindName(Kind kind)
{
    return nameIn(KindNames, kind);
}

Result<FrameMatchSpec::Kind> FrameMatchSpec::kindFromName(const QString &name)
{
    if (const std::optional<Kind> kind = valueIn(KindNames, name))
        return Result<Kind>::success(*kind);
    return Result<Kind>::failure(
        Text::tr("unknown match '%1' (exact, starts-with, contains, regex, hex or any)").arg(name));
}

QList<FrameMatchSpec::Kind> FrameMatchSpec::kinds()
{
    QList<Kind> all;
    for (const NamedValue<Kind> &entry : KindNames)
        all << entry.value;
    return all;
}

QString FrameMatchSpec::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Exact: return Text::tr("Is exactly");
    case Kind::StartsWith: return Text::tr("Starts with");
    case Kind::Contains: return Text::tr("Contains");
    case Kind::Regex: return Text::tr("Regular expression");
    case Kind::Hex: return Text::tr("Hex pattern");
    case Kind::Any: return Text::tr("Any frame");
    }
    return QString();
}

void FrameMatchSpec::writeTo(QJsonObject &object) const
{
    object.insert(QStringLiteral("match"), kindName(kind));
    if (kind != Kind::Any || !pattern.isEmpty())
        object.insert(QStringLiteral("pattern"), pattern);
    if (caseInsensitive)
        object.insert(QStringLiteral("ignoreCase"), true);
}

Result<FrameMatchSpec> FrameMatchSpec::readFrom(const QJsonObject &object)
{
    const QJsonValue match = object.value(QStringLiteral("match"));
    if (!match.isString())
        return Result<FrameMatchSpec>::failure(Text::tr("\"match\" is missing or not a string"));
    const Result<Kind> kind = kindFromName(match.toString());
    if (!kind)
        return Result<FrameMatchSpec>::failure(kind.error);
    const QJsonValue pattern = object.value(QStringLiteral("pattern"));
    if (!pattern.isString() && !(kind.value == Kind::Any && pattern.isUndefined()))
        return Result<FrameMatchSpec>::failure(Text::tr("\"pattern\" is missing or not a string"));
    const QJsonValue ignoreCase = object.value(QStringLiteral("ignoreCase"));
    if (!ignoreCase.isUndefined() && !ignoreCase.isBool())
        return Result<FrameMatchSpec>::failure(Text::tr("\"ignoreCase\" must be true or false"));
    FrameMatchSpec spec;
    spec.kind = kind.value;
    spec.pattern = pattern.toString();
    spec.caseInsensitive = ignoreCase.toBool(false);
    return Result<FrameMatchSpec>::success(spec);
}

Result<FrameMatcher> FrameMatcher::compile(const FrameMatchSpec &spec, const QString &encoding)
{
    FrameMatcher matcher;
    matcher.m_spec = spec;
    matcher.m_encoding = Encodings::isHex(encoding) ? QStringLiteral("UTF-8") : encoding;
    if (!Encodings::isAvailable(matcher.m_encoding))
        return Result<FrameMatcher>::failure(Encodings::checkName(encoding));
    if (spec.pattern.isEmpty() && spec.kind != FrameMatchSpec::Kind::Any)
        return Result<FrameMatcher>::failure(Text::tr("the pattern is empty"));
    switch (spec.kind) {
    case FrameMatchSpec::Kind::Any:
        break;
    case FrameMatchSpec::Kind::Hex: {
        const Status parsed = parseHexPattern(spec.pattern, matcher.m_bytes, matcher.m_mask);
        if (!parsed)
            return Result<FrameMatcher>::failure(parsed.error);
        break;
    }
    case FrameMatchSpec::Kind::Regex: {
        QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
        if (spec.caseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        matcher.m_regex = QRegularExpression(spec.pattern, options);
        if (!matcher.m_regex.isValid()) {
            return Result<FrameMatcher>::failure(Text::tr("regular expression: %1 at offset %2")
                                                     .arg(matcher.m_regex.errorString())
                                                     .arg(matcher.m_regex.patternErrorOffset()));
        }
        matcher.m_regex.optimize();
        break;
    }
    default: {
        PayloadSpec payload;
        payload.encoding = matcher.m_encoding;
        const Result<QByteArray> bytes = buildPayload(spec.pattern, payload);
        if (!bytes)
            return Result<FrameMatcher>::failure(bytes.error);
        matcher.m_bytes = bytes.value;
        matcher.m_text = StreamDecoder::decodeAlone(matcher.m_encoding, matcher.m_bytes);
        break;
    }
    }
    return Result<FrameMatcher>::success(std::move(matcher));
}

FrameMatcher::FrameMatcher() = default;
FrameMatcher::~FrameMatcher() = default;
FrameMatcher::FrameMatcher(const FrameMatcher &other) = default;
FrameMatcher &FrameMatcher::operator=(const FrameMatcher &other) = default;
FrameMatcher::FrameMatcher(FrameMatcher &&other) noexcept = default;
FrameMatcher &FrameMatcher::operator=(FrameMatcher &&other) noexcept = default;

MatchInput::MatchInput(QByteArrayView bytes, const QString &encoding)
    : m_bytes(bytes)
    , m_encoding(Encodings::isHex(encoding) ? QStringLiteral("UTF-8") : encoding)
{
}

MatchInput::~MatchInput() = default;

const QString &MatchInput::text() const
{
    if (!m_decoded) {
        // Each frame on its own: a frame is a message.
        m_text = StreamDecoder::decodeAlone(m_encoding, m_bytes);
        m_decoded = true;
    }
    return m_text;
}

bool FrameMatcher::matches(const MatchInput &input) const
{
    const QByteArrayView frame = input.bytes();
    switch (m_spec.kind) {
    case FrameMatchSpec::Kind::Exact: return frame == QByteArrayView(m_bytes);
    case FrameMatchSpec::Kind::StartsWith: return frame.startsWith(m_bytes);
    case FrameMatchSpec::Kind::Contains: return frame.indexOf(m_bytes) >= 0;
    case FrameMatchSpec::Kind::Hex: {
        if (frame.size() < m_bytes.size())
            return false;
        for (qsizetype i = 0; i < m_bytes.size(); ++i) {
            if ((frame[i] ^ m_bytes[i]) & m_mask[i])
                return false;
        }
        return true;
    }
    case FrameMatchSpec::Kind::Regex: return m_regex.match(input.text()).hasMatch();
    case FrameMatchSpec::Kind::Any: return true;
    }
    return false;
}

int FrameMatcher::captureCount() const
{
    return m_spec.kind == FrameMatchSpec::Kind::Regex ? m_regex.captureCount() : 0;
}

MatchResult FrameMatcher::match(const MatchInput &input) const
{
    MatchResult result;
    if (m_spec.kind == FrameMatchSpec::Kind::Regex) {
        const QRegularExpressionMatch found = m_regex.match(input.text());
        result.matched = found.hasMatch();
        if (result.matched) {
            // Every group, also those after the last one that took part.
            for (int i = 0; i <= m_regex.captureCount(); ++i)
                result.captures << found.captured(i);
        }
        return result;
    }
    result.matched = matches(input);
    if (!result.matched)
        return result;
    if (m_spec.kind == FrameMatchSpec::Kind::Hex)
        result.captures << Hex::format(input.bytes().first(m_bytes.size()));
    else if (m_spec.kind == FrameMatchSpec::Kind::Any)
        result.captures << input.text();
    else
        result.captures << m_text;
    return result;
}

MatchResult FrameMatcher::match(QByteArrayView frame) const
{
    return match(MatchInput(frame, m_encoding));
}

bool FrameMatcher::matches(QByteArrayView frame) const
{
    return matches(MatchInput(frame, m_encoding));
}

} // namespace Sockpit
