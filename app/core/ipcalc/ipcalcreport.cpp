#include "ipcalcreport.h"

namespace Sockpit {

using namespace IpCalc;

namespace {

/// A sentence in English (for the stable command-line value) and in the
/// current language (for people); arguments go into both.
struct Phrase
{
    QString english;
    QString local;

    Phrase arg(const QString &a) const { return {english.arg(a), local.arg(a)}; }
    Phrase arg(qint64 a) const { return {english.arg(a), local.arg(a)}; }
    Phrase arg(const Phrase &a) const { return {english.arg(a.english), local.arg(a.local)}; }
};

Phrase phrase(const char *source)
{
    return {QString::fromUtf8(source), IpCalcReport::tr(source)};
}

IpCalcLine line(const QString &key, const QString &value)
{
    return IpCalcLine{key, IpCalcReport::label(key), value, value, false};
}

IpCalcLine line(const QString &key, const QString &value, const QString &text)
{
    return IpCalcLine{key, IpCalcReport::label(key), value, text, false};
}

IpCalcLine line(const QString &key, const Phrase &p)
{
    return IpCalcLine{key, IpCalcReport::label(key), p.english, p.local, false};
}

IpCalcLine line(const QString &key, const QString &value, const Phrase &p)
{
    return IpCalcLine{key, IpCalcReport::label(key), value, p.local, false};
}

IpCalcLine bitsLine(const QString &key, const QString &value)
{
    IpCalcLine l = line(key, value);
    l.bits = true;
    return l;
}

QString number(quint64 n)
{
    return QString::number(n);
}

QString address6(const QHostAddress &a)
{
    return ipv6Compressed(a.toIPv6Address());
}

} // namespace

QString IpCalcReport::label(const QString &key)
{
    struct Label { const char *key; const char *label; };
    static const Label labels[] = {
        {"version", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "IP version")},
        {"address", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Address")},
        {"class", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Class")},
        {"class_bits", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Leading bits")},
        {"class_default_mask", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Class default mask")},
        {"class_network_part", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Network part (by class)")},
        {"class_host_part", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Host part (by class)")},
        {"class_note", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Class note")},
        {"range", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Range")},
        {"range_cidr", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Range block")},
        {"private", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Private address")},
        {"prefix", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Prefix length")},
        {"prefix_source", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Prefix from")},
        {"netmask", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Netmask")},
        {"wildcard", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Wildcard mask")},
        {"network", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Network address")},
        {"broadcast", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Broadcast address")},
        {"first_host", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "First usable host")},
        {"last_host", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Last usable host")},
        {"usable_hosts", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Usable hosts")},
        {"total_addresses", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Addresses in the network")},
        {"address_role", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "This address is")},
        {"binary", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Binary (network|host)")},
        {"netmask_binary", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Netmask in binary")},
        {"hex", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Hexadecimal")},
        {"integer", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "32-bit integer")},
        {"expanded", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Expanded form")},
        {"scope_id", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Zone (scope id)")},
        {"type", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Type")},
        {"type_range", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Type block")},
        {"mapped_ipv4", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Embedded IPv4 address")},
        {"multicast_scope", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Multicast scope")},
        {"multicast_lifetime", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Multicast group")},
        {"first_address", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "First address")},
        {"last_address", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Last address")},
        {"addresses", QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "Number of addresses")},
    };
    for (const Label &l : labels) {
        if (key == QLatin1String(l.key))
            return tr(l.label);
    }
    return key;
}

QList<IpCalcLine> IpCalcReport::describe(const Input &input)
{
    QList<IpCalcLine> lines;
    if (input.isIpv4())
        describeIpv4(input, lines);
    else
        describeIpv6(input, lines);
    return lines;
}

namespace {

// The classful view, as the tutorial teaches it.
void addIpv4Class(quint32 address, QList<IpCalcLine> &lines)
{
    const Ipv4Class cls = ipv4Class(address);
    const QString letter = ipv4ClassLetter(cls);
    static const char *const firstOctets[] = {"1–126", "128–191", "192–223", "224–239", "240–255"};
    const QString octets = QString::fromUtf8(firstOctets[int(cls)]);
    Phrase classText = isIpv4ClassASpecial(address)
                           ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "%1 by the leading bit only: not a class A network (first octet %2)"))
                           : cls == Ipv4Class::D ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "%1, multicast (first octet %2)"))
                           : cls == Ipv4Class::E ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "%1, reserved (first octet %2)"))
                                                 : phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "%1 (first octet %2)"));
    lines << line(QStringLiteral("class"), letter, classText.arg(letter).arg(octets));
    lines << line(QStringLiteral("class_bits"), ipv4ClassLeadingBits(cls));

    const int classPrefix = ipv4ClassDefaultPrefix(cls);
    if (classPrefix > 0) {
        const QString mask = ipv4ToString(ipv4Mask(classPrefix));
        lines << line(QStringLiteral("class_default_mask"), mask,
                      mask + QStringLiteral(" (/") + QString::number(classPrefix) + u')');
    } else {
        const Phrase none = cls == Ipv4Class::D
                                ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "none: a class D address names a multicast group, it has no network and host parts"))
                                : phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "none: class E is reserved for experiments, it has no network and host parts"));
        lines << line(QStringLiteral("class_default_mask"), QStringLiteral("none"), none);
    }
    if (isIpv4ClassASpecial(address)) {
        const Phrase note = (address >> 24) == 0
            ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "0.x.x.x means \"this network\": its leading bit 0 is class A's, but it is not a class A network (those are 1–126)"))
            : phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "127.x.x.x is loopback, this machine itself: its leading bit 0 is class A's, but it is not a class A network (those are 1–126)"));
        lines << line(QStringLiteral("class_note"), note);
    } else if (classPrefix > 0) {
        const QStringList parts = ipv4ToString(address).split(u'.');
        const int networkOctets = classPrefix / 8;
        lines << line(QStringLiteral("class_network_part"), parts.mid(0, networkOctets).join(u'.'));
        lines << line(QStringLiteral("class_host_part"), parts.mid(networkOctets).join(u'.'));
    }

}

// Special-purpose ranges.
void addIpv4Range(quint32 address, QList<IpCalcLine> &lines)
{
    const Ipv4RangeInfo range = ipv4Range(address);
    QString token;
    Phrase rangeText;
    switch (range.range) {
    case Ipv4Range::ThisNetwork:
        token = QStringLiteral("this-network");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "\"this network\" (RFC 1122): only a source address while a host learns its own; 0.0.0.0 also means \"any address\" when listening"));
        break;
    case Ipv4Range::Private10:
    case Ipv4Range::Private172:
    case Ipv4Range::Private192:
        token = QStringLiteral("private");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "private network (RFC 1918): for local networks, not routed on the internet"));
        break;
    case Ipv4Range::SharedAddress:
        token = QStringLiteral("shared");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "shared address space (RFC 6598): between a provider's carrier-grade NAT and its customers"));
        break;
    case Ipv4Range::Loopback:
        token = QStringLiteral("loopback");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "loopback (RFC 1122): this machine itself; packets never leave it"));
        break;
    case Ipv4Range::LinkLocal:
        token = QStringLiteral("link-local");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "link-local (RFC 3927): self-assigned when no DHCP server answers; not routed"));
        break;
    case Ipv4Range::Documentation1:
    case Ipv4Range::Documentation2:
    case Ipv4Range::Documentation3:
        token = QStringLiteral("documentation");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "documentation (RFC 5737): for examples in books and manuals, never used on a network"));
        break;
    case Ipv4Range::Benchmarking:
        token = QStringLiteral("benchmarking");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "benchmarking (RFC 2544): for testing network equipment"));
        break;
    case Ipv4Range::LocalMulticast:
        token = QStringLiteral("local-multicast");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "local network control multicast (RFC 5771): never forwarded by routers (224.0.0.1 all hosts, 224.0.0.2 all routers)"));
        break;
    case Ipv4Range::Multicast:
        token = QStringLiteral("multicast");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "multicast (class D): one packet to a group of hosts"));
        break;
    case Ipv4Range::Reserved:
        token = QStringLiteral("reserved");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "reserved (class E): for future use, not usable on networks"));
        break;
    case Ipv4Range::LimitedBroadcast:
        token = QStringLiteral("limited-broadcast");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "limited broadcast: every host on the local network; routers never forward it"));
        break;
    case Ipv4Range::Public:
        token = QStringLiteral("public");
        rangeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "public: a global internet address"));
        break;
    }
    lines << line(QStringLiteral("range"), token, rangeText);
    if (range.range != Ipv4Range::Public)
        lines << line(QStringLiteral("range_cidr"), range.cidr());
    const bool privateRange = isPrivate(range.range);
    lines << line(QStringLiteral("private"), privateRange ? QStringLiteral("yes") : QStringLiteral("no"),
                  privateRange ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "yes, %1")).arg(range.cidr()) : phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "no")));
}

