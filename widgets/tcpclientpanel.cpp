#include "tcpclientpanel.h"
#include "ui_tcpclientpanel.h"

#include "launchoptions.h"
#include "sequencepanel.h"
#include "sessionconfig.h"
#include "sessionworkspace.h"
#include "tcpclientsession.h"
#include "tlscontrols.h"

namespace Sockpit {

TcpClientPanel::TcpClientPanel(QWidget *parent)
    : SessionPanel(QStringLiteral("TcpClient"), new TcpClientSession, /*datagram*/ false, parent)
    , m_ui(std::make_unique<Ui::TcpClientPanel>())
    , m_client(static_cast<TcpClientSession *>(SessionPanel::session()))
    , m_tls(new TlsClientControls(this))
{
    m_ui->setupUi(this);
    m_ui->serverLayout->addWidget(m_tls, 2, 0, 1, 6);
    m_ui->panelLayout->addWidget(workspace(), 1);
    setTabOrder(m_ui->replySpin, m_tls);
    setTabOrder(m_tls, workspace());
    SequencePanel::addTo(workspace(), session(), QStringLiteral("TcpClient"));

    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->portEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &TcpClientPanel::onFormEdited);
        connect(edit, &QLineEdit::returnPressed, this, &TcpClientPanel::toggleConnection);
    }
    connect(m_ui->connectButton, &QPushButton::clicked, this, &TcpClientPanel::toggleConnection);
    connect(m_ui->shortCheck, &QCheckBox::toggled, this, &TcpClientPanel::onFormEdited);
    connect(m_ui->replySpin, &QSpinBox::valueChanged, this, &TcpClientPanel::onFormEdited);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, &TcpClientPanel::onFormEdited);
    connect(m_tls, &TlsSwitch::optionsChanged, this, &TcpClientPanel::onFormEdited);
    connect(m_tls, &TlsClientControls::trustRequested, this, &TcpClientPanel::trustRefusedCertificate);
    connect(m_client, &TcpClientSession::secured, this,
            [this](const QString &sessionLine) { m_tls->showSecured(sessionLine, m_client->tlsChainLines()); });

    connect(m_client, &Session::stateChanged, this, &TcpClientPanel::refresh);
    connect(m_client, &Session::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        refresh();
    });
    // The session is Active a moment before it knows its peer; show the peer once known.
    connect(m_client, &Session::peerJoined, this, [this] {
        m_lastError.clear();
        m_endReason.clear();
        refresh();
    });
    // A connection the peer ended says so next to the button, not only in the log.
    connect(m_client, &Session::peerLeft, this, [this](const Peer &, const QString &reason) {
        if (!m_closingByRequest && !m_ui->shortCheck->isChecked())
            m_endReason = reason;
        m_closingByRequest = false;
        refresh();
    });
    finishSetup(m_ui->stateLabel, m_ui->inputErrorLabel);
}

TcpClientPanel::~TcpClientPanel() = default;

Result<TcpClientConfig> TcpClientPanel::formConfig()
{
    TcpClientInput input;
    input.host = m_ui->hostEdit->text();
    input.port = m_ui->portEdit->text();
    input.connectTimeoutMs = QString::number(m_ui->timeoutSpin->value());
    input.shortConnection = m_ui->shortCheck->isChecked();
    input.replyTimeoutMs = QString::number(m_ui->replySpin->value());
    input.tls = m_tls->options();
    return parseTcpClientConfig(input);
}

void TcpClientPanel::onFormEdited()
{
    // A session that is connecting or connected keeps the target it has.
    const Result<TcpClientConfig> config = formConfig();
    if (config.ok() && m_client->state() == Session::State::Idle)
        applyTo(*m_client, config.value);
    settingsChanged();
    refresh();
}

void TcpClientPanel::toggleConnection()
{
    if (m_client->state() != Session::State::Idle) {
        m_closingByRequest = true;
        m_client->stop();
        return;
    }
    if (m_ui->shortCheck->isChecked())
        return; // short connections open on each send
    const Result<TcpClientConfig> config = formConfig();
    if (!config.ok()) {
        showInputError(config.error); // also "enter the host and port", now that it was asked for
        return;
    }
    m_lastError.clear();
    m_endReason.clear();
    m_closingByRequest = false;
    applyTo(*m_client, config.value);
    if (!prepareTls(config.value))
        return;
    m_client->open();
}

bool TcpClientPanel::prepareTls(const TcpClientConfig &config)
{
    TcpClientConfig withKey = config;
    if (config.tls.enabled) {
        QByteArray passphrase = config.tls.keyPassphrase;
        if (!TlsSwitch::askPassphraseIfNeeded(this, config.tls.keyFile, &passphrase))
            return false;
        m_tls->setPassphrase(passphrase);
        withKey.tls.keyPassphrase = passphrase;
    }
    const Status applied = applyTlsTo(*m_client, withKey);
    if (!applied.ok()) {
        m_tls->setPassphrase(QByteArray()); // a wrong one is asked for again
        m_lastError = tr("TLS: %1").arg(applied.error);
        workspace()->logError(m_lastError);
        refresh();
        return false;
    }
    return true;
}

void TcpClientPanel::trustRefusedCertificate()
{
    const auto refused = m_client->rejectedCertificate();
    if (!refused)
        return;
    m_client->acceptCertificateOnce(refused->sha256);
    workspace()->logError(tr("warning: trusting the refused certificate (SHA-256 %1) for this run despite: %2")
                              .arg(QString::fromLatin1(refused->sha256.toHex(':').toUpper()),
                                   refused->problems.join(QStringLiteral("; "))));
    m_tls->hideRejected();
    if (m_client->state() == Session::State::Idle && !m_ui->shortCheck->isChecked())
        toggleConnection();
}

