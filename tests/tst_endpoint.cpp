#include "endpoint.h"
#include "peer.h"

#include <QTest>

using namespace Sockpit;
using Use = EndpointParser::PortUse;

Q_DECLARE_METATYPE(Sockpit::EndpointParser::PortUse)

class TstEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void parsePort_data();
    void parsePort();
    void parseHost_data();
    void parseHost();
    void parseHostPort_data();
    void parseHostPort();
    void parseBindSpec_data();
    void parseBindSpec();
    void endpointToString_data();
    void endpointToString();
    void peerToString_data();
    void peerToString();
};

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString repeated(const char *label, int times, char separator = '.')
{
    QStringList parts;
    for (int i = 0; i < times; ++i)
        parts << QString::fromLatin1(label);
    return parts.join(QLatin1Char(separator));
}

} // namespace

void TstEndpoint::parsePort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Use>("use");
    QTest::addColumn<int>("port");      // expected value when the error is empty
    QTest::addColumn<QString>("error");

    QTest::newRow("lowest") << s("1") << Use::Connect << 1 << QString();
    QTest::newRow("highest") << s("65535") << Use::Connect << 65535 << QString();
    QTest::newRow("seed port") << s("7788") << Use::Connect << 7788 << QString();
    QTest::newRow("spaces around") << s("  80 ") << Use::Connect << 80 << QString();
    QTest::newRow("leading zeros") << s("00080") << Use::Connect << 80 << QString();
    QTest::newRow("zero for connect") << s("0") << Use::Connect << 0 << s("port 0 is out of range 1–65535");
    QTest::newRow("one past the end") << s("65536") << Use::Connect << 0 << s("port 65536 is out of range 1–65535");
    QTest::newRow("70000") << s("70000") << Use::Connect << 0 << s("port 70000 is out of range 1–65535");
    QTest::newRow("huge") << s("99999999999999999999") << Use::Connect << 0
                          << s("port 99999999999999999999 is out of range 1–65535");
    QTest::newRow("empty") << s("") << Use::Connect << 0 << s("the port is empty");
    QTest::newRow("blank") << s("   ") << Use::Connect << 0 << s("the port is empty");
    QTest::newRow("letter") << s("8o") << Use::Connect << 0 << s("port '8o' is not a number");
    QTest::newRow("service name") << s("http") << Use::Connect << 0 << s("port 'http' is not a number");
    QTest::newRow("negative") << s("-1") << Use::Connect << 0 << s("port '-1' is not a number");
    QTest::newRow("plus sign") << s("+80") << Use::Connect << 0 << s("port '+80' is not a number");
    QTest::newRow("hex") << s("0x50") << Use::Connect << 0 << s("port '0x50' is not a number");
    QTest::newRow("inner space") << s("80 80") << Use::Connect << 0 << s("port '80 80' is not a number");
    QTest::newRow("full-width digits") << s("８０") << Use::Connect << 0 << s("port '８０' is not a number");

    QTest::newRow("bind zero") << s("0") << Use::Bind << 0 << QString();
    QTest::newRow("bind highest") << s("65535") << Use::Bind << 65535 << QString();
    QTest::newRow("bind 7788") << s("7788") << Use::Bind << 7788 << QString();
    QTest::newRow("bind too high") << s("65536") << Use::Bind << 0 << s("port 65536 is out of range 0–65535");
    QTest::newRow("bind 70000") << s("70000") << Use::Bind << 0 << s("port 70000 is out of range 0–65535");
    QTest::newRow("bind empty") << s("") << Use::Bind << 0 << s("the port is empty");
    QTest::newRow("bind letters") << s("any") << Use::Bind << 0 << s("port 'any' is not a number");
}

void TstEndpoint::parsePort()
{
    QFETCH(QString, text);
    QFETCH(Use, use);
    QFETCH(int, port);
    QFETCH(QString, error);

    const Result<quint16> parsed = EndpointParser::parsePort(text, use);
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (parsed.ok())
        QCOMPARE(int(parsed.value), port);
}

