#include "rulespanel.h"

#include "accessiblenames.h"
#include "commandlibrary.h"
#include "codec.h"
#include "jsonfile.h"
#include "responder.h"
#include "ruleeditor.h"
#include "rulelistmodel.h"
#include "ruletester.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "sidepagebutton.h"
#include "theme.h"
#include "trafficrecorder.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockpit {

namespace {

constexpr char AnswerKey[] = "answerByRules";

/// A key that works only while widget has the focus.
void addKey(QWidget *widget, const QKeySequence &keys, QObject *receiver, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(keys, widget);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, receiver, action);
}

} // namespace

RulesPanel::RulesPanel(const QString &settingsGroup, Session *session, SessionWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_settingsGroup(settingsGroup)
    , m_path(defaultPath(settingsGroup))
    , m_workspace(workspace)
    , m_responder(new Responder(this))
    , m_answer(new QCheckBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("rulesPanel"));
    m_answer->setObjectName(QStringLiteral("rulesAnswerCheck"));
    m_status->setObjectName(QStringLiteral("rulesStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_answer);
    layout->addWidget(m_status);

    m_responder->attach(session);
    connect(workspace->recorder(), &TrafficRecorder::framesReceived, m_responder, &Responder::onFrames);
    connect(workspace, &SessionWorkspace::encodingChanged, this, &RulesPanel::onEncodingChanged);
    connect(m_responder, &Responder::notice, workspace, &SessionWorkspace::logInfo);
    connect(m_responder, &Responder::hitsChanged, this, [this] {
        if (m_model)
            m_model->setHits(m_responder->hitCounts());
    });
    const bool on = Settings::panelValue(m_settingsGroup, AnswerKey, false).toBool();
    m_answer->setChecked(on);
    m_responder->setEnabled(on);
    if (on)
        ensureLoaded(); // answering from the start: the rules are needed now
    connect(m_answer, &QCheckBox::toggled, this, &RulesPanel::setAnswering);
    retranslateUi();
}

RulesPanel::~RulesPanel() = default;

QString RulesPanel::defaultPath(const QString &settingsGroup)
{
    // The folder the command library uses: everything the user keeps in one place.
    const QDir folder = QFileInfo(CommandLibrary::defaultPath()).absoluteDir();
    return folder.filePath(QStringLiteral("rules-%1.json").arg(settingsGroup));
}

const RuleSet &RulesPanel::rules()
{
    ensureLoaded();
    return m_rules;
}

bool RulesPanel::isAnswering() const
{
    return m_answer->isChecked();
}

void RulesPanel::setAnswering(bool on)
{
    if (on)
        ensureLoaded();
    const bool changed = m_responder->isEnabled() != on;
    m_answer->setChecked(on); // no-op when it came from the box
    m_responder->setEnabled(on);
    Settings::setPanelValue(m_settingsGroup, AnswerKey, on);
    if (changed)
        emit answeringChanged(on);
}

void RulesPanel::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (!QFileInfo::exists(m_path))
        return;
    const Result<RuleSet> loaded = RuleSet::load(m_path);
    if (!loaded) {
        // Never written over: the user may want to mend it by hand.
        const QString aside = JsonFile::asidePath(m_path);
        const QString message = QFile::rename(m_path, aside)
                                    ? tr("%1. The file was kept as %2 and the rules start empty.")
                                          .arg(loaded.error, QDir::toNativeSeparators(aside))
                                    : tr("%1. It could not be moved aside; the rules start empty.").arg(loaded.error);
        m_workspace->logError(message);
        showStatus(message, true);
        return;
    }
    m_rules = loaded.value;
    const Status used = m_responder->setRules(m_rules, m_workspace->encoding());
    if (!used) {
        const QString message = tr("The rules are not used: %1").arg(used.error);
        m_workspace->logError(message);
        showStatus(message, true);
    }
    if (m_model)
        m_model->setRules(m_rules);
}

Status RulesPanel::setRules(const RuleSet &rules)
{
    ensureLoaded();
    const Status used = m_responder->setRules(rules, m_workspace->encoding());
    if (!used) {
        showStatus(used.error, true);
        return used;
    }
    m_rules = rules;
    const int row = m_table ? selectedRow() : -1;
    if (m_model) {
        m_model->setRules(m_rules);
        m_model->setHits(m_responder->hitCounts());
        selectRow(qMin(row, int(m_rules.rules.size()) - 1));
    }
    const Status saved = m_rules.save(m_path);
    if (!saved) {
        m_workspace->logError(saved.error);
        showStatus(tr("The rules are used but not saved: %1").arg(saved.error), true);
        return saved;
    }
    refreshButtons();
    return Status::success();
}

void RulesPanel::onEncodingChanged(const QString &encoding)
{
    if (!m_loaded)
        return; // compiled for the encoding of the time when they are first needed
    const Status used = m_responder->setEncoding(encoding);
    if (used) {
        if (m_statusIsError)
            showStatus(QString(), false);
        return;
    }
    const QString message = tr("The rules stay as they were compiled for %1: %2").arg(m_responder->encoding(), used.error);
    m_workspace->logError(message);
    showStatus(message, true);
}

void RulesPanel::showEvent(QShowEvent *event)
{
    ensureUi();
    QWidget::showEvent(event);
}

QTableView *RulesPanel::table()
{
    ensureUi();
    return m_table;
}

void RulesPanel::ensureUi()
{
    if (m_table)
        return;
    ensureLoaded();
    m_model = new RuleListModel(this);
    m_table = new QTableView(this);
    const auto button = [this](const char *name) { return makeSidePageButton(this, name); };
    m_add = button("rulesAddButton");
    m_edit = button("rulesEditButton");
    m_remove = button("rulesRemoveButton");
    m_up = button("rulesUpButton");
    m_down = button("rulesDownButton");
    m_addEcho = button("rulesAddEchoButton");
    m_addFixed = button("rulesAddFixedButton");
    m_import = button("rulesImportButton");
    m_export = button("rulesExportButton");
    m_resetHits = button("rulesResetHitsButton");
    m_testInput = new QLineEdit(this);
    m_test = button("rulesTestButton");
    m_testResult = new QLabel(this);
    setUpControls();
    layOut();
    connectControls();
    addKeys();
    m_model->setRules(m_rules);
    m_model->setHits(m_responder->hitCounts());
    retranslateUi();
    refreshButtons();
}

void RulesPanel::setUpControls()
{
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Patterns and replies may be long: they are cut, and their tool tip shows them whole.
    for (const int column : {int(RuleListModel::MatchColumn), int(RuleListModel::ActionColumn)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 8 * fontMetrics().averageCharWidth() * 2);
    }
    header->setStretchLastSection(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_up->setArrowType(Qt::UpArrow);
    m_down->setArrowType(Qt::DownArrow);
    m_testInput->setObjectName(QStringLiteral("rulesTestEdit"));
    m_testInput->setClearButtonEnabled(true);
    m_testResult->setObjectName(QStringLiteral("rulesTestResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setVisible(false);
}

void RulesPanel::layOut()
{
    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_edit, 0, 1);
    buttons->addWidget(m_remove, 0, 2);
    buttons->addWidget(m_up, 0, 3);
    buttons->addWidget(m_down, 0, 4);
    buttons->addWidget(m_addEcho, 1, 0, 1, 2);
    buttons->addWidget(m_addFixed, 1, 2, 1, 3);
    buttons->addWidget(m_import, 2, 0);
    buttons->addWidget(m_export, 2, 1);
    buttons->addWidget(m_resetHits, 2, 2, 1, 3);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testInput, 1);
    testRow->addWidget(m_test);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(1, m_table, 1);
    layout->insertLayout(2, buttons);
    layout->insertLayout(3, testRow);
    layout->insertWidget(4, m_testResult);

    QWidget *previous = m_answer;
    for (QWidget *next : std::initializer_list<QWidget *>{m_table, m_add, m_edit, m_remove, m_up, m_down, m_addEcho,
                                                          m_addFixed, m_import, m_export, m_resetHits, m_testInput,
                                                          m_test}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void RulesPanel::connectControls()
{
    connect(m_model, &RuleListModel::ruleToggled, this, &RulesPanel::toggleRule);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RulesPanel::refreshButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != RuleListModel::EnabledColumn)
            openEditor(index.row());
    });
    connect(m_add, &QToolButton::clicked, this, [this] { openEditor(-1); });
    connect(m_edit, &QToolButton::clicked, this, [this] { openEditor(selectedRow()); });
    connect(m_remove, &QToolButton::clicked, this, &RulesPanel::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_addEcho, &QToolButton::clicked, this, [this] {
        RuleSet next = m_rules;
        next.rules << Rule::echo();
        if (setRules(next)) {
            selectRow(int(next.rules.size()) - 1);
            showStatus(tr("Added an echo rule: it answers every frame with itself"), false);
        }
    });
    connect(m_addFixed, &QToolButton::clicked, this, &RulesPanel::askFixedReply);
    connect(m_import, &QToolButton::clicked, this, &RulesPanel::chooseImportFile);
    connect(m_export, &QToolButton::clicked, this, &RulesPanel::chooseExportFile);
    connect(m_resetHits, &QToolButton::clicked, m_responder, &Responder::resetHits);
    connect(m_test, &QToolButton::clicked, this, &RulesPanel::runTest);
    connect(m_testInput, &QLineEdit::returnPressed, this, &RulesPanel::runTest);
}

void RulesPanel::addKeys()
{
    addKey(m_table, QKeySequence(Qt::Key_Delete), this, [this] { removeSelected(); });
    addKey(m_table, QKeySequence(Qt::Key_Insert), this, [this] { openEditor(-1); });
    addKey(m_table, QKeySequence(Qt::Key_F2), this, [this] { openEditor(selectedRow()); });
    addKey(m_table, QKeySequence(Qt::Key_Return), this, [this] { openEditor(selectedRow()); });
    addKey(m_table, QKeySequence(Qt::Key_Enter), this, [this] { openEditor(selectedRow()); });
    addKey(m_table, QKeySequence(Qt::Key_Space), this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            toggleRule(row, !m_rules.rules.at(row).enabled);
    });
    addKey(m_table, QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] { moveSelected(-1); });
    addKey(m_table, QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] { moveSelected(1); });
}

int RulesPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RulesPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, RuleListModel::NameColumn));
}

void RulesPanel::openEditor(int row)
{
    if (row >= m_rules.rules.size())
        return;
    auto *editor = new RuleEditor(m_workspace->encoding(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setRule(row >= 0 ? m_rules.rules.at(row) : Rule(), row >= 0);
    connect(editor, &QDialog::accepted, this, [this, editor, row] {
        RuleSet next = m_rules;
        const Rule rule = editor->rule();
        if (row >= 0 && row < next.rules.size())
            next.rules[row] = rule;
        else
            next.rules << rule;
        if (!setRules(next))
            return;
        const int at = row >= 0 ? row : int(next.rules.size()) - 1;
        selectRow(at);
        const QString who = RuleSet::describe(at, rule);
        showStatus(row >= 0 ? tr("Changed %1").arg(who) : tr("Added %1").arg(who), false);
    });
    editor->open();
}

void RulesPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    RuleSet next = m_rules;
    const QString who = RuleSet::describe(row, next.rules.takeAt(row));
    if (setRules(next)) {
        selectRow(qMin(row, int(next.rules.size()) - 1));
        showStatus(tr("Removed %1").arg(who), false);
    }
}

void RulesPanel::moveSelected(int steps)
{
    const int row = selectedRow();
    const int to = row + steps;
    if (row < 0 || to < 0 || to >= m_rules.rules.size())
        return;
    RuleSet next = m_rules;
    next.rules.move(row, to);
    if (setRules(next))
        selectRow(to);
}

void RulesPanel::toggleRule(int row, bool enabled)
{
    if (row < 0 || row >= m_rules.rules.size())
        return;
    RuleSet next = m_rules;
    next.rules[row].enabled = enabled;
    if (setRules(next)) {
        const QString who = RuleSet::describe(row, next.rules.at(row));
        showStatus(enabled ? tr("%1 is on").arg(who) : tr("%1 is off").arg(who), false);
    }
}

void RulesPanel::askFixedReply()
{
    const bool hex = Encodings::isHex(m_workspace->encoding());
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("rulesFixedReplyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add fixed reply"));
    dialog->setLabelText(hex ? tr("Answer every frame with these hex bytes:")
                             : tr("Answer every frame with this text (escapes such as \\r\\n work):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, hex](const QString &text) {
        RuleSet next = m_rules;
        next.rules << Rule::fixedReply(text, hex);
        if (setRules(next)) {
            selectRow(int(next.rules.size()) - 1);
            showStatus(tr("Added a fixed reply rule"), false);
        }
    });
    dialog->open();
}

