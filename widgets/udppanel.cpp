#include "udppanel.h"
#include "ui_udppanel.h"

#include "accessiblenames.h"
#include "address.h"
#include "launchoptions.h"
#include "receivelogview.h"
#include "sendbox.h"
#include "sequencepanel.h"
#include "sessionconfig.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "trafficlog.h"
#include "udpsession.h"

#include <QLineEdit>
#include <QNetworkInterface>
#include <QSignalBlocker>

namespace Sockpit {

namespace {
constexpr int FixedAddressItems = 3; // every address, every IPv4, every IPv6
constexpr quint16 DefaultPort = 7788;
} // namespace

UdpPanel::UdpPanel(QWidget *parent)
    : SessionPanel(QStringLiteral("Udp"), new UdpSession, /*datagram*/ true, parent)
    , m_ui(std::make_unique<Ui::UdpPanel>())
    , m_udp(static_cast<UdpSession *>(SessionPanel::session()))
{
    m_ui->setupUi(this);
    m_ui->panelLayout->addWidget(workspace(), 1);
    m_ui->targetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->targetCombo->lineEdit()->setClearButtonEnabled(true);
    m_ui->targetCombo->lineEdit()->setPlaceholderText(QStringLiteral("127.0.0.1:7789"));
    setTabOrder(m_ui->loopbackCheck, workspace());
    SequencePanel::addTo(workspace(), session(), QStringLiteral("Udp"));
    // Lists of this machine's addresses and interfaces can hold long names: the
    // boxes keep a width that fits the window, and show the rest in their lists.
    for (QComboBox *combo : {m_ui->addressCombo, m_ui->sendersCombo, m_ui->interfaceCombo, m_ui->joinedCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_ui->joinedCombo ? 6 : combo == m_ui->interfaceCombo ? 8 : 12);
    }
    fillAddresses();
    fillInterfaces();

    // Local side: the port is bound only when asked, so typing only checks it.
    connect(m_ui->bindButton, &QPushButton::clicked, this, &UdpPanel::toggleBind);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &UdpPanel::toggleBind);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &UdpPanel::refresh);
    connect(m_ui->addressCombo, &QComboBox::currentIndexChanged, this, &UdpPanel::refresh);

    // Remote side: a target is looked up once typed, not at every key.
    QLineEdit *target = m_ui->targetCombo->lineEdit();
    connect(target, &QLineEdit::textEdited, this, &UdpPanel::refresh);
    connect(target, &QLineEdit::editingFinished, this, [this] {
        applyForm();
        refreshTargetSuggestions();
    });
    connect(m_ui->targetCombo, &QComboBox::activated, this, &UdpPanel::applyForm);
    connect(m_ui->replyButton, &QPushButton::clicked, this, &UdpPanel::replyToSelected);
    connect(workspace()->logView(), &ReceiveLogView::currentEntryChanged, this, &UdpPanel::updateReplyButton);
    connect(m_ui->sendersCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateSenderFilter();
        m_ui->useSenderButton->setEnabled(m_ui->sendersCombo->currentIndex() >= 0);
    });
    connect(m_ui->useSenderButton, &QPushButton::clicked, this, &UdpPanel::useSenderAsTarget);
    connect(m_ui->onlySenderCheck, &QCheckBox::toggled, this, &UdpPanel::updateSenderFilter);

    // Broadcast and multicast options take effect at once.
    connect(m_ui->broadcastCheck, &QCheckBox::toggled, this, &UdpPanel::applyForm);
    connect(m_ui->ttlSpin, &QSpinBox::valueChanged, this, &UdpPanel::applyForm);
    connect(m_ui->loopbackCheck, &QCheckBox::toggled, this, &UdpPanel::applyForm);
    connect(m_ui->interfaceCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyForm();
        refreshTargetSuggestions();
    });
    connect(m_ui->groupEdit, &QLineEdit::returnPressed, this, &UdpPanel::joinGroup);
    connect(m_ui->groupEdit, &QLineEdit::editingFinished, this, &UdpPanel::refreshTargetSuggestions);
    connect(m_ui->groupEdit, &QLineEdit::editingFinished, this, &UdpPanel::settingsChanged);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &UdpPanel::joinGroup);
    connect(m_ui->leaveButton, &QPushButton::clicked, this, &UdpPanel::leaveGroup);

    connect(m_udp, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Active)
            m_lastError.clear();
        refresh();
        refreshTargetSuggestions();
    });
    connect(m_udp, &Session::errorOccurred, this, [this](const QString &message) {
        m_lastError = message;
        refresh();
    });
    connect(m_udp, &UdpSession::senderSeen, this, &UdpPanel::addSender);
    connect(m_udp, &UdpSession::groupsChanged, this, &UdpPanel::updateGroups);
    finishSetup(m_ui->stateLabel, m_ui->inputErrorLabel);
    refreshTargetSuggestions();
    updateGroups();
}

UdpPanel::~UdpPanel()
{
    // Closing moves the focus, which would finish an edit into a half-destroyed panel.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *object : children)
        object->disconnect(this);
}

// ---- the form ----------------------------------------------------------------

