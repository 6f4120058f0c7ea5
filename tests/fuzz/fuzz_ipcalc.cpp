// The IP calculator's input: the address field (IPv4, IPv6, zones, /prefix,
// dotted masks), the "same subnet?" field and the subnet split, then the
// report the window and --ipcalc print. What parses prints back to the same
// value; prefixes stay in range; every subnet lies inside its network.

#include "fuzzcheck.h"
#include "ipcalc.h"
#include "ipcalcreport.h"

using namespace Sockpit;
using namespace Sockpit::IpCalc;

namespace {

void checkSingleParsers(const QString &text)
{
    const Result<quint32> v4 = parseIpv4(text);
    if (v4.ok()) {
        const Result<quint32> again = parseIpv4(ipv4ToString(v4.value));
        FUZZ_CHECK(again.ok() && again.value == v4.value, Fuzz::shown(text));
    }
    const Result<int> mask = parseNetmask(text);
    if (mask.ok()) {
        FUZZ_CHECK(mask.value >= 0 && mask.value <= 32, Fuzz::shown(text));
        FUZZ_CHECK(parseIpv4(text).value == ipv4Mask(mask.value), Fuzz::shown(text));
    }
    const Result<QHostAddress> v6 = parseIpv6(text);
    if (v6.ok()) {
        const Q_IPV6ADDR a = v6.value.toIPv6Address();
        for (const QString &printed : {ipv6Compressed(a), ipv6Expanded(a)}) {
            const Result<QHostAddress> again = parseIpv6(printed);
            FUZZ_CHECK(again.ok() && again.value.isEqual(v6.value, QHostAddress::StrictConversion),
                       Fuzz::shown(text) + u'\n' + Fuzz::shown(printed) + u'\n' + again.error);
        }
    }
    const Result<QHostAddress> any = parseAddress(text);
    FUZZ_CHECK(!any.ok() || !any.value.isNull(), Fuzz::shown(text));
}

void checkSplit(const Input &input, Fuzz::Draw &draw, const QString &text)
{
    const int parentPrefix = effectivePrefix(input);
    const int maxPrefix = input.maxPrefix();
    const bool byCount = draw.below(2);
    const int n = int(draw.below(unsigned(maxPrefix) + 6)) - 2; // a few out of range each side
    const Result<SubnetSplit> split = byCount ? SubnetSplit::intoCount(input, n) : SubnetSplit::intoPrefix(input, n);
    const int newPrefix = byCount ? parentPrefix + n : n;
    FUZZ_CHECK(split.ok() == (newPrefix >= parentPrefix && newPrefix <= maxPrefix), Fuzz::shown(text) + u' ' + QString::number(n));
    if (!split.ok())
        return;
    FUZZ_CHECK(split.value.newPrefix() == newPrefix && split.value.count() >= 1, Fuzz::shown(text));
    const quint64 count = split.value.count();
    for (const quint64 index : {quint64(0), count - 1, quint64(draw.below(~0u)) % count}) {
        const Subnet subnet = split.value.at(index);
        FUZZ_CHECK(subnet.prefix == newPrefix, Fuzz::shown(text));
        if (input.isIpv4()) {
            const Ipv4Network parent{input.address.toIPv4Address(), parentPrefix};
            const quint32 network = subnet.network.toIPv4Address();
            FUZZ_CHECK(parent.contains(network) && parent.contains(subnet.last.toIPv4Address()), Fuzz::shown(text));
            FUZZ_CHECK((network & ipv4Mask(newPrefix)) == network, Fuzz::shown(text));
        } else {
            const Q_IPV6ADDR parent = input.address.toIPv6Address();
            FUZZ_CHECK(ipv6SameNetwork(parent, subnet.network.toIPv6Address(), parentPrefix)
                           && ipv6SameNetwork(parent, subnet.last.toIPv6Address(), parentPrefix),
                       Fuzz::shown(text));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::utf8Text(data, size);
    Fuzz::Draw draw(data, size);
    checkSingleParsers(text);

    const Result<Input> input = parseInput(text);
    if (!input.ok())
        return 0;
    const Input &in = input.value;
    FUZZ_CHECK(!in.address.isNull() && in.address.scopeId().isEmpty(), Fuzz::shown(text));
    FUZZ_CHECK(in.prefix >= -1 && in.prefix <= in.maxPrefix(), Fuzz::shown(text));
    const int prefix = effectivePrefix(in);
    FUZZ_CHECK(prefix >= 0 && prefix <= in.maxPrefix(), Fuzz::shown(text));

    const QList<IpCalcLine> lines = IpCalcReport::describe(in);
    FUZZ_CHECK(!lines.isEmpty(), Fuzz::shown(text));
    for (const IpCalcLine &line : lines)
        FUZZ_CHECK(!line.key.isEmpty() && !line.key.contains(u':'), Fuzz::shown(text) + u' ' + line.key);
    FUZZ_CHECK(!IpCalcReport::headline(in).isEmpty(), Fuzz::shown(text));
    const SameNetworkAnswer self = IpCalcReport::sameNetwork(in, in.address);
    FUZZ_CHECK(self.comparable && self.same, Fuzz::shown(text) + u'\n' + self.text);

    checkSplit(in, draw, text);
    return 0;
}