void TstEndpoint::parseHost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // the literal's canonical text; empty for a host name
    QTest::addColumn<QString>("error");

    // IPv4 literals
    QTest::newRow("v4 loopback") << s("127.0.0.1") << s("127.0.0.1") << QString();
    QTest::newRow("v4 any") << s("0.0.0.0") << s("0.0.0.0") << QString();
    QTest::newRow("v4 broadcast") << s("255.255.255.255") << s("255.255.255.255") << QString();
    QTest::newRow("v4 spaces") << s(" 127.0.0.2 ") << s("127.0.0.2") << QString();
    // Zero-padded numbers are decimal, as devices show them, never octal.
    QTest::newRow("v4 zero padded") << s("127.000.010.001") << s("127.0.10.1") << QString();
    QTest::newRow("v4 leading zero 010") << s("010.1.1.1") << s("10.1.1.1") << QString();
    QTest::newRow("v4 0255") << s("1.2.3.0255") << s("1.2.3.255") << QString();
    QTest::newRow("v4 three numbers") << s("1.2.3") << QString()
                                      << s("'1.2.3' is not an IPv4 address: it needs four numbers separated by dots");
    QTest::newRow("v4 five numbers") << s("1.2.3.4.5") << QString()
                                     << s("'1.2.3.4.5' is not an IPv4 address: it needs four numbers separated by dots");
    QTest::newRow("v4 one number") << s("12345") << QString()
                                   << s("'12345' is not an IPv4 address: it needs four numbers separated by dots");
    QTest::newRow("v4 trailing dot") << s("1.2.3.4.") << QString()
                                     << s("'1.2.3.4.' is not an IPv4 address: it needs four numbers separated by dots");
    QTest::newRow("v4 missing number") << s("1.2..4") << QString()
                                       << s("'1.2..4' is not an IPv4 address: a number is missing");
    QTest::newRow("v4 leading dot") << s(".2.3.4") << QString()
                                    << s("'.2.3.4' is not an IPv4 address: a number is missing");
    QTest::newRow("v4 256") << s("256.1.1.1") << QString() << s("'256.1.1.1' is not an IPv4 address: 256 is over 255");
    QTest::newRow("v4 1000") << s("1.2.3.1000") << QString() << s("'1.2.3.1000' is not an IPv4 address: 1000 is over 255");
    QTest::newRow("v4 overflowing number") << s("1.99999999999.3.4") << QString()
                                           << s("'1.99999999999.3.4' is not an IPv4 address: 99999999999 is over 255");

    // IPv6 literals
    QTest::newRow("v6 loopback") << s("::1") << s("::1") << QString();
    QTest::newRow("v6 any") << s("::") << s("::") << QString();
    QTest::newRow("v6 bracketed") << s("[::1]") << s("::1") << QString();
    QTest::newRow("v6 documentation") << s("2001:db8::1") << s("2001:db8::1") << QString();
    QTest::newRow("v6 full") << s("2001:0db8:85a3:0042:1000:8a2e:0370:7334") << s("2001:db8:85a3:42:1000:8a2e:370:7334")
                             << QString();
    QTest::newRow("v6 mapped v4") << s("::ffff:127.0.0.1") << s("::ffff:127.0.0.1") << QString();
    QTest::newRow("v6 scoped") << s("fe80::1%lo") << s("fe80::1%lo") << QString();
    QTest::newRow("v6 two gaps") << s("1::2::3") << QString() << s("'1::2::3' is not an IPv6 address: '::' may appear only once");
    QTest::newRow("v6 bad digit") << s("::g") << QString() << s("'::g' is not an IPv6 address: 'g' is not a hex digit");
    QTest::newRow("v6 group too long") << s("12345::1") << QString() << s("'12345::1' is not an IPv6 address: group '12345' has more than four hex digits");
    QTest::newRow("v6 unopened bracket") << s("::1]") << QString() << s("'::1]' is not an IPv6 address: its brackets do not pair");
    QTest::newRow("v6 unclosed bracket") << s("[::1") << QString() << s("'[::1' is not an IPv6 address: its brackets do not pair");
    // Brackets hold IPv6 addresses and nothing else.
    QTest::newRow("bracketed v4") << s("[1.2.3.4]") << QString() << s("'1.2.3.4' is not an IPv6 address");
    QTest::newRow("bracketed name") << s("[localhost]") << QString() << s("'localhost' is not an IPv6 address");
    QTest::newRow("empty brackets") << s("[]") << QString() << s("the host is empty");
    QTest::newRow("v6 eight groups then ::") << s("1:2:3:4:5:6:7:8::") << QString() << s("'1:2:3:4:5:6:7:8::' is not an IPv6 address: it has 8 groups and '::', which stands for at least one more: at most seven with '::'");
    QTest::newRow("v6 bad v4 tail") << s("[::ffff:1.2.3.400]") << QString() << s("'::ffff:1.2.3.400' is not an IPv6 address: its IPv4 part '1.2.3.400': 400 is over 255");
    QTest::newRow("v6 two zones") << s("fe80::1%eth0%1") << QString() << s("'fe80::1%eth0%1' is not an IPv6 address: the zone 'eth0%1' has a second '%'");
    QTest::newRow("v6 zone with a bracket") << s("[::%*:]]") << QString() << s("'::%*:]' is not an IPv6 address: the zone '*:]' holds ':', which no interface name has");
    QTest::newRow("v6 zone ends in a bracket") << s("[fe80::1%eth0]]") << QString() << s("'fe80::1%eth0]' is not an IPv6 address: the zone 'eth0]' holds ']', which no interface name has");
    QTest::newRow("v6 nine groups") << s("1:2:3:4:5:6:7:8:9") << QString() << s("'1:2:3:4:5:6:7:8:9' is not an IPv6 address: it has more than eight groups");

    // Host names (validated, never resolved here)
    QTest::newRow("name localhost") << s("localhost") << QString() << QString();
    QTest::newRow("name dotted") << s("server.example.com") << QString() << QString();
    QTest::newRow("name hyphen") << s("my-host.local") << QString() << QString();
    QTest::newRow("name underscore") << s("_service.example") << QString() << QString();
    QTest::newRow("name fully qualified") << s("example.com.") << QString() << QString();
    QTest::newRow("name punycode") << s("xn--fiqs8s.example") << QString() << QString();
    QTest::newRow("name digits and letters") << s("1.2.3.4a") << QString() << QString();
    QTest::newRow("name label of 63") << QString(63, QLatin1Char('a')) + s(".example") << QString() << QString();
    QTest::newRow("name of 253") << repeated("abcdefghi", 25) + s(".xyz") << QString() << QString();

    QTest::newRow("empty") << s("") << QString() << s("the host is empty");
    QTest::newRow("blank") << s("  ") << QString() << s("the host is empty");
    QTest::newRow("name space") << s("exa mple.com") << QString() << s("'exa mple.com' is not a valid host name: ' ' is not allowed");
    QTest::newRow("name bang") << s("host!.com") << QString() << s("'host!.com' is not a valid host name: '!' is not allowed");
    QTest::newRow("name slash") << s("example.com/path") << QString()
                                << s("'example.com/path' is not a valid host name: '/' is not allowed");
    QTest::newRow("name chinese") << s("例子.com") << QString() << s("'例子.com' is not a valid host name: '例' is not allowed");
    QTest::newRow("name empty label") << s("a..b") << QString() << s("host name 'a..b' has an empty part between dots");
    QTest::newRow("name leading dot") << s(".example") << QString() << s("host name '.example' has an empty part between dots");
    QTest::newRow("name only dot") << s(".") << QString() << s("host name '.' has an empty part between dots");
    QTest::newRow("name two trailing dots") << s("example.com..") << QString()
                                            << s("host name 'example.com..' has an empty part between dots");
    QTest::newRow("name leading hyphen") << s("-abc.com") << QString()
                                         << s("'-abc.com' is not a valid host name: a part starts or ends with '-'");
    QTest::newRow("name trailing hyphen") << s("abc-.com") << QString()
                                          << s("'abc-.com' is not a valid host name: a part starts or ends with '-'");
    const QString label64 = QString(64, QLatin1Char('b')) + s(".example");
    QTest::newRow("name label of 64") << label64 << QString()
                                      << s("host name '%1' has a part longer than 63 characters").arg(label64);
    const QString name254 = repeated("abcdefghi", 25) + s(".wxyz");
    QTest::newRow("name of 254") << name254 << QString()
                                 << s("host name '%1…' is longer than 253 characters").arg(name254.left(40));
}

