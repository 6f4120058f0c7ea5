// Sequence files: each step kind, the errors (naming the step, or the line and
// column of bad JSON), the round trip through JSON, and compiling all or nothing.

#include "sequence.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockpit;

class TstSequence : public QObject
{
    Q_OBJECT

private slots:
    void parsesEachKind();
    void parseErrors_data();
    void parseErrors();
    void roundTrip_data();
    void roundTrip();
    void compileErrors_data();
    void compileErrors();
    void compileFlattensRepeats();
    void commandsResolve();
    void loadNamesTheFile();
    void examplesLoadAndCompile();
};

namespace {

QByteArray wrap(const QByteArray &steps)
{
    return "{\"version\": 1, \"name\": \"t\", \"steps\": [" + steps + "]}";
}

} // namespace

void TstSequence::parsesEachKind()
{
    const Result<Sequence> parsed = Sequence::fromJson(wrap(R"J(
        {"send": {"text": "LOGIN\\r\\n"}, "name": "login"},
        {"send": {"hex": "01 03", "checksum": "CRC-16/MODBUS:le"}},
        {"send": {"command": "query"}},
        {"wait": 250},
        {"expect": {"match": "regex", "pattern": "^OK (\\d+)", "ignoreCase": true}, "timeoutMs": 500, "onFail": "continue"},
        {"expect": {"match": "hex", "pattern": "01 03 ??"}},
        {"repeat": 3, "steps": [{"wait": 0}]},
        {"repeat": "forever", "steps": [{"repeat": 2, "steps": [{"wait": 1}]}]}
    )J"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const QList<SequenceStep> &steps = parsed.value.steps;
    QCOMPARE(parsed.value.name, QStringLiteral("t"));
    QCOMPARE(steps.size(), 8);
    QCOMPARE(steps[0].kind, SequenceStep::Kind::Send);
    QCOMPARE(steps[0].name, QStringLiteral("login"));
    QCOMPARE(steps[0].send.data, QStringLiteral("LOGIN\\r\\n"));
    QVERIFY(!steps[0].send.hex);
    QVERIFY(steps[1].send.hex);
    QVERIFY(steps[1].send.checksum.has_value());
    QCOMPARE(steps[2].command, QStringLiteral("query"));
    QCOMPARE(steps[3].kind, SequenceStep::Kind::Wait);
    QCOMPARE(steps[3].waitMs, 250);
    QCOMPARE(steps[4].kind, SequenceStep::Kind::Expect);
    QCOMPARE(steps[4].match.kind, FrameMatchSpec::Kind::Regex);
    QVERIFY(steps[4].match.caseInsensitive);
    QCOMPARE(steps[4].timeoutMs, 500);
    QCOMPARE(steps[4].onFail, SequenceStep::OnFail::Continue);
    QCOMPARE(steps[5].timeoutMs, SequenceStep::DefaultTimeoutMs);
    QCOMPARE(steps[5].onFail, SequenceStep::OnFail::Fail);
    QCOMPARE(steps[6].kind, SequenceStep::Kind::Repeat);
    QCOMPARE(steps[6].count, 3);
    QCOMPARE(steps[6].steps.size(), 1);
    QCOMPARE(steps[7].count, 0);
    QCOMPARE(steps[7].steps[0].steps[0].waitMs, 1);
}

void TstSequence::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("syntax, line and column") << QByteArray("{\"version\": 1,\n  \"steps\": [}\n")
                                             << QStringLiteral("line 2, column 13: ");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("a sequence is a JSON object");
    QTest::newRow("version") << QByteArray("{\"version\": 2, \"steps\": [{\"wait\": 1}]}") << QStringLiteral("\"version\" must be 1");
    QTest::newRow("unknown top field") << QByteArray("{\"step\": []}") << QStringLiteral("unknown field \"step\"");
    QTest::newRow("no steps") << QByteArray("{\"version\": 1}") << QStringLiteral("\"steps\" must be a list");
    QTest::newRow("empty steps") << wrap("") << QStringLiteral("\"steps\" must be a list");
    QTest::newRow("step not object") << wrap("1") << QStringLiteral("step 1: must be an object");
    QTest::newRow("no kind") << wrap("{\"wait\": 1}, {\"name\": \"x\"}") << QStringLiteral("step 2: give exactly one of");
    QTest::newRow("two kinds") << wrap("{\"wait\": 1, \"send\": {\"text\": \"a\"}}") << QStringLiteral("step 1: give exactly one of");
    QTest::newRow("unknown field") << wrap("{\"expect\": {\"match\": \"exact\", \"pattern\": \"a\"}, \"timeout\": 5}")
                                   << QStringLiteral("step 1 (expect): unknown field \"timeout\"");
    QTest::newRow("wait negative") << wrap("{\"wait\": -1}") << QStringLiteral("step 1 (wait): \"wait\" must be a whole number");
    QTest::newRow("wait fraction") << wrap("{\"wait\": 1.5}") << QStringLiteral("step 1 (wait): \"wait\" must be a whole number");
    QTest::newRow("wait string") << wrap("{\"wait\": \"5\"}") << QStringLiteral("step 1 (wait):");
    QTest::newRow("timeout zero") << wrap("{\"expect\": {\"match\": \"exact\", \"pattern\": \"a\"}, \"timeoutMs\": 0}")
                                  << QStringLiteral("step 1 (expect): \"timeoutMs\"");
    QTest::newRow("onFail") << wrap("{\"expect\": {\"match\": \"exact\", \"pattern\": \"a\"}, \"onFail\": \"skip\"}")
                            << QStringLiteral("step 1 (expect): \"onFail\" must be");
    QTest::newRow("match unknown") << wrap("{\"expect\": {\"match\": \"glob\", \"pattern\": \"a\"}}")
                                   << QStringLiteral("step 1 (expect): unknown match 'glob'");
    QTest::newRow("expect not object") << wrap("{\"expect\": \"OK\"}") << QStringLiteral("step 1 (expect): \"expect\" must be an object");
    QTest::newRow("send both") << wrap("{\"send\": {\"text\": \"a\", \"hex\": \"01\"}}")
                               << QStringLiteral("step 1 (send): give exactly one of \"text\" and \"hex\"");
    QTest::newRow("send bad hex") << wrap("{\"wait\": 1}, {\"send\": {\"hex\": \"0G\"}}") << QStringLiteral("step 2 (send): \"hex\":");
    QTest::newRow("send bad escape") << wrap("{\"send\": {\"text\": \"a\\\\q\"}}") << QStringLiteral("step 1 (send): \"text\":");
    QTest::newRow("command with more") << wrap("{\"send\": {\"command\": \"a\", \"text\": \"b\"}}")
                                       << QStringLiteral("step 1 (send): a send of a command holds \"command\" alone");
    QTest::newRow("repeat zero steps") << wrap("{\"repeat\": 2, \"steps\": []}") << QStringLiteral("step 1 (repeat): \"steps\" must be");
    QTest::newRow("repeat bad count") << wrap("{\"repeat\": -2, \"steps\": [{\"wait\": 1}]}")
                                      << QStringLiteral("step 1 (repeat): \"repeat\" must be a count");
    QTest::newRow("repeat word") << wrap("{\"repeat\": \"always\", \"steps\": [{\"wait\": 1}]}")
                                 << QStringLiteral("step 1 (repeat): \"repeat\" must be a count");
    QTest::newRow("nested step") << wrap("{\"wait\": 1}, {\"repeat\": 2, \"steps\": [{\"wait\": 1}, {\"wait\": true}]}")
                                 << QStringLiteral("step 2.2 (wait):");
    QByteArray deep = "{\"wait\": 1}";
    for (int i = 0; i < Sequence::MaxDepth + 1; ++i)
        deep = "{\"repeat\": 1, \"steps\": [" + deep + "]}";
    QTest::newRow("too deep") << wrap(deep) << QStringLiteral("repeats nest deeper than");
    QTest::newRow("bad command") << QByteArray("{\"commands\": {\"a\": {\"hex\": \"zz\"}}, \"steps\": [{\"wait\": 1}]}")
                                 << QStringLiteral("command \"a\": \"hex\":");
}