// What kind of IPv6 address it is, in a token and in words.
IpCalcLine ipv6TypeLine(Ipv6Type type)
{
    QString token;
    Phrase typeText;
    switch (type) {
    case Ipv6Type::Unspecified:
        token = QStringLiteral("unspecified");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "unspecified (::): no address yet; \"any address\" when listening"));
        break;
    case Ipv6Type::Loopback:
        token = QStringLiteral("loopback");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "loopback (::1): this machine itself"));
        break;
    case Ipv6Type::Ipv4Mapped:
        token = QStringLiteral("ipv4-mapped");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "IPv4-mapped (::ffff:0:0/96): an IPv4 address seen through an IPv6 socket"));
        break;
    case Ipv6Type::Documentation:
        token = QStringLiteral("documentation");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "documentation (2001:db8::/32, RFC 3849): for examples, never used on a network"));
        break;
    case Ipv6Type::GlobalUnicast:
        token = QStringLiteral("global-unicast");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "global unicast (2000::/3): a public internet address"));
        break;
    case Ipv6Type::UniqueLocal:
        token = QStringLiteral("unique-local");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "unique local (fc00::/7, RFC 4193): the private range of IPv6, not routed on the internet"));
        break;
    case Ipv6Type::LinkLocal:
        token = QStringLiteral("link-local");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "link-local (fe80::/10): valid only on one link; every IPv6 interface has one"));
        break;
    case Ipv6Type::SiteLocal:
        token = QStringLiteral("site-local");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "site-local (fec0::/10): deprecated by RFC 3879, replaced by unique local"));
        break;
    case Ipv6Type::Multicast:
        token = QStringLiteral("multicast");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "multicast (ff00::/8): one packet to a group of hosts"));
        break;
    case Ipv6Type::Reserved:
        token = QStringLiteral("reserved");
        typeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "reserved by the IETF: not allocated for use"));
        break;
    }
    return line(QStringLiteral("type"), token, typeText);
}

} // namespace