void TstEndpoint::parseHost()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(QString, error);

    const Result<QHostAddress> parsed = EndpointParser::parseHost(text);
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (!parsed.ok())
        return;
    if (address.isEmpty()) {
        QVERIFY2(parsed.value.isNull(), "a host name gives no address");
    } else {
        QCOMPARE(parsed.value, QHostAddress(address));
        QCOMPARE(parsed.value.toString(), address);
    }
}

void TstEndpoint::parseHostPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("error");

    QTest::newRow("v4") << s("127.0.0.1:7788") << s("127.0.0.1") << s("127.0.0.1") << 7788 << s("127.0.0.1:7788") << QString();
    QTest::newRow("v4 spaces") << s(" 127.0.0.1:80 ") << s("127.0.0.1") << s("127.0.0.1") << 80 << s("127.0.0.1:80") << QString();
    QTest::newRow("v4 highest port") << s("127.0.0.1:65535") << s("127.0.0.1") << s("127.0.0.1") << 65535
                                     << s("127.0.0.1:65535") << QString();
    QTest::newRow("v6") << s("[::1]:7788") << s("::1") << s("::1") << 7788 << s("[::1]:7788") << QString();
    QTest::newRow("v6 spaces in brackets") << s("[ ::1 ]:7788") << s("::1") << s("::1") << 7788 << s("[::1]:7788") << QString();
    QTest::newRow("v6 long") << s("[2001:db8::42]:1") << s("2001:db8::42") << s("2001:db8::42") << 1 << s("[2001:db8::42]:1")
                             << QString();
    QTest::newRow("name") << s("localhost:80") << s("localhost") << QString() << 80 << s("localhost:80") << QString();
    QTest::newRow("dotted name") << s("server.example.com:443") << s("server.example.com") << QString() << 443
                                 << s("server.example.com:443") << QString();

    QTest::newRow("empty") << s("") << QString() << QString() << 0 << QString() << s("the address is empty; expected HOST:PORT");
    QTest::newRow("blank") << s("   ") << QString() << QString() << 0 << QString() << s("the address is empty; expected HOST:PORT");
    QTest::newRow("no port") << s("127.0.0.1") << QString() << QString() << 0 << QString()
                             << s("'127.0.0.1' has no port; expected HOST:PORT");
    QTest::newRow("name without port") << s("localhost") << QString() << QString() << 0 << QString()
                                       << s("'localhost' has no port; expected HOST:PORT");
    QTest::newRow("bare v6") << s("::1:80") << QString() << QString() << 0 << QString()
                             << s("'::1:80' is ambiguous: write an IPv6 address as [ADDRESS]:PORT");
    QTest::newRow("unclosed bracket") << s("[::1:80") << QString() << QString() << 0 << QString()
                                      << s("'[::1:80' has '[' without a closing ']'");
    QTest::newRow("no colon after bracket") << s("[::1]80") << QString() << QString() << 0 << QString()
                                            << s("'[::1]80' needs ':PORT' after ']'");
    QTest::newRow("bracket without port") << s("[::1]") << QString() << QString() << 0 << QString()
                                          << s("'[::1]' needs ':PORT' after ']'");
    QTest::newRow("empty port") << s("127.0.0.1:") << QString() << QString() << 0 << QString() << s("the port is empty");
    QTest::newRow("v6 empty port") << s("[::1]:") << QString() << QString() << 0 << QString() << s("the port is empty");
    QTest::newRow("empty host") << s(":80") << QString() << QString() << 0 << QString() << s("the host is empty");
    QTest::newRow("empty brackets") << s("[]:80") << QString() << QString() << 0 << QString() << s("the host is empty");
    QTest::newRow("port zero") << s("127.0.0.1:0") << QString() << QString() << 0 << QString()
                               << s("port 0 is out of range 1–65535");
    QTest::newRow("port 70000") << s("127.0.0.1:70000") << QString() << QString() << 0 << QString()
                                << s("port 70000 is out of range 1–65535");
    QTest::newRow("v6 port 70000") << s("[::1]:70000") << QString() << QString() << 0 << QString()
                                   << s("port 70000 is out of range 1–65535");
    QTest::newRow("port name") << s("[::1]:http") << QString() << QString() << 0 << QString()
                               << s("port 'http' is not a number");
    QTest::newRow("bad v4") << s("1.2.3:80") << QString() << QString() << 0 << QString()
                            << s("'1.2.3' is not an IPv4 address: it needs four numbers separated by dots");
    QTest::newRow("bracketed name") << s("[example.com]:80") << QString() << QString() << 0 << QString()
                                    << s("'example.com' is not an IPv6 address");
    QTest::newRow("bracketed v4") << s("[127.0.0.1]:80") << QString() << QString() << 0 << QString()
                                  << s("'127.0.0.1' is not an IPv6 address");
    QTest::newRow("bad v6") << s("[1::2::3]:80") << QString() << QString() << 0 << QString()
                            << s("'1::2::3' is not an IPv6 address: '::' may appear only once");
    QTest::newRow("bad name") << s("bad host:80") << QString() << QString() << 0 << QString()
                              << s("'bad host' is not a valid host name: ' ' is not allowed");
    // The host is checked before the port.
    QTest::newRow("bad host and port") << s("a..b:0") << QString() << QString() << 0 << QString()
                                       << s("host name 'a..b' has an empty part between dots");
}

