#include "addresstext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace Sockpit {
namespace AddressText {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::AddressText)
};

// Where the colons go wrong: one ':' at either end, three in a row.
QString ipv6ColonProblem(const QString &text)
{
    if (text.contains(QStringLiteral(":::")))
        return Text::tr("three colons in a row: '::' stands for the zero groups");
    if (text.count(QStringLiteral("::")) > 1)
        return Text::tr("'::' may appear only once");
    if (text.startsWith(u':') && !text.startsWith(QStringLiteral("::")))
        return Text::tr("it starts with a single ':'; write '::' for leading zero groups");
    if (text.endsWith(u':') && !text.endsWith(QStringLiteral("::")))
        return Text::tr("it ends with a single ':'; write '::' for trailing zero groups");
    return QString();
}

} // namespace

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QStringView withoutLeadingZeros(const QString &digits)
{
    qsizetype i = 0;
    while (i < digits.size() - 1 && digits.at(i) == u'0')
        ++i;
    return QStringView(digits).mid(i);
}

QString ipv4Problem(const QString &text, quint32 *out)
{
    if (text.isEmpty())
        return Text::tr("it is empty");
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4) {
        bool digitsAndDots = true;
        for (const QChar c : text)
            digitsAndDots = digitsAndDots && (isAsciiDigit(c) || c == u'.');
        if (!digitsAndDots)
            return Text::tr("it should be four numbers 0–255 separated by dots");
        return Text::tr("it needs four numbers separated by dots, not %1").arg(parts.size());
    }
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty())
            return Text::tr("a number is missing between the dots");
        for (const QChar c : part) {
            if (!isAsciiDigit(c))
                return Text::tr("'%1' is not a number").arg(part);
        }
        const QStringView significant = withoutLeadingZeros(part);
        const uint number = significant.size() > 3 ? 1000 : significant.toUInt();
        if (number > 255)
            return Text::tr("%1 is over 255").arg(part);
        if (part.size() > 1 && part.startsWith(u'0'))
            return Text::tr("%1 has a leading zero (write %2; some tools read leading zeros as octal)")
                .arg(part, QString::number(number));
        value = (value << 8) | number;
    }
    *out = value;
    return QString();
}

// Checked here, group by group, rather than left to QHostAddress, which takes
// some texts that are not addresses (eight groups and a trailing "::").
QString ipv6Problem(const QString &text)
{
    if (text.isEmpty())
        return Text::tr("it is empty");
    for (const QChar c : text) {
        if (!isHexDigit(c) && c != u':' && c != u'.')
            return Text::tr("'%1' is not a hex digit").arg(c);
    }
    if (const QString colons = ipv6ColonProblem(text); !colons.isEmpty())
        return colons;
    const QStringList groups = text.split(u':');
    qsizetype groupCount = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        if (group.contains(u'.')) {
            if (i != groups.size() - 1)
                return Text::tr("the IPv4 part '%1' must come last").arg(group);
            quint32 ignored = 0;
            if (const QString v4 = ipv4Problem(group, &ignored); !v4.isEmpty())
                return Text::tr("its IPv4 part '%1': %2").arg(group, v4);
            groupCount += 2;
        } else if (group.size() > 4) {
            return Text::tr("group '%1' has more than four hex digits").arg(group);
        } else if (!group.isEmpty()) {
            ++groupCount;
        }
    }
    const bool compressed = text.contains(QStringLiteral("::"));
    if (compressed && groupCount > 7)
        return Text::tr("it has %1 groups and '::', which stands for at least one more: at most seven with '::'")
            .arg(groupCount);
    if (!compressed && groupCount != 8)
        return groupCount > 8 ? Text::tr("it has more than eight groups")
                              : Text::tr("it has %1 groups; without '::' it needs eight").arg(groupCount);
    QHostAddress probe;
    if (probe.setAddress(text) && probe.protocol() == QAbstractSocket::IPv6Protocol)
        return QString();
    return Text::tr("the groups and colons do not form an address");
}

QString zoneProblem(const QString &zone)
{
    if (zone.isEmpty())
        return Text::tr("the zone after '%' is empty; name an interface, e.g. %eth0");
    if (zone.contains(u'%'))
        return Text::tr("the zone '%1' has a second '%'").arg(zone);
    // What no interface name holds, and what would break "[addr%zone]:port".
    for (const QChar c : zone) {
        if (c.isSpace() || c == u'/' || c == u':' || c == u'[' || c == u']')
            return Text::tr("the zone '%1' holds '%2', which no interface name has").arg(zone, QString(c));
    }
    return QString();
}


} // namespace AddressText
} // namespace Sockpit
