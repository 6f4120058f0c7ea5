#include "sequence.h"

#include "jsonfile.h"
#include "namedvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::Sequence)
};

using Kind = SequenceStep::Kind;

constexpr NamedValue<Kind> KindNames[] = {
    {Kind::Send, u"send"},
    {Kind::Wait, u"wait"},
    {Kind::Expect, u"expect"},
    {Kind::Repeat, u"repeat"},
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/// The fields a step of kind may hold besides its kind's own key.
QStringList allowedFields(Kind kind)
{
    switch (kind) {
    case Kind::Send: return {key("send"), key("name")};
    case Kind::Wait: return {key("wait"), key("name")};
    case Kind::Expect: return {key("expect"), key("timeoutMs"), key("onFail"), key("name")};
    case Kind::Repeat: return {key("repeat"), key("steps"), key("name")};
    }
    return {};
}

/// A whole number of milliseconds in [minimum, SequenceStep::MaxMs], or why not.
Result<int> readMs(const QJsonValue &value, const QString &field, int minimum)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != std::floor(number) || number < minimum || number > SequenceStep::MaxMs) {
        return Result<int>::failure(
            Text::tr("\"%1\" must be a whole number of milliseconds from %2 to %3").arg(field).arg(minimum).arg(SequenceStep::MaxMs));
    }
    return Result<int>::success(int(number));
}

/// Reads steps; where names the enclosing step ("3." inside step 3, "" at the top).
class StepReader
{
public:
    Result<QList<SequenceStep>> readList(const QJsonArray &array, const QString &where, int depth);

private:
    Result<SequenceStep> readStep(const QJsonValue &value, const QString &path, int depth);
    Status readBody(SequenceStep &step, const QJsonObject &object, int depth);
    Status readSend(SequenceStep &step, const QJsonValue &value);
    Status readExpect(SequenceStep &step, const QJsonObject &object);
    /// The count and the shape of "steps"; readStep reads the nested steps.
    Status readRepeat(SequenceStep &step, const QJsonObject &object, int depth);

    int m_total = 0;
};

Result<QList<SequenceStep>> StepReader::readList(const QJsonArray &array, const QString &where, int depth)
{
    using R = Result<QList<SequenceStep>>;
    QList<SequenceStep> steps;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (++m_total > Sequence::MaxSteps)
            return R::failure(Text::tr("more than %1 steps").arg(Sequence::MaxSteps));
        Result<SequenceStep> step = readStep(array.at(i), where + QString::number(i + 1), depth);
        if (!step)
            return R::failure(step.error);
        steps.append(std::move(step.value));
    }
    return R::success(steps);
}

Result<SequenceStep> StepReader::readStep(const QJsonValue &value, const QString &path, int depth)
{
    using R = Result<SequenceStep>;
    if (!value.isObject())
        return R::failure(Text::tr("step %1: must be an object").arg(path));
    const QJsonObject object = value.toObject();
    SequenceStep step;
    int kinds = 0;
    for (const NamedValue<Kind> &entry : KindNames) {
        if (object.contains(QString::fromUtf16(entry.name))) {
            step.kind = entry.value;
            ++kinds;
        }
    }
    if (kinds != 1)
        return R::failure(Text::tr("step %1: give exactly one of \"send\", \"wait\", \"expect\" and \"repeat\"").arg(path));
    const QString kindName = SequenceStep::kindName(step.kind);
    const QStringList allowed = allowedFields(step.kind);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return R::failure(Text::tr("step %1 (%2): unknown field \"%3\"").arg(path, kindName, it.key()));
    }
    const QJsonValue name = object.value(key("name"));
    if (!name.isUndefined() && !name.isString())
        return R::failure(Text::tr("step %1 (%2): \"name\" must be a string").arg(path, kindName));
    step.name = name.toString();
    const Status body = readBody(step, object, depth);
    if (!body)
        return R::failure(Text::tr("step %1 (%2): %3").arg(path, kindName, body.error));
    if (step.kind == Kind::Repeat) {
        // Nested steps name themselves ("step 3.2 (send): …").
        Result<QList<SequenceStep>> nested = readList(object.value(key("steps")).toArray(), path + u'.', depth + 1);
        if (!nested)
            return R::failure(nested.error);
        step.steps = std::move(nested.value);
    }
    return R::success(step);
}

