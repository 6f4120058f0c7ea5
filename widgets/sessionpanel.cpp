#include "sessionpanel.h"

#include "checksumbar.h"
#include "afterfirstpaint.h"
#include "launchoptions.h"
#include "rulespanel.h"
#include "sessionreplyport.h"
#include "sendbox.h"
#include "session.h"
#include "sessionworkspace.h"
#include "settings.h"

#include <QAccessible>
#include <QEvent>
#include <QLabel>

namespace Sockpit {

namespace {

/// Tells a screen reader that what label says has changed (a few times per
/// connection, so always: without a reader Qt only notes it).
void announce(QLabel *label)
{
    QAccessibleEvent event(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace

SessionPanel::SessionPanel(const QString &settingsGroup, Session *session, bool datagram, QWidget *parent)
    : ToolPanel(parent)
    , m_settingsGroup(settingsGroup)
    , m_session(session)
    , m_workspace(new SessionWorkspace(settingsGroup, this))
{
    m_session->setParent(this);
    m_workspace->attach(m_session, datagram);
    m_workspace->setShortcutScope(this); // F9 and Ctrl+1 … Ctrl+9 from anywhere in the tab
    m_workspace->setSendHandler([this](const QByteArray &bytes) { return sendData(bytes); });
    m_workspace->sendBox()->setSession(m_session);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &SessionPanel::saveSettings);
    connect(m_workspace, &SessionWorkspace::settingsChanged, this, &SessionPanel::settingsChanged);
    // The panel's responder: it answers the peer that sent each frame (a relay
    // only forwards, so it has none).
    if (replyPortFor(m_session)) {
        m_rules = new RulesPanel(settingsGroup, m_session, m_workspace, this);
        m_workspace->addSidePage(m_rules, tr("Rules"));
    }
}

SessionPanel::~SessionPanel() = default;

void SessionPanel::finishSetup(QLabel *stateLabel, QLabel *inputErrorLabel)
{
    m_stateLabel = stateLabel;
    m_inputErrorLabel = inputErrorLabel;
    m_inputErrorLabel->setVisible(false);
    selectableAfterFirstPaint(m_stateLabel); // the reason a connect failed can be copied
    Theme::setTone(m_inputErrorLabel, Theme::Tone::Bad);
    {
        const Settings::Batch batch; // everything is read through one QSettings
        m_workspace->loadSettings(); // first: the form may depend on the encoding
        loadForm();
    }
    m_saveTimer.stop(); // loading is no change
    retranslateForm();
    refresh();
}

void SessionPanel::launch(const LaunchOptions &options)
{
    if (!options.encoding.isEmpty())
        m_workspace->setEncoding(options.encoding);
    if (!options.capturePath.isEmpty())
        m_workspace->startCapture(options.capturePath);
    if (options.framing)
        m_workspace->setFraming(*options.framing);
    if (options.checksum) {
        // --checksum: appended to every send and checked on every received frame.
        m_workspace->setReceiveChecksum(*options.checksum);
        m_workspace->sendBox()->checksumBar()->setAppend(*options.checksum);
    }
    launchForm(options);
}

void SessionPanel::saveSettings()
{
    m_saveTimer.stop();
    const Settings::Batch batch; // one write of the settings file
    saveForm();
    m_workspace->saveSettings();
}

void SessionPanel::settingsChanged()
{
    m_saveTimer.start();
}

void SessionPanel::showState(const QString &text, Theme::Tone tone)
{
    m_stateTone = tone;
    Theme::setTone(m_stateLabel, tone);
    m_stateLabel->setText(text);
    // A screen reader hears the state itself ("Connected to …", or why a connect failed).
    if (m_stateLabel->accessibleName() != text) {
        m_stateLabel->setAccessibleName(text);
        announce(m_stateLabel);
    }
}

void SessionPanel::showInputError(const QString &message)
{
    m_inputErrorLabel->setVisible(!message.isEmpty());
    m_inputErrorLabel->setText(message);
    if (m_inputErrorLabel->accessibleName() != message) {
        m_inputErrorLabel->setAccessibleName(message);
        if (!message.isEmpty())
            announce(m_inputErrorLabel);
    }
}

QString SessionPanel::inputError() const
{
    return m_inputErrorLabel->text();
}

void SessionPanel::changeEvent(QEvent *event)
{
    ToolPanel::changeEvent(event);
    if (!m_stateLabel)
        return; // not set up yet
    if (event->type() == QEvent::LanguageChange) {
        retranslateForm();
        refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        Theme::setTone(m_inputErrorLabel, Theme::Tone::Bad);
        Theme::setTone(m_stateLabel, m_stateTone);
    }
}

} // namespace Sockpit
