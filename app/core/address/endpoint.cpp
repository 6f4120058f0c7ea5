#include "endpoint.h"

#include "address.h"
#include "addresstext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Sockpit {

namespace {

// The context lupdate and the translator agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::EndpointParser)
};

bool looksLikeIPv4Attempt(const QString &text)
{
    // At least one digit: "." alone is a (broken) host name, not an address.
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]*[0-9][0-9.]*$"));
    return digitsAndDots.match(text).hasMatch();
}

// RFC 1123 host name: labels of letters, digits and hyphens, not starting or
// ending with a hyphen, 1–63 characters each, 253 in all.
QString hostNameError(const QString &text)
{
    if (text.size() > 253)
        return Text::tr("host name '%1' is longer than 253 characters").arg(text.left(40) + u'…');
    const QStringList labels = text.split(u'.');
    for (int i = 0; i < labels.size(); ++i) {
        const QString &label = labels.at(i);
        if (label.isEmpty()) {
            if (i == labels.size() - 1 && i > 0)
                continue; // a trailing dot (fully qualified) is fine
            return Text::tr("host name '%1' has an empty part between dots").arg(text);
        }
        if (label.size() > 63)
            return Text::tr("host name '%1' has a part longer than 63 characters").arg(text);
        for (const QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
            if (!ok)
                return Text::tr("'%1' is not a valid host name: '%2' is not allowed").arg(text, QString(c));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Text::tr("'%1' is not a valid host name: a part starts or ends with '-'").arg(text);
    }
    return QString();
}

} // namespace

QString Endpoint::toString() const
{
    return Address::hostPort(host, port);
}

namespace EndpointParser {

Result<quint16> parsePort(const QString &text, PortUse use)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<quint16>::failure(Text::tr("the port is empty"));
    for (const QChar c : trimmed) {
        if (c < u'0' || c > u'9')
            return Result<quint16>::failure(Text::tr("port '%1' is not a number").arg(trimmed));
    }
    bool ok = false;
    const qulonglong value = trimmed.size() > 9 ? 9999999999ULL : trimmed.toULongLong(&ok);
    const quint64 minimum = use == PortUse::Bind ? 0 : 1;
    if (value < minimum || value > 65535) {
        return Result<quint16>::failure(use == PortUse::Bind
                                            ? Text::tr("port %1 is out of range 0–65535").arg(trimmed)
                                            : Text::tr("port %1 is out of range 1–65535").arg(trimmed));
    }
    return Result<quint16>::success(quint16(value));
}

Result<QHostAddress> parseHost(const QString &text)
{
    QString host = text.trimmed();
    if (host.isEmpty())
        return Result<QHostAddress>::failure(Text::tr("the host is empty"));
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    if (bracketed) {
        host = host.mid(1, host.size() - 2).trimmed();
        if (host.isEmpty())
            return Result<QHostAddress>::failure(Text::tr("the host is empty"));
        // Brackets are for IPv6 addresses only.
        if (!host.contains(u':'))
            return Result<QHostAddress>::failure(Text::tr("'%1' is not an IPv6 address").arg(host));
    }

    if (!bracketed && (host.startsWith(u'[') || host.endsWith(u']')))
        return Result<QHostAddress>::failure(Text::tr("'%1' is not an IPv6 address: its brackets do not pair").arg(host));
    if (host.contains(u':')) {
        const qsizetype percent = host.indexOf(u'%');
        QString problem = AddressText::ipv6Problem(percent < 0 ? host : host.left(percent));
        if (problem.isEmpty() && percent >= 0)
            problem = AddressText::zoneProblem(host.mid(percent + 1));
        QHostAddress address;
        if (problem.isEmpty() && (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol))
            problem = Text::tr("the groups and colons do not form an address");
        if (!problem.isEmpty())
            return Result<QHostAddress>::failure(Text::tr("'%1' is not an IPv6 address: %2").arg(host, problem));
        return Result<QHostAddress>::success(address);
    }
    if (looksLikeIPv4Attempt(host)) {
        const QStringList octets = host.split(u'.');
        if (octets.size() != 4)
            return Result<QHostAddress>::failure(Text::tr("'%1' is not an IPv4 address: it needs four numbers separated by dots").arg(host));
        quint32 value = 0;
        for (const QString &octet : octets) {
            if (octet.isEmpty())
                return Result<QHostAddress>::failure(Text::tr("'%1' is not an IPv4 address: a number is missing").arg(host));
            bool ok = false;
            const uint number = octet.toUInt(&ok, 10);
            if (!ok || number > 255)
                return Result<QHostAddress>::failure(Text::tr("'%1' is not an IPv4 address: %2 is over 255").arg(host, octet));
            value = (value << 8) | number;
        }
        // Built from the decimal numbers: QHostAddress would read "010" as octal 8.
        return Result<QHostAddress>::success(QHostAddress(value));
    }
    const QString error = hostNameError(host);
    if (!error.isEmpty())
        return Result<QHostAddress>::failure(error);
    return Result<QHostAddress>::success(QHostAddress());
}

