#include "junitreport.h"

#include "replacingfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QXmlStreamWriter>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::JUnitReport)
};

/// XML 1.0 holds no control characters but tab, newline and carriage return.
QString xmlSafe(QString text)
{
    for (QChar &c : text) {
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            c = QChar(QChar::ReplacementCharacter);
    }
    return text;
}

QString seconds(qint64 ms)
{
    return QString::number(double(qMax<qint64>(0, ms)) / 1000.0, 'f', 3);
}

void writeCase(QXmlStreamWriter &xml, const QString &suite, const StepResult &result)
{
    xml.writeStartElement(QStringLiteral("testcase"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(JUnitReport::caseName(result)));
    xml.writeAttribute(QStringLiteral("classname"), xmlSafe(suite));
    xml.writeAttribute(QStringLiteral("time"), seconds(result.elapsedMs));
    switch (result.status) {
    case StepResult::Status::Pass:
        break;
    case StepResult::Status::Fail:
    case StepResult::Status::TimedOut:
        xml.writeStartElement(QStringLiteral("failure"));
        xml.writeAttribute(QStringLiteral("message"), xmlSafe(result.detail));
        xml.writeAttribute(QStringLiteral("type"),
                           result.status == StepResult::Status::Fail ? QStringLiteral("fail") : QStringLiteral("timeout"));
        xml.writeCharacters(xmlSafe(result.detail));
        xml.writeEndElement();
        break;
    case StepResult::Status::Skipped:
        xml.writeStartElement(QStringLiteral("skipped"));
        xml.writeAttribute(QStringLiteral("message"), xmlSafe(result.detail));
        xml.writeEndElement();
        break;
    }
    if (result.status == StepResult::Status::Pass && (!result.detail.isEmpty() || result.roundTripMs >= 0)) {
        QString out = result.detail;
        if (result.roundTripMs >= 0)
            out += QStringLiteral("\nround trip: %1 ms").arg(result.roundTripMs);
        xml.writeTextElement(QStringLiteral("system-out"), xmlSafe(out.trimmed()));
    }
    xml.writeEndElement();
}

} // namespace

JUnitReport JUnitReport::fromRunner(const SequenceRunner &runner, const QDateTime &startedAt)
{
    JUnitReport report;
    report.suiteName = runner.sequence().name;
    report.startedAt = startedAt;
    report.durationMs = runner.elapsedMs();
    report.results = runner.results();
    report.droppedResults = runner.droppedResults();
    report.properties.append({QStringLiteral("encoding"), runner.sequence().encoding});
    return report;
}

QString JUnitReport::caseName(const StepResult &result)
{
    const QString pass = result.iteration > 0 ? QStringLiteral(" [%1]").arg(result.iteration) : QString();
    return QStringLiteral("step %1%2 %3").arg(result.path, pass, result.title);
}

QByteArray JUnitReport::toXml() const
{
    int failures = 0;
    int skipped = 0;
    for (const StepResult &result : results) {
        failures += result.failed() ? 1 : 0;
        skipped += result.status == StepResult::Status::Skipped ? 1 : 0;
    }
    const QString suite = xmlSafe(suiteName.isEmpty() ? QStringLiteral("sequence") : suiteName);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    // The totals stand on both levels: some readers look at one, some at the other.
    const auto startWithTotals = [&](const QString &element) {
        xml.writeStartElement(element);
        xml.writeAttribute(QStringLiteral("name"), suite);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
        xml.writeAttribute(QStringLiteral("time"), seconds(durationMs));
    };
    startWithTotals(QStringLiteral("testsuites"));
    startWithTotals(QStringLiteral("testsuite"));
    if (startedAt.isValid())
        xml.writeAttribute(QStringLiteral("timestamp"), startedAt.toUTC().toString(Qt::ISODate));
    xml.writeStartElement(QStringLiteral("properties"));
    auto all = properties;
    if (droppedResults > 0)
        all.append({QStringLiteral("results-left-out"), QString::number(droppedResults)});
    for (const auto &[name, value] : std::as_const(all)) {
        xml.writeStartElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(name));
        xml.writeAttribute(QStringLiteral("value"), xmlSafe(value));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // properties
    for (const StepResult &result : results)
        writeCase(xml, suite, result);
    xml.writeEndElement(); // testsuite
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return out;
}

Status JUnitReport::checkWritable(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Status::failure(Text::tr("%1: cannot write: it is a folder").arg(name));
    if (ReplacingFile::isSpecial(path)) {
        // Opening a pipe would wait for its reader: asked of the file instead.
        if (!QFileInfo(path).isWritable())
            return Status::failure(Text::tr("%1: cannot write: %2").arg(name, Text::tr("permission denied")));
        return Status::success();
    }
    ReplacingFile file(path);
    if (!file.open())
        return Status::failure(Text::tr("%1: cannot write: %2").arg(name, file.errorString()));
    file.cancel();
    return Status::success();
}

Status JUnitReport::write(const QString &path) const
{
    const QString name = QDir::toNativeSeparators(path);
    ReplacingFile file(path);
    if (!file.open())
        return Status::failure(Text::tr("%1: cannot write: %2").arg(name, file.errorString()));
    if (!file.write(toXml()) || !file.commit())
        return Status::failure(Text::tr("%1: cannot write: %2").arg(name, file.errorString()));
    return Status::success();
}

} // namespace Sockpit