Status StepReader::readBody(SequenceStep &step, const QJsonObject &object, int depth)
{
    switch (step.kind) {
    case Kind::Send: return readSend(step, object.value(key("send")));
    case Kind::Wait: {
        const Result<int> ms = readMs(object.value(key("wait")), key("wait"), 0);
        step.waitMs = ms.value;
        return ms ? Status::success() : Status::failure(ms.error);
    }
    case Kind::Expect: return readExpect(step, object);
    case Kind::Repeat: return readRepeat(step, object, depth);
    }
    return Status::success();
}

Status StepReader::readSend(SequenceStep &step, const QJsonValue &value)
{
    if (!value.isObject())
        return Status::failure(Text::tr("\"send\" must be an object: {\"text\": …}, {\"hex\": …} or {\"command\": …}"));
    const QJsonObject object = value.toObject();
    if (object.contains(key("command"))) {
        const QJsonValue command = object.value(key("command"));
        if (!command.isString() || command.toString().isEmpty())
            return Status::failure(Text::tr("\"command\" must be a command's name"));
        if (object.size() != 1)
            return Status::failure(Text::tr("a send of a command holds \"command\" alone"));
        step.command = command.toString();
        return Status::success();
    }
    const Result<SendItem> item = SendItem::readFrom(object);
    step.send = item.value;
    return item ? Status::success() : Status::failure(item.error);
}

Status StepReader::readExpect(SequenceStep &step, const QJsonObject &object)
{
    const QJsonValue expect = object.value(key("expect"));
    if (!expect.isObject())
        return Status::failure(Text::tr("\"expect\" must be an object: {\"match\": …, \"pattern\": …}"));
    const Result<FrameMatchSpec> spec = FrameMatchSpec::readFrom(expect.toObject());
    if (!spec)
        return Status::failure(spec.error);
    step.match = spec.value;
    if (object.contains(key("timeoutMs"))) {
        const Result<int> ms = readMs(object.value(key("timeoutMs")), key("timeoutMs"), 1);
        if (!ms)
            return Status::failure(ms.error);
        step.timeoutMs = ms.value;
    }
    const QJsonValue onFail = object.value(key("onFail"));
    if (onFail.isUndefined() || onFail.toString() == u"fail")
        step.onFail = SequenceStep::OnFail::Fail;
    else if (onFail.toString() == u"continue")
        step.onFail = SequenceStep::OnFail::Continue;
    else
        return Status::failure(Text::tr("\"onFail\" must be \"fail\" or \"continue\""));
    return Status::success();
}

