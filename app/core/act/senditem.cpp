#include "senditem.h"

#include "namedvalues.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SendItem)
};

constexpr NamedValue<PayloadSpec::LineEnding> EndingNames[] = {
    {PayloadSpec::LineEnding::None, u"none"},
    {PayloadSpec::LineEnding::LF, u"lf"},
    {PayloadSpec::LineEnding::CRLF, u"crlf"},
    {PayloadSpec::LineEnding::CR, u"cr"},
};

} // namespace

Result<QByteArray> SendItem::bytes(const QString &sessionEncoding) const
{
    PayloadSpec spec;
    spec.hex = hex;
    spec.encoding = encoding.isEmpty() ? sessionEncoding : encoding;
    // A session shown in Hex has no text encoding: text left to it is sent as UTF-8, not read as hex digits.
    if (!hex && encoding.isEmpty() && Encodings::isHex(sessionEncoding))
        spec.encoding = QStringLiteral("UTF-8");
    if (hex && !Encodings::isHex(spec.encoding) && !Encodings::isAvailable(spec.encoding))
        spec.encoding = QStringLiteral("UTF-8"); // hex digits need no encoding
    spec.lineEnding = lineEnding;
    Result<QByteArray> payload = buildPayload(data, spec);
    if (payload && checksum)
        payload.value = checksum->append(payload.value);
    return payload;
}

QString SendItem::lineEndingName(PayloadSpec::LineEnding ending)
{
    return nameIn(EndingNames, ending);
}

Result<PayloadSpec::LineEnding> SendItem::lineEndingFromName(const QString &name)
{
    if (const std::optional<PayloadSpec::LineEnding> ending = valueIn(EndingNames, name))
        return Result<PayloadSpec::LineEnding>::success(*ending);
    return Result<PayloadSpec::LineEnding>::failure(
        Text::tr("unknown line ending '%1' (none, lf, crlf or cr)").arg(name));
}

void SendItem::writeTo(QJsonObject &object) const
{
    object.insert(hex ? QStringLiteral("hex") : QStringLiteral("text"), data);
    if (!encoding.isEmpty())
        object.insert(QStringLiteral("encoding"), encoding);
    if (lineEnding != PayloadSpec::LineEnding::None)
        object.insert(QStringLiteral("lineEnding"), lineEndingName(lineEnding));
    if (checksum)
        object.insert(QStringLiteral("checksum"), checksum->toString());
}

Result<SendItem> SendItem::readFrom(const QJsonObject &object)
{
    using R = Result<SendItem>;
    const QJsonValue text = object.value(QStringLiteral("text"));
    const QJsonValue hexDigits = object.value(QStringLiteral("hex"));
    if (text.isUndefined() == hexDigits.isUndefined())
        return R::failure(Text::tr("give exactly one of \"text\" and \"hex\""));
    const QJsonValue data = text.isUndefined() ? hexDigits : text;
    if (!data.isString())
        return R::failure(Text::tr("\"%1\" must be a string").arg(text.isUndefined() ? u"hex" : u"text"));
    SendItem item;
    item.data = data.toString();
    item.hex = text.isUndefined();
    if (item.hex) {
        const Result<QByteArray> parsed = Hex::parse(item.data);
        if (!parsed)
            return R::failure(Text::tr("\"hex\": %1").arg(parsed.error));
    }
    const QJsonValue encoding = object.value(QStringLiteral("encoding"));
    if (!encoding.isUndefined()) {
        if (!encoding.isString())
            return R::failure(Text::tr("\"encoding\" must be a string"));
        item.encoding = encoding.toString();
        const QString problem = Encodings::checkName(item.encoding);
        if (!problem.isEmpty())
            return R::failure(Text::tr("\"encoding\": %1").arg(problem));
    }
    const QJsonValue ending = object.value(QStringLiteral("lineEnding"));
    if (!ending.isUndefined()) {
        const Result<PayloadSpec::LineEnding> parsed = lineEndingFromName(ending.toString());
        if (!ending.isString() || !parsed)
            return R::failure(Text::tr("\"lineEnding\": %1").arg(parsed.error));
        item.lineEnding = parsed.value;
    }
    const QJsonValue checksum = object.value(QStringLiteral("checksum"));
    if (!checksum.isUndefined()) {
        const Result<ChecksumSpec> parsed = ChecksumSpec::parse(checksum.toString());
        if (!checksum.isString() || !parsed)
            return R::failure(Text::tr("\"checksum\": %1").arg(parsed.error));
        item.checksum = parsed.value;
    }
    if (!item.hex) {
        const auto pieces = Escapes::split(item.data);
        if (!pieces)
            return R::failure(Text::tr("\"text\": %1").arg(pieces.error));
    }
    return R::success(item);
}

bool SendItem::operator==(const SendItem &other) const
{
    return data == other.data && hex == other.hex && encoding == other.encoding
        && lineEnding == other.lineEnding && checksum == other.checksum;
}

} // namespace Sockpit
