#include "udppanel.h"
#include "ui_udppanel.h"

#include "endpoint.h"
#include "launchoptions.h"
#include "receivelogview.h"
#include "sendbox.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "trafficlog.h"
#include "udpsession.h"

#include <QEvent>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QSignalBlocker>

namespace Sockpit {

namespace {

constexpr int FixedAddressItems = 3; // every address, every IPv4, every IPv6
constexpr quint16 DefaultPort = 7788;

QString hostPort(const QHostAddress &address, quint16 port)
{
    return Peer{0, address, port}.toString();
}

} // namespace

UdpPanel::UdpPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UdpPanel>())
    , m_session(new UdpSession(this))
    , m_workspace(new SessionWorkspace(QStringLiteral("Udp"), this))
{
    m_ui->setupUi(this);
    m_ui->panelLayout->addWidget(m_workspace, 1);
    m_ui->inputErrorLabel->setVisible(false);
    m_ui->targetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->targetCombo->lineEdit()->setClearButtonEnabled(true);
    m_ui->targetCombo->lineEdit()->setPlaceholderText(QStringLiteral("127.0.0.1:7789"));
    setTabOrder(m_ui->loopbackCheck, m_workspace);

    fillAddresses();
    fillInterfaces();
    const Result<Endpoint> bind = EndpointParser::parseBindSpec(Settings::UdpBind.value());
    selectAddress(bind.ok() ? bind.value.host : QString());
    m_ui->portEdit->setText(QString::number(bind.ok() ? bind.value.port : DefaultPort));
    m_ui->targetCombo->setEditText(Settings::UdpTarget.value());
    m_ui->broadcastCheck->setChecked(Settings::UdpBroadcast.value());
    m_ui->ttlSpin->setValue(Settings::UdpMulticastTtl.value());
    m_ui->loopbackCheck->setChecked(Settings::UdpMulticastLoopback.value());
    m_ui->groupEdit->setText(Settings::UdpGroup.value());
    m_workspace->loadSettings();

    m_session->setBroadcastEnabled(m_ui->broadcastCheck->isChecked());
    m_session->setMulticastTtl(m_ui->ttlSpin->value());
    m_session->setMulticastLoopback(m_ui->loopbackCheck->isChecked());
    m_session->setMulticastInterface(chosenInterface());
    m_workspace->attach(m_session, /*datagram*/ true);
    m_workspace->setSendHandler([this](const QByteArray &bytes) { return sendData(bytes); });

    // Local side
    connect(m_ui->bindButton, &QPushButton::clicked, this, &UdpPanel::toggleBind);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &UdpPanel::toggleBind);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, [this] {
        validateInput();
        updateState();
    });

    // Remote side
    connect(m_ui->targetCombo->lineEdit(), &QLineEdit::textEdited, this, [this] { validateInput(); });
    connect(m_ui->targetCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (validateInput())
            applyTarget();
        refreshTargetSuggestions();
    });
    connect(m_ui->targetCombo, &QComboBox::activated, this, [this] {
        if (validateInput())
            applyTarget();
    });
    connect(m_ui->replyButton, &QPushButton::clicked, this, &UdpPanel::replyToSelected);
    connect(m_workspace->logView(), &ReceiveLogView::currentEntryChanged, this, &UdpPanel::updateReplyButton);
    connect(m_ui->sendersCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateSenderFilter();
        m_ui->useSenderButton->setEnabled(m_ui->sendersCombo->currentIndex() >= 0);
    });
    connect(m_ui->useSenderButton, &QPushButton::clicked, this, &UdpPanel::useSenderAsTarget);
    connect(m_ui->onlySenderCheck, &QCheckBox::toggled, this, &UdpPanel::updateSenderFilter);

    // Broadcast and multicast
    connect(m_ui->broadcastCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_session->setBroadcastEnabled(on);
        Settings::UdpBroadcast.setValue(on);
    });
    connect(m_ui->interfaceCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setMulticastInterface(chosenInterface());
        Settings::UdpInterface.setValue(m_ui->interfaceCombo->currentData().toString());
        refreshTargetSuggestions();
    });
    connect(m_ui->groupEdit, &QLineEdit::returnPressed, this, &UdpPanel::joinGroup);
    connect(m_ui->groupEdit, &QLineEdit::editingFinished, this, &UdpPanel::refreshTargetSuggestions);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &UdpPanel::joinGroup);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &UdpPanel::leaveGroup);
    connect(m_ui->ttlSpin, &QSpinBox::valueChanged, this, [this](int ttl) {
        m_session->setMulticastTtl(ttl);
        Settings::UdpMulticastTtl.setValue(ttl);
    });
    connect(m_ui->loopbackCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_session->setMulticastLoopback(on);
        Settings::UdpMulticastLoopback.setValue(on);
    });

    // Session
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Active)
            m_lastError.clear();
        updateState();
        refreshTargetSuggestions();
    });
    connect(m_session, &Session::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        updateState();
    });
    connect(m_session, &UdpSession::senderSeen, this, &UdpPanel::addSender);
    connect(m_session, &UdpSession::groupsChanged, this, &UdpPanel::updateGroups);

    refreshTargetSuggestions();
    validateInput();
    updateGroups();
    retranslateUi();
}

