#include "tcpclientpanel.h"
#include "ui_tcpclientpanel.h"

#include "endpoint.h"
#include "launchoptions.h"
#include "sendbox.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "tcpclientsession.h"

#include <QEvent>

namespace Sockpit {

TcpClientPanel::TcpClientPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TcpClientPanel>())
    , m_session(new TcpClientSession(this))
    , m_workspace(new SessionWorkspace(QStringLiteral("TcpClient"), this))
{
    m_ui->setupUi(this);
    m_ui->panelLayout->addWidget(m_workspace, 1);
    m_ui->inputErrorLabel->setVisible(false);
    setTabOrder(m_ui->replySpin, m_workspace);

    m_ui->hostEdit->setText(Settings::TcpClientHost.value());
    m_ui->portEdit->setText(Settings::TcpClientPort.value());
    m_ui->timeoutSpin->setValue(Settings::TcpClientConnectTimeoutMs.value());
    m_ui->shortCheck->setChecked(Settings::TcpClientShortConnection.value());
    m_ui->replySpin->setValue(Settings::TcpClientReplyTimeoutMs.value());
    m_workspace->loadSettings();

    m_workspace->attach(m_session);
    m_workspace->setSendHandler([this](const QByteArray &bytes) { return sendData(bytes); });
    m_workspace->sendBox()->setBacklogProvider([this] { return m_session->pendingBytes(); });

    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, [this] {
        validateInput();
        updateState();
    });
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, [this] {
        validateInput();
        updateState();
    });
    connect(m_ui->hostEdit, &QLineEdit::returnPressed, this, &TcpClientPanel::toggleConnection);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &TcpClientPanel::toggleConnection);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &TcpClientPanel::toggleConnection);
    connect(m_ui->shortCheck, &QCheckBox::toggled, this, [this] {
        applyOptions();
        updateState();
    });
    connect(m_ui->replySpin, &QSpinBox::valueChanged, this, &TcpClientPanel::applyOptions);
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, &TcpClientPanel::applyOptions);

    connect(m_session, &Session::stateChanged, this, &TcpClientPanel::updateState);
    connect(m_session, &Session::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        updateState();
    });
    // The session is Active a moment before it knows its peer; show the peer once known.
    connect(m_session, &Session::peerJoined, this, [this] {
        m_lastError.clear();
        m_endReason.clear();
        updateState();
    });
    // A connection the peer ended says so next to the button, not only in the log.
    connect(m_session, &Session::peerLeft, this, [this](const Peer &, const QString &reason) {
        if (!m_closingByRequest && !m_ui->shortCheck->isChecked())
            m_endReason = reason;
        m_closingByRequest = false;
        updateState();
    });

    validateInput();
    applyOptions();
    retranslateUi();
}

TcpClientPanel::~TcpClientPanel() = default;

bool TcpClientPanel::validateInput()
{
    QString error;
    const QString host = m_ui->hostEdit->text().trimmed();
    const QString port = m_ui->portEdit->text().trimmed();
    if (!host.isEmpty()) {
        const Result<QHostAddress> parsedHost = EndpointParser::parseHost(host);
        if (!parsedHost.ok())
            error = parsedHost.error;
    }
    if (error.isEmpty() && !port.isEmpty()) {
        const Result<quint16> parsedPort = EndpointParser::parsePort(port);
        if (!parsedPort.ok())
            error = parsedPort.error;
    }
    m_ui->inputErrorLabel->setText(error);
    m_ui->inputErrorLabel->setVisible(!error.isEmpty());
    return error.isEmpty() && !host.isEmpty() && !port.isEmpty();
}

void TcpClientPanel::applyOptions()
{
    const QString host = m_ui->hostEdit->text().trimmed();
    const Result<quint16> port = EndpointParser::parsePort(m_ui->portEdit->text());
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    m_session->setTarget(bare, port.ok() ? port.value : 0);
    m_session->setConnectTimeout(m_ui->timeoutSpin->value());
    m_session->setShortConnection(m_ui->shortCheck->isChecked(), m_ui->replySpin->value());
}