void TstEndpoint::parseHostPort()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, shown);
    QFETCH(QString, error);

    const Result<Endpoint> parsed = EndpointParser::parseHostPort(text);
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (!parsed.ok())
        return;
    QCOMPARE(parsed.value.host, host);
    QCOMPARE(parsed.value.isLiteral(), !address.isEmpty());
    if (!address.isEmpty())
        QCOMPARE(parsed.value.address, QHostAddress(address));
    QCOMPARE(int(parsed.value.port), port);
    QCOMPARE(parsed.value.toString(), shown);
}

void TstEndpoint::parseBindSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("error");

    const QHostAddress any(QHostAddress::Any);
    QTest::newRow("port only") << s("7788") << QString() << any << 7788 << QString();
    QTest::newRow("port only zero") << s("0") << QString() << any << 0 << QString();
    QTest::newRow("port only spaces") << s(" 7788 ") << QString() << any << 7788 << QString();
    QTest::newRow("colon port") << s(":7788") << QString() << any << 7788 << QString();
    QTest::newRow("star") << s("*:7788") << QString() << any << 7788 << QString();
    QTest::newRow("v4 any") << s("0.0.0.0:7788") << s("0.0.0.0") << QHostAddress(QHostAddress::AnyIPv4) << 7788 << QString();
    QTest::newRow("v6 any zero") << s("[::]:0") << s("::") << QHostAddress(QHostAddress::AnyIPv6) << 0 << QString();
    QTest::newRow("v4 loopback zero") << s("127.0.0.1:0") << s("127.0.0.1") << QHostAddress(QHostAddress::LocalHost) << 0
                                      << QString();
    QTest::newRow("v6 loopback") << s("[::1]:7788") << s("::1") << QHostAddress(QHostAddress::LocalHostIPv6) << 7788
                                 << QString();
    QTest::newRow("v4 highest") << s("127.0.0.1:65535") << s("127.0.0.1") << QHostAddress(QHostAddress::LocalHost) << 65535
                                << QString();

    QTest::newRow("empty") << s("") << QString() << QHostAddress() << 0 << s("the address is empty; expected [HOST:]PORT");
    QTest::newRow("name") << s("localhost:7788") << QString() << QHostAddress() << 0
                          << s("'localhost' is a host name; binding needs a local IP address");
    QTest::newRow("dotted name") << s("server.example.com:0") << QString() << QHostAddress() << 0
                                 << s("'server.example.com' is a host name; binding needs a local IP address");
    QTest::newRow("port too high") << s("65536") << QString() << QHostAddress() << 0 << s("port 65536 is out of range 0–65535");
    QTest::newRow("v4 port 70000") << s("0.0.0.0:70000") << QString() << QHostAddress() << 0
                                   << s("port 70000 is out of range 0–65535");
    QTest::newRow("port word") << s("abc") << QString() << QHostAddress() << 0 << s("port 'abc' is not a number");
    QTest::newRow("empty port") << s("127.0.0.1:") << QString() << QHostAddress() << 0 << s("the port is empty");
    QTest::newRow("v6 without port") << s("[::1]") << QString() << QHostAddress() << 0 << s("'[::1]' is not [ADDRESS]:PORT");
    QTest::newRow("v6 unclosed") << s("[::1:80") << QString() << QHostAddress() << 0 << s("'[::1:80' is not [ADDRESS]:PORT");
    QTest::newRow("v6 bare") << s("::1:80") << QString() << QHostAddress() << 0
                             << s("'::1:80' is ambiguous: write an IPv6 address as [ADDRESS]:PORT");
    QTest::newRow("bad v4") << s("1.2.3:80") << QString() << QHostAddress() << 0
                            << s("'1.2.3' is not an IPv4 address: it needs four numbers separated by dots");
    QTest::newRow("bad v6") << s("[::g]:80") << QString() << QHostAddress() << 0 << s("'::g' is not an IPv6 address: 'g' is not a hex digit");
    QTest::newRow("bracketed v4") << s("[0.0.0.0]:80") << QString() << QHostAddress() << 0
                                  << s("'0.0.0.0' is not an IPv6 address");
    QTest::newRow("empty brackets") << s("[]:80") << QString() << QHostAddress() << 0 << s("the host is empty");
}

