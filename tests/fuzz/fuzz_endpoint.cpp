// EndpointParser, the host, port and HOST:PORT fields and --tcp-client,
// --tcp-server, --udp, --peer. What parses prints as text that parses back to
// the same endpoint; ports stay in their range.

#include "endpoint.h"
#include "fuzzcheck.h"

using namespace Sockpit;

namespace {

bool sameEndpoint(const Endpoint &a, const Endpoint &b)
{
    return a.host == b.host && a.address == b.address && a.address.scopeId() == b.address.scopeId()
           && a.port == b.port;
}

void checkPorts(const QString &text)
{
    using EndpointParser::PortUse;
    for (const PortUse use : {PortUse::Connect, PortUse::Bind}) {
        const Result<quint16> port = EndpointParser::parsePort(text, use);
        if (!port.ok())
            continue;
        FUZZ_CHECK(use == PortUse::Bind || port.value >= 1, Fuzz::shown(text));
        const Result<quint16> again = EndpointParser::parsePort(QString::number(port.value), use);
        FUZZ_CHECK(again.ok() && again.value == port.value, Fuzz::shown(text));
    }
}

void checkHost(const QString &text)
{
    const Result<QHostAddress> host = EndpointParser::parseHost(text);
    if (!host.ok() || host.value.isNull())
        return;
    const Result<QHostAddress> again = EndpointParser::parseHost(host.value.toString());
    FUZZ_CHECK(again.ok() && again.value == host.value && again.value.scopeId() == host.value.scopeId(),
               Fuzz::shown(text) + u'\n' + Fuzz::shown(host.value.toString()) + u'\n' + again.error);
}

void checkHostPort(const QString &text)
{
    const Result<Endpoint> endpoint = EndpointParser::parseHostPort(text);
    if (!endpoint.ok())
        return;
    FUZZ_CHECK(endpoint.value.port >= 1 && !endpoint.value.host.isEmpty(), Fuzz::shown(text));
    const QString printed = endpoint.value.toString();
    const Result<Endpoint> again = EndpointParser::parseHostPort(printed);
    FUZZ_CHECK(again.ok() && sameEndpoint(again.value, endpoint.value),
               Fuzz::shown(text) + u'\n' + Fuzz::shown(printed) + u'\n' + again.error);
}

void checkBindSpec(const QString &text)
{
    const Result<Endpoint> endpoint = EndpointParser::parseBindSpec(text);
    if (!endpoint.ok())
        return;
    // A bind is always to an address: every address, or a literal one.
    FUZZ_CHECK(endpoint.value.isLiteral(), Fuzz::shown(text));
    if (endpoint.value.host.isEmpty()) {
        FUZZ_CHECK(endpoint.value.address == QHostAddress(QHostAddress::Any), Fuzz::shown(text));
        return;
    }
    const QString printed = endpoint.value.toString();
    const Result<Endpoint> again = EndpointParser::parseBindSpec(printed);
    FUZZ_CHECK(again.ok() && sameEndpoint(again.value, endpoint.value),
               Fuzz::shown(text) + u'\n' + Fuzz::shown(printed) + u'\n' + again.error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::utf8Text(data, size);
    checkPorts(text);
    checkHost(text);
    checkHostPort(text);
    checkBindSpec(text);
    return 0;
}
