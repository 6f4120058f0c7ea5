#include "ipcalc.h"


#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <array>

namespace Sockpit {
namespace IpCalc {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::IpCalc)
};

// ---- 128-bit helpers (IPv6 arithmetic) ---------------------------------------

struct U128
{
    quint64 hi = 0;
    quint64 lo = 0;
};

U128 load(const Q_IPV6ADDR &address)
{
    U128 v;
    for (int i = 0; i < 8; ++i)
        v.hi = (v.hi << 8) | address[i];
    for (int i = 8; i < 16; ++i)
        v.lo = (v.lo << 8) | address[i];
    return v;
}

Q_IPV6ADDR store(U128 v)
{
    Q_IPV6ADDR address;
    for (int i = 7; i >= 0; --i) {
        address[i] = quint8(v.hi & 0xff);
        v.hi >>= 8;
    }
    for (int i = 15; i >= 8; --i) {
        address[i] = quint8(v.lo & 0xff);
        v.lo >>= 8;
    }
    return address;
}

U128 mask128(int prefix)
{
    U128 m;
    if (prefix <= 0)
        return m;
    if (prefix <= 64) {
        m.hi = ~quint64(0) << (64 - prefix);
        return m;
    }
    m.hi = ~quint64(0);
    m.lo = ~quint64(0) << (128 - prefix);
    return m;
}

U128 operator&(U128 a, U128 b) { return {a.hi & b.hi, a.lo & b.lo}; }
U128 operator|(U128 a, U128 b) { return {a.hi | b.hi, a.lo | b.lo}; }
U128 operator~(U128 a) { return {~a.hi, ~a.lo}; }
bool operator==(U128 a, U128 b) { return a.hi == b.hi && a.lo == b.lo; }

U128 add(U128 a, U128 b)
{
    U128 sum;
    sum.lo = a.lo + b.lo;
    sum.hi = a.hi + b.hi + (sum.lo < a.lo ? 1 : 0);
    return sum;
}

/// value << shift as 128 bits, shift 0–127.
U128 shifted(quint64 value, int shift)
{
    U128 v;
    if (shift >= 128)
        return v;
    if (shift >= 64) {
        v.hi = value << (shift - 64);
    } else {
        v.lo = value << shift;
        v.hi = shift == 0 ? 0 : value >> (64 - shift);
    }
    return v;
}

} // namespace

// ---- IPv4 ----------------------------------------------------------------------

quint32 ipv4Mask(int prefix)
{
    if (prefix <= 0)
        return 0;
    if (prefix >= 32)
        return 0xffffffffu;
    return 0xffffffffu << (32 - prefix);
}

int ipv4PrefixOfMask(quint32 mask)
{
    const quint32 hostBits = ~mask;
    // The host bits of a valid mask are all ones from the right: h & (h + 1) == 0.
    if ((hostBits & (hostBits + 1)) != 0)
        return -1;
    return 32 - int(qPopulationCount(hostBits));
}

QString ipv4ToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

QString ipv4Binary(quint32 address, int splitAt)
{
    QString out;
    out.reserve(36);
    for (int bit = 0; bit < 32; ++bit) {
        if (bit == splitAt)
            out += u'|';
        else if (bit > 0 && bit % 8 == 0)
            out += u'.';
        out += (address >> (31 - bit)) & 1 ? u'1' : u'0';
    }
    if (splitAt == 32)
        out += u'|';
    return out;
}

Ipv4Class ipv4Class(quint32 address)
{
    const quint32 first = address >> 24;
    if (first < 128)
        return Ipv4Class::A;   // 0xxxxxxx
    if (first < 192)
        return Ipv4Class::B;   // 10xxxxxx
    if (first < 224)
        return Ipv4Class::C;   // 110xxxxx
    if (first < 240)
        return Ipv4Class::D;   // 1110xxxx
    return Ipv4Class::E;       // 1111xxxx
}

QString ipv4ClassLetter(Ipv4Class c)
{
    static const char letters[] = "ABCDE";
    return QString(QLatin1Char(letters[int(c)]));
}

QString ipv4ClassLeadingBits(Ipv4Class c)
{
    switch (c) {
    case Ipv4Class::A: return QStringLiteral("0");
    case Ipv4Class::B: return QStringLiteral("10");
    case Ipv4Class::C: return QStringLiteral("110");
    case Ipv4Class::D: return QStringLiteral("1110");
    case Ipv4Class::E: return QStringLiteral("1111");
    }
    return QString();
}

int ipv4ClassDefaultPrefix(Ipv4Class c)
{
    switch (c) {
    case Ipv4Class::A: return 8;
    case Ipv4Class::B: return 16;
    case Ipv4Class::C: return 24;
    case Ipv4Class::D:
    case Ipv4Class::E:
        break;
    }
    return -1;
}

bool isIpv4ClassASpecial(quint32 address)
{
    const quint32 first = address >> 24;
    return first == 0 || first == 127;
}