void TcpClientPanel::toggleConnection()
{
    if (m_session->state() != Session::State::Idle) {
        m_closingByRequest = true;
        m_session->stop();
        return;
    }
    if (m_ui->shortCheck->isChecked())
        return; // short connections open on each send
    if (!validateInput()) {
        if (m_ui->inputErrorLabel->text().isEmpty()) {
            m_ui->inputErrorLabel->setText(tr("enter the server's host and port"));
            m_ui->inputErrorLabel->setVisible(true);
        }
        return;
    }
    m_lastError.clear();
    m_endReason.clear();
    m_closingByRequest = false;
    applyOptions();
    m_session->open();
}

bool TcpClientPanel::sendData(const QByteArray &bytes)
{
    if (m_session->state() == Session::State::Idle) {
        if (!validateInput()) {
            m_workspace->logError(tr("cannot send: %1").arg(m_ui->inputErrorLabel->text().isEmpty()
                                                               ? tr("enter the server's host and port")
                                                               : m_ui->inputErrorLabel->text()));
            return false;
        }
        applyOptions();
    }
    return m_session->send(bytes);
}

void TcpClientPanel::launch(const LaunchOptions &options)
{
    const TcpClientConfig &config = options.tcpClient;
    m_ui->hostEdit->setText(config.host);
    m_ui->portEdit->setText(QString::number(config.port));
    m_ui->timeoutSpin->setValue(config.connectTimeoutMs);
    m_ui->shortCheck->setChecked(false);
    toggleConnection();
}

void TcpClientPanel::saveSettings() const
{
    const Settings::Batch batch; // one write of the settings file
    Settings::TcpClientHost.setValue(m_ui->hostEdit->text().trimmed());
    Settings::TcpClientPort.setValue(m_ui->portEdit->text().trimmed());
    Settings::TcpClientConnectTimeoutMs.setValue(m_ui->timeoutSpin->value());
    Settings::TcpClientShortConnection.setValue(m_ui->shortCheck->isChecked());
    Settings::TcpClientReplyTimeoutMs.setValue(m_ui->replySpin->value());
    m_workspace->saveSettings();
}

void TcpClientPanel::updateState()
{
    const Session::State state = m_session->state();
    const bool idle = state == Session::State::Idle;
    const bool shortMode = m_ui->shortCheck->isChecked();
    m_ui->hostEdit->setEnabled(idle);
    m_ui->portEdit->setEnabled(idle);
    m_ui->shortCheck->setEnabled(idle);
    m_ui->timeoutSpin->setEnabled(idle);
    m_ui->replySpin->setEnabled(shortMode);

    QString text;
    QString color = QStringLiteral("#606060");
    switch (state) {
    case Session::State::Idle:
        m_ui->connectButton->setText(tr("&Connect"));
        m_ui->connectButton->setEnabled(!shortMode && validateInput());
        if (!m_lastError.isEmpty()) {
            text = m_lastError;
            color = QStringLiteral("#b01c1c");
        } else {
            text = shortMode              ? tr("Short connection: each send connects, waits for the reply, then closes")
                   : m_endReason.isEmpty() ? tr("Not connected")
                                           : tr("Not connected: %1").arg(m_endReason);
        }
        break;
    case Session::State::Resolving:
        m_ui->connectButton->setText(tr("&Cancel"));
        m_ui->connectButton->setEnabled(true);
        text = tr("Looking up %1…").arg(m_session->targetText());
        break;
    case Session::State::Connecting:
        m_ui->connectButton->setText(tr("&Cancel"));
        m_ui->connectButton->setEnabled(true);
        text = tr("Connecting to %1…").arg(m_session->targetText());
        break;
    case Session::State::Active:
        m_ui->connectButton->setText(tr("Dis&connect"));
        m_ui->connectButton->setEnabled(true);
        text = tr("Connected to %1 (local port %2)")
                   .arg(m_session->peer().toString())
                   .arg(m_session->localPort());
        color = QStringLiteral("#1b7a2e");
        break;
    case Session::State::Closing:
        m_ui->connectButton->setText(tr("Dis&connect"));
        m_ui->connectButton->setEnabled(false);
        text = tr("Closing…");
        break;
    }
    m_ui->stateLabel->setText(text);
    m_ui->stateLabel->setStyleSheet(QStringLiteral("color: %1").arg(color));
}

void TcpClientPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TcpClientPanel::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->connectButton->setToolTip(tr("Connect to the server, or disconnect"));
    m_ui->connectButton->setAccessibleName(tr("Connect or disconnect"));
    validateInput();
    updateState();
}

} // namespace Sockpit