void TstSequence::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<Sequence> parsed = Sequence::fromJson(json);
    QVERIFY2(!parsed.ok(), json.constData());
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

void TstSequence::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("every kind") << QByteArray(R"({"version": 1, "name": "all",
        "commands": {"hello": {"text": "HI", "lineEnding": "crlf"}},
        "steps": [
        {"send": {"text": "A\\r\\n", "encoding": "GBK"}, "name": "a"},
        {"send": {"command": "hello"}},
        {"wait": 10},
        {"expect": {"match": "starts-with", "pattern": "OK"}, "timeoutMs": 30, "onFail": "continue", "name": "ok"},
        {"repeat": "forever", "steps": [{"repeat": 4, "steps": [{"send": {"hex": "01 02"}}]}]}]})");
    QTest::newRow("no name") << QByteArray(R"({"steps": [{"wait": 0}]})");
}

void TstSequence::roundTrip()
{
    QFETCH(QByteArray, json);
    const Result<Sequence> parsed = Sequence::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const QByteArray written = parsed.value.toJson();
    const Result<Sequence> again = Sequence::fromJson(written);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY2(again.value == parsed.value, written.constData());
    QCOMPARE(again.value.toJson(), written);
    QVERIFY(written.contains("\"version\": 1"));
}

void TstSequence::compileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad regex") << wrap(R"({"wait": 1}, {"expect": {"match": "regex", "pattern": "(ab"}})") << QStringLiteral("UTF-8")
                               << QStringLiteral("step 2 (expect):");
    QTest::newRow("bad hex pattern") << wrap(R"({"expect": {"match": "hex", "pattern": "01 0?"}})") << QStringLiteral("UTF-8")
                                     << QStringLiteral("step 1 (expect): hex pattern");
    QTest::newRow("empty pattern") << wrap(R"({"expect": {"match": "exact", "pattern": ""}})") << QStringLiteral("UTF-8")
                                   << QStringLiteral("step 1 (expect): the pattern is empty");
    QTest::newRow("unencodable send") << wrap(R"({"repeat": 2, "steps": [{"wait": 1}, {"send": {"text": "你好"}}]})")
                                      << QStringLiteral("ISO-8859-1") << QStringLiteral("step 1.2 (send):");
    QTest::newRow("unencodable pattern") << wrap(R"({"expect": {"match": "contains", "pattern": "你好"}})")
                                         << QStringLiteral("ISO-8859-1") << QStringLiteral("step 1 (expect):");
    QTest::newRow("unknown command") << wrap(R"({"send": {"command": "nope"}})") << QStringLiteral("UTF-8")
                                     << QStringLiteral("step 1 (send): no command is called \"nope\"");
    QTest::newRow("empty send") << wrap(R"({"send": {"text": ""}})") << QStringLiteral("UTF-8")
                                << QStringLiteral("step 1 (send): there is nothing to send");
}