Result<Endpoint> parseHostPort(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Endpoint>::failure(Text::tr("the address is empty; expected HOST:PORT"));

    QString hostPart;
    QString portPart;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0)
            return Result<Endpoint>::failure(Text::tr("'%1' has '[' without a closing ']'").arg(trimmed));
        hostPart = trimmed.left(close + 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.startsWith(u':'))
            return Result<Endpoint>::failure(Text::tr("'%1' needs ':PORT' after ']'").arg(trimmed));
        portPart = rest.mid(1);
    } else {
        const qsizetype colon = trimmed.lastIndexOf(u':');
        if (colon < 0)
            return Result<Endpoint>::failure(Text::tr("'%1' has no port; expected HOST:PORT").arg(trimmed));
        if (trimmed.indexOf(u':') != colon)
            return Result<Endpoint>::failure(Text::tr("'%1' is ambiguous: write an IPv6 address as [ADDRESS]:PORT").arg(trimmed));
        hostPart = trimmed.left(colon);
        portPart = trimmed.mid(colon + 1);
    }

    const Result<QHostAddress> host = parseHost(hostPart);
    if (!host.ok())
        return Result<Endpoint>::failure(host.error);
    const Result<quint16> port = parsePort(portPart, PortUse::Connect);
    if (!port.ok())
        return Result<Endpoint>::failure(port.error);
    return Result<Endpoint>::success(Endpoint{Address::withoutBrackets(hostPart), host.value, port.value});
}

Result<Endpoint> parseBindSpec(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Endpoint>::failure(Text::tr("the address is empty; expected [HOST:]PORT"));

    QString hostPart;
    QString portPart = trimmed;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0 || !trimmed.mid(close + 1).startsWith(u':'))
            return Result<Endpoint>::failure(Text::tr("'%1' is not [ADDRESS]:PORT").arg(trimmed));
        hostPart = trimmed.left(close + 1);
        portPart = trimmed.mid(close + 2);
    } else if (trimmed.count(u':') == 1) {
        hostPart = trimmed.section(u':', 0, 0);
        portPart = trimmed.section(u':', 1);
    } else if (trimmed.count(u':') > 1) {
        return Result<Endpoint>::failure(Text::tr("'%1' is ambiguous: write an IPv6 address as [ADDRESS]:PORT").arg(trimmed));
    }

    const Result<quint16> port = parsePort(portPart, PortUse::Bind);
    if (!port.ok())
        return Result<Endpoint>::failure(port.error);
    if (hostPart.trimmed().isEmpty() || hostPart == u"*")
        return Result<Endpoint>::success(Endpoint{QString(), QHostAddress(QHostAddress::Any), port.value});

    const Result<QHostAddress> host = parseHost(hostPart);
    if (!host.ok())
        return Result<Endpoint>::failure(host.error);
    if (host.value.isNull())
        return Result<Endpoint>::failure(Text::tr("'%1' is a host name; binding needs a local IP address").arg(hostPart));
    return Result<Endpoint>::success(Endpoint{Address::withoutBrackets(hostPart), host.value, port.value});
}

} // namespace EndpointParser
} // namespace Sockpit
