#pragma once

#include "result.h"
#include "senditem.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonDocument;

namespace Sockpit {

/// A named thing to send, kept in the library.
struct Command
{
    QString name;
    QString group;
    SendItem item;
    QString comment;

    bool operator==(const Command &other) const;
    bool operator!=(const Command &other) const { return !(*this == other); }
};

/// Commands under one name, in the order the user put them.
struct CommandGroup
{
    QString name;
    QList<Command> commands;

    bool operator==(const CommandGroup &other) const { return name == other.name && commands == other.commands; }
};

/// The user's command library: groups of commands, shared by every panel.
/// Every change is written to the file at once (atomically, through
/// JsonFile::write), so a crash or a forced shutdown loses nothing; a change
/// that cannot be written is not made. File format:
/// {"version":1,"groups":[{"name":…,"commands":[{"name":…,"text"|"hex":…,
///  "encoding":…,"lineEnding":…,"checksum":…,"comment":…}]}]}
class CommandLibrary : public QObject
{
    Q_OBJECT
public:
    static constexpr int FormatVersion = 1;

    enum class ImportMode {
        Merge,   ///< the file's commands are added; one with the same group and name replaces the old one
        Replace, ///< the library becomes what the file holds
    };
    struct ImportSummary
    {
        int added = 0;
        int replaced = 0;
    };

    /// Loads path (a missing file is an empty library). A broken file is kept
    /// aside as path.broken-<time>, loadError() says why, and the library starts empty.
    explicit CommandLibrary(const QString &path = defaultPath(), QObject *parent = nullptr);

    /// commands.json in the settings folder.
    static QString defaultPath();
    QString path() const { return m_path; }
    /// Why the file could not be loaded at start; empty when it loaded (or did not exist).
    QString loadError() const { return m_loadError; }

    const QList<CommandGroup> &groups() const { return m_groups; }
    QStringList groupNames() const;
    /// Every command, group by group.
    QList<Command> commands() const;
    int commandCount() const;
    std::optional<Command> command(const QString &group, const QString &name) const;
    /// "group/name", or a bare name that only one group holds.
    Result<Command> lookup(const QString &name) const;
    std::optional<SendItem> find(const QString &name) const;

    /// Appends command to its group (a new group goes at the end).
    Status add(const Command &command);
    /// Replaces the command group/name with command (which may rename or regroup it).
    Status update(const QString &group, const QString &name, const Command &command);
    Status remove(const QString &group, const QString &name);
    /// Moves a command within its group: -1 up, +1 down.
    Status move(const QString &group, const QString &name, int steps);
    Status addGroup(const QString &name);
    Status renameGroup(const QString &from, const QString &to);
    /// Removes the group with its commands.
    Status removeGroup(const QString &name);
    Status moveGroup(const QString &name, int steps);
    Status clear();

    /// Reads path whole and checks every command before anything changes.
    Result<ImportSummary> importFile(const QString &path, ImportMode mode);
    Status exportFile(const QString &path) const;

    /// The library in a document; errors name the group and the command.
    static Result<QList<CommandGroup>> fromJson(const QJsonDocument &document);
    static QJsonDocument toJson(const QList<CommandGroup> &groups);
    /// What is wrong with command on its own (name, group, data), or "".
    static QString problemWith(const Command &command);
    /// What is wrong with the whole list (each command, duplicate names), or "".
    static QString problemWith(const QList<CommandGroup> &groups);

signals:
    /// Something changed; it is already saved.
    void changed();

private:
    void load();
    /// next written to the file, then made the library; nothing changes when writing fails.
    Status commit(QList<CommandGroup> next);
    int groupIndex(const QString &name) const;

    QString m_path;
    QString m_loadError;
    bool m_locked = false; ///< a broken file could not be moved aside: it is never written over
    QList<CommandGroup> m_groups;
};

} // namespace Sockpit