void IpCalcReport::describeIpv4(const Input &input, QList<IpCalcLine> &lines)
{
    const quint32 address = input.address.toIPv4Address();
    const Ipv4Class cls = ipv4Class(address);
    const QString letter = ipv4ClassLetter(cls);

    lines << line(QStringLiteral("version"), QStringLiteral("4"), QStringLiteral("IPv4"));
    lines << line(QStringLiteral("address"), ipv4ToString(address));

    addIpv4Class(address, lines);
    addIpv4Range(address, lines);

    // The network the prefix defines.
    const int prefix = effectivePrefix(input);
    const Ipv4Network net{address, prefix};
    lines << line(QStringLiteral("prefix"), QString::number(prefix), QStringLiteral("/") + QString::number(prefix));
    switch (prefixSource(input)) {
    case PrefixSource::Given:
        lines << line(QStringLiteral("prefix_source"), QStringLiteral("given"), phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "typed")));
        break;
    case PrefixSource::Mask:
        lines << line(QStringLiteral("prefix_source"), QStringLiteral("mask"),
                      phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "the netmask %1")).arg(ipv4ToString(net.netmask())));
        break;
    case PrefixSource::ClassDefault:
        lines << line(QStringLiteral("prefix_source"), QStringLiteral("class-default"),
                      phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "none typed: class %1's default mask")).arg(letter));
        break;
    case PrefixSource::SingleAddress:
        lines << line(QStringLiteral("prefix_source"), QStringLiteral("single-address"),
                      phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "none typed: class %1 has no default mask, so one address")).arg(letter));
        break;
    }
    lines << line(QStringLiteral("netmask"), ipv4ToString(net.netmask()));
    lines << line(QStringLiteral("wildcard"), ipv4ToString(net.wildcard()));
    lines << line(QStringLiteral("network"), ipv4ToString(net.network()));
    if (net.hasBroadcast()) {
        lines << line(QStringLiteral("broadcast"), ipv4ToString(net.broadcast()));
    } else {
        lines << line(QStringLiteral("broadcast"), QStringLiteral("none"),
                      prefix == 31 ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "none: a /31 is a point-to-point link (RFC 3021)"))
                                   : phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "none: a /32 is a single address")));
    }
    lines << line(QStringLiteral("first_host"), ipv4ToString(net.firstHost()));
    lines << line(QStringLiteral("last_host"), ipv4ToString(net.lastHost()));
    const QString usable = number(net.usableHosts());
    if (prefix == 31) {
        lines << line(QStringLiteral("usable_hosts"), usable,
                      phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "%1 (both ends of a point-to-point link, RFC 3021)")).arg(usable));
    } else if (prefix == 32) {
        lines << line(QStringLiteral("usable_hosts"), usable, phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "%1 (a single host)")).arg(usable));
    } else {
        lines << line(QStringLiteral("usable_hosts"), usable,
                      phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "%1 (2^%2 − 2: the network and broadcast addresses are not hosts)"))
                          .arg(usable)
                          .arg(32 - prefix));
    }
    lines << line(QStringLiteral("total_addresses"), number(net.totalAddresses()));
    if (net.hasBroadcast() && address == net.network()) {
        lines << line(QStringLiteral("address_role"), QStringLiteral("network"),
                      phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "the network address: it names the network, no host may use it")));
    } else if (net.hasBroadcast() && address == net.broadcast()) {
        lines << line(QStringLiteral("address_role"), QStringLiteral("broadcast"),
                      phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "the broadcast address: a packet to it reaches every host of the network")));
    } else {
        lines << line(QStringLiteral("address_role"), QStringLiteral("host"), phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "a host address")));
    }
    lines << bitsLine(QStringLiteral("binary"), ipv4Binary(address, prefix));
    lines << bitsLine(QStringLiteral("netmask_binary"), ipv4Binary(net.netmask(), prefix));
    lines << line(QStringLiteral("hex"), QStringLiteral("0x") + QStringLiteral("%1").arg(address, 8, 16, QLatin1Char('0')).toUpper());
    lines << line(QStringLiteral("integer"), number(address));
}