UdpPanel::~UdpPanel()
{
    // Closing moves the focus, which would finish an edit into a half-destroyed panel.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *object : children)
        object->disconnect(this);
}

// ---- local side ----------------------------------------------------------

void UdpPanel::fillAddresses()
{
    QComboBox *combo = m_ui->addressCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QString(), QString());                         // every IPv4 and IPv6 address
    combo->addItem(QString(), QStringLiteral("0.0.0.0"));         // every IPv4 address
    combo->addItem(QString(), QStringLiteral("::"));              // every IPv6 address
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            const QString address = entry.ip().toString();
            combo->addItem(QStringLiteral("%1 (%2)").arg(address, iface.humanReadableName()), address);
        }
    }
}

void UdpPanel::selectAddress(const QString &host)
{
    QComboBox *combo = m_ui->addressCombo;
    // "0.0.0.0" and "::" as typed on the command line match the fixed items; so does "*".
    QString wanted = host == u"*" ? QString() : host;
    QHostAddress parsed;
    if (parsed.setAddress(wanted))
        wanted = parsed.toString();
    int index = combo->findData(wanted);
    if (index < 0) {
        // An address this machine does not list (any more): kept, so binding explains the problem.
        combo->addItem(wanted, wanted);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString UdpPanel::bindSpec() const
{
    const QString host = m_ui->addressCombo->currentData().toString();
    const QString port = m_ui->portEdit->text().trimmed();
    if (host.isEmpty())
        return port;
    return host.contains(u':') ? u'[' + host + QStringLiteral("]:") + port : host + u':' + port;
}

void UdpPanel::toggleBind()
{
    if (m_session->isBound() && !m_session->isEphemeral()) {
        m_session->stop();
        return;
    }
    if (m_ui->portEdit->text().trimmed().isEmpty()) {
        showInputError(tr("enter the local port to bind (0 lets the system choose)"));
        return;
    }
    if (!validateInput())
        return;
    m_lastError.clear();
    if (m_session->bind(bindSpec()))
        Settings::UdpBind.setValue(bindSpec());
}

// ---- remote side ---------------------------------------------------------

void UdpPanel::refreshTargetSuggestions()
{
    const Result<Endpoint> typed = EndpointParser::parseHostPort(m_ui->targetCombo->currentText());
    const quint16 port = typed.ok() ? typed.value.port : (m_session->isBound() && !m_session->isEphemeral() && m_session->localPort() != 0)
                                                           ? m_session->localPort()
                                                           : DefaultPort;
    QStringList suggestions;
    suggestions << hostPort(QHostAddress(QHostAddress::Broadcast), port);
    const QList<QHostAddress> broadcasts = UdpSession::broadcastAddresses(chosenInterface());
    for (const QHostAddress &address : broadcasts)
        suggestions << hostPort(address, port);
    const Result<QHostAddress> group = UdpSession::parseGroup(m_ui->groupEdit->text());
    if (group.ok())
        suggestions << hostPort(group.value, port);

    QComboBox *combo = m_ui->targetCombo;
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(suggestions);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

bool UdpPanel::applyTarget()
{
    const QString text = m_ui->targetCombo->currentText().trimmed();
    if (text.isEmpty()) {
        if (!m_session->targetText().isEmpty())
            m_session->clearTarget();
        return false;
    }
    const Result<Endpoint> endpoint = EndpointParser::parseHostPort(text);
    if (!endpoint.ok()) {
        showInputError(endpoint.error);
        return false;
    }
    // The same target again is not looked up again.
    const bool failedBefore = !m_session->target().isValid() && !m_session->isResolvingTarget();
    if (endpoint.value.toString() != m_session->targetText() || failedBefore) {
        m_session->setTarget(endpoint.value.host, endpoint.value.port);
        Settings::UdpTarget.setValue(text);
    }
    return true;
}

bool UdpPanel::sendData(const QByteArray &bytes)
{
    if (!validateInput() || !applyTarget()) {
        const QString problem = m_ui->inputErrorLabel->text();
        m_workspace->logError(tr("cannot send: %1").arg(problem.isEmpty() ? tr("enter the target as HOST:PORT") : problem));
        return false;
    }
    return m_session->send(bytes);
}

void UdpPanel::replyToSelected()
{
    const std::optional<LogEntry> entry = m_workspace->logView()->currentEntry();
    if (!entry || !entry->peer.isValid()) {
        m_workspace->logError(tr("cannot reply: select a received datagram in the log first"));
        return;
    }
    const std::optional<QByteArray> payload = m_workspace->sendBox()->payload();
    if (!payload)
        return; // the send box says why, under the input
    m_session->sendTo(entry->peer, *payload);
}

void UdpPanel::updateReplyButton()
{
    const std::optional<LogEntry> entry = m_workspace->logView()->currentEntry();
    const bool canReply = entry && entry->peer.isValid();
    m_ui->replyButton->setEnabled(canReply);
    m_ui->replyButton->setToolTip(canReply ? tr("Send the input to %1, the sender of the selected datagram").arg(entry->peer.toString())
                                           : tr("Select a received datagram in the log to reply to its sender"));
}

void UdpPanel::addSender(const Peer &peer)
{
    QComboBox *combo = m_ui->sendersCombo;
    combo->insertItem(0, peer.toString(), QVariant::fromValue(peer));
    while (combo->count() > MaxRecentSenders)
        combo->removeItem(combo->count() - 1);
    if (combo->currentIndex() < 0)
        combo->setCurrentIndex(0);
}

void UdpPanel::updateSenderFilter()
{
    const QVariant chosen = m_ui->sendersCombo->currentData();
    if (m_ui->onlySenderCheck->isChecked() && chosen.isValid())
        m_workspace->logView()->setPeerFilter(chosen.value<Peer>().id);
    else
        m_workspace->logView()->setPeerFilter(std::nullopt);
}

void UdpPanel::useSenderAsTarget()
{
    const QVariant chosen = m_ui->sendersCombo->currentData();
    if (!chosen.isValid())
        return;
    m_ui->targetCombo->setEditText(chosen.value<Peer>().toString());
    if (validateInput())
        applyTarget();
}

// ---- broadcast and multicast ---------------------------------------------

void UdpPanel::fillInterfaces()
{
    QComboBox *combo = m_ui->interfaceCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QString(), QString()); // the system's choice
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (iface.flags() & QNetworkInterface::IsUp)
            combo->addItem(iface.humanReadableName(), iface.name());
    }
    const int saved = combo->findData(Settings::UdpInterface.value());
    combo->setCurrentIndex(saved >= 0 ? saved : 0);
}

QNetworkInterface UdpPanel::chosenInterface() const
{
    const QString name = m_ui->interfaceCombo->currentData().toString();
    return name.isEmpty() ? QNetworkInterface() : QNetworkInterface::interfaceFromName(name);
}

void UdpPanel::joinGroup()
{
    const Result<QHostAddress> group = UdpSession::parseGroup(m_ui->groupEdit->text());
    if (!group.ok()) {
        showInputError(group.error);
        return;
    }
    Settings::UdpGroup.setValue(m_ui->groupEdit->text().trimmed());
    // A refusal (no port bound, wrong family) is shown here, where the user looks.
    QString refusal;
    const QMetaObject::Connection capture = connect(m_session, &Session::errorOccurred, this,
                                                    [&refusal](const QString &message) { refusal = message; });
    const bool joined = m_session->joinGroup(group.value, chosenInterface());
    disconnect(capture);
    showInputError(joined ? QString() : refusal);
}

void UdpPanel::leaveGroup()
{
    const int index = m_ui->joinedCombo->currentIndex();
    const QList<MulticastMembership> groups = m_session->joinedGroups();
    if (index < 0 || index >= groups.size())
        return;
    m_session->leaveGroup(groups.at(index).group, groups.at(index).interface);
}

void UdpPanel::updateGroups()
{
    QComboBox *combo = m_ui->joinedCombo;
    combo->clear();
    const QList<MulticastMembership> groups = m_session->joinedGroups();
    for (const MulticastMembership &membership : groups)
        combo->addItem(membership.toString());
    combo->setCurrentIndex(combo->count() - 1);
    updateState();
}

// ---- state ---------------------------------------------------------------

bool UdpPanel::validateInput()
{
    QString error;
    const QString port = m_ui->portEdit->text().trimmed();
    if (!port.isEmpty()) {
        const Result<quint16> parsedPort = EndpointParser::parsePort(port, EndpointParser::PortUse::Bind);
        if (!parsedPort.ok())
            error = parsedPort.error;
    }
    const QString target = m_ui->targetCombo->currentText().trimmed();
    if (error.isEmpty() && !target.isEmpty()) {
        const Result<Endpoint> endpoint = EndpointParser::parseHostPort(target);
        if (!endpoint.ok())
            error = endpoint.error;
    }
    showInputError(error);
    return error.isEmpty();
}

void UdpPanel::showInputError(const QString &message)
{
    m_ui->inputErrorLabel->setText(message);
    m_ui->inputErrorLabel->setVisible(!message.isEmpty());
}

void UdpPanel::updateState()
{
    const bool bound = m_session->isBound() && !m_session->isEphemeral();
    const bool portValid = EndpointParser::parsePort(m_ui->portEdit->text(), EndpointParser::PortUse::Bind).ok();
    m_ui->addressCombo->setEnabled(!bound);
    m_ui->portEdit->setEnabled(!bound);
    m_ui->bindButton->setText(bound ? tr("Un&bind") : tr("&Bind"));
    m_ui->bindButton->setEnabled(bound || portValid);
    m_ui->bindButton->setToolTip(bound ? tr("Close the port; joined groups are left")
                                       : tr("Receive datagrams on this address and port"));
    m_ui->bindButton->setAccessibleName(bound ? tr("Unbind the port") : tr("Bind the port"));
    m_ui->joinButton->setEnabled(bound);
    m_ui->leaveButton->setEnabled(bound && m_ui->joinedCombo->count() > 0);

    QString text;
    QString color = QStringLiteral("#606060");
    if (bound) {
        text = tr("Bound to %1").arg(m_session->localText());
        color = QStringLiteral("#1b7a2e");
    } else if (m_session->isEphemeral()) {
        text = tr("Sending from port %1, chosen by the system; replies to it are shown").arg(m_session->localPort());
        color = QStringLiteral("#1b7a2e");
    } else if (!m_lastError.isEmpty()) {
        text = m_lastError;
        color = QStringLiteral("#b01c1c");
    } else {
        text = tr("Not bound: Send uses a port the system chooses; bind to receive on a port of your own");
    }
    m_ui->stateLabel->setText(text);
    m_ui->stateLabel->setStyleSheet(QStringLiteral("color: %1").arg(color));
}

// ---- command line, settings, language ------------------------------------

void UdpPanel::launch(const LaunchOptions &options)
{
    const UdpConfig &config = options.udp;
    selectAddress(config.bind.host);
    m_ui->portEdit->setText(QString::number(config.bind.port));
    if (config.hasTarget()) {
        m_ui->targetCombo->setEditText(config.targetText());
        if (validateInput())
            applyTarget();
    }
    if (config.broadcast) // absent means "not asked", not "off"
        m_ui->broadcastCheck->setChecked(true);
    if (m_session->isBound() && !m_session->isEphemeral())
        m_session->stop();
    toggleBind();
    if (!m_session->isBound() || m_session->isEphemeral())
        return;
    for (const QHostAddress &group : config.groups) {
        m_ui->groupEdit->setText(group.toString());
        joinGroup();
    }
}

void UdpPanel::saveSettings() const
{
    const Settings::Batch batch; // one write of the settings file
    Settings::UdpBind.setValue(bindSpec());
    Settings::UdpTarget.setValue(m_ui->targetCombo->currentText().trimmed());
    Settings::UdpBroadcast.setValue(m_ui->broadcastCheck->isChecked());
    Settings::UdpMulticastTtl.setValue(m_ui->ttlSpin->value());
    Settings::UdpMulticastLoopback.setValue(m_ui->loopbackCheck->isChecked());
    Settings::UdpInterface.setValue(m_ui->interfaceCombo->currentData().toString());
    Settings::UdpGroup.setValue(m_ui->groupEdit->text().trimmed());
    m_workspace->saveSettings();
}

void UdpPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UdpPanel::retranslateUi()
{
    m_ui->retranslateUi(this);
    m_ui->addressCombo->setItemText(0, tr("Every address (IPv4 and IPv6)"));
    m_ui->addressCombo->setItemText(1, tr("0.0.0.0 (every IPv4 address)"));
    m_ui->addressCombo->setItemText(2, tr(":: (every IPv6 address)"));
    static_assert(FixedAddressItems == 3, "the fixed items are named above");
    m_ui->interfaceCombo->setItemText(0, tr("System default"));
    m_ui->useSenderButton->setEnabled(m_ui->sendersCombo->currentIndex() >= 0);
    updateReplyButton();
    validateInput();
    updateState();
}

} // namespace Sockpit
