#include "commandlibrary.h"

#include "jsonfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::CommandLibrary)
};

/// Commands with no encoding of their own are checked in UTF-8, which holds every character.
constexpr char16_t CheckEncoding[] = u"UTF-8";

QString describe(const Command &command)
{
    return command.group.isEmpty() ? command.name : command.group + u'/' + command.name;
}

/// A group or a command: an object with a "name"; the error says which is missing.
Result<QJsonObject> namedObject(const QJsonValue &value)
{
    using R = Result<QJsonObject>;
    if (!value.isObject())
        return R::failure(Text::tr("must be an object"));
    if (!value.toObject().value(QStringLiteral("name")).isString())
        return R::failure(Text::tr("\"name\" must be a string"));
    return R::success(value.toObject());
}

Result<Command> readCommand(const QJsonValue &value, const QString &group)
{
    using R = Result<Command>;
    const Result<QJsonObject> named = namedObject(value);
    if (!named)
        return R::failure(named.error);
    const QJsonObject &object = named.value;
    Command command;
    command.name = object.value(QStringLiteral("name")).toString();
    command.group = group;
    const QJsonValue comment = object.value(QStringLiteral("comment"));
    if (!comment.isUndefined() && !comment.isString())
        return R::failure(Text::tr("\"%1\": \"comment\" must be a string").arg(command.name));
    command.comment = comment.toString();
    const Result<SendItem> item = SendItem::readFrom(object);
    if (!item)
        return R::failure(Text::tr("\"%1\": %2").arg(command.name, item.error));
    command.item = item.value;
    return R::success(command);
}

Result<CommandGroup> readGroup(const QJsonValue &value)
{
    using R = Result<CommandGroup>;
    const Result<QJsonObject> named = namedObject(value);
    if (!named)
        return R::failure(named.error);
    const QJsonObject &object = named.value;
    CommandGroup group;
    group.name = object.value(QStringLiteral("name")).toString();
    const QJsonValue commands = object.value(QStringLiteral("commands"));
    if (!commands.isUndefined() && !commands.isArray())
        return R::failure(Text::tr("\"%1\": \"commands\" must be an array").arg(group.name));
    const QJsonArray list = commands.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Result<Command> command = readCommand(list.at(i), group.name);
        if (!command)
            return R::failure(Text::tr("\"%1\", command %2: %3").arg(group.name).arg(i + 1).arg(command.error));
        group.commands.append(command.value);
    }
    return R::success(group);
}

QJsonObject commandObject(const Command &command)
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), command.name);
    command.item.writeTo(object);
    if (!command.comment.isEmpty())
        object.insert(QStringLiteral("comment"), command.comment);
    return object;
}

