#include "tcpserverpanel.h"
#include "ui_tcpserverpanel.h"

#include "accessiblenames.h"
#include "address.h"
#include "clienttablemodel.h"
#include "codec.h"
#include "launchoptions.h"
#include "receivelogview.h"
#include "rulespanel.h"
#include "sessionconfig.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "tcpserversession.h"
#include "tlscontrols.h"
#include "tlsserversetup.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QNetworkInterface>
#include <QSignalBlocker>

namespace Sockpit {

namespace {
// Rows of the address combo box before this machine's own addresses.
enum AddressRow { AnyRow, AnyIPv4Row, AnyIPv6Row, FirstLocalRow };
} // namespace

struct TcpServerPanel::FormConfig
{
    Result<TcpServerConfig> full;
    Result<TcpServerConfig> usable;
};

TcpServerPanel::TcpServerPanel(QWidget *parent)
    : SessionPanel(QStringLiteral("TcpServer"), new TcpServerSession, /*datagram*/ false, parent)
    , m_ui(std::make_unique<Ui::TcpServerPanel>())
    , m_server(static_cast<TcpServerSession *>(SessionPanel::session()))
    , m_clientModel(new ClientTableModel(this))
    , m_tls(new TlsServerControls(this))
    , m_selfSigned(std::make_unique<SelfSignedCache>())
{
    m_clientModel->attach(m_server);
    m_ui->setupUi(this);
    m_ui->serverLayout->addWidget(m_tls, 3, 0, 1, 6);
    setTabOrder(m_ui->replyHexCheck, m_tls);
    m_ui->mainSplitter->addWidget(workspace());
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    setTabOrder(m_ui->logFilterCheck, workspace());
    setUpClientView();
    for (int i = 0; i < 3; ++i)
        m_ui->autoReplyCombo->addItem(QString());
    for (int i = 0; i < 2; ++i)
        m_ui->sendTargetCombo->addItem(QString());
    fillAddressChoices();

    connect(m_ui->addressCombo, &QComboBox::currentTextChanged, this, &TcpServerPanel::onFormEdited);
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, &TcpServerPanel::onFormEdited);
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &TcpServerPanel::toggleListening);
    connect(m_ui->listenButton, &QPushButton::clicked, this, &TcpServerPanel::toggleListening);
    for (QSpinBox *spin : {m_ui->maxClientsSpin, m_ui->maxPerIpSpin, m_ui->idleSpin})
        connect(spin, &QSpinBox::valueChanged, this, &TcpServerPanel::onFormEdited);
    connect(m_ui->autoReplyCombo, &QComboBox::currentIndexChanged, this, &TcpServerPanel::onFormEdited);
    connect(m_ui->replyEdit, &QLineEdit::textChanged, this, &TcpServerPanel::onFormEdited);
    connect(m_ui->replyHexCheck, &QCheckBox::toggled, this, &TcpServerPanel::onFormEdited);
    connect(m_ui->sendTargetCombo, &QComboBox::currentIndexChanged, this, &TcpServerPanel::settingsChanged);
    connect(m_ui->mainSplitter, &QSplitter::splitterMoved, this, &TcpServerPanel::settingsChanged);
    connect(workspace(), &SessionWorkspace::encodingChanged, this, &TcpServerPanel::onFormEdited);
    connect(m_tls, &TlsSwitch::optionsChanged, this, &TcpServerPanel::onFormEdited);

    connect(m_ui->disconnectButton, &QPushButton::clicked, this, &TcpServerPanel::disconnectSelected);
    connect(m_ui->disconnectAllButton, &QPushButton::clicked, m_server, &TcpServerSession::disconnectAll);
    connect(m_ui->removeClosedButton, &QPushButton::clicked, m_clientModel, [this] {
        m_clientModel->flush();
        m_clientModel->removeDeparted();
        scheduleCountsUpdate();
    });
    connect(m_ui->logFilterCheck, &QCheckBox::toggled, this, &TcpServerPanel::updateLogFilter);

    connect(m_server, &Session::stateChanged, this, &TcpServerPanel::refresh);
    connect(m_server, &TcpServerSession::clientCountChanged, this, &TcpServerPanel::scheduleCountsUpdate);
    connect(m_server, &TcpServerSession::defenceCountersChanged, this, &TcpServerPanel::scheduleCountsUpdate);

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &TcpServerPanel::updateCounts);
    finishSetup(m_ui->stateLabel, m_ui->inputErrorLabel);
    connect(rulesPanel(), &RulesPanel::answeringChanged, this, &TcpServerPanel::noteDoubleAnswers);
    noteDoubleAnswers();
}