void TstEndpoint::parseBindSpec()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(QHostAddress, address);
    QFETCH(int, port);
    QFETCH(QString, error);

    const Result<Endpoint> parsed = EndpointParser::parseBindSpec(text);
    QCOMPARE(parsed.error, error);
    QCOMPARE(parsed.ok(), error.isEmpty());
    if (!parsed.ok())
        return;
    QCOMPARE(parsed.value.host, host);
    QCOMPARE(parsed.value.address, address);
    QCOMPARE(parsed.value.address.protocol(), address.protocol());
    QCOMPARE(int(parsed.value.port), port);
}

void TstEndpoint::endpointToString_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");

    QTest::newRow("v4") << s("127.0.0.1") << 7788 << s("127.0.0.1:7788");
    QTest::newRow("v6") << s("::1") << 7788 << s("[::1]:7788");
    QTest::newRow("v6 scoped") << s("fe80::1%lo") << 80 << s("[fe80::1%lo]:80");
    QTest::newRow("name") << s("localhost") << 1 << s("localhost:1");
    QTest::newRow("any") << QString() << 0 << s(":0");
}

void TstEndpoint::endpointToString()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, shown);
    QCOMPARE((Endpoint{host, QHostAddress(), quint16(port)}.toString()), shown);
}

void TstEndpoint::peerToString_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("shown");

    QTest::newRow("v4") << s("127.0.0.1") << 7788 << s("127.0.0.1:7788");
    QTest::newRow("v6") << s("::1") << 7788 << s("[::1]:7788");
    // A dual-stack server sees IPv4 clients as mapped addresses; show them as IPv4.
    QTest::newRow("v4 mapped") << s("::ffff:127.0.0.1") << 50000 << s("127.0.0.1:50000");
    QTest::newRow("v6 scoped") << s("fe80::1%lo") << 80 << s("[fe80::1%lo]:80");
    QTest::newRow("none") << QString() << 0 << QString();
}

void TstEndpoint::peerToString()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, shown);
    const Peer peer{1, QHostAddress(address), quint16(port)};
    QCOMPARE(peer.isValid(), !address.isEmpty());
    QCOMPARE(peer.toString(), shown);
}

QTEST_GUILESS_MAIN(TstEndpoint)
#include "tst_endpoint.moc"
