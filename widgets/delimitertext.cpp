#include "delimitertext.h"

#include "codec.h"

#include <QCoreApplication>

namespace Sockpit::DelimiterText {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::DelimiterText)
};

bool isHexPart(const QString &part)
{
    return part.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
}

/// True when every byte reads back from an escape or as itself.
bool isTextual(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (u >= 0x7F || (u < 0x20 && c != '\r' && c != '\n' && c != '\t'))
            return false;
    }
    return true;
}

QString escapedText(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes) {
        switch (c) {
        case '\r': out += QLatin1String("\\r"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '|': out += QLatin1String("\\x7C"); break;
        default: out += QLatin1Char(c); break;
        }
    }
    // A text delimiter that starts like hex keeps its meaning.
    if (isHexPart(out))
        out.replace(0, 1, QLatin1String("\\x30"));
    return out;
}

QString hexText(const QByteArray &bytes)
{
    QStringList parts;
    for (const char c : bytes)
        parts << QLatin1String("0x") + QString::number(uchar(c), 16).rightJustified(2, u'0').toUpper();
    return parts.join(u' ');
}

} // namespace

Result<QList<QByteArray>> parse(const QString &text, const QString &encoding)
{
    PayloadSpec textSpec;
    textSpec.encoding = Encodings::isHex(encoding) ? QStringLiteral("UTF-8") : encoding;
    PayloadSpec hexSpec;
    hexSpec.hex = true;
    QList<QByteArray> delimiters;
    const QStringList parts = text.split(u'|');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed().isEmpty() ? QString() : parts.at(i);
        const qsizetype number = i + 1;
        if (part.isEmpty()) {
            if (parts.size() == 1)
                return Result<QList<QByteArray>>::failure(Text::tr("type a delimiter, e.g. \\r\\n or 0x03"));
            return Result<QList<QByteArray>>::failure(Text::tr("delimiter %1 is empty: remove the extra '|'").arg(number));
        }
        const Result<QByteArray> bytes = buildPayload(part, isHexPart(part) ? hexSpec : textSpec);
        if (!bytes.ok())
            return Result<QList<QByteArray>>::failure(Text::tr("delimiter %1: %2").arg(number).arg(bytes.error));
        if (bytes.value.isEmpty())
            return Result<QList<QByteArray>>::failure(Text::tr("delimiter %1 has no bytes").arg(number));
        delimiters << bytes.value;
    }
    return Result<QList<QByteArray>>::success(delimiters);
}

QString format(const QList<QByteArray> &delimiters)
{
    QStringList parts;
    for (const QByteArray &delimiter : delimiters)
        parts << (isTextual(delimiter) ? escapedText(delimiter) : hexText(delimiter));
    return parts.join(u'|');
}

} // namespace Sockpit::DelimiterText
