#include "commandlibrarypanel.h"

#include "afterfirstpaint.h"
#include "commandeditor.h"
#include "commandtree.h"
#include "sendbox.h"
#include "theme.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockpit {

namespace {

QString qualifiedName(const Command &command)
{
    return command.group + u'/' + command.name;
}

/// A key that works only while the tree has the focus.
void addTreeKey(QWidget *tree, const QKeySequence &keys, QObject *receiver, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(keys, tree);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, receiver, action);
}

} // namespace

CommandLibraryPanel::CommandLibraryPanel(CommandLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_filter(new QLineEdit(this))
    , m_tree(new CommandTree(library, this))
    , m_send(new QToolButton(this))
    , m_add(new QToolButton(this))
    , m_addFromSendBox(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_import(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("commandLibraryPanel"));
    setUpControls();
    layOut();
    connectControls();
    addKeys();
    setShortcutScope(this);
    retranslateUi();
    refreshButtons();
    if (!m_library->loadError().isEmpty())
        showStatus(m_library->loadError(), true);
}

CommandLibrary *CommandLibraryPanel::sharedLibrary()
{
    // One library for every panel: the same device is often reached over TCP and UDP.
    static QPointer<CommandLibrary> shared;
    if (!shared)
        shared = new CommandLibrary(CommandLibrary::defaultPath(), QCoreApplication::instance());
    return shared;
}

void CommandLibraryPanel::setUpControls()
{
    m_filter->setObjectName(QStringLiteral("commandFilterEdit"));
    m_tree->setObjectName(QStringLiteral("commandTree"));
    m_send->setObjectName(QStringLiteral("commandSendButton"));
    m_add->setObjectName(QStringLiteral("commandAddButton"));
    m_addFromSendBox->setObjectName(QStringLiteral("commandAddFromSendBoxButton"));
    m_edit->setObjectName(QStringLiteral("commandEditButton"));
    m_remove->setObjectName(QStringLiteral("commandRemoveButton"));
    m_up->setObjectName(QStringLiteral("commandUpButton"));
    m_down->setObjectName(QStringLiteral("commandDownButton"));
    m_import->setObjectName(QStringLiteral("commandImportButton"));
    m_export->setObjectName(QStringLiteral("commandExportButton"));
    m_status->setObjectName(QStringLiteral("commandStatusLabel"));
    // Its icon is decoded after the first paint: the filter starts empty, so the button is hidden.
    AfterFirstPaint::run(m_filter, [this] {
        m_filter->setClearButtonEnabled(true);
        nameFilterClearButton();
    });
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    for (QToolButton *button : {m_send, m_add, m_addFromSendBox, m_edit, m_remove, m_up, m_down, m_import, m_export})
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void CommandLibraryPanel::layOut()
{
    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_send, 0, 0);
    buttons->addWidget(m_add, 0, 1);
    buttons->addWidget(m_addFromSendBox, 0, 2, 1, 2);
    buttons->addWidget(m_edit, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    buttons->addWidget(m_up, 1, 2);
    buttons->addWidget(m_down, 1, 3);
    buttons->addWidget(m_import, 2, 0);
    buttons->addWidget(m_export, 2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    setTabOrder(m_filter, m_tree);
    QWidget *previous = m_tree;
    for (QWidget *next : std::initializer_list<QWidget *>{m_send, m_add, m_addFromSendBox, m_edit, m_remove, m_up,
                                                          m_down, m_import, m_export}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void CommandLibraryPanel::connectControls()
{
    connect(m_filter, &QLineEdit::textChanged, m_tree, &CommandTree::setFilterText);
    connect(m_tree, &CommandTree::commandActivated, this, &CommandLibraryPanel::sendCommand);
    connect(m_tree, &CommandTree::selectionChanged, this, &CommandLibraryPanel::refreshButtons);
    connect(m_library, &CommandLibrary::changed, this, &CommandLibraryPanel::refreshButtons);
    connect(m_send, &QToolButton::clicked, this, &CommandLibraryPanel::sendSelected);
    connect(m_add, &QToolButton::clicked, this, [this] {
        Command command;
        command.group = m_tree->selectedGroup();
        if (command.group.isEmpty())
            command.group = m_library->groupNames().value(0, tr("Commands"));
        openEditor(command, false);
    });
    connect(m_addFromSendBox, &QToolButton::clicked, this, &CommandLibraryPanel::addFromSendBox);
    connect(m_edit, &QToolButton::clicked, this, &CommandLibraryPanel::editSelected);
    connect(m_remove, &QToolButton::clicked, this, &CommandLibraryPanel::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_import, &QToolButton::clicked, this, &CommandLibraryPanel::chooseImportFile);
    connect(m_export, &QToolButton::clicked, this, &CommandLibraryPanel::chooseExportFile);
    // Down from the filter goes into the list, as in a search field.
    addTreeKey(m_filter, QKeySequence(Qt::Key_Down), this, [this] { m_tree->setFocus(); });
}

void CommandLibraryPanel::addKeys()
{
    addTreeKey(m_tree, QKeySequence(Qt::Key_Return), this, [this] { sendSelected(); });
    addTreeKey(m_tree, QKeySequence(Qt::Key_Enter), this, [this] { sendSelected(); });
    addTreeKey(m_tree, QKeySequence(Qt::Key_F2), this, [this] { editSelected(); });
    addTreeKey(m_tree, QKeySequence(Qt::Key_Delete), this, [this] { removeSelected(); });
    addTreeKey(m_tree, QKeySequence(Qt::Key_Insert), m_add, [this] { m_add->click(); });
    addTreeKey(m_tree, QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] { moveSelected(-1); });
    addTreeKey(m_tree, QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] { moveSelected(1); });
}

void CommandLibraryPanel::setSendBox(SendBox *sendBox)
{
    m_sendBox = sendBox;
}

void CommandLibraryPanel::setShortcutScope(QWidget *scope)
{
    // On the session panel, not the window: each tab sends its own commands.
    for (int i = 0; i < int(m_numberKeys.size()); ++i) {
        delete m_numberKeys[i];
        m_numberKeys[i] = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), scope);
        m_numberKeys[i]->setContext(Qt::WidgetWithChildrenShortcut);
        connect(m_numberKeys[i], &QShortcut::activated, this, [this, i] { sendShortcut(i + 1); });
    }
}

bool CommandLibraryPanel::sendCommand(const Command &command)
{
    const Result<QByteArray> bytes = command.item.bytes(m_encoding);
    if (!bytes || bytes.value.isEmpty()) {
        const QString why = bytes ? tr("there is nothing to send") : bytes.error;
        const QString message = tr("Command \"%1\" cannot be sent in %2: %3").arg(qualifiedName(command), m_encoding, why);
        showStatus(message, true);
        emit errorOccurred(message);
        return false;
    }
    if (!m_handler || !m_handler(bytes.value))
        return false; // the session panel has said why
    showStatus(tr("Sent \"%1\" (%n byte(s))", nullptr, int(bytes.value.size())).arg(command.name), false);
    return true;
}

bool CommandLibraryPanel::sendShortcut(int number)
{
    const QList<Command> commands = m_tree->visibleCommands();
    if (number < 1 || number > qMin(int(commands.size()), CommandTree::ShortcutCount))
        return false;
    return sendCommand(commands.at(number - 1));
}

void CommandLibraryPanel::sendSelected()
{
    if (const std::optional<Command> command = m_tree->selectedCommand())
        sendCommand(*command);
}

void CommandLibraryPanel::openEditor(const Command &command, bool editing)
{
    auto *editor = new CommandEditor(m_library, m_encoding, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setCommand(command, editing);
    const QString oldGroup = command.group;
    const QString oldName = command.name;
    connect(editor, &QDialog::accepted, this, [this, editor, editing, oldGroup, oldName] {
        const Command result = editor->command();
        const Status done = editing ? m_library->update(oldGroup, oldName, result) : m_library->add(result);
        if (!done) {
            showStatus(done.error, true);
            return;
        }
        m_tree->selectCommand(result.group, result.name);
        showStatus(editing ? tr("Changed \"%1\"").arg(result.name) : tr("Added \"%1\"").arg(result.name), false);
    });
    editor->open();
}

void CommandLibraryPanel::addFromSendBox()
{
    if (!m_sendBox)
        return;
    Command command;
    command.item = m_sendBox->sendItem();
    command.group = m_tree->selectedGroup();
    if (command.group.isEmpty())
        command.group = m_library->groupNames().value(0, tr("Commands"));
    openEditor(command, false);
}

void CommandLibraryPanel::editSelected()
{
    if (const std::optional<Command> command = m_tree->selectedCommand()) {
        openEditor(*command, true);
        return;
    }
    if (!m_tree->isGroupSelected())
        return;
    const QString group = m_tree->selectedGroup();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("commandGroupRenameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename group"));
    dialog->setLabelText(tr("New name of group \"%1\":").arg(group));
    dialog->setTextValue(group);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, group](const QString &text) {
        const Status done = m_library->renameGroup(group, text.trimmed());
        if (!done)
            showStatus(done.error, true);
        else
            m_tree->selectGroup(text.trimmed());
    });
    dialog->open();
}

