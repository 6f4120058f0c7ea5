#pragma once

#include "result.h"

#include <QHostAddress>
#include <QString>

namespace Sockpit {

/// Address arithmetic for the IP calculator: parsing what people type,
/// classes, special ranges, networks and subnets. Pure functions; error
/// messages are translated in the "Sockpit::IpCalc" context.
namespace IpCalc {

/// An address as typed, with its prefix if one was given.
struct Input
{
    QHostAddress address;   ///< IPv4 or IPv6, without a scope id
    QString scopeId;        ///< IPv6 zone ("eth0" in fe80::1%eth0), empty if none
    int prefix = -1;        ///< -1 when neither /prefix nor a mask was given
    bool fromMask = false;  ///< the prefix was given as a dotted netmask

    bool isIpv4() const { return address.protocol() == QAbstractSocket::IPv4Protocol; }
    int maxPrefix() const { return isIpv4() ? 32 : 128; }
    bool hasPrefix() const { return prefix >= 0; }
};

/// Where the prefix the calculator works with came from.
enum class PrefixSource {
    Given,          ///< typed as /prefix
    Mask,           ///< typed as a dotted netmask
    ClassDefault,   ///< none typed: the IPv4 class's default mask (A, B, C)
    SingleAddress,  ///< none typed and no default: one address (/32, /128)
};
PrefixSource prefixSource(const Input &input);
/// The typed prefix, else the class default (IPv4 A–C), else /32 or /128.
int effectivePrefix(const Input &input);

/// "192.168.1.10", "192.168.1.10/24", "192.168.1.10 255.255.255.0",
/// "192.168.1.10/255.255.255.0", "2001:db8::1/64", "fe80::1%eth0", "[::1]/128".
/// Full-width digits and the ideographic full stop typed by Chinese input
/// methods are read as ASCII.
Result<Input> parseInput(const QString &text);

/// Four decimal numbers 0–255; leading zeros are refused (some tools read them as octal).
Result<quint32> parseIpv4(const QString &text);
/// A dotted netmask with contiguous 1 bits; returns its prefix length.
Result<int> parseNetmask(const QString &text);
Result<QHostAddress> parseIpv6(const QString &text);
/// An IPv4 or IPv6 address without a prefix (the "same subnet?" field).
Result<QHostAddress> parseAddress(const QString &text);

// ---- IPv4 -------------------------------------------------------------------

quint32 ipv4Mask(int prefix);              ///< 0–32 -> 0.0.0.0 … 255.255.255.255
int ipv4PrefixOfMask(quint32 mask);        ///< -1 when the 1 bits are not contiguous
QString ipv4ToString(quint32 address);
/// "11000000.10101000.00000001|00001010": the octets in binary, with '|'
/// between the first splitAt bits (network) and the rest (host); no '|' when splitAt < 0.
QString ipv4Binary(quint32 address, int splitAt = -1);

/// Classes by the leading bits, as the classful scheme defines them.
enum class Ipv4Class { A, B, C, D, E };
Ipv4Class ipv4Class(quint32 address);
QString ipv4ClassLetter(Ipv4Class c);
QString ipv4ClassLeadingBits(Ipv4Class c);   ///< "0", "10", "110", "1110", "1111"
int ipv4ClassDefaultPrefix(Ipv4Class c);     ///< 8, 16, 24; -1 for D and E
/// True for 0.x.x.x and 127.x.x.x: class A by their leading bit, yet not class A networks.
bool isIpv4ClassASpecial(quint32 address);

/// The special-purpose ranges (RFC 6890 and friends); Public when none applies.
enum class Ipv4Range {
    ThisNetwork,        ///< 0.0.0.0/8
    Private10,          ///< 10.0.0.0/8
    SharedAddress,      ///< 100.64.0.0/10 (carrier-grade NAT)
    Loopback,           ///< 127.0.0.0/8
    LinkLocal,          ///< 169.254.0.0/16
    Private172,         ///< 172.16.0.0/12
    Documentation1,     ///< 192.0.2.0/24 (TEST-NET-1)
    Private192,         ///< 192.168.0.0/16
    Benchmarking,       ///< 198.18.0.0/15
    Documentation2,     ///< 198.51.100.0/24 (TEST-NET-2)
    Documentation3,     ///< 203.0.113.0/24 (TEST-NET-3)
    LocalMulticast,     ///< 224.0.0.0/24
    Multicast,          ///< 224.0.0.0/4
    Reserved,           ///< 240.0.0.0/4 except the limited broadcast
    LimitedBroadcast,   ///< 255.255.255.255/32
    Public,
};

struct Ipv4RangeInfo
{
    Ipv4Range range = Ipv4Range::Public;
    quint32 network = 0;
    int prefix = 0;     ///< meaningless for Public