void RulesPanel::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import rules"), QDir::homePath(), tr("Rules (*.rules.json *.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("rulesImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &RulesPanel::confirmImport);
    dialog->open();
}

void RulesPanel::confirmImport(const QString &path)
{
    if (m_rules.rules.isEmpty()) {
        importFrom(path); // nothing to lose
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import rules"),
                                tr("Replace the %n rule(s) in the list with the file's?", nullptr,
                                   int(m_rules.rules.size())),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("rulesImportConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    connect(box->button(QMessageBox::Yes), &QAbstractButton::clicked, this, [this, path] { importFrom(path); });
    box->open();
}

Status RulesPanel::importFrom(const QString &path)
{
    const Result<RuleSet> loaded = RuleSet::load(path);
    if (!loaded) {
        showStatus(tr("Nothing was imported: %1").arg(loaded.error), true);
        return Status::failure(loaded.error);
    }
    const Status used = setRules(loaded.value);
    if (!used) {
        showStatus(tr("Nothing was imported: %1").arg(used.error), true);
        return used;
    }
    showStatus(tr("Imported %n rule(s) from %1", nullptr, int(loaded.value.rules.size())).arg(QDir::toNativeSeparators(path)),
               false);
    return Status::success();
}

void RulesPanel::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export rules"), QDir::home().filePath(QStringLiteral("sockpit.rules.json")),
                                   tr("Rules (*.rules.json *.json)"));
    dialog->setObjectName(QStringLiteral("rulesExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

Status RulesPanel::exportTo(const QString &path)
{
    const Status done = rules().save(path);
    showStatus(done ? tr("Exported %n rule(s) to %1", nullptr, int(m_rules.rules.size())).arg(QDir::toNativeSeparators(path))
                    : done.error,
               !done);
    return done;
}

QString RulesPanel::testFrame(const QString &frame)
{
    return RuleTester::describe(rules(), m_responder->hitCounts(), frame, m_workspace->encoding());
}

void RulesPanel::runTest()
{
    const QString result = testFrame(m_testInput->text());
    m_testResult->setVisible(true);
    AccessibleNames::announce(m_testResult, result);
}

QString RulesPanel::statusText() const
{
    return m_status->text();
}

void RulesPanel::showStatus(const QString &message, bool error)
{
    m_statusIsError = error;
    Theme::setTone(m_status, error ? Theme::Tone::Bad : Theme::Tone::Neutral);
    m_status->setVisible(!message.isEmpty());
    AccessibleNames::announce(m_status, message);
}

void RulesPanel::refreshButtons()
{
    if (!m_table)
        return;
    const int row = selectedRow();
    const bool any = row >= 0;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_up->setEnabled(any && row > 0);
    m_down->setEnabled(any && row + 1 < m_rules.rules.size());
    m_export->setEnabled(!m_rules.rules.isEmpty());
}

void RulesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        Theme::setTone(m_status, m_statusIsError ? Theme::Tone::Bad : Theme::Tone::Neutral);
    QWidget::changeEvent(event);
}

void RulesPanel::retranslateUi()
{
    if (auto *tabs = m_workspace->sidePane(); tabs && tabs->indexOf(this) >= 0)
        tabs->setTabText(tabs->indexOf(this), tr("Rules"));
    m_answer->setText(tr("&Answer by rules"));
    m_answer->setToolTip(tr("Answer received frames by the first switched-on rule that matches"));
    if (!m_table)
        return;
    m_table->setAccessibleName(tr("Rules"));
    m_testInput->setPlaceholderText(tr("A frame to test (text with escapes, or hex)"));
    m_testInput->setAccessibleName(tr("Frame to test"));
    AccessibleNames::nameClearButton(m_testInput);
    AccessibleNames::nameViewParts(m_table);
    const auto set = [](QToolButton *button, const QString &text, const QString &tip) {
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(QString(text).remove(u'&').remove(u'…'));
    };
    set(m_add, tr("Add…"), tr("Add a new rule (Insert)"));
    set(m_edit, tr("Edit…"), tr("Edit the selected rule (F2, Enter or double-click)"));
    set(m_remove, tr("Remove"), tr("Remove the selected rule (Delete)"));
    set(m_up, tr("Move up"), tr("Move the selected rule up: the first matching rule wins (Alt+Up)"));
    set(m_down, tr("Move down"), tr("Move the selected rule down (Alt+Down)"));
    set(m_addEcho, tr("Add echo rule"), tr("Add a rule that answers every frame with itself"));
    set(m_addFixed, tr("Add fixed reply…"), tr("Add a rule that answers every frame with the same reply"));
    set(m_import, tr("Import…"), tr("Replace the rules with a rules file's"));
    set(m_export, tr("Export…"), tr("Save the rules to a file"));
    set(m_resetHits, tr("Reset hits"), tr("Set every rule's hit count back to 0"));
    set(m_test, tr("Test"), tr("Say which rule would take the frame and what it would send, sending nothing (Enter)"));
}

} // namespace Sockpit