QString UdpPanel::bindSpec() const
{
    const QString host = m_ui->addressCombo->currentData().toString();
    const QString port = m_ui->portEdit->text().trimmed();
    if (port.isEmpty() || host.isEmpty())
        return port;
    return Address::bracketed(host) + u':' + port;
}

Result<UdpConfig> UdpPanel::formConfig() const
{
    UdpInput input;
    input.bind = bindSpec();
    input.target = m_ui->targetCombo->currentText();
    input.broadcast = m_ui->broadcastCheck->isChecked();
    input.multicastTtl = QString::number(m_ui->ttlSpin->value());
    input.multicastLoopback = m_ui->loopbackCheck->isChecked();
    input.interfaceName = m_ui->interfaceCombo->currentData().toString();
    return parseUdpConfig(input);
}

bool UdpPanel::applyForm()
{
    const Result<UdpConfig> config = formConfig();
    if (config.ok()) {
        applyTo(*m_udp, config.value);
        settingsChanged();
    }
    refresh();
    return config.ok();
}

void UdpPanel::loadForm()
{
    const UdpConfig config = loadUdpConfig();
    selectAddress(config.bind.host);
    m_ui->portEdit->setText(QString::number(config.hasBind() ? config.bind.port : DefaultPort));
    m_ui->targetCombo->setEditText(config.targetText());
    m_ui->broadcastCheck->setChecked(config.broadcast);
    m_ui->ttlSpin->setValue(config.multicastTtl);
    m_ui->loopbackCheck->setChecked(config.multicastLoopback);
    const int saved = m_ui->interfaceCombo->findData(config.interfaceName);
    m_ui->interfaceCombo->setCurrentIndex(saved >= 0 ? saved : 0);
    m_ui->groupEdit->setText(Settings::UdpGroup.value());
    applyForm();
}

void UdpPanel::saveForm()
{
    // Only a form that makes sense is remembered; half-typed input is not.
    const Result<UdpConfig> config = formConfig();
    if (config.ok())
        saveConfig(config.value);
    Settings::UdpGroup.setValue(m_ui->groupEdit->text().trimmed());
}

void UdpPanel::launchForm(const LaunchOptions &options)
{
    const UdpConfig &config = options.udp;
    selectAddress(config.bind.host);
    m_ui->portEdit->setText(QString::number(config.bind.port));
    if (config.hasTarget())
        m_ui->targetCombo->setEditText(config.targetText());
    if (config.broadcast) // absent means "not asked", not "off"
        m_ui->broadcastCheck->setChecked(true);
    applyForm();
    if (m_udp->isBound() && !m_udp->isEphemeral())
        m_udp->stop();
    toggleBind();
    if (!m_udp->isBound() || m_udp->isEphemeral())
        return;
    for (const QHostAddress &group : config.groups) {
        m_ui->groupEdit->setText(group.toString());
        joinGroup();
    }
}

// ---- local side ----------------------------------------------------------------

void UdpPanel::fillAddresses()
{
    QComboBox *combo = m_ui->addressCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QString(), QString());                 // every IPv4 and IPv6 address
    combo->addItem(QString(), QStringLiteral("0.0.0.0")); // every IPv4 address
    combo->addItem(QString(), QStringLiteral("::"));      // every IPv6 address
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

void UdpPanel::toggleBind()
{
    if (m_udp->isBound() && !m_udp->isEphemeral()) {
        m_udp->stop();
        return;
    }
    const Result<UdpConfig> config = formConfig();
    if (!config.ok() || !config.value.hasBind()) {
        showInputError(config.ok() ? tr("enter the local port to bind (0 lets the system choose)") : config.error);
        return;
    }
    m_lastError.clear();
    applyTo(*m_udp, config.value);
    if (m_udp->bind(config.value.bind.address, config.value.bind.port))
        settingsChanged();
}

// ---- remote side ---------------------------------------------------------------