void IpCalcReport::describeIpv6(const Input &input, QList<IpCalcLine> &lines)
{
    const Q_IPV6ADDR address = input.address.toIPv6Address();
    lines << line(QStringLiteral("version"), QStringLiteral("6"), QStringLiteral("IPv6"));
    lines << line(QStringLiteral("address"), ipv6Compressed(address));
    lines << bitsLine(QStringLiteral("expanded"), ipv6Expanded(address));
    if (!input.scopeId.isEmpty())
        lines << line(QStringLiteral("scope_id"), input.scopeId);

    const Ipv6Type type = ipv6Type(address);
    lines << ipv6TypeLine(type);
    if (type != Ipv6Type::Reserved)
        lines << line(QStringLiteral("type_range"), ipv6TypeRange(type));
    const bool privateRange = type == Ipv6Type::UniqueLocal;
    lines << line(QStringLiteral("private"), privateRange ? QStringLiteral("yes") : QStringLiteral("no"),
                  privateRange ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "yes, %1")).arg(ipv6TypeRange(type)) : phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "no")));

    if (type == Ipv6Type::Ipv4Mapped)
        lines << line(QStringLiteral("mapped_ipv4"), ipv4ToString(ipv6MappedIpv4(address)));
    if (type == Ipv6Type::Multicast) {
        const int scope = ipv6MulticastScope(address);
        QString scopeToken;
        Phrase scopeText;
        switch (scope) {
        case 0x1:
            scopeToken = QStringLiteral("interface-local");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "interface-local (1): loopback only"));
            break;
        case 0x2:
            scopeToken = QStringLiteral("link-local");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "link-local (2): this link only, never routed"));
            break;
        case 0x3:
            scopeToken = QStringLiteral("realm-local");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "realm-local (3)"));
            break;
        case 0x4:
            scopeToken = QStringLiteral("admin-local");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "admin-local (4): configured by administrators"));
            break;
        case 0x5:
            scopeToken = QStringLiteral("site-local");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "site-local (5): one site"));
            break;
        case 0x8:
            scopeToken = QStringLiteral("organization-local");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "organization-local (8): one organization's sites"));
            break;
        case 0xe:
            scopeToken = QStringLiteral("global");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "global (14): the whole internet"));
            break;
        case 0x0:
        case 0xf:
            scopeToken = QStringLiteral("reserved");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "reserved (%1)")).arg(scope);
            break;
        default:
            scopeToken = QStringLiteral("unassigned");
            scopeText = phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "unassigned (%1)")).arg(scope);
            break;
        }
        lines << line(QStringLiteral("multicast_scope"), scopeToken, scopeText);
        const bool transient = ipv6MulticastTransient(address);
        lines << line(QStringLiteral("multicast_lifetime"),
                      transient ? QStringLiteral("transient") : QStringLiteral("permanent"),
                      transient ? phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "transient (assigned dynamically)"))
                                : phrase(QT_TRANSLATE_NOOP("Sockpit::IpCalcReport", "permanent (well-known, assigned by IANA)")));
    }

    if (!input.hasPrefix())
        return;
    const int prefix = input.prefix;
    lines << line(QStringLiteral("prefix"), QString::number(prefix), QStringLiteral("/") + QString::number(prefix));
    lines << line(QStringLiteral("netmask"), ipv6Compressed(ipv6Mask(prefix)));
    lines << line(QStringLiteral("network"), address6(QHostAddress(ipv6Network(address, prefix))));
    lines << line(QStringLiteral("first_address"), address6(QHostAddress(ipv6Network(address, prefix))));
    lines << line(QStringLiteral("last_address"), address6(QHostAddress(ipv6LastAddress(address, prefix))));
    const QString count = powerOfTwo(128 - prefix);
    lines << line(QStringLiteral("addresses"), count,
                  QStringLiteral("%1 (2^%2)").arg(count).arg(128 - prefix));
}

