#include "commandtree.h"

#include "afterfirstpaint.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace Sockpit {

namespace {

enum Role {
    GroupRole = Qt::UserRole + 1, ///< the group's name, on group and command rows
    NameRole,                     ///< the command's name; empty on a group row
    FilterRole,                   ///< what the filter looks in
    DescriptionRole,              ///< the command's readable text without its key
};

enum Column { NameColumn, KeyColumn, ColumnCount };

/// The data as the user wrote it, with what is added to it.
QString describeItem(const SendItem &item)
{
    QString text = item.hex ? CommandTree::tr("hex: %1").arg(item.data) : CommandTree::tr("text: %1").arg(item.data);
    if (!item.encoding.isEmpty())
        text += u'\n' + CommandTree::tr("encoding: %1").arg(item.encoding);
    if (item.lineEnding != PayloadSpec::LineEnding::None)
        text += u'\n' + CommandTree::tr("line ending: %1").arg(SendItem::lineEndingName(item.lineEnding).toUpper());
    if (item.checksum)
        text += u'\n' + CommandTree::tr("checksum: %1").arg(item.checksum->toString());
    return text;
}

} // namespace

CommandTree::CommandTree(CommandLibrary *library, QWidget *parent)
    : QTreeView(parent)
    , m_library(library)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setColumnCount(ColumnCount);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // a group stays while one of its commands matches
    m_proxy->setAutoAcceptChildRows(true);       // a matching group shows all its commands
    setModel(m_proxy);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setHeaderHidden(true); // the keys speak for themselves
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    connect(m_library, &CommandLibrary::changed, this, &CommandTree::rebuild);
    connect(this, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex row = index.siblingAtColumn(NameColumn);
        const QString name = row.data(NameRole).toString();
        if (name.isEmpty())
            return; // a group opens and closes
        if (const std::optional<Command> command = m_library->command(row.data(GroupRole).toString(), name))
            emit commandActivated(*command);
    });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &CommandTree::selectionChanged);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &CommandTree::selectionChanged);
    rebuild();
    retranslateUi();
    AfterFirstPaint::run(this, [this] { sizeColumns(); }); // when the tree starts empty
}

void CommandTree::sizeColumns()
{
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    // The labels name the columns for a screen reader; set before the key
    // column fits its contents, so that they are measured once.
    nameColumns();
    header()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
}

QStandardItem *CommandTree::commandItem(const Command &command) const
{
    auto *item = new QStandardItem(command.name);
    item->setData(command.group, GroupRole);
    item->setData(command.name, NameRole);
    item->setData(QStringList{command.name, command.comment, command.item.data}.join(u'\n'), FilterRole);
    const QString details = describeItem(command.item);
    item->setToolTip(command.comment.isEmpty() ? details : command.comment + QStringLiteral("\n\n") + details);
    const QString description = command.comment.isEmpty() ? command.name
                                                           : tr("%1: %2").arg(command.name, command.comment);
    item->setData(description, DescriptionRole);
    return item;
}

void CommandTree::rebuild()
{
    // By name from the rows: the library already holds the new state.
    const QString selectedGroupName = selectedGroup();
    const QString selectedName =
        selectedGroupName.isEmpty() ? QString() : currentIndex().siblingAtColumn(NameColumn).data(NameRole).toString();
    QSet<QString> collapsed;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (!isExpanded(index))
            collapsed.insert(index.data(GroupRole).toString());
    }
    m_model->removeRows(0, m_model->rowCount());
    for (const CommandGroup &group : m_library->groups()) {
        auto *groupItem = new QStandardItem(group.name);
        groupItem->setData(group.name, GroupRole);
        groupItem->setData(group.name, FilterRole);
        QFont bold = font();
        bold.setBold(true);
        groupItem->setFont(bold);
        for (const Command &command : group.commands)
            groupItem->appendRow({commandItem(command), new QStandardItem});
        m_model->appendRow({groupItem, new QStandardItem});
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        setExpanded(index, !collapsed.contains(index.data(GroupRole).toString()));
    }
    if (!selectedName.isEmpty())
        selectCommand(selectedGroupName, selectedName);
    else if (!selectedGroupName.isEmpty())
        selectGroup(selectedGroupName);
    refreshShortcuts();
    // The key column fits its keys before they are shown. Measuring loads the
    // hidden header's bold face (Qt sizes a section as if its label were
    // bold), which an empty tree's first paint does without.
    if (m_model->rowCount() > 0)
        sizeColumns();
}