TcpServerPanel::~TcpServerPanel() = default;

void TcpServerPanel::setUpClientView()
{
    QTableView *view = m_ui->clientView;
    view->setModel(m_clientModel);
    // Thousands of rows: fixed row heights and no size-to-contents keep the view cheap.
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(ClientTableModel::IdColumn, 50);
    view->setColumnWidth(ClientTableModel::PeerColumn, 200);
    view->setColumnWidth(ClientTableModel::SinceColumn, 100);
    view->setColumnWidth(ClientTableModel::RxColumn, 120);
    view->setColumnWidth(ClientTableModel::TxColumn, 120);
    view->setColumnWidth(ClientTableModel::ActivityColumn, 100);
    view->setColumnWidth(ClientTableModel::SecurityColumn, 160);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TcpServerPanel::updateLogFilter);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TcpServerPanel::scheduleCountsUpdate);
    // The count of gone clients is of the rows listed, so a row the model
    // lists later (a client that came and went before its flush) counts too.
    connect(m_clientModel, &QAbstractItemModel::dataChanged, this, &TcpServerPanel::scheduleCountsUpdate);
    connect(m_clientModel, &QAbstractItemModel::rowsInserted, this, &TcpServerPanel::scheduleCountsUpdate);
    connect(m_clientModel, &QAbstractItemModel::rowsRemoved, this, &TcpServerPanel::scheduleCountsUpdate);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, &TcpServerPanel::settingsChanged);
}

void TcpServerPanel::fillAddressChoices()
{
    QComboBox *combo = m_ui->addressCombo;
    combo->addItem(QString(), QString());
    combo->addItem(QString(), QStringLiteral("0.0.0.0"));
    combo->addItem(QString(), QStringLiteral("::"));
    // This machine's own addresses; link-local IPv6 ones need an interface name and are left out.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal())
            continue;
        combo->addItem(address.toString(), address.toString());
    }
}

QString TcpServerPanel::listenSpec() const
{
    // A choice from the list stands for its address; anything else is an address typed.
    const QComboBox *combo = m_ui->addressCombo;
    QString host = combo->currentText().trimmed();
    int row = combo->currentIndex();
    if (row < 0 || combo->itemText(row).trimmed() != host)
        row = combo->findText(host);
    if (row >= 0)
        host = combo->itemData(row).toString();
    host = Address::withoutBrackets(host);
    const QString port = m_ui->portEdit->text().trimmed();
    return host.isEmpty() ? port : Address::bracketed(host) + u':' + port;
}

void TcpServerPanel::setListenEndpoint(const Endpoint &endpoint)
{
    QComboBox *combo = m_ui->addressCombo;
    int row = AnyRow;
    if (!endpoint.host.isEmpty()) {
        if (endpoint.address == QHostAddress(QHostAddress::AnyIPv4))
            row = AnyIPv4Row;
        else if (endpoint.address == QHostAddress(QHostAddress::AnyIPv6))
            row = AnyIPv6Row;
        else
            row = combo->findData(endpoint.address.toString());
    }
    if (row >= 0)
        combo->setCurrentIndex(row);
    else
        combo->setEditText(endpoint.host);
    m_ui->portEdit->setText(QString::number(endpoint.port));
}