QString IpCalcReport::headline(const Input &input)
{
    QStringList parts;
    const int prefix = effectivePrefix(input);
    if (input.isIpv4()) {
        const quint32 address = input.address.toIPv4Address();
        parts << tr("Class %1").arg(ipv4ClassLetter(ipv4Class(address)));
        const Ipv4RangeInfo range = ipv4Range(address);
        switch (range.range) {
        case Ipv4Range::ThisNetwork: parts << tr("\"this network\" %1").arg(range.cidr()); break;
        case Ipv4Range::Private10:
        case Ipv4Range::Private172:
        case Ipv4Range::Private192: parts << tr("private network %1").arg(range.cidr()); break;
        case Ipv4Range::SharedAddress: parts << tr("shared address space %1").arg(range.cidr()); break;
        case Ipv4Range::Loopback: parts << tr("loopback %1").arg(range.cidr()); break;
        case Ipv4Range::LinkLocal: parts << tr("link-local %1").arg(range.cidr()); break;
        case Ipv4Range::Documentation1:
        case Ipv4Range::Documentation2:
        case Ipv4Range::Documentation3: parts << tr("documentation %1").arg(range.cidr()); break;
        case Ipv4Range::Benchmarking: parts << tr("benchmarking %1").arg(range.cidr()); break;
        case Ipv4Range::LocalMulticast: parts << tr("local network multicast %1").arg(range.cidr()); break;
        case Ipv4Range::Multicast: parts << tr("multicast %1").arg(range.cidr()); break;
        case Ipv4Range::Reserved: parts << tr("reserved %1").arg(range.cidr()); break;
        case Ipv4Range::LimitedBroadcast: parts << tr("limited broadcast"); break;
        case Ipv4Range::Public: parts << tr("public"); break;
        }
        const Ipv4Network net{address, prefix};
        parts << ipv4ToString(net.network()) + u'/' + QString::number(prefix);
        parts << tr("usable hosts: %1").arg(net.usableHosts());
    } else {
        const Q_IPV6ADDR address = input.address.toIPv6Address();
        parts << QStringLiteral("IPv6");
        const Ipv6Type type = ipv6Type(address);
        switch (type) {
        case Ipv6Type::Unspecified: parts << tr("unspecified"); break;
        case Ipv6Type::Loopback: parts << tr("loopback"); break;
        case Ipv6Type::Ipv4Mapped: parts << tr("IPv4-mapped %1").arg(ipv4ToString(ipv6MappedIpv4(address))); break;
        case Ipv6Type::Documentation: parts << tr("documentation"); break;
        case Ipv6Type::GlobalUnicast: parts << tr("global unicast"); break;
        case Ipv6Type::UniqueLocal: parts << tr("unique local (private)"); break;
        case Ipv6Type::LinkLocal: parts << tr("link-local"); break;
        case Ipv6Type::SiteLocal: parts << tr("site-local (deprecated)"); break;
        case Ipv6Type::Multicast: parts << tr("multicast"); break;
        case Ipv6Type::Reserved: parts << tr("reserved"); break;
        }
        if (input.hasPrefix()) {
            parts << ipv6Compressed(ipv6Network(address, prefix)) + u'/' + QString::number(prefix);
            parts << tr("2^%1 addresses").arg(128 - prefix);
        }
    }
    return parts.join(QStringLiteral(" · "));
}

