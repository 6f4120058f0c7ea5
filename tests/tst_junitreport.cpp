// The JUnit report of a sequence run: read back with QXmlStreamReader, and
// accepted by a JUnit parser (python3-junitparser) when one is installed.

#include "junitreport.h"

#include "common/junitparsercheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace Sockpit;

namespace {

StepResult result(const QString &path, quint64 iteration, StepResult::Status status, const QString &detail, qint64 ms)
{
    StepResult r;
    r.path = path;
    r.title = QStringLiteral("expect starts-with \"OK\"");
    r.kind = SequenceStep::Kind::Expect;
    r.iteration = iteration;
    r.status = status;
    r.detail = detail;
    r.elapsedMs = ms;
    r.roundTripMs = status == StepResult::Status::Pass ? 12 : -1;
    return r;
}

JUnitReport sample()
{
    JUnitReport report;
    report.suiteName = QStringLiteral("login <then> \"query\"");
    report.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    report.durationMs = 2500;
    report.properties = {{QStringLiteral("target"), QStringLiteral("127.0.0.1:7000")}};
    report.results = {
        result(QStringLiteral("1"), 0, StepResult::Status::Pass, QStringLiteral("matched \"OK\""), 12),
        result(QStringLiteral("2.1"), 2, StepResult::Status::Fail, QStringLiteral("received \"ERR\x01\" & <more>"), 300),
        result(QStringLiteral("3"), 0, StepResult::Status::TimedOut, QStringLiteral("nothing received within 200 ms"), 200),
        result(QStringLiteral("4"), 0, StepResult::Status::Skipped, QStringLiteral("an earlier step failed"), 0),
    };
    report.droppedResults = 7;
    return report;
}

struct Case
{
    QString name;
    QString time;
    QString failureType;
    QString failureMessage;
    bool skipped = false;
};

} // namespace

class TstJUnitReport : public QObject
{
    Q_OBJECT

private slots:
    void readsBack();
    void caseNames();
    void writesAtomically();
    void junitParserAccepts();
};

void TstJUnitReport::readsBack()
{
    const QByteArray xml = sample().toXml();
    QXmlStreamReader reader(xml);
    QList<Case> cases;
    QMap<QString, QString> suite;
    QMap<QString, QString> properties;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == u"testsuite") {
            for (const QXmlStreamAttribute &attribute : a)
                suite.insert(attribute.name().toString(), attribute.value().toString());
        } else if (reader.name() == u"property") {
            properties.insert(a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("value")).toString());
        } else if (reader.name() == u"testcase") {
            cases.append(Case{a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("time")).toString(), {}, {}, false});
        } else if (reader.name() == u"failure") {
            cases.last().failureType = a.value(QStringLiteral("type")).toString();
            cases.last().failureMessage = a.value(QStringLiteral("message")).toString();
        } else if (reader.name() == u"skipped") {
            cases.last().skipped = true;
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(suite.value(QStringLiteral("name")), QStringLiteral("login <then> \"query\""));
    QCOMPARE(suite.value(QStringLiteral("tests")), QStringLiteral("4"));
    QCOMPARE(suite.value(QStringLiteral("failures")), QStringLiteral("2"));
    QCOMPARE(suite.value(QStringLiteral("skipped")), QStringLiteral("1"));
    QCOMPARE(suite.value(QStringLiteral("time")), QStringLiteral("2.500"));
    QCOMPARE(suite.value(QStringLiteral("timestamp")), QStringLiteral("2026-01-02T03:04:05Z"));
    QCOMPARE(properties.value(QStringLiteral("target")), QStringLiteral("127.0.0.1:7000"));
    QCOMPARE(properties.value(QStringLiteral("results-left-out")), QStringLiteral("7"));
    QCOMPARE(cases.size(), 4);
    QCOMPARE(cases[0].time, QStringLiteral("0.012"));
    QVERIFY(cases[0].failureType.isEmpty());
    QCOMPARE(cases[1].failureType, QStringLiteral("fail"));
    // A control character cannot be in XML 1.0: it is replaced, the rest kept.
    QCOMPARE(cases[1].failureMessage, QStringLiteral("received \"ERR\uFFFD\" & <more>"));
    QCOMPARE(cases[1].time, QStringLiteral("0.300"));
    QCOMPARE(cases[2].failureType, QStringLiteral("timeout"));
    QVERIFY(cases[3].skipped);
    QVERIFY(cases[3].failureType.isEmpty());
}

void TstJUnitReport::caseNames()
{
    const JUnitReport report = sample();
    QCOMPARE(JUnitReport::caseName(report.results[0]), QStringLiteral("step 1 expect starts-with \"OK\""));
    QCOMPARE(JUnitReport::caseName(report.results[1]), QStringLiteral("step 2.1 [2] expect starts-with \"OK\""));
}

void TstJUnitReport::writesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.xml"));
    QVERIFY(sample().write(path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), sample().toXml());
    const Status refused = sample().write(dir.filePath(QStringLiteral("no/such/folder/report.xml")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QStringLiteral("report.xml")), qPrintable(refused.error));

    // A device takes the report in place and stays a device (--junit /dev/null).
    QVERIFY(JUnitReport::checkWritable(QStringLiteral("/dev/null")).ok());
    QVERIFY(sample().write(QStringLiteral("/dev/null")).ok());
    struct stat info{};
    QVERIFY(::stat("/dev/null", &info) == 0 && S_ISCHR(info.st_mode));
}

void TstJUnitReport::junitParserAccepts()
{
    const QString python = SockpitTest::pythonWithJunitparser();
    SKIP_WITHOUT_JUNITPARSER(python);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xml"));
    QVERIFY(sample().write(path).ok());
    // One suite, four cases: a failure and a timeout fail, one is skipped.
    QCOMPARE(SockpitTest::junitparserSummary(python, path), QByteArray("1 4 2 1"));
}

QTEST_GUILESS_MAIN(TstJUnitReport)
#include "tst_junitreport.moc"
