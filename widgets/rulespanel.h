#pragma once

#include "ruleset.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Sockpit {

class Responder;
class RuleListModel;
class Session;
class SessionWorkspace;

/// The "Rules" side page of a session panel: the panel's responder switched
/// on and off ("Answer by rules"), its rules in a table with their hits, an
/// editor, ready-made echo and fixed-reply rules, import and export, and a
/// test line that says what a typed frame would get, sending nothing.
///
/// The rules are kept per panel kind in <settings folder>/rules-<group>.json,
/// written atomically the moment they change. Construction is light: the file
/// is read when the page is first shown or the responder is switched on, and
/// the table is built when the page is first shown.
class RulesPanel : public QWidget
{
    Q_OBJECT
public:
    RulesPanel(const QString &settingsGroup, Session *session, SessionWorkspace *workspace, QWidget *parent = nullptr);
    ~RulesPanel() override;

    /// Where a panel kind keeps its rules: next to the settings file.
    static QString defaultPath(const QString &settingsGroup);

    Responder *responder() const { return m_responder; }
    QString filePath() const { return m_path; }
    /// The rules as listed (read from the file first if not yet).
    const RuleSet &rules();
    /// Compiles rules for the panel's encoding; on success they are used,
    /// listed and saved, else nothing changes and the error is shown.
    Status setRules(const RuleSet &rules);
    bool isAnswering() const;
    void setAnswering(bool on);
    /// Replaces the rules with a file's; nothing changes when it is bad.
    Status importFrom(const QString &path);
    Status exportTo(const QString &path);
    /// What the rules would do with frame (typed as the send box takes it), sending nothing.
    QString testFrame(const QString &frame);
    /// The line under the table: the last outcome or error.
    QString statusText() const;
    /// The table (built on first use).
    QTableView *table();

signals:
    /// "Answer by rules" went on or off.
    void answeringChanged(bool on);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureLoaded();
    void ensureUi();
    void setUpControls();
    void layOut();
    void connectControls();
    void addKeys();
    void onEncodingChanged(const QString &encoding);
    int selectedRow() const;
    void selectRow(int row);
    void openEditor(int row);
    void removeSelected();
    void moveSelected(int steps);
    void toggleRule(int row, bool enabled);
    void askFixedReply();
    void chooseImportFile();
    void confirmImport(const QString &path);
    void chooseExportFile();
    void runTest();
    void showStatus(const QString &message, bool error);
    void refreshButtons();
    void retranslateUi();

    QString m_settingsGroup;
    QString m_path;
    SessionWorkspace *m_workspace;
    Responder *m_responder;
    RuleSet m_rules;
    bool m_loaded = false;
    bool m_statusIsError = false;
    QCheckBox *m_answer;
    QLabel *m_status;
    // Built on first show:
    RuleListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_addEcho = nullptr;
    QToolButton *m_addFixed = nullptr;
    QToolButton *m_import = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_resetHits = nullptr;
    QLineEdit *m_testInput = nullptr;
    QToolButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace Sockpit