qsizetype indexOf(const QList<Command> &commands, const QString &name)
{
    for (qsizetype i = 0; i < commands.size(); ++i) {
        if (commands.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace

bool Command::operator==(const Command &other) const
{
    return name == other.name && group == other.group && item == other.item && comment == other.comment;
}

CommandLibrary::CommandLibrary(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    load();
}

QString CommandLibrary::defaultPath()
{
    // Next to the settings file (~/.config/Sockpit/Sockpit.conf): one folder holds all the user keeps.
    const QFileInfo settings(QSettings().fileName());
    return settings.absoluteDir().filePath(QStringLiteral("commands.json"));
}

void CommandLibrary::load()
{
    if (!QFileInfo::exists(m_path))
        return;
    Result<QJsonDocument> document = JsonFile::read(m_path);
    Result<QList<CommandGroup>> groups;
    if (document) {
        groups = fromJson(document.value);
        if (!groups)
            groups.error = Text::tr("%1: %2").arg(QDir::toNativeSeparators(m_path), groups.error);
    } else {
        groups.error = document.error;
    }
    if (groups) {
        m_groups = groups.value;
        return;
    }
    // Never written over: the user may want to mend it by hand.
    const QString aside = JsonFile::asidePath(m_path);
    if (QFile::rename(m_path, aside)) {
        m_loadError = Text::tr("%1. The file was kept as %2 and the library starts empty.")
                          .arg(groups.error, QDir::toNativeSeparators(aside));
    } else {
        m_locked = true;
        m_loadError = Text::tr("%1. It could not be moved aside, so the library is not saved until the file is "
                         "mended or removed.")
                          .arg(groups.error);
    }
}

QStringList CommandLibrary::groupNames() const
{
    QStringList names;
    for (const CommandGroup &group : m_groups)
        names << group.name;
    return names;
}

QList<Command> CommandLibrary::commands() const
{
    QList<Command> all;
    for (const CommandGroup &group : m_groups)
        all += group.commands;
    return all;
}

int CommandLibrary::commandCount() const
{
    int count = 0;
    for (const CommandGroup &group : m_groups)
        count += int(group.commands.size());
    return count;
}

int CommandLibrary::groupIndex(const QString &name) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<Command> CommandLibrary::command(const QString &group, const QString &name) const
{
    const int g = groupIndex(group);
    const qsizetype at = g < 0 ? -1 : indexOf(m_groups.at(g).commands, name);
    if (at < 0)
        return std::nullopt;
    return m_groups.at(g).commands.at(at);
}

Result<Command> CommandLibrary::lookup(const QString &name) const
{
    using R = Result<Command>;
    // Group names hold no '/', so the first one ends the group.
    const qsizetype slash = name.indexOf(u'/');
    if (slash > 0) {
        if (const std::optional<Command> found = command(name.left(slash), name.mid(slash + 1)))
            return R::success(*found);
    }
    QList<Command> matches;
    for (const CommandGroup &group : m_groups) {
        for (const Command &command : group.commands) {
            if (command.name == name)
                matches << command;
        }
    }
    if (matches.size() == 1)
        return R::success(matches.constFirst());
    if (matches.isEmpty())
        return R::failure(Text::tr("no command \"%1\" in the library").arg(name));
    return R::failure(Text::tr("%n group(s) have a command \"%1\": write it as group/name", nullptr, int(matches.size()))
                          .arg(name));
}

std::optional<SendItem> CommandLibrary::find(const QString &name) const
{
    const Result<Command> found = lookup(name);
    if (!found)
        return std::nullopt;
    return found.value.item;
}

QString CommandLibrary::problemWith(const Command &command)
{
    if (command.name.trimmed().isEmpty())
        return Text::tr("a command needs a name");
    if (command.group.trimmed().isEmpty())
        return Text::tr("\"%1\": a command needs a group").arg(command.name);
    if (command.group.contains(u'/'))
        return Text::tr("group \"%1\": a group's name cannot hold '/'").arg(command.group);
    const Result<QByteArray> bytes = command.item.bytes(QString::fromUtf16(CheckEncoding));
    if (!bytes)
        return Text::tr("\"%1\": %2").arg(describe(command), bytes.error);
    if (bytes.value.isEmpty())
        return Text::tr("\"%1\": there is nothing to send").arg(describe(command));
    return QString();
}

QString CommandLibrary::problemWith(const QList<CommandGroup> &groups)
{
    QSet<QString> groupNames;
    for (const CommandGroup &group : groups) {
        if (group.name.trimmed().isEmpty())
            return group.commands.isEmpty() ? Text::tr("a group needs a name") : problemWith(group.commands.constFirst());
        if (group.name.contains(u'/'))
            return Text::tr("group \"%1\": a group's name cannot hold '/'").arg(group.name);
        if (groupNames.contains(group.name))
            return Text::tr("there are two groups named \"%1\"").arg(group.name);
        groupNames.insert(group.name);
        QSet<QString> names;
        for (const Command &command : group.commands) {
            const QString problem = problemWith(command);
            if (!problem.isEmpty())
                return problem;
            if (names.contains(command.name))
                return Text::tr("group \"%1\" has two commands named \"%2\"").arg(group.name, command.name);
            names.insert(command.name);
        }
    }
    return QString();
}

Result<QList<CommandGroup>> CommandLibrary::fromJson(const QJsonDocument &document)
{
    using R = Result<QList<CommandGroup>>;
    if (!document.isObject())
        return R::failure(Text::tr("a command library is a JSON object with \"version\" and \"groups\""));
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return R::failure(Text::tr("\"version\" must be a whole number from 1"));
    if (version.toInt() > FormatVersion) {
        return R::failure(Text::tr("version %1 is newer than this Sockpit reads (%2)").arg(version.toInt()).arg(FormatVersion));
    }
    const QJsonValue groups = root.value(QStringLiteral("groups"));
    if (!groups.isArray())
        return R::failure(Text::tr("\"groups\" must be an array"));
    QList<CommandGroup> result;
    const QJsonArray list = groups.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Result<CommandGroup> group = readGroup(list.at(i));
        if (!group)
            return R::failure(Text::tr("group %1: %2").arg(i + 1).arg(group.error));
        result.append(group.value);
    }
    const QString problem = problemWith(result);
    if (!problem.isEmpty())
        return R::failure(problem);
    return R::success(result);
}

QJsonDocument CommandLibrary::toJson(const QList<CommandGroup> &groups)
{
    QJsonArray groupList;
    for (const CommandGroup &group : groups) {
        QJsonArray commands;
        for (const Command &command : group.commands)
            commands.append(commandObject(command));
        groupList.append(QJsonObject{{QStringLiteral("name"), group.name}, {QStringLiteral("commands"), commands}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), FormatVersion}, {QStringLiteral("groups"), groupList}});
}

Status CommandLibrary::commit(QList<CommandGroup> next)
{
    const QString problem = problemWith(next);
    if (!problem.isEmpty())
        return Status::failure(problem);
    if (m_locked) {
        return Status::failure(Text::tr("%1 is broken and could not be moved aside: mend or remove it first")
                                   .arg(QDir::toNativeSeparators(m_path)));
    }
    const Status written = JsonFile::write(m_path, toJson(next));
    if (!written)
        return written;
    m_groups = std::move(next);
    emit changed();
    return Status::success();
}

Status CommandLibrary::add(const Command &command)
{
    QList<CommandGroup> next = m_groups;
    const int g = groupIndex(command.group);
    if (g < 0)
        next.append(CommandGroup{command.group, {command}});
    else
        next[g].commands.append(command);
    return commit(std::move(next));
}

Status CommandLibrary::update(const QString &group, const QString &name, const Command &command)
{
    const int g = groupIndex(group);
    const qsizetype at = g < 0 ? -1 : indexOf(m_groups.at(g).commands, name);
    if (at < 0)
        return Status::failure(Text::tr("no command \"%1\" in group \"%2\"").arg(name, group));
    QList<CommandGroup> next = m_groups;
    if (command.group == group) {
        next[g].commands[at] = command; // keeps its place
    } else {
        next[g].commands.removeAt(at);
        const int target = groupIndex(command.group);
        if (target < 0)
            next.append(CommandGroup{command.group, {command}});
        else
            next[target].commands.append(command);
    }
    return commit(std::move(next));
}

Status CommandLibrary::remove(const QString &group, const QString &name)
{
    const int g = groupIndex(group);
    QList<CommandGroup> next = m_groups;
    if (g < 0 || next[g].commands.removeIf([&](const Command &c) { return c.name == name; }) == 0)
        return Status::failure(Text::tr("no command \"%1\" in group \"%2\"").arg(name, group));
    return commit(std::move(next));
}

Status CommandLibrary::move(const QString &group, const QString &name, int steps)
{
    const int g = groupIndex(group);
    if (g < 0)
        return Status::failure(Text::tr("no group \"%1\"").arg(group));
    const qsizetype at = indexOf(m_groups.at(g).commands, name);
    if (at < 0)
        return Status::failure(Text::tr("no command \"%1\" in group \"%2\"").arg(name, group));
    const qsizetype to = qBound(qsizetype(0), at + steps, m_groups.at(g).commands.size() - 1);
    if (to == at)
        return Status::success();
    QList<CommandGroup> next = m_groups;
    next[g].commands.move(at, to);
    return commit(std::move(next));
}

Status CommandLibrary::addGroup(const QString &name)
{
    if (groupIndex(name) >= 0)
        return Status::failure(Text::tr("there is already a group named \"%1\"").arg(name));
    QList<CommandGroup> next = m_groups;
    next.append(CommandGroup{name, {}});
    return commit(std::move(next));
}

Status CommandLibrary::renameGroup(const QString &from, const QString &to)
{
    const int g = groupIndex(from);
    if (g < 0)
        return Status::failure(Text::tr("no group \"%1\"").arg(from));
    if (from == to)
        return Status::success();
    if (groupIndex(to) >= 0)
        return Status::failure(Text::tr("there is already a group named \"%1\"").arg(to));
    QList<CommandGroup> next = m_groups;
    next[g].name = to;
    for (Command &command : next[g].commands)
        command.group = to;
    return commit(std::move(next));
}

Status CommandLibrary::removeGroup(const QString &name)
{
    const int g = groupIndex(name);
    if (g < 0)
        return Status::failure(Text::tr("no group \"%1\"").arg(name));
    QList<CommandGroup> next = m_groups;
    next.removeAt(g);
    return commit(std::move(next));
}

Status CommandLibrary::moveGroup(const QString &name, int steps)
{
    const int g = groupIndex(name);
    if (g < 0)
        return Status::failure(Text::tr("no group \"%1\"").arg(name));
    const int to = qBound(0, g + steps, int(m_groups.size()) - 1);
    if (to == g)
        return Status::success();
    QList<CommandGroup> next = m_groups;
    next.move(g, to);
    return commit(std::move(next));
}

Status CommandLibrary::clear()
{
    return commit({});
}

Result<CommandLibrary::ImportSummary> CommandLibrary::importFile(const QString &path, ImportMode mode)
{
    using R = Result<ImportSummary>;
    const Result<QJsonDocument> document = JsonFile::read(path);
    if (!document)
        return R::failure(document.error);
    const Result<QList<CommandGroup>> incoming = fromJson(document.value);
    if (!incoming)
        return R::failure(Text::tr("%1: %2").arg(QDir::toNativeSeparators(path), incoming.error));
    ImportSummary summary;
    QList<CommandGroup> next = mode == ImportMode::Replace ? QList<CommandGroup>() : m_groups;
    for (const CommandGroup &group : incoming.value) {
        int g = 0;
        while (g < next.size() && next.at(g).name != group.name)
            ++g;
        if (g == next.size())
            next.append(CommandGroup{group.name, {}});
        QList<Command> &commands = next[g].commands;
        for (const Command &command : group.commands) {
            const qsizetype same = indexOf(commands, command.name);
            if (same < 0) {
                commands.append(command);
                ++summary.added;
            } else {
                commands[same] = command;
                ++summary.replaced;
            }
        }
    }
    const Status committed = commit(std::move(next));
    if (!committed)
        return R::failure(committed.error);
    return R::success(summary);
}

Status CommandLibrary::exportFile(const QString &path) const
{
    return JsonFile::write(path, toJson(m_groups));
}

} // namespace Sockpit
