#pragma once

#include "theme.h"
#include "toolpanel.h"

#include <QTimer>

class QLabel;

namespace Sockpit {

class RulesPanel;
class Session;
class SessionWorkspace;

/// What every session tab shares: it owns the session and the workspace (the
/// receive log, the send box, the counters), shows the session's state and
/// input errors, loads and saves the settings and starts from the command line.
/// A subclass supplies its endpoint form and its own extras.
///
/// Saving has one rule: a change is written, with everything else the panel
/// remembers, in one batch shortly after it happens, and again on close
/// (saveSettings()); never from a destructor.
class SessionPanel : public ToolPanel
{
    Q_OBJECT
public:
    /// Changes coming close together (typing) are written once, this long after the last.
    static constexpr int SaveDelayMs = 500;

    ~SessionPanel() override;

    Session *session() const { return m_session; }
    SessionWorkspace *workspace() const override { return m_workspace; }

    /// Applies --encoding, --capture, --frame and --checksum, then the mode's config, and starts the session.
    void launch(const LaunchOptions &options) final;
    /// The side pane's Rules page; nullptr for a session that does not answer (the relay).
    RulesPanel *rulesPanel() const { return m_rules; }
    void saveSettings() final;
    /// True while a change waits to be written.
    bool hasUnsavedChanges() const { return m_saveTimer.isActive(); }

protected:
    /// session becomes the panel's child; datagram sessions log each payload on its own.
    SessionPanel(const QString &settingsGroup, Session *session, bool datagram, QWidget *parent);
    /// Called once at the end of the subclass's constructor, when its form exists:
    /// loads the settings and shows the first state.
    void finishSetup(QLabel *stateLabel, QLabel *inputErrorLabel);

    /// The remembered settings into the form.
    virtual void loadForm() = 0;
    /// The form into the settings (a batch is open).
    virtual void saveForm() = 0;
    /// The mode's config into the form, then start as the user would.
    virtual void launchForm(const LaunchOptions &options) = 0;
    /// What Send (and repeat, and file sending) does with the bytes; false when nothing went.
    virtual bool sendData(const QByteArray &bytes) = 0;
    /// Texts set in code; runs only when the language changes.
    virtual void retranslateForm() = 0;
    /// The state line and which controls are enabled; runs whenever something changed.
    virtual void refresh() = 0;

    /// The state line: text, its colour, and what a screen reader hears.
    void showState(const QString &text, Theme::Tone tone);
    /// The line under the form; hidden when message is empty.
    void showInputError(const QString &message);
    QString inputError() const;
    /// Something worth remembering changed: it is written soon, in one batch.
    void settingsChanged();

    void changeEvent(QEvent *event) override;

private:
    QString m_settingsGroup;
    Session *m_session;
    SessionWorkspace *m_workspace;
    RulesPanel *m_rules = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_inputErrorLabel = nullptr;
    Theme::Tone m_stateTone = Theme::Tone::Neutral;
    QTimer m_saveTimer;
};

} // namespace Sockpit