QString Ipv4RangeInfo::cidr() const
{
    if (range == Ipv4Range::Public)
        return QString();
    return ipv4ToString(network) + u'/' + QString::number(prefix);
}

Ipv4RangeInfo ipv4Range(quint32 address)
{
    struct Entry { Ipv4Range range; quint32 network; int prefix; };
    // Most specific first: 224.0.0.0/24 before 224.0.0.0/4, 255.255.255.255 before 240/4.
    static const std::array<Entry, 15> table{{
        {Ipv4Range::ThisNetwork, 0x00000000u, 8},
        {Ipv4Range::Private10, 0x0a000000u, 8},
        {Ipv4Range::SharedAddress, 0x64400000u, 10},
        {Ipv4Range::Loopback, 0x7f000000u, 8},
        {Ipv4Range::LinkLocal, 0xa9fe0000u, 16},
        {Ipv4Range::Private172, 0xac100000u, 12},
        {Ipv4Range::Documentation1, 0xc0000200u, 24},
        {Ipv4Range::Private192, 0xc0a80000u, 16},
        {Ipv4Range::Benchmarking, 0xc6120000u, 15},
        {Ipv4Range::Documentation2, 0xc6336400u, 24},
        {Ipv4Range::Documentation3, 0xcb007100u, 24},
        {Ipv4Range::LocalMulticast, 0xe0000000u, 24},
        {Ipv4Range::Multicast, 0xe0000000u, 4},
        {Ipv4Range::LimitedBroadcast, 0xffffffffu, 32},
        {Ipv4Range::Reserved, 0xf0000000u, 4},
    }};
    for (const Entry &e : table) {
        if ((address & ipv4Mask(e.prefix)) == e.network)
            return Ipv4RangeInfo{e.range, e.network, e.prefix};
    }
    return Ipv4RangeInfo{};
}

bool isPrivate(Ipv4Range range)
{
    return range == Ipv4Range::Private10 || range == Ipv4Range::Private172
           || range == Ipv4Range::Private192;
}

// ---- IPv6 ----------------------------------------------------------------------

namespace {

std::array<quint16, 8> groupsOf(const Q_IPV6ADDR &address)
{
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 8; ++i)
        groups[size_t(i)] = quint16((address[2 * i] << 8) | address[2 * i + 1]);
    return groups;
}

bool isIpv4Mapped(const Q_IPV6ADDR &address)
{
    for (int i = 0; i < 10; ++i) {
        if (address[i] != 0)
            return false;
    }
    return address[10] == 0xff && address[11] == 0xff;
}

} // namespace

QString ipv6Compressed(const Q_IPV6ADDR &address)
{
    if (isIpv4Mapped(address))
        return QStringLiteral("::ffff:") + ipv4ToString(ipv6MappedIpv4(address));
    const std::array<quint16, 8> groups = groupsOf(address);
    // The longest run of zero groups (two or more; the first one on a tie) becomes "::".
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[size_t(j)] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[size_t(i)], 16);
    }
    return out;
}

QString ipv6Expanded(const Q_IPV6ADDR &address)
{
    const std::array<quint16, 8> groups = groupsOf(address);
    QStringList parts;
    for (const quint16 g : groups)
        parts << QStringLiteral("%1").arg(g, 4, 16, QLatin1Char('0'));
    return parts.join(u':');
}

Q_IPV6ADDR ipv6Mask(int prefix)
{
    return store(mask128(prefix));
}

Q_IPV6ADDR ipv6Network(const Q_IPV6ADDR &address, int prefix)
{
    return store(load(address) & mask128(prefix));
}

Q_IPV6ADDR ipv6LastAddress(const Q_IPV6ADDR &address, int prefix)
{
    return store(load(address) | ~mask128(prefix));
}

bool ipv6SameNetwork(const Q_IPV6ADDR &a, const Q_IPV6ADDR &b, int prefix)
{
    const U128 m = mask128(prefix);
    return (load(a) & m) == (load(b) & m);
}

Ipv6Type ipv6Type(const Q_IPV6ADDR &address)
{
    const U128 v = load(address);
    auto in = [&v](quint64 networkHi, int prefix) {
        return (v & mask128(prefix)) == U128{networkHi, 0};
    };
    if (v == U128{0, 0})
        return Ipv6Type::Unspecified;
    if (v == U128{0, 1})
        return Ipv6Type::Loopback;
    if (isIpv4Mapped(address))
        return Ipv6Type::Ipv4Mapped;
    if (in(0x20010db800000000ULL, 32))
        return Ipv6Type::Documentation;
    if (in(0xff00000000000000ULL, 8))
        return Ipv6Type::Multicast;
    if (in(0xfe80000000000000ULL, 10))
        return Ipv6Type::LinkLocal;
    if (in(0xfec0000000000000ULL, 10))
        return Ipv6Type::SiteLocal;
    if (in(0xfc00000000000000ULL, 7))
        return Ipv6Type::UniqueLocal;
    if (in(0x2000000000000000ULL, 3))
        return Ipv6Type::GlobalUnicast;
    return Ipv6Type::Reserved;
}