    QString cidr() const;   ///< "10.0.0.0/8"; empty for Public
};

Ipv4RangeInfo ipv4Range(quint32 address);
bool isPrivate(Ipv4Range range);   ///< the three RFC 1918 ranges

/// An IPv4 address with a prefix, and everything that follows from it.
struct Ipv4Network
{
    quint32 address = 0;
    int prefix = 32;

    quint32 netmask() const { return ipv4Mask(prefix); }
    quint32 wildcard() const { return ~netmask(); }
    quint32 network() const { return address & netmask(); }
    quint32 lastAddress() const { return network() | wildcard(); }
    quint64 totalAddresses() const { return quint64(1) << (32 - prefix); }
    /// /31 point-to-point links (RFC 3021) and /32 single hosts have no broadcast.
    bool hasBroadcast() const { return prefix <= 30; }
    quint32 broadcast() const { return lastAddress(); }
    /// The network and broadcast addresses are not hosts, except for /31 and /32.
    quint32 firstHost() const { return hasBroadcast() ? network() + 1 : network(); }
    quint32 lastHost() const { return hasBroadcast() ? lastAddress() - 1 : lastAddress(); }
    quint64 usableHosts() const { return hasBroadcast() ? totalAddresses() - 2 : totalAddresses(); }
    bool contains(quint32 other) const { return (other & netmask()) == network(); }
};

// ---- IPv6 -------------------------------------------------------------------

/// RFC 5952: lowercase, no leading zeros, the longest run of two or more zero
/// groups as "::"; IPv4-mapped addresses end in dotted IPv4 (::ffff:192.0.2.1).
QString ipv6Compressed(const Q_IPV6ADDR &address);
/// Eight groups of four hex digits.
QString ipv6Expanded(const Q_IPV6ADDR &address);
Q_IPV6ADDR ipv6Mask(int prefix);
Q_IPV6ADDR ipv6Network(const Q_IPV6ADDR &address, int prefix);
Q_IPV6ADDR ipv6LastAddress(const Q_IPV6ADDR &address, int prefix);
bool ipv6SameNetwork(const Q_IPV6ADDR &a, const Q_IPV6ADDR &b, int prefix);

enum class Ipv6Type {
    Unspecified,    ///< ::/128
    Loopback,       ///< ::1/128
    Ipv4Mapped,     ///< ::ffff:0:0/96
    Documentation,  ///< 2001:db8::/32
    GlobalUnicast,  ///< 2000::/3
    UniqueLocal,    ///< fc00::/7
    LinkLocal,      ///< fe80::/10
    SiteLocal,      ///< fec0::/10, deprecated
    Multicast,      ///< ff00::/8
    Reserved,       ///< everything else, not allocated
};
Ipv6Type ipv6Type(const Q_IPV6ADDR &address);
QString ipv6TypeRange(Ipv6Type type);   ///< "fe80::/10"
/// The 4-bit scope of a multicast address (ff02:: -> 2).
int ipv6MulticastScope(const Q_IPV6ADDR &address);
/// The T flag: a transient (dynamically assigned) group rather than a well-known one.
bool ipv6MulticastTransient(const Q_IPV6ADDR &address);
/// The IPv4 address inside ::ffff:a.b.c.d.
quint32 ipv6MappedIpv4(const Q_IPV6ADDR &address);

/// 2^exponent in decimal, exact up to 2^128.
QString powerOfTwo(int exponent);

// ---- Subnets ----------------------------------------------------------------

/// One subnet of a split.
struct Subnet
{
    QHostAddress network;
    int prefix = 0;
    QHostAddress first;       ///< first usable host (IPv4) or first address (IPv6)
    QHostAddress last;
    QHostAddress broadcast;   ///< null for IPv6 and for IPv4 /31 and /32
};

/// A network cut into 2^bits equal subnets. Subnets are made on demand, so a
/// split into millions costs nothing until rows are shown.
class SubnetSplit
{
public:
    /// Splits input's network into 2^bits subnets.
    static Result<SubnetSplit> intoCount(const Input &input, int bits);
    /// Splits input's network into subnets of newPrefix.
    static Result<SubnetSplit> intoPrefix(const Input &input, int newPrefix);

    int parentPrefix() const { return m_prefix; }
    int newPrefix() const { return m_newPrefix; }
    int bits() const { return m_newPrefix - m_prefix; }
    /// The number of subnets, capped at 2^63 (bits() tells the exact power).
    quint64 count() const;
    Subnet at(quint64 index) const;
    bool isIpv4() const { return m_ipv4; }

private:
    bool m_ipv4 = true;
    Q_IPV6ADDR m_network{};   ///< IPv4 sits in the last four bytes
    int m_prefix = 0;
    int m_newPrefix = 0;
};

} // namespace IpCalc
} // namespace Sockpit
