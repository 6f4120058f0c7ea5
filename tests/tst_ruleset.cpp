// Rule lists in JSON: round trips, errors with line and column or the rule's
// name, all-or-nothing compiling, the ready-made rules and the example files.

#include "framematch.h"
#include "ruleset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockpit;

class TstRuleSet : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void writesTheDocumentedFormat();
    void parseErrors_data();
    void parseErrors();
    void compileErrors_data();
    void compileErrors();
    void fileRoundTripAndErrors();
    void readyMadeRules();
    void examplesLoad();
};

namespace {

RuleSet sample()
{
    RuleSet set;
    Rule ping;
    ping.name = QStringLiteral("ping");
    ping.match = FrameMatchSpec{FrameMatchSpec::Kind::Exact, QStringLiteral("PING\\r\\n"), false};
    ping.reply = QStringLiteral("PONG {counter}\\r\\n");
    Rule read;
    read.name = QString::fromUtf8("读寄存器");
    read.match = FrameMatchSpec{FrameMatchSpec::Kind::Hex, QStringLiteral("01 03 ?? ?? 00 01"), false};
    read.reply = QStringLiteral("01 03 02 00 2A {checksum:CRC-16/MODBUS}");
    read.replyHex = true;
    read.delayMs = 20;
    Rule quit;
    quit.match = FrameMatchSpec{FrameMatchSpec::Kind::Regex, QStringLiteral("^quit"), true};
    quit.action = Rule::Action::Close;
    quit.enabled = false;
    Rule silence;
    silence.name = QStringLiteral("noise");
    silence.match = FrameMatchSpec{FrameMatchSpec::Kind::Contains, QStringLiteral("#"), false};
    silence.action = Rule::Action::Ignore;
    silence.reply = QStringLiteral("kept for later");
    set.rules << ping << read << quit << silence << Rule::echo();
    return set;
}

QByteArray rulesJson(const char *rules)
{
    return QByteArray("{\"version\": 1, \"rules\": [") + rules + "]}";
}

} // namespace

void TstRuleSet::roundTrip()
{
    const RuleSet set = sample();
    const Result<RuleSet> back = RuleSet::fromJson(set.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.value.rules.size(), set.rules.size());
    for (qsizetype i = 0; i < set.rules.size(); ++i)
        QVERIFY2(back.value.rules.at(i) == set.rules.at(i), qPrintable(QString::number(i)));
    QVERIFY(back.value == set);
    QVERIFY(back.value.compile(QStringLiteral("UTF-8")).ok());
}

void TstRuleSet::writesTheDocumentedFormat()
{
    const QJsonObject top = sample().toDocument().object();
    const auto object = [](const char *text) { return QJsonDocument::fromJson(text).object(); };
    QCOMPARE(top.value(u"version").toInt(), 1);
    const QJsonArray rules = top.value(u"rules").toArray();
    QCOMPARE(rules.at(0).toObject(), object(R"({"name": "ping", "match": "exact", "pattern": "PING\\r\\n",
                                                "action": "reply", "reply": "PONG {counter}\\r\\n"})"));
    QCOMPARE(rules.at(1).toObject().value(u"replyHex").toString(), QStringLiteral("01 03 02 00 2A {checksum:CRC-16/MODBUS}"));
    QCOMPARE(rules.at(1).toObject().value(u"delayMs").toInt(), 20);
    QCOMPARE(rules.at(2).toObject(), object(R"({"enabled": false, "match": "regex", "pattern": "^quit",
                                                "ignoreCase": true, "action": "close"})"));
    QCOMPARE(rules.at(4).toObject().value(u"match").toString(), QStringLiteral("any"));
    QVERIFY(!rules.at(4).toObject().contains(u"pattern"));
}

