#include "ipcalccommand.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

using namespace Sockpit;

namespace {

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list << QString::fromUtf8(text);
    return list;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &input, bool chinese = false)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = runIpCalc(input, out, err, chinese);
    return r;
}

/// The key: value lines, skipping '#' comments; fails on anything else.
QMap<QString, QString> parse(const QString &output, QStringList *keysInOrder = nullptr)
{
    static const QRegularExpression keyValue(QStringLiteral("^([a-z0-9_]+): (.+)$"));
    QMap<QString, QString> map;
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            continue;
        const QRegularExpressionMatch m = keyValue.match(line);
        if (!m.hasMatch()) {
            qWarning("not a key: value line: %s", qPrintable(line));
            return {};
        }
        map.insert(m.captured(1), m.captured(2));
        if (keysInOrder)
            *keysInOrder << m.captured(1);
    }
    return map;
}

bool chineseTranslationAvailable()
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/sockpit_zh_CN.qm")))
        return false;
    return !translator.translate("Sockpit::IpCalcReport", "Netmask").isEmpty();
}

} // namespace

class TstIpCalcCommand : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void chineseLabels();
    void binary_data();
    void binary();
};

void TstIpCalcCommand::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");   // "key: value" lines that must appear

    QTest::newRow("private /24") << "192.168.1.10/24"
                                 << strings({"input: 192.168.1.10/24", "version: 4", "class: C", "class_bits: 110",
                                                "range: private", "range_cidr: 192.168.0.0/16", "private: yes",
                                                "prefix: 24", "prefix_source: given", "netmask: 255.255.255.0",
                                                "wildcard: 0.0.0.255", "network: 192.168.1.0",
                                                "broadcast: 192.168.1.255", "first_host: 192.168.1.1",
                                                "last_host: 192.168.1.254", "usable_hosts: 254",
                                                "total_addresses: 256", "address_role: host",
                                                "binary: 11000000.10101000.00000001|00001010",
                                                "hex: 0xC0A8010A", "integer: 3232235786"});
    QTest::newRow("mask") << "10.0.0.1 255.255.255.252"
                          << strings({"class: A", "prefix: 30", "prefix_source: mask", "usable_hosts: 2",
                                         "network: 10.0.0.0", "broadcast: 10.0.0.3"});
    QTest::newRow("class default") << "172.16.5.4"
                                   << strings({"class: B", "prefix: 16", "prefix_source: class-default",
                                                  "class_network_part: 172.16", "class_host_part: 5.4"});
    QTest::newRow("/31") << "192.168.1.10/31" << strings({"broadcast: none", "usable_hosts: 2"});
    QTest::newRow("/32") << "192.168.1.10/32" << strings({"broadcast: none", "usable_hosts: 1"});
    QTest::newRow("loopback") << "127.0.0.1" << strings({"class: A", "range: loopback", "private: no"});
    QTest::newRow("multicast") << "224.0.0.1"
                               << strings({"class: D", "range: local-multicast", "class_default_mask: none",
                                              "prefix_source: single-address"});
    QTest::newRow("ipv6") << "2001:db8::1/64"
                          << strings({"version: 6", "address: 2001:db8::1",
                                         "expanded: 2001:0db8:0000:0000:0000:0000:0000:0001",
                                         "type: documentation", "network: 2001:db8::",
                                         "last_address: 2001:db8::ffff:ffff:ffff:ffff",
                                         "addresses: 18446744073709551616"});
    QTest::newRow("ipv6 mapped") << "::ffff:192.0.2.1" << strings({"type: ipv4-mapped", "mapped_ipv4: 192.0.2.1"});
}

void TstIpCalcCommand::valid()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    const Run r = run(input);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QMap<QString, QString> map = parse(r.out);
    QVERIFY2(!map.isEmpty(), qPrintable(r.out));
    const QStringList lines = r.out.split(u'\n');
    for (const QString &line : expected)
        QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral("\n--- in ---\n") + r.out));
    // English output has no comment lines.
    QVERIFY(!r.out.contains(u'#'));
}

void TstIpCalcCommand::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << "" << "the address is empty";
    QTest::newRow("octet") << "192.168.1.300" << "300 is over 255";
    QTest::newRow("prefix") << "10.0.0.1/33" << "prefix /33 is over 32";
    QTest::newRow("mask") << "10.0.0.1 255.0.255.0" << "not contiguous";
    QTest::newRow("ipv6 prefix") << "::1/129" << "over 128";
    QTest::newRow("name") << "localhost" << "is not an IP address";
}

void TstIpCalcCommand::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const Run r = run(input);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(r.err.endsWith(u'\n'));
}

void TstIpCalcCommand::chineseLabels()
{
    const Run english = run(QStringLiteral("192.168.1.10/24"));
    const Run chinese = run(QStringLiteral("192.168.1.10/24"), true);
    QCOMPARE(chinese.code, 0);
    // The keys and values are the same; the Chinese run only adds comment lines.
    QStringList englishKeys;
    QStringList chineseKeys;
    QCOMPARE(parse(chinese.out, &chineseKeys), parse(english.out, &englishKeys));
    QCOMPARE(chineseKeys, englishKeys);
    const qsizetype comments = chinese.out.count(QStringLiteral("\n# ")) + (chinese.out.startsWith(u'#') ? 1 : 0);
    QCOMPARE(comments, englishKeys.size() - 1);   // every line but "input"
    QCOMPARE(run(QStringLiteral("1.2.3.4/40"), true).code, 2);

    if (!chineseTranslationAvailable())
        QFAIL(":/i18n/sockpit_zh_CN.qm does not carry the calculator's strings: translate them in translations/sockpit_zh_CN.ts");
    QVERIFY2(chinese.out.contains(QStringLiteral("# 子网掩码\nnetmask: 255.255.255.0")), qPrintable(chinese.out));
    QVERIFY2(chinese.out.contains(QStringLiteral("# 私有地址：是，192.168.0.0/16\nprivate: yes")), qPrintable(chinese.out));
    // The descriptions made by helper functions are found under the report's context too.
    QVERIFY2(chinese.out.contains(QStringLiteral("私有网络（RFC 1918）")), qPrintable(chinese.out));
    // The translator is removed again: a later English run prints no Chinese.
    QVERIFY(!run(QStringLiteral("192.168.1.10/24")).out.contains(QStringLiteral("子网")));
}

void TstIpCalcCommand::binary_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ok") << strings({"--ipcalc", "192.168.1.10/24"}) << 0 << "class: C";
    QTest::newRow("mask") << strings({"--ipcalc", "10.1.2.3 255.255.0.0"}) << 0 << "network: 10.1.0.0";
    QTest::newRow("ipv6") << strings({"--ipcalc=fd00::1/64"}) << 0 << "type: unique-local";
    QTest::newRow("chinese") << strings({"--lang", "zh_CN", "--ipcalc", "192.168.1.10/24"}) << 0 << "private: yes";
    QTest::newRow("invalid") << strings({"--ipcalc", "192.168.1.256"}) << 2 << "256 is over 255";
}

void TstIpCalcCommand::binary()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString program = QStringLiteral(SOCKPIT_BINARY);
    if (!QFileInfo(program).isExecutable())
        QSKIP("the sockpit binary is not built");
    QProcess process;
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    if (exitCode == 0) {
        QVERIFY2(out.split(u'\n').contains(expected), qPrintable(out + err));
        QVERIFY2(!parse(out).isEmpty(), qPrintable(out));
    } else {
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
}

QTEST_GUILESS_MAIN(TstIpCalcCommand)
#include "tst_ipcalccommand.moc"