void UdpPanel::refreshTargetSuggestions()
{
    const Result<Endpoint> typed = EndpointParser::parseHostPort(m_ui->targetCombo->currentText());
    const bool bound = m_udp->isBound() && !m_udp->isEphemeral() && m_udp->localPort() != 0;
    const quint16 port = typed.ok() ? typed.value.port : bound ? m_udp->localPort() : DefaultPort;
    QStringList suggestions;
    suggestions << Address::hostPort(QHostAddress(QHostAddress::Broadcast), port);
    const QList<QHostAddress> broadcasts = UdpSession::broadcastAddresses(chosenInterface());
    for (const QHostAddress &address : broadcasts)
        suggestions << Address::hostPort(address, port);
    const Result<QHostAddress> group = UdpSession::parseGroup(m_ui->groupEdit->text());
    if (group.ok())
        suggestions << Address::hostPort(group.value, port);

    QComboBox *combo = m_ui->targetCombo;
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(suggestions);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

bool UdpPanel::sendData(const QByteArray &bytes)
{
    const Result<UdpConfig> config = formConfig();
    if (!config.ok() || !config.value.hasTarget()) {
        workspace()->logError(tr("cannot send: %1").arg(config.ok() ? tr("enter the target as HOST:PORT") : config.error));
        return false;
    }
    applyTo(*m_udp, config.value);
    return m_udp->send(bytes);
}

void UdpPanel::replyToSelected()
{
    const std::optional<LogEntry> entry = workspace()->logView()->currentEntry();
    if (!entry || !entry->peer.isValid()) {
        workspace()->logError(tr("cannot reply: select a received datagram in the log first"));
        return;
    }
    const std::optional<QByteArray> payload = workspace()->sendBox()->payload();
    if (!payload)
        return; // the send box says why, under the input
    m_udp->sendTo(entry->peer, *payload);
}

void UdpPanel::updateReplyButton()
{
    const std::optional<LogEntry> entry = workspace()->logView()->currentEntry();
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
        workspace()->logView()->setPeerFilter(chosen.value<Peer>().id);
    else
        workspace()->logView()->setPeerFilter(std::nullopt);
}

void UdpPanel::useSenderAsTarget()
{
    const QVariant chosen = m_ui->sendersCombo->currentData();
    if (!chosen.isValid())
        return;
    m_ui->targetCombo->setEditText(chosen.value<Peer>().toString());
    applyForm();
}

// ---- broadcast and multicast ---------------------------------------------------

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
    settingsChanged();
    // The session refuses a group the bound port cannot receive (no port bound,
    // wrong family, one address); the refusal is shown here, where the user looks.
    QString refusal;
    const QMetaObject::Connection capture = connect(m_udp, &Session::errorOccurred, this,
                                                    [&refusal](const QString &message) { refusal = message; });
    const bool joined = m_udp->joinGroup(group.value, chosenInterface());
    disconnect(capture);
    showInputError(joined ? QString() : refusal);
}

void UdpPanel::leaveGroup()
{
    const int index = m_ui->joinedCombo->currentIndex();
    const QList<MulticastMembership> groups = m_udp->joinedGroups();
    if (index < 0 || index >= groups.size())
        return;
    m_udp->leaveGroup(groups.at(index).group, groups.at(index).interface);
}

void UdpPanel::updateGroups()
{
    QComboBox *combo = m_ui->joinedCombo;
    combo->clear();
    const QList<MulticastMembership> groups = m_udp->joinedGroups();
    for (const MulticastMembership &membership : groups)
        combo->addItem(membership.toString());
    combo->setCurrentIndex(combo->count() - 1);
    refresh();
}

// ---- state ---------------------------------------------------------------------

void UdpPanel::refresh()
{
    const Result<UdpConfig> config = formConfig();
    showInputError(config.error);
    const bool bound = m_udp->isBound() && !m_udp->isEphemeral();
    const bool portValid = config.ok() && config.value.hasBind();
    m_ui->addressCombo->setEnabled(!bound);
    m_ui->portEdit->setEnabled(!bound);
    m_ui->bindButton->setText(bound ? tr("Un&bind") : tr("&Bind"));
    m_ui->bindButton->setEnabled(bound || portValid);
    m_ui->bindButton->setToolTip(bound ? tr("Close the port; joined groups are left")
                                       : tr("Receive datagrams on this address and port"));
    m_ui->bindButton->setAccessibleName(bound ? tr("Unbind the port") : tr("Bind the port"));
    m_ui->joinButton->setEnabled(bound);
    m_ui->leaveButton->setEnabled(bound && m_ui->joinedCombo->count() > 0);
    m_ui->useSenderButton->setEnabled(m_ui->sendersCombo->currentIndex() >= 0);
    updateReplyButton();
    refreshState();
}

void UdpPanel::refreshState()
{
    if (m_udp->isBound() && !m_udp->isEphemeral())
        showState(tr("Bound to %1").arg(m_udp->localText()), Theme::Tone::Good);
    else if (m_udp->isEphemeral())
        showState(tr("Sending from port %1, chosen by the system; replies to it are shown").arg(m_udp->localPort()),
                  Theme::Tone::Good);
    else if (!m_lastError.isEmpty())
        showState(m_lastError, Theme::Tone::Bad);
    else
        showState(tr("Not bound: Send uses a port the system chooses; bind to receive on a port of your own"),
                  Theme::Tone::Neutral);
}

void UdpPanel::retranslateForm()
{
    m_ui->retranslateUi(this);
    // Renaming items is no edit of the form: nothing is applied to the session.
    const QSignalBlocker addressBlocker(m_ui->addressCombo);
    const QSignalBlocker interfaceBlocker(m_ui->interfaceCombo);
    m_ui->addressCombo->setItemText(0, tr("Every address (IPv4 and IPv6)"));
    m_ui->addressCombo->setItemText(1, tr("0.0.0.0 (every IPv4 address)"));
    m_ui->addressCombo->setItemText(2, tr(":: (every IPv6 address)"));
    static_assert(FixedAddressItems == 3, "the fixed items are named above");
    m_ui->interfaceCombo->setItemText(0, tr("System default"));
    m_ui->targetCombo->lineEdit()->setAccessibleName(tr("Target as typed (HOST:PORT)"));
    AccessibleNames::nameClearButton(m_ui->targetCombo->lineEdit());
}

} // namespace Sockpit
