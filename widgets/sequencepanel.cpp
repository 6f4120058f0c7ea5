#include "sequencepanel.h"

#include "accessiblenames.h"
#include "commandlibrary.h"
#include "commandlibrarypanel.h"
#include "jsonfile.h"
#include "junitreport.h"
#include "replacingfile.h"
#include "session.h"
#include "sequencelogmarks.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "sidepagebutton.h"
#include "stepresultmodel.h"
#include "trafficrecorder.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sockpit {

namespace {

constexpr char LastFileKey[] = "sequenceFile";
constexpr char PageShownKey[] = "sequencePageShown";

/// "login then query" for login-then-query.sequence.json.
QString nameFromFile(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const QLatin1String suffix : {QLatin1String(".json"), QLatin1String(".sequence")}) {
        if (name.endsWith(suffix))
            name.chop(suffix.size());
    }
    return name;
}

/// A dialog that deletes itself; saveSuffix non-empty: for saving, with that default suffix.
QFileDialog *fileDialog(QWidget *parent, const char *name, const QString &title, const QString &start,
                        const QString &filter, const QString &saveSuffix)
{
    auto *dialog = new QFileDialog(parent, title, start, filter);
    dialog->setObjectName(QLatin1String(name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!saveSuffix.isEmpty()) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(saveSuffix);
    }
    return dialog;
}

} // namespace

SequencePanel::SequencePanel(Session *session, SessionWorkspace *workspace, const QString &settingsGroup,
                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_workspace(workspace)
    , m_settingsGroup(settingsGroup)
    , m_marks(workspace->log())
{
    setObjectName(QStringLiteral("sequencePanel"));
    m_runner.setSession(session);
    m_runner.setResultLimit(ResultLimit);
    connect(workspace->recorder(), &TrafficRecorder::framesReceived, &m_runner, &SequenceRunner::onFrames);
    connect(session, &Session::stateChanged, this, &SequencePanel::refreshButtons);
    connectRunner();
    addKeys();
}

SequencePanel::~SequencePanel()
{
    // Results of a run cut short by closing the window are not reported anywhere.
    m_runner.disconnect(this);
}

SequencePanel *SequencePanel::addTo(SessionWorkspace *workspace, Session *session, const QString &settingsGroup)
{
    auto *page = new SequencePanel(session, workspace, settingsGroup, workspace);
    workspace->addSidePage(page, tr("Sequences"));
    QTabWidget *pane = workspace->sidePane();
    const bool shown = Settings::panelValue(settingsGroup, PageShownKey, false).toBool();
    if (shown)
        pane->setCurrentWidget(page);
    // Written only when it changes: adding pages at start is no change.
    connect(pane, &QTabWidget::currentChanged, page, [page, pane, remembered = shown](int) mutable {
        const bool now = pane->currentWidget() == page;
        if (now != remembered)
            Settings::setPanelValue(page->m_settingsGroup, PageShownKey, now);
        remembered = now;
    });
    return page;
}

void SequencePanel::connectRunner()
{
    connect(&m_runner, &SequenceRunner::stepStarted, this, &SequencePanel::onStepStarted);
    connect(&m_runner, &SequenceRunner::stepFinished, this, &SequencePanel::onStepFinished);
    connect(&m_runner, &SequenceRunner::finished, this, &SequencePanel::onFinished);
}

void SequencePanel::addKeys()
{
    // Anywhere in the session's tab (its form, the log, the send box, this page), as F9 is.
    QWidget *scope = m_workspace->parentWidget() ? m_workspace->parentWidget() : m_workspace;
    auto *runKey = new QShortcut(QKeySequence(Qt::Key_F5), scope);
    auto *stopKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5), scope);
    for (QShortcut *key : {runKey, stopKey})
        key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runKey, &QShortcut::activated, this, [this] { run(); });
    connect(stopKey, &QShortcut::activated, this, &SequencePanel::stop);
}