bool TcpClientPanel::sendData(const QByteArray &bytes)
{
    if (m_client->state() == Session::State::Idle) {
        const Result<TcpClientConfig> config = formConfig();
        if (!config.ok()) {
            workspace()->logError(tr("cannot send: %1").arg(config.error));
            return false;
        }
        applyTo(*m_client, config.value);
        if (!prepareTls(config.value))
            return false;
    }
    return m_client->send(bytes);
}

void TcpClientPanel::loadForm()
{
    const TcpClientConfig config = loadTcpClientConfig();
    m_ui->hostEdit->setText(config.host);
    m_ui->portEdit->setText(QString::number(config.port));
    m_ui->timeoutSpin->setValue(config.connectTimeoutMs);
    m_ui->shortCheck->setChecked(config.shortConnection);
    m_ui->replySpin->setValue(config.replyTimeoutMs);
    m_tls->setOptions(loadTlsClientOptions());
    applyTo(*m_client, config);
}

void TcpClientPanel::saveForm()
{
    // Only a form that makes sense is remembered; half-typed input is not.
    const Result<TcpClientConfig> config = formConfig();
    if (config.ok())
        saveConfig(config.value);
    saveTlsOptions(m_tls->options());
}

void TcpClientPanel::launchForm(const LaunchOptions &options)
{
    const TcpClientConfig &config = options.tcpClient;
    m_ui->hostEdit->setText(config.host);
    m_ui->portEdit->setText(QString::number(config.port));
    m_ui->timeoutSpin->setValue(config.connectTimeoutMs);
    m_ui->shortCheck->setChecked(false);
    // The command line decides whether TLS is on; without --tls the settings of the tab stay, switched off.
    TlsClientOptions tls = config.tls.enabled ? config.tls : m_tls->options();
    tls.enabled = config.tls.enabled;
    m_tls->setOptions(tls);
    toggleConnection();
}

void TcpClientPanel::refresh()
{
    const Result<TcpClientConfig> config = formConfig();
    // Empty fields are not an error while the user types; Connect says what is missing.
    const bool incomplete = m_ui->hostEdit->text().trimmed().isEmpty() || m_ui->portEdit->text().trimmed().isEmpty();
    showInputError(config.ok() || incomplete ? QString() : config.error);
    refreshControls();

    const Session::State state = m_client->state();
    const bool shortMode = m_ui->shortCheck->isChecked();
    const auto refused = m_client->rejectedCertificate();
    if (state == Session::State::Idle && refused)
        m_tls->showRejected(refused->problems);
    else
        m_tls->hideRejected();
    switch (state) {
    case Session::State::Idle:
        m_ui->connectButton->setEnabled(!shortMode && config.ok());
        if (!m_lastError.isEmpty())
            showState(m_lastError, Theme::Tone::Bad);
        else if (shortMode)
            showState(tr("Short connection: each send connects, waits for the reply, then closes"), Theme::Tone::Neutral);
        else if (m_endReason.isEmpty())
            showState(tr("Not connected"), Theme::Tone::Neutral);
        else
            showState(tr("Not connected: %1").arg(m_endReason), Theme::Tone::Neutral);
        break;
    case Session::State::Resolving:
        showState(tr("Looking up %1…").arg(m_client->targetText()), Theme::Tone::Neutral);
        break;
    case Session::State::Connecting:
        showState(m_client->isTls() ? tr("Connecting to %1 (TLS)…").arg(m_client->targetText())
                                    : tr("Connecting to %1…").arg(m_client->targetText()),
                  Theme::Tone::Neutral);
        break;
    case Session::State::Active:
        if (m_client->isTls() && !m_client->tlsSessionLine().isEmpty()) {
            showState(tr("Connected to %1 over %2 (local port %3)")
                          .arg(m_client->peer().toString(), m_client->tlsSessionLine().section(u',', 0, 0))
                          .arg(m_client->localPort()),
                      Theme::Tone::Good);
        } else {
            showState(tr("Connected to %1 (local port %2)").arg(m_client->peer().toString()).arg(m_client->localPort()),
                      Theme::Tone::Good);
        }
        break;
    case Session::State::Closing:
        showState(tr("Closing…"), Theme::Tone::Neutral);
        break;
    }
}

void TcpClientPanel::refreshControls()
{
    const Session::State state = m_client->state();
    const bool idle = state == Session::State::Idle;
    m_ui->hostEdit->setEnabled(idle);
    m_ui->portEdit->setEnabled(idle);
    m_ui->shortCheck->setEnabled(idle);
    m_ui->timeoutSpin->setEnabled(idle);
    m_ui->replySpin->setEnabled(m_ui->shortCheck->isChecked());
    m_tls->setEditable(idle);
    const bool connecting = state == Session::State::Resolving || state == Session::State::Connecting;
    m_ui->connectButton->setText(idle ? tr("&Connect") : connecting ? tr("&Cancel") : tr("Dis&connect"));
    if (!idle)
        m_ui->connectButton->setEnabled(state != Session::State::Closing);
}

void TcpClientPanel::retranslateForm()
{
    m_ui->retranslateUi(this);
    m_ui->connectButton->setToolTip(tr("Connect to the server, or disconnect"));
    m_ui->connectButton->setAccessibleName(tr("Connect or disconnect"));
}

} // namespace Sockpit
