#pragma once

#include "commandlibrary.h"

#include <QTreeView>

#include <optional>

class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;

namespace Sockpit {

/// The library as a tree, groups over their commands, with the comment as
/// each command's tooltip, a filter, and the Ctrl+N keys of the first nine
/// commands shown beside them. Follows the library as it changes and keeps
/// what was selected and expanded.
class CommandTree : public QTreeView
{
    Q_OBJECT
public:
    /// Commands that get a Ctrl+digit key.
    static constexpr int ShortcutCount = 9;

    explicit CommandTree(CommandLibrary *library, QWidget *parent = nullptr);

    /// Shows only groups and commands whose name, comment or data contain text.
    void setFilterText(const QString &text);
    /// The commands as shown (filtered), in order: the first nine have keys.
    QList<Command> visibleCommands() const;

    /// The selected command, if a command row is selected.
    std::optional<Command> selectedCommand() const;
    /// The selected group row's name, or the group of the selected command; "" when nothing is selected.
    QString selectedGroup() const;
    bool isGroupSelected() const;
    void selectCommand(const QString &group, const QString &name);
    void selectGroup(const QString &group);

    /// "Ctrl+1" for number 1.
    static QString shortcutText(int number);

signals:
    /// Double-click on a command.
    void commandActivated(const Command &command);
    /// The selection changed (the buttons follow it).
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QStandardItem *commandItem(const Command &command) const;
    /// Numbers the first nine visible commands and makes every row readable aloud.
    void refreshShortcuts();
    void retranslateUi();
    void nameColumns();
    /// Names the columns and lets the key column fit its contents, once.
    void sizeColumns();

    CommandLibrary *m_library;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_columnsSized = false;
};

} // namespace Sockpit