void SequencePanel::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void SequencePanel::ensureBuilt()
{
    if (isBuilt())
        return;
    makeControls();
    layOut();
    connectControls();
    retranslateUi();
    showSummary(QString(), Theme::Tone::Neutral);
    showStatus(tr("Open a sequence file, or write one here, then Check and Run."), false);
    const QString last = Settings::panelValue(m_settingsGroup, LastFileKey, QString()).toString();
    if (!last.isEmpty())
        open(last);
    refreshButtons();
    // Made while the page may already be shown: children made then need showing.
    m_body->show();
    layout()->activate();
}

void SequencePanel::makeControls()
{
    m_body = new QWidget(this); // hidden until everything is in it
    const auto button = [this](const char *name) { return makeSidePageButton(m_body, name); };
    m_open = button("sequenceOpenButton");
    m_save = button("sequenceSaveButton");
    m_saveAs = button("sequenceSaveAsButton");
    m_check = button("sequenceCheckButton");
    m_run = button("sequenceRunButton");
    m_stop = button("sequenceStopButton");
    m_export = button("sequenceExportButton");

    m_nameLabel = new QLabel(m_body);
    m_nameLabel->setObjectName(QStringLiteral("sequenceNameLabel"));
    m_nameLabel->setWordWrap(true);
    m_steps = new QTreeWidget(m_body);
    m_steps->setObjectName(QStringLiteral("sequenceStepsView"));
    m_steps->setColumnCount(2);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setStretchLastSection(true);
    m_editor = new QPlainTextEdit(m_body);
    m_editor->setObjectName(QStringLiteral("sequenceEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_results = new StepResultModel(m_body);
    m_results->setLimit(ResultLimit);
    m_resultView = new QTreeView(m_body);
    m_resultView->setObjectName(QStringLiteral("sequenceResultsView"));
    m_resultView->setModel(m_results);
    m_resultView->setRootIsDecorated(false);
    m_resultView->setUniformRowHeights(true);
    m_resultView->setAlternatingRowColors(true);
    m_resultView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status = new QLabel(m_body);
    m_status->setObjectName(QStringLiteral("sequenceStatusLabel"));
    m_summary = new QLabel(m_body);
    m_summary->setObjectName(QStringLiteral("sequenceSummaryLabel"));
    for (QLabel *label : {m_status, m_summary}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

void SequencePanel::layOut()
{
    auto *files = new QGridLayout;
    files->setSpacing(2);
    files->addWidget(m_open, 0, 0);
    files->addWidget(m_save, 0, 1);
    files->addWidget(m_saveAs, 0, 2);
    files->addWidget(m_check, 1, 0);
    files->addWidget(m_run, 1, 1);
    files->addWidget(m_stop, 1, 2);

    m_splitter = new QSplitter(Qt::Vertical, m_body);
    m_splitter->setObjectName(QStringLiteral("sequenceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_steps);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_resultView);
    m_splitter->setSizes({140, 200, 200});

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(files);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_export);

    QWidget *previous = m_open;
    for (QWidget *next : std::initializer_list<QWidget *>{m_save, m_saveAs, m_check, m_run, m_stop, m_steps, m_editor,
                                                          m_resultView, m_export}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

void SequencePanel::connectControls()
{
    connect(m_open, &QToolButton::clicked, this, &SequencePanel::chooseOpenFile);
    connect(m_save, &QToolButton::clicked, this, [this] {
        if (m_path.isEmpty())
            chooseSaveFile();
        else
            save();
    });
    connect(m_saveAs, &QToolButton::clicked, this, &SequencePanel::chooseSaveFile);
    connect(m_check, &QToolButton::clicked, this, &SequencePanel::check);
    connect(m_run, &QToolButton::clicked, this, &SequencePanel::run);
    connect(m_stop, &QToolButton::clicked, this, &SequencePanel::stop);
    connect(m_export, &QToolButton::clicked, this, &SequencePanel::chooseExportFile);
    // What was checked no longer describes the text: Run checks again.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_compiled.reset(); });
}

Status SequencePanel::open(const QString &path)
{
    ensureBuilt();
    if (m_runner.isRunning()) {
        const QString why = tr("Stop the run before opening another sequence.");
        showStatus(why, true);
        return Status::failure(why);
    }
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (file.size() > JsonFile::MaxBytes) {
        const QString why = tr("%1: the file is larger than a sequence can be").arg(shown);
        showStatus(why, true);
        return Status::failure(why);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        const QString why = tr("%1: cannot be read: %2").arg(shown, file.errorString());
        showStatus(why, true);
        return Status::failure(why);
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_path = path;
    remember(path);
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    if (!check())
        return Status::failure(statusText());
    return Status::success();
}

bool SequencePanel::check()
{
    ensureBuilt();
    m_compiled.reset();
    const Result<Sequence> parsed = Sequence::fromJson(m_editor->toPlainText().toUtf8());
    if (!parsed) {
        showSteps(std::nullopt);
        showStatus(tr("Not valid: %1").arg(parsed.error), true);
        return false;
    }
    Sequence sequence = parsed.value;
    if (sequence.name.isEmpty())
        sequence.name = m_path.isEmpty() ? tr("Untitled sequence") : nameFromFile(m_path);
    const QString encoding = m_workspace->encoding();
    CommandLibrary *library = CommandLibraryPanel::sharedLibrary();
    const Result<CompiledSequence> compiled = CompiledSequence::compile(
        sequence, encoding, [library](const QString &name) { return library->find(name); });
    if (!compiled) {
        showSteps(std::nullopt);
        showStatus(tr("Not valid: %1").arg(compiled.error), true);
        return false;
    }
    m_compiled = compiled.value;
    showSteps(m_compiled);
    showStatus(tr("Ready: %n step(s) in %1", nullptr, int(m_compiled->steps.size())).arg(encoding), false);
    return true;
}

bool SequencePanel::run()
{
    ensureBuilt();
    if (m_runner.isRunning())
        return false;
    if (!m_session || m_session->state() != Session::State::Active) {
        showStatus(tr("Cannot run: not connected. A sequence runs over the panel's connection; connect (or bind) first."), true);
        return false;
    }
    if (!m_compiled && !check())
        return false; // check() has said why
    const CompiledSequence compiled = *m_compiled;
    m_results->clear();
    m_startedAt = QDateTime::currentDateTime();
    if (!m_runner.start(compiled)) {
        showStatus(tr("Cannot run: the connection cannot send."), true);
        return false;
    }
    m_hasRun = true;
    m_marks.start(compiled.name);
    showStatus(tr("Running \"%1\" (Shift+F5 stops)").arg(compiled.name), false);
    showSummary(QString(), Theme::Tone::Neutral);
    refreshButtons();
    return true;
}

void SequencePanel::stop()
{
    if (m_runner.isRunning())
        m_runner.stop();
}

Status SequencePanel::save()
{
    ensureBuilt();
    if (m_path.isEmpty()) {
        const QString why = tr("Choose where to save the sequence (Save as…).");
        showStatus(why, true);
        return Status::failure(why);
    }
    return saveAs(m_path);
}

Status SequencePanel::saveAs(const QString &path)
{
    ensureBuilt();
    const QByteArray text = m_editor->toPlainText().toUtf8();
    // A file that does not parse would not open again: keep the old one whole.
    const Result<Sequence> parsed = Sequence::fromJson(text);
    const QString shown = QDir::toNativeSeparators(path);
    if (!parsed) {
        const QString why = tr("Not saved: %1").arg(parsed.error);
        showStatus(why, true);
        return Status::failure(why);
    }
    ReplacingFile file(path);
    if (!file.open() || !file.write(text) || !file.commit()) {
        const QString why = tr("%1: cannot be written: %2").arg(shown, file.errorString());
        showStatus(why, true);
        return Status::failure(why);
    }
    m_path = path;
    remember(path);
    m_editor->document()->setModified(false);
    showStatus(tr("Saved to %1").arg(shown), false);
    return Status::success();
}

Status SequencePanel::exportJUnit(const QString &path)
{
    ensureBuilt();
    if (!m_hasRun) {
        const QString why = tr("Run the sequence first: the report holds a run's results.");
        showStatus(why, true);
        return Status::failure(why);
    }
    JUnitReport report = JUnitReport::fromRunner(m_runner, m_startedAt);
    const Status done = report.write(path);
    showStatus(done ? tr("Exported the results to %1").arg(QDir::toNativeSeparators(path)) : done.error, !done);
    return done;
}

void SequencePanel::chooseOpenFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    QFileDialog *dialog = fileDialog(this, "sequenceOpenDialog", tr("Open a sequence"), start,
                                     tr("Sequences (*.sequence.json);;JSON files (*.json);;All files (*)"), QString());
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { open(path); });
    dialog->open();
}

void SequencePanel::chooseSaveFile()
{
    const QString start = m_path.isEmpty() ? QDir::home().filePath(QStringLiteral("test.sequence.json")) : m_path;
    QFileDialog *dialog = fileDialog(this, "sequenceSaveDialog", tr("Save the sequence"), start,
                                     tr("Sequences (*.sequence.json)"), QStringLiteral("sequence.json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveAs(path); });
    dialog->open();
}

void SequencePanel::chooseExportFile()
{
    const QString base = m_path.isEmpty() ? QStringLiteral("sequence") : nameFromFile(m_path);
    QFileDialog *dialog = fileDialog(this, "sequenceExportDialog", tr("Export the results as JUnit XML"),
                                     QDir::home().filePath(base + QStringLiteral(".junit.xml")),
                                     tr("JUnit XML (*.xml)"), QStringLiteral("xml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportJUnit(path); });
    dialog->open();
}

void SequencePanel::showSteps(const std::optional<CompiledSequence> &compiled)
{
    m_steps->clear();
    m_stepItems.clear();
    m_name = compiled ? compiled->name : QString();
    AccessibleNames::announce(m_nameLabel, compiled ? tr("Sequence: %1").arg(compiled->name) : tr("No valid sequence"));
    if (!compiled)
        return;
    // A repeat holds its nested steps, as the file does.
    std::vector<std::pair<int, QTreeWidgetItem *>> open; // (end, repeat item)
    for (int i = 0; i < int(compiled->steps.size()); ++i) {
        const CompiledStep &step = compiled->steps.at(i);
        while (!open.empty() && i >= open.back().first)
            open.pop_back();
        const QStringList texts{step.path, step.title};
        auto *item = open.empty() ? new QTreeWidgetItem(m_steps, texts) : new QTreeWidgetItem(open.back().second, texts);
        m_stepItems.push_back(item);
        if (step.kind == SequenceStep::Kind::Repeat)
            open.emplace_back(step.end, item);
    }
    m_steps->expandAll();
    m_steps->resizeColumnToContents(0);
}

void SequencePanel::highlightStep(int index)
{
    if (index < 0 || index >= int(m_stepItems.size())) {
        m_steps->clearSelection();
        return;
    }
    m_steps->setCurrentItem(m_stepItems.at(std::size_t(index)));
    m_steps->scrollToItem(m_stepItems.at(std::size_t(index)));
}

void SequencePanel::onStepStarted(int index, quint64 iteration)
{
    highlightStep(index);
    m_marks.stepStarted(m_runner.sequence().steps.at(index), iteration);
}

void SequencePanel::onStepFinished(const StepResult &result)
{
    m_results->append(result);
    m_resultView->scrollToBottom();
    m_marks.stepFinished(result);
}

void SequencePanel::onFinished(bool passed)
{
    const QString tally = SequenceLogMarks::tally(m_runner);
    QString text;
    if (passed)
        text = tr("All passed: %1").arg(tally);
    else if (m_runner.wasStopped())
        text = tr("Stopped: %1").arg(tally);
    else
        text = tr("Failed: %1").arg(tally);
    m_marks.finish(m_runner.sequence().name, text);
    highlightStep(-1);
    showSummary(text, passed ? Theme::Tone::Good : m_runner.wasStopped() ? Theme::Tone::Neutral : Theme::Tone::Bad);
    showStatus(QString(), false);
    refreshButtons();
}

QString SequencePanel::statusText() const
{
    return m_status ? m_status->text() : QString();
}

QString SequencePanel::summaryText() const
{
    return m_summary ? m_summary->text() : QString();
}

void SequencePanel::showStatus(const QString &message, bool error)
{
    m_statusIsError = error;
    Theme::setTone(m_status, error ? Theme::Tone::Bad : Theme::Tone::Neutral);
    m_status->setVisible(!message.isEmpty());
    AccessibleNames::announce(m_status, message);
}

void SequencePanel::showSummary(const QString &text, Theme::Tone tone)
{
    m_summaryTone = tone;
    Theme::setTone(m_summary, tone);
    m_summary->setVisible(!text.isEmpty());
    // The outcome of a run is read out as it ends, like a panel's state line.
    AccessibleNames::announce(m_summary, text);
    m_summary->setAccessibleDescription(text);
}

void SequencePanel::remember(const QString &path)
{
    Settings::setPanelValue(m_settingsGroup, LastFileKey, QFileInfo(path).absoluteFilePath());
}

void SequencePanel::refreshButtons()
{
    if (!isBuilt())
        return;
    const bool running = m_runner.isRunning();
    const bool active = m_session && m_session->state() == Session::State::Active;
    m_run->setEnabled(active && !running);
    m_run->setToolTip(active ? tr("Run the sequence over the connection (F5)")
                             : tr("Not connected: a sequence runs over the panel's connection; connect (or bind) first (F5)"));
    m_stop->setEnabled(running);
    m_open->setEnabled(!running);
    m_check->setEnabled(!running);
    m_export->setEnabled(m_hasRun && !running);
}

void SequencePanel::changeEvent(QEvent *event)
{
    if (isBuilt()) {
        if (event->type() == QEvent::LanguageChange) {
            retranslateUi();
            refreshButtons();
        } else if (event->type() == QEvent::PaletteChange) {
            Theme::setTone(m_status, m_statusIsError ? Theme::Tone::Bad : Theme::Tone::Neutral);
            Theme::setTone(m_summary, m_summaryTone);
        }
    }
    if (event->type() == QEvent::LanguageChange) {
        QTabWidget *pane = m_workspace->sidePane();
        pane->setTabText(pane->indexOf(this), tr("Sequences"));
    }
    QWidget::changeEvent(event);
}

void SequencePanel::retranslateUi()
{
    const auto set = [](QToolButton *button, const QString &text, const QString &tip) {
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(QString(text).remove(u'&').remove(u'…'));
    };
    set(m_open, tr("Open…"), tr("Open a sequence file (.sequence.json)"));
    set(m_save, tr("Save"), tr("Save the text to the open file"));
    set(m_saveAs, tr("Save as…"), tr("Save the text to another file"));
    set(m_check, tr("Check"), tr("Check the text: every step parsed, every command found, every send encodable"));
    set(m_run, tr("Run"), tr("Run the sequence over the connection (F5)"));
    set(m_stop, tr("Stop"), tr("Stop the run: the remaining steps are skipped (Shift+F5)"));
    set(m_export, tr("Export JUnit…"), tr("Save the last run's results as JUnit XML"));
    m_steps->setHeaderLabels({tr("Step"), tr("Does")});
    m_steps->setAccessibleName(tr("Steps of the sequence"));
    m_editor->setAccessibleName(tr("Sequence text (JSON)"));
    m_editor->setPlaceholderText(tr("{\"version\": 1, \"steps\": [{\"send\": {\"text\": \"PING\"}}, "
                                    "{\"expect\": {\"match\": \"contains\", \"pattern\": \"PONG\"}}]}"));
    m_resultView->setAccessibleName(tr("Step results"));
    AccessibleNames::nameViewParts(m_steps);
    AccessibleNames::nameViewParts(m_resultView);
    m_splitter->setAccessibleName(tr("Steps, text and results"));
}

} // namespace Sockpit