QString ipv6TypeRange(Ipv6Type type)
{
    switch (type) {
    case Ipv6Type::Unspecified: return QStringLiteral("::/128");
    case Ipv6Type::Loopback: return QStringLiteral("::1/128");
    case Ipv6Type::Ipv4Mapped: return QStringLiteral("::ffff:0:0/96");
    case Ipv6Type::Documentation: return QStringLiteral("2001:db8::/32");
    case Ipv6Type::GlobalUnicast: return QStringLiteral("2000::/3");
    case Ipv6Type::UniqueLocal: return QStringLiteral("fc00::/7");
    case Ipv6Type::LinkLocal: return QStringLiteral("fe80::/10");
    case Ipv6Type::SiteLocal: return QStringLiteral("fec0::/10");
    case Ipv6Type::Multicast: return QStringLiteral("ff00::/8");
    case Ipv6Type::Reserved: break;
    }
    return QString();
}

int ipv6MulticastScope(const Q_IPV6ADDR &address)
{
    return address[1] & 0x0f;
}

bool ipv6MulticastTransient(const Q_IPV6ADDR &address)
{
    return (address[1] & 0x10) != 0;
}

quint32 ipv6MappedIpv4(const Q_IPV6ADDR &address)
{
    return qFromBigEndian<quint32>(address.c + 12);
}

QString powerOfTwo(int exponent)
{
    // Decimal digits, least significant first; doubling exponent times.
    QByteArray digits("1");
    for (int i = 0; i < exponent; ++i) {
        int carry = 0;
        for (char &d : digits) {
            const int v = (d - '0') * 2 + carry;
            d = char('0' + v % 10);
            carry = v / 10;
        }
        if (carry)
            digits.append(char('0' + carry));
    }
    std::reverse(digits.begin(), digits.end());
    return QString::fromLatin1(digits);
}

// ---- Subnets -------------------------------------------------------------------

Result<SubnetSplit> SubnetSplit::intoPrefix(const Input &input, int newPrefix)
{
    const int prefix = effectivePrefix(input);
    const int maxPrefix = input.maxPrefix();
    if (newPrefix > maxPrefix) {
        return Result<SubnetSplit>::failure(
            maxPrefix == 32 ? Texts::tr("prefix /%1 is over 32: an IPv4 prefix is 0–32").arg(newPrefix)
                            : Texts::tr("prefix /%1 is over 128: an IPv6 prefix is 0–128").arg(newPrefix));
    }
    if (newPrefix < prefix) {
        return Result<SubnetSplit>::failure(
            Texts::tr("subnets of /%1 would be larger than the /%2 network; choose a prefix from /%2 to /%3")
                .arg(newPrefix)
                .arg(prefix)
                .arg(maxPrefix));
    }
    SubnetSplit split;
    split.m_ipv4 = input.isIpv4();
    split.m_prefix = prefix;
    split.m_newPrefix = newPrefix;
    if (split.m_ipv4) {
        Q_IPV6ADDR a{};
        qToBigEndian<quint32>(input.address.toIPv4Address() & ipv4Mask(prefix), a.c + 12);
        split.m_network = a;
    } else {
        split.m_network = ipv6Network(input.address.toIPv6Address(), prefix);
    }
    return Result<SubnetSplit>::success(split);
}

Result<SubnetSplit> SubnetSplit::intoCount(const Input &input, int bits)
{
    const int prefix = effectivePrefix(input);
    const int hostBits = input.maxPrefix() - prefix;
    if (bits < 0 || bits > hostBits) {
        return Result<SubnetSplit>::failure(
            Texts::tr("a /%1 network has %2 host bits, so it splits into at most 2^%2 subnets")
                .arg(prefix)
                .arg(hostBits));
    }
    return intoPrefix(input, prefix + bits);
}

quint64 SubnetSplit::count() const
{
    return bits() >= 63 ? quint64(1) << 63 : quint64(1) << bits();
}

Subnet SubnetSplit::at(quint64 index) const
{
    Subnet subnet;
    subnet.prefix = m_newPrefix;
    if (m_ipv4) {
        const quint32 base = qFromBigEndian<quint32>(m_network.c + 12);
        const quint32 step = m_newPrefix == 0 ? 0 : quint32(quint64(1) << (32 - m_newPrefix));
        const Ipv4Network net{base + quint32(index) * step, m_newPrefix};
        subnet.network = QHostAddress(net.network());
        subnet.first = QHostAddress(net.firstHost());
        subnet.last = QHostAddress(net.lastHost());
        if (net.hasBroadcast())
            subnet.broadcast = QHostAddress(net.broadcast());
        return subnet;
    }
    const U128 network = add(load(m_network), shifted(index, 128 - m_newPrefix));
    subnet.network = QHostAddress(store(network));
    subnet.first = subnet.network;
    subnet.last = QHostAddress(store(network | ~mask128(m_newPrefix)));
    return subnet;
}

} // namespace IpCalc
} // namespace Sockpit