void CommandLibraryPanel::removeSelected()
{
    const std::optional<Command> command = m_tree->selectedCommand();
    const QString group = m_tree->selectedGroup();
    if (!command && !m_tree->isGroupSelected())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove"),
                                command ? tr("Remove the command \"%1\"?").arg(qualifiedName(*command))
                                        : tr("Remove the group \"%1\" and its commands?").arg(group),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("commandRemoveConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this, [this, command, group] {
        const Status done = command ? m_library->remove(command->group, command->name) : m_library->removeGroup(group);
        showStatus(done ? tr("Removed \"%1\"").arg(command ? command->name : group) : done.error, !done);
    });
    box->open();
}

void CommandLibraryPanel::moveSelected(int steps)
{
    const std::optional<Command> command = m_tree->selectedCommand();
    const QString group = m_tree->selectedGroup();
    Status done;
    if (command)
        done = m_library->move(command->group, command->name, steps);
    else if (m_tree->isGroupSelected())
        done = m_library->moveGroup(group, steps);
    if (!done)
        showStatus(done.error, true);
}

void CommandLibraryPanel::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import commands"), QDir::homePath(), tr("Command libraries (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("commandImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &CommandLibraryPanel::askImportMode);
    dialog->open();
}

void CommandLibraryPanel::askImportMode(const QString &path)
{
    if (m_library->commandCount() == 0) {
        importFrom(path, CommandLibrary::ImportMode::Replace); // nothing to keep
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import commands"),
                                tr("Add the file's commands to the library (a command with the same group and name "
                                   "is replaced), or replace the whole library with the file?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("commandImportModeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *merge = box->addButton(tr("&Merge"), QMessageBox::AcceptRole);
    QPushButton *replace = box->addButton(tr("&Replace all"), QMessageBox::DestructiveRole);
    merge->setObjectName(QStringLiteral("commandImportMergeButton"));
    replace->setObjectName(QStringLiteral("commandImportReplaceButton"));
    box->setDefaultButton(merge);
    connect(merge, &QPushButton::clicked, this, [this, path] { importFrom(path, CommandLibrary::ImportMode::Merge); });
    connect(replace, &QPushButton::clicked, this, [this, path] { importFrom(path, CommandLibrary::ImportMode::Replace); });
    box->open();
}

Status CommandLibraryPanel::importFrom(const QString &path, CommandLibrary::ImportMode mode)
{
    const Result<CommandLibrary::ImportSummary> done = m_library->importFile(path, mode);
    if (!done) {
        showStatus(tr("Nothing was imported: %1").arg(done.error), true);
        return Status::failure(done.error);
    }
    showStatus(tr("Imported %n command(s)", nullptr, done.value.added + done.value.replaced)
                   + (done.value.replaced > 0 ? tr(", %n replaced", nullptr, done.value.replaced) : QString()),
               false);
    return Status::success();
}

void CommandLibraryPanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export commands"), QDir::home().filePath(QStringLiteral("commands.json")),
                                   tr("Command libraries (*.json)"));
    dialog->setObjectName(QStringLiteral("commandExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

Status CommandLibraryPanel::exportTo(const QString &path)
{
    const Status done = m_library->exportFile(path);
    showStatus(done ? tr("Exported %n command(s) to %1", nullptr, m_library->commandCount()).arg(QDir::toNativeSeparators(path))
                    : done.error,
               !done);
    return done;
}

QString CommandLibraryPanel::statusText() const
{
    return m_status->text();
}

void CommandLibraryPanel::showStatus(const QString &message, bool error)
{
    m_statusIsError = error;
    Theme::setTone(m_status, error ? Theme::Tone::Bad : Theme::Tone::Neutral);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    m_status->setAccessibleName(message);
    QAccessibleEvent event(m_status, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void CommandLibraryPanel::refreshButtons()
{
    const bool command = m_tree->selectedCommand().has_value();
    const bool any = command || m_tree->isGroupSelected();
    m_send->setEnabled(command);
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_up->setEnabled(any);
    m_down->setEnabled(any);
    m_export->setEnabled(!m_library->groups().isEmpty());
}

void CommandLibraryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        Theme::setTone(m_status, m_statusIsError ? Theme::Tone::Bad : Theme::Tone::Neutral);
    QWidget::changeEvent(event);
}

void CommandLibraryPanel::nameFilterClearButton()
{
    for (QToolButton *clear : m_filter->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear the filter"));
}

void CommandLibraryPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter commands"));
    m_filter->setAccessibleName(tr("Filter commands"));
    nameFilterClearButton();
    const auto set = [](QToolButton *button, const QString &text, const QString &tip) {
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(QString(text).remove(u'&').remove(u'…'));
    };
    set(m_send, tr("Send"), tr("Send the selected command (Enter or double-click; Ctrl+1 … Ctrl+9 send the first nine)"));
    set(m_add, tr("Add…"), tr("Add a new command (Insert)"));
    set(m_addFromSendBox, tr("From send box"), tr("Add what the send box holds as a command"));
    m_addFromSendBox->setAccessibleName(tr("Add from send box"));
    set(m_edit, tr("Edit…"), tr("Edit the selected command, or rename the selected group (F2)"));
    set(m_remove, tr("Remove"), tr("Remove the selected command or group (Delete)"));
    set(m_up, tr("Move up"), tr("Move the selection up (Alt+Up)"));
    set(m_down, tr("Move down"), tr("Move the selection down (Alt+Down)"));
    set(m_import, tr("Import…"), tr("Add commands from a library file, or replace the library with it"));
    set(m_export, tr("Export…"), tr("Save the library to a file"));
}

} // namespace Sockpit