void TstRuleSet::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("syntax: a missing comma") << QByteArray("{\n  \"version\": 1,\n  \"rules\": [\n    {\"match\": \"exact\" "
                                                           "\"pattern\": \"x\"}\n  ]\n}")
                                             << "line 4, column 23: ";
    QTest::newRow("syntax: cut short") << QByteArray("{\"version\": 1, \"rules\": [") << "line 1, column ";
    QTest::newRow("not an object") << QByteArray("[]") << "a rules file is an object";
    QTest::newRow("no version") << QByteArray("{\"rules\": []}") << "\"version\" must be 1";
    QTest::newRow("a later version") << QByteArray("{\"version\": 2, \"rules\": []}") << "\"version\" must be 1";
    QTest::newRow("no rules") << QByteArray("{\"version\": 1}") << "\"rules\" is missing or not a list";
    QTest::newRow("a rule that is no object") << rulesJson("3") << "rule 1: a rule is an object";
    QTest::newRow("unknown match, named") << rulesJson("{\"match\": \"exact\", \"pattern\": \"a\"}, "
                                                       "{\"name\": \"x\", \"match\": \"glob\", \"pattern\": \"a\"}")
                                          << "rule 2 'x': unknown match 'glob'";
    QTest::newRow("unknown action") << rulesJson("{\"name\": \"a\", \"match\": \"any\", \"action\": \"explode\"}")
                                    << "rule 1 'a': unknown action 'explode'";
    QTest::newRow("action not a string") << rulesJson("{\"match\": \"any\", \"action\": 1}") << "rule 1: \"action\" must be a string";
    QTest::newRow("reply and replyHex") << rulesJson("{\"match\": \"any\", \"reply\": \"a\", \"replyHex\": \"41\"}")
                                        << "rule 1: give one of \"reply\" and \"replyHex\", not both";
    QTest::newRow("reply not a string") << rulesJson("{\"match\": \"any\", \"reply\": 5}") << "rule 1: \"reply\" must be a string";
    QTest::newRow("negative delay") << rulesJson("{\"match\": \"any\", \"reply\": \"a\", \"delayMs\": -1}") << "\"delayMs\" must be";
    QTest::newRow("fractional delay") << rulesJson("{\"match\": \"any\", \"reply\": \"a\", \"delayMs\": 1.5}") << "\"delayMs\" must be";
    QTest::newRow("huge delay") << rulesJson("{\"match\": \"any\", \"reply\": \"a\", \"delayMs\": 1e12}") << "\"delayMs\" must be";
    QTest::newRow("enabled not a bool") << rulesJson("{\"match\": \"any\", \"enabled\": \"yes\"}") << "\"enabled\" must be true or false";
    QTest::newRow("name not a string") << rulesJson("{\"match\": \"any\", \"name\": 1}") << "\"name\" must be a string";
}

void TstRuleSet::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<RuleSet> set = RuleSet::fromJson(json);
    QVERIFY(!set.ok());
    QVERIFY2(set.error.contains(error), qPrintable(set.error));
}

void TstRuleSet::compileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");
    const QString utf8 = QStringLiteral("UTF-8");
    QTest::newRow("bad regex in rule 2") << rulesJson("{\"match\": \"any\", \"reply\": \"ok\"}, "
                                                      "{\"name\": \"bad\", \"match\": \"regex\", \"pattern\": \"a(\", \"reply\": \"x\"}")
                                         << utf8 << "rule 2 'bad': regular expression: ";
    QTest::newRow("a disabled rule is checked too") << rulesJson("{\"name\": \"off\", \"enabled\": false, \"match\": \"hex\", "
                                                                 "\"pattern\": \"0G\", \"action\": \"ignore\"}")
                                                    << utf8 << "rule 1 'off': hex pattern: 'G' at column 2";
    QTest::newRow("unknown placeholder") << rulesJson("{\"name\": \"r\", \"match\": \"any\", \"reply\": \"{nope}\"}") << utf8
                                         << "rule 1 'r': reply: column 1: unknown placeholder {nope}";
    QTest::newRow("a capture the regex lacks") << rulesJson("{\"name\": \"r\", \"match\": \"regex\", \"pattern\": \"(a)\", "
                                                            "\"reply\": \"{2}\"}")
                                               << utf8 << "rule 1 'r': reply: {2} is not there: the match has 1 group";
    QTest::newRow("a capture of a text match") << rulesJson("{\"match\": \"contains\", \"pattern\": \"a\", \"reply\": \"{1}\"}")
                                               << utf8 << "rule 1: reply: {1} is not there";
    QTest::newRow("an empty reply") << rulesJson("{\"name\": \"e\", \"match\": \"any\", \"reply\": \"\"}") << utf8
                                    << "rule 1 'e': the reply is empty";
    QTest::newRow("a reply Latin-1 cannot hold") << rulesJson("{\"name\": \"zh\", \"match\": \"any\", \"reply\": \"ok 你好\"}")
                                                 << "ISO-8859-1"
                                                 << QString::fromUtf8("rule 1 'zh': reply: column 4: '你' cannot be encoded");
    QTest::newRow("a pattern GBK cannot hold") << rulesJson("{\"name\": \"p\", \"match\": \"exact\", \"pattern\": \"😀\", "
                                                            "\"action\": \"ignore\"}")
                                               << "GBK" << "rule 1 'p': ";
}