void TstSequence::compileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    const Result<Sequence> parsed = Sequence::fromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const Result<CompiledSequence> compiled = CompiledSequence::compile(parsed.value, encoding);
    QVERIFY(!compiled.ok());
    QVERIFY2(compiled.error.startsWith(error), qPrintable(compiled.error));
    // All or nothing: no steps come back with an error.
    QVERIFY(compiled.value.steps.isEmpty());
}

void TstSequence::compileFlattensRepeats()
{
    const Result<Sequence> parsed = Sequence::fromJson(wrap(R"(
        {"send": {"text": "A\\n"}},
        {"repeat": 2, "steps": [{"wait": 5}, {"repeat": 3, "steps": [{"expect": {"match": "exact", "pattern": "B"}}]}]},
        {"wait": 1})"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const Result<CompiledSequence> compiled = CompiledSequence::compile(parsed.value, QStringLiteral("UTF-8"));
    QVERIFY2(compiled.ok(), qPrintable(compiled.error));
    const QList<CompiledStep> &steps = compiled.value.steps;
    QStringList paths;
    for (const CompiledStep &step : steps)
        paths << step.path;
    QCOMPARE(paths.join(u' '), QStringLiteral("1 2 2.1 2.2 2.2.1 3"));
    QCOMPARE(steps[0].bytes, QByteArray("A\n"));
    QCOMPARE(steps[0].title, QStringLiteral("send \"A\\n\""));
    QCOMPARE(steps[1].end, 5);
    QCOMPARE(steps[3].end, 5);
    QCOMPARE(steps[3].count, 3);
    QCOMPARE(steps[4].title, QStringLiteral("expect exact \"B\""));
    QCOMPARE(steps[4].timeoutMs, SequenceStep::DefaultTimeoutMs);
}

void TstSequence::commandsResolve()
{
    const Result<Sequence> parsed = Sequence::fromJson(R"({"commands": {"own": {"text": "OWN"}},
        "steps": [{"send": {"command": "own"}}, {"send": {"command": "lib"}}]})");
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QStringList asked;
    const CommandResolver resolver = [&asked](const QString &name) -> std::optional<SendItem> {
        asked << name;
        SendItem item;
        item.data = QStringLiteral("FROM-") + name;
        item.lineEnding = PayloadSpec::LineEnding::LF;
        return item;
    };
    const Result<CompiledSequence> compiled = CompiledSequence::compile(parsed.value, QStringLiteral("UTF-8"), resolver);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error));
    QCOMPARE(compiled.value.steps[0].bytes, QByteArray("OWN")); // the file's own first
    QCOMPARE(compiled.value.steps[1].bytes, QByteArray("FROM-lib\n"));
    QCOMPARE(asked, QStringList{QStringLiteral("lib")});
    QCOMPARE(compiled.value.steps[1].title, QStringLiteral("send command \"lib\""));
}

