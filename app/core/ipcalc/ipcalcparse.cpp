#include "ipcalc.h"

#include "address.h"
#include "addresstext.h"

#include <QCoreApplication>
#include <QStringList>

namespace Sockpit {
namespace IpCalc {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::IpCalc)
};

// ---- parsing ---------------------------------------------------------------------

using AddressText::ipv4Problem;
using AddressText::ipv6Problem;
using AddressText::isAsciiDigit;
using AddressText::withoutLeadingZeros;
using AddressText::zoneProblem;

// Chinese input methods type full-width digits and "。" for a dot; NFKC folds
// the full-width forms to ASCII, and the ideographic full stop is mapped by hand.
QString normalizedTyping(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x3002), u'.');
    return s.trimmed();
}

Result<int> parsePrefix(const QString &text, int maxPrefix)
{
    if (text.isEmpty())
        return Result<int>::failure(Texts::tr("the prefix after '/' is missing"));
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return Result<int>::failure(Texts::tr("prefix '%1' is not a number (expected 0–%2)").arg(text).arg(maxPrefix));
    }
    const QStringView significant = withoutLeadingZeros(text);
    const int value = significant.size() > 3 ? 1000 : significant.toInt();
    if (value > maxPrefix) {
        return Result<int>::failure(maxPrefix == 32
                                        ? Texts::tr("prefix /%1 is over 32: an IPv4 prefix is 0–32").arg(text)
                                        : Texts::tr("prefix /%1 is over 128: an IPv6 prefix is 0–128").arg(text));
    }
    return Result<int>::success(value);
}

// Splits "ADDRESS[/ ]REST" at the first '/' or space.
void splitInput(const QString &text, QString *address, QString *rest, bool *hasSeparator)
{
    qsizetype cut = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'/' || text.at(i).isSpace()) {
            cut = i;
            break;
        }
    }
    *hasSeparator = cut >= 0;
    if (cut < 0) {
        *address = text;
        rest->clear();
        return;
    }
    *address = text.left(cut);
    QString after = text.mid(cut).trimmed();
    if (after.startsWith(u'/'))
        after = after.mid(1).trimmed();
    *rest = after;
}

} // namespace

// ---- parsing -------------------------------------------------------------------

Result<quint32> parseIpv4(const QString &text)
{
    const QString s = normalizedTyping(text);
    quint32 value = 0;
    const QString problem = ipv4Problem(s, &value);
    if (!problem.isEmpty())
        return Result<quint32>::failure(Texts::tr("'%1' is not an IPv4 address: %2").arg(s, problem));
    return Result<quint32>::success(value);
}

Result<int> parseNetmask(const QString &text)
{
    const QString s = normalizedTyping(text);
    quint32 mask = 0;
    const QString problem = ipv4Problem(s, &mask);
    if (!problem.isEmpty())
        return Result<int>::failure(Texts::tr("'%1' is not a netmask: %2").arg(s, problem));
    const int prefix = ipv4PrefixOfMask(mask);
    if (prefix >= 0)
        return Result<int>::success(prefix);
    const int inversePrefix = ipv4PrefixOfMask(~mask);
    if (inversePrefix >= 0) {
        return Result<int>::failure(
            Texts::tr("'%1' is not a netmask: its 1 bits must come first; it looks like a wildcard mask, the inverse of %2 (/%3)")
                .arg(s, ipv4ToString(~mask))
                .arg(inversePrefix));
    }
    return Result<int>::failure(Texts::tr("'%1' is not a netmask: its 1 bits are not contiguous (%2)")
                                    .arg(s, ipv4Binary(mask)));
}

Result<QHostAddress> parseIpv6(const QString &text)
{
    const QString s = Address::withoutBrackets(normalizedTyping(text));
    const qsizetype percent = s.indexOf(u'%');
    const QString bare = percent >= 0 ? s.left(percent) : s;
    QString problem = ipv6Problem(bare);
    if (problem.isEmpty() && percent >= 0)
        problem = zoneProblem(s.mid(percent + 1));
    if (!problem.isEmpty())
        return Result<QHostAddress>::failure(Texts::tr("'%1' is not an IPv6 address: %2").arg(s, problem));
    return Result<QHostAddress>::success(QHostAddress(bare));
}

Result<QHostAddress> parseAddress(const QString &text)
{
    const QString s = normalizedTyping(text);
    if (s.isEmpty())
        return Result<QHostAddress>::failure(Texts::tr("the address is empty"));
    if (s.contains(u':'))
        return parseIpv6(s);
    const Result<quint32> v4 = parseIpv4(s);
    if (!v4.ok())
        return Result<QHostAddress>::failure(v4.error);
    return Result<QHostAddress>::success(QHostAddress(v4.value));
}

