#pragma once

#include "result.h"
#include "sequence.h"
#include "sequencelogmarks.h"
#include "sequencerunner.h"
#include "theme.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QSplitter;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sockpit {

class Session;
class SessionWorkspace;
class StepResultModel;

/// The Sequences page of a session's side pane: a test sequence opened from a
/// .sequence.json file (the last one is reopened), its steps, its text to edit,
/// check and save, and runs over the panel's connection (F5, Shift+F5 stops)
/// with each step's result, a summary line, marks in the log and a JUnit report.
///
/// Only the runner exists until the page is first shown: the views, the
/// editor and the remembered file are made and read then, so the window's
/// first paint does not wait for them.
class SequencePanel : public QWidget
{
    Q_OBJECT
public:
    /// Results kept (by the runner and the view) for a run that goes on and on.
    static constexpr int ResultLimit = 1000;
    /// Step lines written to the log per run; the rest are counted in one line.
    static constexpr int MaxStepLogLines = SequenceLogMarks::MaxLines;

    /// settingsGroup: the panel's ("TcpClient", "Udp"); the last file is remembered there.
    SequencePanel(Session *session, SessionWorkspace *workspace, const QString &settingsGroup,
                  QWidget *parent = nullptr);
    ~SequencePanel() override;

    /// A page for session, added to workspace's side pane (and made its current
    /// page again if it was when the window last closed).
    static SequencePanel *addTo(SessionWorkspace *workspace, Session *session, const QString &settingsGroup);

    bool isBuilt() const { return m_editor != nullptr; }
    /// Makes the views and the editor and reopens the remembered file (once).
    void ensureBuilt();

    /// Reads path into the editor and checks it; the file is remembered when it could be read.
    Status open(const QString &path);
    /// The editor's text parsed and compiled in the session's encoding, with the
    /// command library for commands the file does not hold; the problem is shown.
    bool check();
    /// Checks, then runs over the session's connection; false (and why) when it cannot start.
    bool run();
    void stop();
    /// Writes the editor's text to the open file, or to path; refused while it is not valid JSON.
    Status save();
    Status saveAs(const QString &path);
    Status exportJUnit(const QString &path);

    QString path() const { return m_path; }
    QString statusText() const;
    QString summaryText() const;
    QPlainTextEdit *editor() const { return m_editor; }
    StepResultModel *resultModel() const { return m_results; }
    const SequenceRunner &runner() const { return m_runner; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void makeControls();
    void layOut();
    void connectControls();
    void connectRunner();
    void addKeys();
    void chooseOpenFile();
    void chooseSaveFile();
    void chooseExportFile();
    void showSteps(const std::optional<CompiledSequence> &compiled);
    void highlightStep(int index);
    void onStepStarted(int index, quint64 iteration);
    void onStepFinished(const StepResult &result);
    void onFinished(bool passed);
    void showStatus(const QString &message, bool error);
    void showSummary(const QString &text, Theme::Tone tone);
    void remember(const QString &path);
    void refreshButtons();
    void retranslateUi();

    QPointer<Session> m_session;
    SessionWorkspace *m_workspace;
    QString m_settingsGroup;
    SequenceRunner m_runner;
    std::optional<CompiledSequence> m_compiled;
    QString m_path;
    QString m_name;
    QDateTime m_startedAt;
    SequenceLogMarks m_marks;
    bool m_hasRun = false;
    bool m_statusIsError = false;
    Theme::Tone m_summaryTone = Theme::Tone::Neutral;

    // Made by ensureBuilt().
    QWidget *m_body = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_saveAs = nullptr;
    QToolButton *m_check = nullptr;
    QToolButton *m_run = nullptr;
    QToolButton *m_stop = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_nameLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTreeView *m_resultView = nullptr;
    StepResultModel *m_results = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    std::vector<QTreeWidgetItem *> m_stepItems; ///< by compiled step index
};

} // namespace Sockpit