TcpServerInput TcpServerPanel::formInput() const
{
    TcpServerInput input;
    input.listen = listenSpec();
    input.maxClients = QString::number(m_ui->maxClientsSpin->value());
    input.maxPerIp = QString::number(m_ui->maxPerIpSpin->value());
    input.idleTimeoutS = QString::number(m_ui->idleSpin->value());
    input.autoReply = TcpServerSession::AutoReply(m_ui->autoReplyCombo->currentIndex());
    input.replyText = m_ui->replyEdit->text();
    input.replyHex = m_ui->replyHexCheck->isChecked();
    input.encoding = workspace()->encoding();
    input.tls = m_tls->options();
    return input;
}

TcpServerPanel::FormConfig TcpServerPanel::formConfig() const
{
    TcpServerInput input = formInput();
    FormConfig config{parseTcpServerConfig(input), {}};
    if (config.full.ok()) {
        config.usable = config.full;
    } else {
        input.autoReply = TcpServerSession::AutoReply::Off;
        config.usable = parseTcpServerConfig(input);
    }
    return config;
}

void TcpServerPanel::onFormEdited()
{
    // Limits and the auto-reply take effect at once, also while listening.
    const FormConfig config = formConfig();
    if (config.usable.ok())
        applyTo(*m_server, config.usable.value);
    settingsChanged();
    refresh();
    noteDoubleAnswers();
}

void TcpServerPanel::noteDoubleAnswers()
{
    const bool both = m_server->autoReply() != TcpServerSession::AutoReply::Off && rulesPanel()->isAnswering();
    if (both && !m_doubleAnswers)
        workspace()->logInfo(tr("The auto-reply and the rules both answer now: a request can get two replies "
                                "(switch one of them off)"));
    m_doubleAnswers = both;
}

void TcpServerPanel::toggleListening()
{
    if (m_server->isListening()) {
        m_server->stop();
        refresh();
        return;
    }
    const FormConfig config = formConfig();
    if (!config.usable.ok()) {
        showInputError(config.usable.error);
        return;
    }
    applyTo(*m_server, config.usable.value);
    m_lastError.clear();
    if (!prepareTls(config.usable.value)) {
        refresh();
        return;
    }
    if (m_server->listen(config.usable.value.listen.address, config.usable.value.listen.port))
        settingsChanged();
    else
        m_lastError = m_server->errorString();
    refresh();
}

bool TcpServerPanel::prepareTls(const TcpServerConfig &config)
{
    if (!config.tls.enabled) {
        m_server->setTls(std::nullopt);
        return true;
    }
    TlsServerOptions options = config.tls;
    if (options.selfSignedName.isEmpty()) {
        if (!TlsSwitch::askPassphraseIfNeeded(this, options.keyFile, &options.keyPassphrase))
            return false;
        m_tls->setPassphrase(options.keyPassphrase);
    }
    const Result<TlsServerSetup> setup = TlsSetup::serverSetup(options, m_selfSigned.get());
    if (!setup.ok()) {
        m_tls->setPassphrase(QByteArray()); // a wrong one is asked for again
        m_lastError = tr("TLS: %1").arg(setup.error);
        workspace()->logError(m_lastError);
        return false;
    }
    m_server->setTls(setup.value.configuration);
    workspace()->logInfo(tr("TLS with %1").arg(setup.value.certificateLine));
    return true;
}