void CommandTree::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    expandAll(); // what matches is in view
    refreshShortcuts();
}

QList<Command> CommandTree::visibleCommands() const
{
    QList<Command> commands;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex group = m_proxy->index(row, NameColumn);
        for (int child = 0; child < m_proxy->rowCount(group); ++child) {
            const QModelIndex index = m_proxy->index(child, NameColumn, group);
            if (std::optional<Command> command = m_library->command(index.data(GroupRole).toString(),
                                                                    index.data(NameRole).toString()))
                commands << *command;
        }
    }
    return commands;
}

QString CommandTree::shortcutText(int number)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)).toString(QKeySequence::NativeText);
}

void CommandTree::refreshShortcuts()
{
    int number = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *group = m_model->item(row, NameColumn);
        group->setData(tr("Group %1, %n command(s)", nullptr, group->rowCount()).arg(group->text()),
                       Qt::AccessibleTextRole);
        for (int child = 0; child < group->rowCount(); ++child) {
            QStandardItem *item = group->child(child, NameColumn);
            const bool shown = m_proxy->mapFromSource(item->index()).isValid();
            const QString key = shown && number < ShortcutCount ? shortcutText(++number) : QString();
            group->child(child, KeyColumn)->setText(key);
            const QString description = item->data(DescriptionRole).toString();
            item->setData(key.isEmpty() ? description : tr("%1, %2").arg(description, key), Qt::AccessibleTextRole);
        }
    }
}

std::optional<Command> CommandTree::selectedCommand() const
{
    const QModelIndex index = currentIndex().siblingAtColumn(NameColumn);
    if (!index.isValid() || !selectionModel()->isSelected(index))
        return std::nullopt;
    const QString name = index.data(NameRole).toString();
    if (name.isEmpty())
        return std::nullopt;
    return m_library->command(index.data(GroupRole).toString(), name);
}

QString CommandTree::selectedGroup() const
{
    const QModelIndex index = currentIndex().siblingAtColumn(NameColumn);
    return index.isValid() && selectionModel()->isSelected(index) ? index.data(GroupRole).toString() : QString();
}

bool CommandTree::isGroupSelected() const
{
    const QModelIndex index = currentIndex().siblingAtColumn(NameColumn);
    return index.isValid() && selectionModel()->isSelected(index) && index.data(NameRole).toString().isEmpty();
}

void CommandTree::selectCommand(const QString &group, const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex groupIndex = m_proxy->index(row, NameColumn);
        if (groupIndex.data(GroupRole).toString() != group)
            continue;
        for (int child = 0; child < m_proxy->rowCount(groupIndex); ++child) {
            const QModelIndex index = m_proxy->index(child, NameColumn, groupIndex);
            if (index.data(NameRole).toString() == name) {
                setCurrentIndex(index);
                scrollTo(index);
                return;
            }
        }
    }
}

void CommandTree::selectGroup(const QString &group)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(GroupRole).toString() == group) {
            setCurrentIndex(index);
            return;
        }
    }
}

void CommandTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild(); // tooltips and spoken texts
    }
    QTreeView::changeEvent(event);
}

void CommandTree::nameColumns()
{
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Key")});
}

void CommandTree::retranslateUi()
{
    if (m_columnsSized)
        nameColumns();
    setAccessibleName(tr("Command library"));
    header()->setAccessibleName(tr("Command library columns"));
    setAccessibleDescription(tr("Enter sends the selected command, F2 edits it, Delete removes it, "
                                "Alt+Up and Alt+Down move it"));
}

} // namespace Sockpit