namespace {

/// An IPv6 address with its zone, and "/N" after it when there was a separator.
Result<Input> ipv6Input(QString addressText, const QString &rest, bool hasSeparator)
{
    // "[::1]%eth0" or "[::1]:80": brackets closed before the end (matched ones are gone by now).
    if (const qsizetype close = addressText.indexOf(u']'); addressText.startsWith(u'[') && close > 0) {
        const QString inside = addressText.mid(1, close - 1);
        const QString after = addressText.mid(close + 1);
        if (after.startsWith(u'%'))
            return Result<Input>::failure(Texts::tr("the zone goes inside the brackets: [%1%2]").arg(inside, after));
        if (after.startsWith(u':'))
            return Result<Input>::failure(
                Texts::tr("'%1' has a port: the calculator takes an address and its prefix, e.g. %2/64").arg(addressText, inside));
    }
    Input input;
    const qsizetype percent = addressText.indexOf(u'%');
    if (percent >= 0) {
        input.scopeId = addressText.mid(percent + 1);
        addressText.truncate(percent);
        if (const QString problem = zoneProblem(input.scopeId); !problem.isEmpty())
            return Result<Input>::failure(problem);
    }
    const Result<QHostAddress> v6 = parseIpv6(addressText);
    if (!v6.ok())
        return Result<Input>::failure(v6.error);
    input.address = v6.value;
    if (hasSeparator) {
        if (rest.contains(u'.'))
            return Result<Input>::failure(Texts::tr("an IPv6 address takes a prefix length (/0–/128), not a dotted mask"));
        const Result<int> prefix = parsePrefix(rest, 128);
        if (!prefix.ok())
            return Result<Input>::failure(prefix.error);
        input.prefix = prefix.value;
    }
    return Result<Input>::success(input);
}

/// An IPv4 address, and "/N" or a dotted mask after it when there was a separator.
Result<Input> ipv4Input(const QString &addressText, const QString &rest, bool hasSeparator)
{
    quint32 value = 0;
    const QString problem = ipv4Problem(addressText, &value);
    if (!problem.isEmpty()) {
        bool looksNumeric = true;
        for (const QChar c : addressText)
            looksNumeric = looksNumeric && (isAsciiDigit(c) || c == u'.');
        if (!looksNumeric && addressText.count(u'.') != 3) {
            return Result<Input>::failure(
                Texts::tr("'%1' is not an IP address: type an IPv4 address (192.168.1.10) or an IPv6 address (2001:db8::1); host names are not looked up here")
                    .arg(addressText));
        }
        return Result<Input>::failure(Texts::tr("'%1' is not an IPv4 address: %2").arg(addressText, problem));
    }
    Input input;
    input.address = QHostAddress(value);
    if (!hasSeparator)
        return Result<Input>::success(input);
    input.fromMask = rest.contains(u'.');
    const Result<int> prefix = input.fromMask ? parseNetmask(rest) : parsePrefix(rest, 32);
    if (!prefix.ok())
        return Result<Input>::failure(prefix.error);
    input.prefix = prefix.value;
    return Result<Input>::success(input);
}

} // namespace

Result<Input> parseInput(const QString &text)
{
    const QString s = normalizedTyping(text);
    if (s.isEmpty()) {
        return Result<Input>::failure(
            Texts::tr("the address is empty: type an IPv4 or IPv6 address, e.g. 192.168.1.10/24 or 2001:db8::1/64"));
    }
    QString addressText;
    QString rest;
    bool hasSeparator = false;
    splitInput(s, &addressText, &rest, &hasSeparator);

    QString extra;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == u'/' || rest.at(i).isSpace()) {
            extra = rest.mid(i).trimmed();
            rest = rest.left(i);
            break;
        }
    }
    if (!extra.isEmpty() && rest.isEmpty()) {
        return Result<Input>::failure(
            Texts::tr("unexpected '%1': one '/' or space goes between the address and its prefix").arg(extra));
    }
    if (!extra.isEmpty())
        return Result<Input>::failure(Texts::tr("unexpected '%1' after '%2'").arg(extra, rest));

    addressText = Address::withoutBrackets(addressText);
    if (addressText.isEmpty())
        return Result<Input>::failure(Texts::tr("the address before the prefix is missing, e.g. 192.168.1.0/24"));
    return addressText.contains(u':') ? ipv6Input(addressText, rest, hasSeparator)
                                      : ipv4Input(addressText, rest, hasSeparator);
}

PrefixSource prefixSource(const Input &input)
{
    if (input.hasPrefix())
        return input.fromMask ? PrefixSource::Mask : PrefixSource::Given;
    if (input.isIpv4() && ipv4ClassDefaultPrefix(ipv4Class(input.address.toIPv4Address())) > 0)
        return PrefixSource::ClassDefault;
    return PrefixSource::SingleAddress;
}

int effectivePrefix(const Input &input)
{
    switch (prefixSource(input)) {
    case PrefixSource::Given:
    case PrefixSource::Mask:
        return input.prefix;
    case PrefixSource::ClassDefault:
        return ipv4ClassDefaultPrefix(ipv4Class(input.address.toIPv4Address()));
    case PrefixSource::SingleAddress:
        break;
    }
    return input.maxPrefix();
}

} // namespace IpCalc
} // namespace Sockpit