void TstRuleSet::compileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    const Result<RuleSet> set = RuleSet::fromJson(json);
    QVERIFY2(set.ok(), qPrintable(set.error)); // each of them reads; compiling finds the fault
    const auto compiled = set.value.compile(encoding);
    QVERIFY(!compiled.ok());
    QVERIFY(compiled.value.empty()); // nothing half-way
    QVERIFY2(compiled.error.contains(error), qPrintable(compiled.error));
}

void TstRuleSet::fileRoundTripAndErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/device.rules.json"));
    QVERIFY(sample().save(path).ok());
    const Result<RuleSet> loaded = RuleSet::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.value == sample());

    const Result<RuleSet> missing = RuleSet::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(missing.error.contains(u"none.json: cannot read"));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(rulesJson("{\"name\": \"x\", \"match\": \"glob\", \"pattern\": \"a\"}"));
    file.close();
    const Result<RuleSet> bad = RuleSet::load(broken);
    QVERIFY2(bad.error.startsWith(QDir::toNativeSeparators(broken) + QStringLiteral(": rule 1 'x': unknown match")),
             qPrintable(bad.error));
}

void TstRuleSet::readyMadeRules()
{
    const auto one = [](const RuleSet &set, const char *encoding, const QByteArray &frame) {
        const auto compiled = set.compile(QString::fromLatin1(encoding));
        if (!compiled.ok() || compiled.value.size() != 1)
            return QByteArray("compile failed: ") + compiled.error.toUtf8();
        const CompiledRule &rule = compiled.value.front();
        const MatchInput input(frame, QString::fromLatin1(encoding));
        if (!rule.matcher.matches(input))
            return QByteArray("no match");
        ReplyContext context;
        context.frame = &input;
        return rule.reply.render(context);
    };
    QCOMPARE(one(RuleSet::echo(), "UTF-8", QByteArray("any\0thing", 9)), QByteArray("any\0thing", 9));
    QCOMPARE(one(RuleSet::fixedReply(QStringLiteral("{x} ok\\r\\n"), false), "UTF-8", "q"), QByteArray("{x} ok\r\n"));
    QCOMPARE(one(RuleSet::fixedReply(QString::fromUtf8("谢谢"), false), "GBK", "q"), QByteArray("\xd0\xbb\xd0\xbb"));
    QCOMPARE(one(RuleSet::fixedReply(QStringLiteral("7B 0D"), true), "UTF-8", "q"), QByteArray("{\r"));
    QVERIFY(!RuleSet::echo().rules.constFirst().name.isEmpty());
}

void TstRuleSet::examplesLoad()
{
    const QDir examples(QStringLiteral(SOCKPIT_SOURCE_DIR "/docs/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.rules.json")}, QDir::Files);
    QVERIFY2(files.size() >= 2, qPrintable(files.join(u',')));
    for (const QString &name : files) {
        const Result<RuleSet> set = RuleSet::load(examples.filePath(name));
        QVERIFY2(set.ok(), qPrintable(set.error));
        QVERIFY2(!set.value.rules.isEmpty(), qPrintable(name));
        for (const char *encoding : {"UTF-8", "GBK"}) {
            const auto compiled = set.value.compile(QString::fromLatin1(encoding));
            QVERIFY2(compiled.ok(), qPrintable(name + QStringLiteral(": ") + compiled.error));
        }
        const Result<RuleSet> again = RuleSet::fromJson(set.value.toJson());
        QVERIFY(again.ok() && again.value == set.value);
    }
}

QTEST_GUILESS_MAIN(TstRuleSet)
#include "tst_ruleset.moc"