SameNetworkAnswer IpCalcReport::sameNetwork(const Input &input, const QHostAddress &other)
{
    SameNetworkAnswer answer;
    const bool otherIpv4 = other.protocol() == QAbstractSocket::IPv4Protocol;
    if (otherIpv4 != input.isIpv4()) {
        answer.text = tr("%1 and %2 are of different IP versions: they are never on the same network")
                          .arg(input.address.toString(), other.toString());
        return answer;
    }
    answer.comparable = true;
    const int prefix = effectivePrefix(input);
    QString thisAddress;
    QString otherAddress;
    QString networkText;
    bool isNetworkAddress = false;
    bool isBroadcastAddress = false;
    if (input.isIpv4()) {
        const Ipv4Network net{input.address.toIPv4Address(), prefix};
        const quint32 o = other.toIPv4Address();
        answer.same = net.contains(o);
        thisAddress = ipv4ToString(net.address);
        otherAddress = ipv4ToString(o);
        networkText = ipv4ToString(net.network()) + u'/' + QString::number(prefix);
        isNetworkAddress = net.hasBroadcast() && o == net.network();
        isBroadcastAddress = net.hasBroadcast() && o == net.broadcast();
    } else {
        const Q_IPV6ADDR a = input.address.toIPv6Address();
        const Q_IPV6ADDR o = other.toIPv6Address();
        answer.same = ipv6SameNetwork(a, o, prefix);
        thisAddress = ipv6Compressed(a);
        otherAddress = ipv6Compressed(o);
        networkText = ipv6Compressed(ipv6Network(a, prefix)) + u'/' + QString::number(prefix);
    }
    if (!answer.same) {
        answer.text = tr("No: %1 is outside %2. %3 reaches it through its default gateway, and could not use it as the gateway.")
                          .arg(otherAddress, networkText, thisAddress);
    } else if (otherAddress == thisAddress) {
        answer.text = tr("Yes: it is the same address, %1.").arg(thisAddress);
    } else if (isNetworkAddress) {
        answer.text = tr("Yes, but %1 is the network address of %2: it names the network and is no host.")
                          .arg(otherAddress, networkText);
    } else if (isBroadcastAddress) {
        answer.text = tr("Yes, but %1 is the broadcast address of %2: it reaches every host and is no gateway.")
                          .arg(otherAddress, networkText);
    } else {
        answer.text = tr("Yes: %1 is on %2 like %3. They reach each other directly, and %1 can be %3's default gateway.")
                          .arg(otherAddress, networkText, thisAddress);
    }
    return answer;
}

} // namespace Sockpit