void TstSequence::loadNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(QStringLiteral("bad.sequence.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"steps\": [\n    {\"wait\": 1},,\n  ]\n}\n");
    file.close();
    const Result<Sequence> broken = Sequence::load(bad);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error.startsWith(QDir::toNativeSeparators(bad) + QStringLiteral(": line 3, column")),
             qPrintable(broken.error));

    const QString good = dir.filePath(QStringLiteral("probe.sequence.json"));
    Sequence sequence;
    SequenceStep wait;
    wait.kind = SequenceStep::Kind::Wait;
    wait.waitMs = 3;
    sequence.steps << wait;
    QVERIFY(sequence.save(good).ok());
    const Result<Sequence> loaded = Sequence::load(good);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.value.name, QStringLiteral("probe")); // named after the file
    QCOMPARE(loaded.value.steps, sequence.steps);

    const Result<Sequence> missing = Sequence::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(QStringLiteral("none.json")), qPrintable(missing.error));
}

void TstSequence::examplesLoadAndCompile()
{
    const QDir examples(QStringLiteral(SOCKPIT_SOURCE_DIR "/docs/examples"));
    const QStringList files = examples.entryList({QStringLiteral("*.sequence.json")}, QDir::Files);
    QVERIFY2(files.size() >= 2, qPrintable(examples.path()));
    for (const QString &name : files) {
        const Result<Sequence> loaded = Sequence::load(examples.filePath(name));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const Result<CompiledSequence> compiled = CompiledSequence::compile(loaded.value, QStringLiteral("UTF-8"));
        QVERIFY2(compiled.ok(), qPrintable(name + QStringLiteral(": ") + compiled.error));
        const Result<Sequence> again = Sequence::fromJson(loaded.value.toJson());
        QVERIFY2(again.ok() && again.value == loaded.value, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TstSequence)
#include "tst_sequence.moc"