QList<quint64> TcpServerPanel::selectedPeerIds() const
{
    QList<quint64> ids;
    const QModelIndexList rows = m_ui->clientView->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        if (m_clientModel->isConnectedAt(index.row()))
            ids << m_clientModel->peerIdAt(index.row());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool TcpServerPanel::sendData(const QByteArray &bytes)
{
    if (m_ui->sendTargetCombo->currentIndex() == AllClients)
        return m_server->send(bytes);
    const QList<quint64> ids = selectedPeerIds();
    if (ids.isEmpty()) {
        workspace()->logError(tr("no connected client is selected: select clients in the list, or send to all clients"));
        return false;
    }
    return m_server->sendTo(ids, bytes);
}

void TcpServerPanel::disconnectSelected()
{
    const QList<quint64> ids = selectedPeerIds();
    if (ids.isEmpty()) {
        workspace()->logError(tr("no connected client is selected"));
        return;
    }
    m_server->disconnectPeers(ids);
}

void TcpServerPanel::updateLogFilter()
{
    ReceiveLogView *logView = workspace()->logView();
    if (!m_ui->logFilterCheck->isChecked()) {
        logView->setPeerFilter(std::nullopt);
        return;
    }
    const QModelIndex current = m_ui->clientView->currentIndex();
    const quint64 id = current.isValid() ? m_clientModel->peerIdAt(current.row()) : 0;
    // No client chosen yet: show nothing rather than everything, so the filter is visibly on.
    logView->setPeerFilter(id);
}

void TcpServerPanel::loadForm()
{
    const TcpServerConfig config = loadTcpServerConfig();
    setListenEndpoint(config.listen);
    m_ui->maxClientsSpin->setValue(config.maxClients);
    m_ui->maxPerIpSpin->setValue(config.maxPerIp);
    m_ui->idleSpin->setValue(config.idleTimeoutS);
    m_ui->autoReplyCombo->setCurrentIndex(int(config.autoReply));
    m_ui->replyEdit->setText(config.replyText);
    m_ui->replyHexCheck->setChecked(config.replyHex);
    m_ui->sendTargetCombo->setCurrentIndex(Settings::TcpServerSendToAll.value() ? AllClients : SelectedClients);
    m_tls->setOptions(loadTlsServerOptions());
    m_ui->clientView->horizontalHeader()->restoreState(Settings::TcpServerClientColumns.value());
    if (!m_ui->mainSplitter->restoreState(Settings::TcpServerSplitter.value()))
        m_ui->mainSplitter->setSizes({220, 440}); // room for a dozen clients and the log
    onFormEdited();
}

void TcpServerPanel::saveForm()
{
    // Only a form that makes sense is remembered; half-typed input is not.
    const FormConfig config = formConfig();
    if (config.full.ok())
        saveConfig(config.full.value);
    saveTlsOptions(m_tls->options());
    Settings::TcpServerSendToAll.setValue(m_ui->sendTargetCombo->currentIndex() == AllClients);
    Settings::TcpServerClientColumns.setValue(m_ui->clientView->horizontalHeader()->saveState());
    Settings::TcpServerSplitter.setValue(m_ui->mainSplitter->saveState());
}

void TcpServerPanel::launchForm(const LaunchOptions &options)
{
    const TcpServerConfig &config = options.tcpServer;
    setListenEndpoint(config.listen);
    m_ui->maxClientsSpin->setValue(config.maxClients);
    m_ui->maxPerIpSpin->setValue(config.maxPerIp);
    m_ui->idleSpin->setValue(config.idleTimeoutS);
    if (config.autoReply == TcpServerSession::AutoReply::Fixed) {
        m_ui->replyHexCheck->setChecked(config.replyHex);
        m_ui->replyEdit->setText(config.replyText);
    }
    m_ui->autoReplyCombo->setCurrentIndex(int(config.autoReply));
    // The command line decides whether TLS is on; without --tls the settings of the tab stay, switched off.
    TlsServerOptions tls = config.tls.enabled ? config.tls : m_tls->options();
    tls.enabled = config.tls.enabled;
    m_tls->setOptions(tls);
    if (m_server->isListening())
        m_server->stop();
    toggleListening();
}

void TcpServerPanel::refresh()
{
    const FormConfig config = formConfig();
    showInputError(config.full.error);
    const bool fixed = m_ui->autoReplyCombo->currentIndex() == ReplyFixed;
    m_ui->replyEdit->setEnabled(fixed);
    // With the Hex encoding a fixed reply is hex anyway.
    m_ui->replyHexCheck->setEnabled(fixed && !Encodings::isHex(workspace()->encoding()));

    const bool listening = m_server->isListening();
    m_ui->addressCombo->setEnabled(!listening);
    m_ui->portEdit->setEnabled(!listening);
    m_tls->setEditable(!listening);
    m_ui->listenButton->setText(listening ? tr("&Stop listening") : tr("&Start listening"));
    m_ui->listenButton->setEnabled(listening || config.usable.ok());
    refreshState();
    updateCounts();
}

void TcpServerPanel::refreshState()
{
    if (m_server->isListening() && m_server->isTls())
        showState(tr("Listening on %1 with TLS").arg(m_server->listenText()), Theme::Tone::Good);
    else if (m_server->isListening())
        showState(tr("Listening on %1").arg(m_server->listenText()), Theme::Tone::Good);
    else if (!m_lastError.isEmpty())
        showState(m_lastError, Theme::Tone::Bad);
    else if (m_server->clientCount() > 0)
        showState(tr("Not listening; connected clients stay until you disconnect them"), Theme::Tone::Neutral);
    else
        showState(tr("Not listening"), Theme::Tone::Neutral);
}

void TcpServerPanel::scheduleCountsUpdate()
{
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void TcpServerPanel::updateCounts()
{
    const int connected = m_server->clientCount();
    const int listed = m_clientModel->rowCount();
    const int gone = listed - m_clientModel->connectedCount();
    QString counts = tr("%n client(s) connected", "", connected);
    if (gone > 0)
        counts += tr(", %n gone", "", gone);
    m_ui->clientCountLabel->setText(counts);

    const TcpServerSession::DefenceCounters &defences = m_server->defenceCounters();
    m_ui->defenceLabel->setText(tr("Refused: %1 over the client limit, %2 over the per-IP limit; closed idle: %3")
                                    .arg(defences.refusedByLimit)
                                    .arg(defences.refusedByPerIp)
                                    .arg(defences.closedIdle));

    const bool anySelected = m_ui->clientView->selectionModel()->hasSelection();
    m_ui->disconnectButton->setEnabled(anySelected && connected > 0);
    m_ui->disconnectAllButton->setEnabled(connected > 0);
    m_ui->removeClosedButton->setEnabled(gone > 0);
    if (!m_server->isListening())
        refreshState(); // "clients stay" comes and goes with them
}

void TcpServerPanel::retranslateForm()
{
    m_ui->retranslateUi(this);
    // Renaming items is no edit of the form: nothing is applied to the session.
    const QSignalBlocker addressBlocker(m_ui->addressCombo);
    const QSignalBlocker replyBlocker(m_ui->autoReplyCombo);
    const QSignalBlocker targetBlocker(m_ui->sendTargetCombo);
    m_ui->addressCombo->setItemText(AnyRow, tr("Any address (IPv4 and IPv6)"));
    m_ui->addressCombo->setItemText(AnyIPv4Row, tr("Any IPv4 address (0.0.0.0)"));
    m_ui->addressCombo->setItemText(AnyIPv6Row, tr("Any IPv6 address (::)"));
    m_ui->autoReplyCombo->setItemText(ReplyOff, tr("Off"));
    m_ui->autoReplyCombo->setItemText(ReplyEcho, tr("Echo what was received"));
    m_ui->autoReplyCombo->setItemText(ReplyFixed, tr("Fixed reply"));
    m_ui->sendTargetCombo->setItemText(SelectedClients, tr("Selected clients"));
    m_ui->sendTargetCombo->setItemText(AllClients, tr("All clients"));
    m_ui->listenButton->setToolTip(tr("Start listening, or stop (connected clients stay)"));
    m_ui->listenButton->setAccessibleName(tr("Start or stop listening"));
    m_ui->disconnectButton->setAccessibleName(tr("Disconnect the selected clients"));
    m_ui->disconnectAllButton->setAccessibleName(tr("Disconnect all clients"));
    m_ui->removeClosedButton->setAccessibleName(tr("Remove closed clients from the list"));
    m_ui->logFilterCheck->setAccessibleName(tr("Show only the current client's traffic"));
    m_ui->addressCombo->lineEdit()->setAccessibleName(tr("Listen address as typed"));
    m_ui->clientView->setAccessibleName(tr("Connected clients"));
    AccessibleNames::nameViewParts(m_ui->clientView);
}

} // namespace Sockpit