Status StepReader::readRepeat(SequenceStep &step, const QJsonObject &object, int depth)
{
    const QJsonValue count = object.value(key("repeat"));
    const double number = count.toDouble(-1);
    if (count.toString() == u"forever") {
        step.count = 0;
    } else if (count.isDouble() && number == std::floor(number) && number >= 0 && number <= SequenceStep::MaxRepeat) {
        step.count = int(number);
    } else {
        return Status::failure(
            Text::tr("\"repeat\" must be a count from 1 to %1, or \"forever\"").arg(SequenceStep::MaxRepeat));
    }
    if (depth >= Sequence::MaxDepth)
        return Status::failure(Text::tr("repeats nest deeper than %1 levels").arg(Sequence::MaxDepth));
    const QJsonValue steps = object.value(key("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty())
        return Status::failure(Text::tr("\"steps\" must be a list of the steps to repeat"));
    return Status::success();
}

QJsonArray stepsToJson(const QList<SequenceStep> &steps)
{
    QJsonArray array;
    for (const SequenceStep &step : steps) {
        QJsonObject object;
        if (!step.name.isEmpty())
            object.insert(key("name"), step.name);
        switch (step.kind) {
        case Kind::Send: {
            QJsonObject send;
            if (step.command.isEmpty())
                step.send.writeTo(send);
            else
                send.insert(key("command"), step.command);
            object.insert(key("send"), send);
            break;
        }
        case Kind::Wait: object.insert(key("wait"), step.waitMs); break;
        case Kind::Expect: {
            QJsonObject expect;
            step.match.writeTo(expect);
            object.insert(key("expect"), expect);
            object.insert(key("timeoutMs"), step.timeoutMs);
            object.insert(key("onFail"), step.onFail == SequenceStep::OnFail::Fail ? key("fail") : key("continue"));
            break;
        }
        case Kind::Repeat:
            object.insert(key("repeat"), step.count == 0 ? QJsonValue(key("forever")) : QJsonValue(step.count));
            object.insert(key("steps"), stepsToJson(step.steps));
            break;
        }
        array.append(object);
    }
    return array;
}

} // namespace

QString SequenceStep::kindName(Kind kind)
{
    return nameIn(KindNames, kind);
}

bool SequenceStep::operator==(const SequenceStep &other) const
{
    if (kind != other.kind || name != other.name)
        return false;
    switch (kind) {
    case Kind::Send: return command == other.command && (!command.isEmpty() || send == other.send);
    case Kind::Wait: return waitMs == other.waitMs;
    case Kind::Expect: return match == other.match && timeoutMs == other.timeoutMs && onFail == other.onFail;
    case Kind::Repeat: return count == other.count && steps == other.steps;
    }
    return false;
}

Result<Sequence> Sequence::fromJson(const QByteArray &text)
{
    const Result<QJsonDocument> document = JsonFile::parse(text);
    if (!document)
        return Result<Sequence>::failure(document.error);
    if (!document.value.isObject())
        return Result<Sequence>::failure(Text::tr("a sequence is a JSON object: {\"version\": 1, \"steps\": […]}"));
    return fromJsonObject(document.value.object());
}

Result<Sequence> Sequence::fromJsonObject(const QJsonObject &object)
{
    using R = Result<Sequence>;
    const QJsonValue version = object.value(key("version"));
    if (!version.isUndefined() && version.toDouble(-1) != Version)
        return R::failure(Text::tr("\"version\" must be %1, the version this Sockpit reads").arg(Version));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!QStringList{key("version"), key("name"), key("commands"), key("steps")}.contains(it.key()))
            return R::failure(Text::tr("unknown field \"%1\" (version, name, commands, steps)").arg(it.key()));
    }
    Sequence sequence;
    const QJsonValue name = object.value(key("name"));
    if (!name.isUndefined() && !name.isString())
        return R::failure(Text::tr("\"name\" must be a string"));
    sequence.name = name.toString();

    const QJsonValue commands = object.value(key("commands"));
    if (!commands.isUndefined() && !commands.isObject())
        return R::failure(Text::tr("\"commands\" must be an object of named sends"));
    const QJsonObject commandObject = commands.toObject();
    for (auto it = commandObject.begin(); it != commandObject.end(); ++it) {
        const Result<SendItem> item = it.value().isObject() ? SendItem::readFrom(it.value().toObject())
                                                            : Result<SendItem>::failure(Text::tr("must be an object"));
        if (!item)
            return R::failure(Text::tr("command \"%1\": %2").arg(it.key(), item.error));
        sequence.commands.insert(it.key(), item.value);
    }

    const QJsonValue steps = object.value(key("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty())
        return R::failure(Text::tr("\"steps\" must be a list of at least one step"));
    Result<QList<SequenceStep>> read = StepReader().readList(steps.toArray(), QString(), 0);
    if (!read)
        return R::failure(read.error);
    sequence.steps = std::move(read.value);
    return R::success(sequence);
}

Result<Sequence> Sequence::load(const QString &path)
{
    const Result<QJsonDocument> document = JsonFile::read(path);
    if (!document)
        return Result<Sequence>::failure(document.error);
    const QString file = QDir::toNativeSeparators(path);
    if (!document.value.isObject())
        return Result<Sequence>::failure(Text::tr("%1: a sequence is a JSON object: {\"version\": 1, \"steps\": […]}").arg(file));
    Result<Sequence> sequence = fromJsonObject(document.value.object());
    if (!sequence)
        return Result<Sequence>::failure(Text::tr("%1: %2").arg(file, sequence.error));
    if (sequence.value.name.isEmpty()) {
        // "login.sequence.json" is called "login".
        QString base = QFileInfo(path).completeBaseName();
        if (base.endsWith(QStringLiteral(".sequence")))
            base.chop(int(qstrlen(".sequence")));
        sequence.value.name = base;
    }
    return sequence;
}

QJsonObject Sequence::toJsonObject() const
{
    QJsonObject object;
    object.insert(key("version"), Version);
    if (!name.isEmpty())
        object.insert(key("name"), name);
    if (!commands.isEmpty()) {
        QJsonObject named;
        for (auto it = commands.begin(); it != commands.end(); ++it) {
            QJsonObject item;
            it.value().writeTo(item);
            named.insert(it.key(), item);
        }
        object.insert(key("commands"), named);
    }
    object.insert(key("steps"), stepsToJson(steps));
    return object;
}

QByteArray Sequence::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

Status Sequence::save(const QString &path) const
{
    return JsonFile::write(path, QJsonDocument(toJsonObject()));
}

} // namespace Sockpit
