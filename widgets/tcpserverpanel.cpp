#include "tcpserverpanel.h"
#include "ui_tcpserverpanel.h"

#include "clienttablemodel.h"
#include "codec.h"
#include "endpoint.h"
#include "launchoptions.h"
#include "receivelogview.h"
#include "sendbox.h"
#include "sessionworkspace.h"
#include "settings.h"
#include "tcpserversession.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QNetworkInterface>

namespace Sockpit {

namespace {
const QString SettingsGroup = QStringLiteral("TcpServer");

// Rows of the address combo box before this machine's own addresses.
enum AddressRow { AnyRow, AnyIPv4Row, AnyIPv6Row, FirstLocalRow };

QString hostOfRow(int row)
{
    switch (row) {
    case AnyRow:
        return QString();
    case AnyIPv4Row:
        return QStringLiteral("0.0.0.0");
    case AnyIPv6Row:
        return QStringLiteral("::");
    default:
        return QString();
    }
}
} // namespace

TcpServerPanel::TcpServerPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TcpServerPanel>())
    , m_session(new TcpServerSession(this))
    , m_clientModel(new ClientTableModel(this))
    , m_workspace(new SessionWorkspace(SettingsGroup, this))
{
    m_clientModel->attach(m_session);
    m_ui->setupUi(this);
    m_ui->mainSplitter->addWidget(m_workspace);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->inputErrorLabel->setVisible(false);
    setTabOrder(m_ui->logFilterCheck, m_workspace);

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

    for (int i = 0; i < 3; ++i)
        m_ui->autoReplyCombo->addItem(QString());
    for (int i = 0; i < 2; ++i)
        m_ui->sendTargetCombo->addItem(QString());
    fillAddressChoices();

    // Remembered settings.
    setListenSpec(Settings::TcpServerListen.value());
    m_ui->maxClientsSpin->setValue(Settings::TcpServerMaxClients.value());
    m_ui->maxPerIpSpin->setValue(Settings::TcpServerMaxPerIp.value());
    m_ui->idleSpin->setValue(Settings::TcpServerIdleTimeoutS.value());
    m_ui->autoReplyCombo->setCurrentIndex(qBound(0, Settings::TcpServerAutoReply.value(), 2));
    m_ui->replyEdit->setText(Settings::TcpServerReplyText.value());
    m_ui->replyHexCheck->setChecked(Settings::TcpServerReplyHex.value());
    m_ui->sendTargetCombo->setCurrentIndex(Settings::TcpServerSendToAll.value() ? AllClients : SelectedClients);
    m_workspace->loadSettings();
    view->horizontalHeader()->restoreState(Settings::TcpServerClientColumns.value());
    if (!m_ui->mainSplitter->restoreState(Settings::TcpServerSplitter.value()))
        m_ui->mainSplitter->setSizes({260, 440}); // room for a dozen clients and the log

    m_workspace->attach(m_session);
    m_workspace->setSendHandler([this](const QByteArray &bytes) { return sendData(bytes); });
    m_workspace->sendBox()->setBacklogProvider([this] { return m_session->pendingBytes(); });

    connect(m_ui->addressCombo, &QComboBox::currentTextChanged, this, [this] {
        validateInput();
        updateState();
    });
    connect(m_ui->portEdit, &QLineEdit::textChanged, this, [this] {
        validateInput();
        updateState();
    });
    connect(m_ui->portEdit, &QLineEdit::returnPressed, this, &TcpServerPanel::toggleListening);
    connect(m_ui->listenButton, &QPushButton::clicked, this, &TcpServerPanel::toggleListening);
    connect(m_ui->maxClientsSpin, &QSpinBox::valueChanged, this, &TcpServerPanel::applyLimits);
    connect(m_ui->maxPerIpSpin, &QSpinBox::valueChanged, this, &TcpServerPanel::applyLimits);
    connect(m_ui->idleSpin, &QSpinBox::valueChanged, this, &TcpServerPanel::applyLimits);
    connect(m_ui->autoReplyCombo, &QComboBox::currentIndexChanged, this, &TcpServerPanel::applyAutoReply);
    connect(m_ui->replyEdit, &QLineEdit::textChanged, this, &TcpServerPanel::applyAutoReply);
    connect(m_ui->replyHexCheck, &QCheckBox::toggled, this, &TcpServerPanel::applyAutoReply);
    connect(m_workspace, &SessionWorkspace::encodingChanged, this, &TcpServerPanel::applyAutoReply);

    connect(m_ui->disconnectButton, &QPushButton::clicked, this, &TcpServerPanel::disconnectSelected);
    connect(m_ui->disconnectAllButton, &QPushButton::clicked, m_session, &TcpServerSession::disconnectAll);
    connect(m_ui->removeClosedButton, &QPushButton::clicked, m_clientModel, [this] {
        m_clientModel->flush();
        m_clientModel->removeDeparted();
        scheduleCountsUpdate();
    });
    connect(m_ui->logFilterCheck, &QCheckBox::toggled, this, &TcpServerPanel::updateLogFilter);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TcpServerPanel::updateLogFilter);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TcpServerPanel::scheduleCountsUpdate);
    connect(m_clientModel, &QAbstractItemModel::dataChanged, this, &TcpServerPanel::scheduleCountsUpdate);

    connect(m_session, &Session::stateChanged, this, &TcpServerPanel::updateState);
    connect(m_session, &TcpServerSession::clientCountChanged, this, &TcpServerPanel::scheduleCountsUpdate);
    connect(m_session, &TcpServerSession::defenceCountersChanged, this, &TcpServerPanel::scheduleCountsUpdate);

    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &TcpServerPanel::updateCounts);

    applyLimits();
    applyAutoReply();
    validateInput();
    retranslateUi();
}

TcpServerPanel::~TcpServerPanel()
{
    saveSettings();
}

void TcpServerPanel::fillAddressChoices()
{
    QComboBox *combo = m_ui->addressCombo;
    for (int row = 0; row < FirstLocalRow; ++row)
        combo->addItem(QString(), hostOfRow(row));
    // This machine's own addresses; link-local IPv6 ones need an interface name and are left out.
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isLinkLocal())
            continue;
        combo->addItem(address.toString(), address.toString());
    }
}

QString TcpServerPanel::listenSpec() const
{
    const QComboBox *combo = m_ui->addressCombo;
    QString host = combo->currentText().trimmed();
    const int row = combo->findText(host);
    if (row >= 0)
        host = combo->itemData(row).toString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QString port = m_ui->portEdit->text().trimmed();
    if (host.isEmpty())
        return port;
    return host.contains(u':') ? u'[' + host + QStringLiteral("]:") + port : host + u':' + port;
}

void TcpServerPanel::setListenSpec(const QString &spec)
{
    const Result<Endpoint> endpoint = EndpointParser::parseBindSpec(spec);
    if (!endpoint.ok())
        return;
    QComboBox *combo = m_ui->addressCombo;
    const QString host = endpoint.value.host;
    int row = AnyRow;
    if (!host.isEmpty()) {
        const QHostAddress address = endpoint.value.address;
        if (address == QHostAddress(QHostAddress::AnyIPv4))
            row = AnyIPv4Row;
        else if (address == QHostAddress(QHostAddress::AnyIPv6))
            row = AnyIPv6Row;
        else
            row = combo->findData(address.toString());
    }
    if (row >= 0)
        combo->setCurrentIndex(row);
    else
        combo->setEditText(host);
    m_ui->portEdit->setText(QString::number(endpoint.value.port));
}

bool TcpServerPanel::validateInput()
{
    QString error;
    if (m_ui->portEdit->text().trimmed().isEmpty()) {
        error = tr("enter the port to listen on");
    } else {
        const Result<Endpoint> endpoint = EndpointParser::parseBindSpec(listenSpec());
        if (!endpoint.ok())
            error = endpoint.error;
    }
    if (error.isEmpty() && !m_replyError.isEmpty())
        error = m_replyError;
    m_ui->inputErrorLabel->setText(error);
    m_ui->inputErrorLabel->setVisible(!error.isEmpty());
    return error.isEmpty();
}

void TcpServerPanel::applyLimits()
{
    m_session->setMaxClients(m_ui->maxClientsSpin->value());
    m_session->setMaxPerIp(m_ui->maxPerIpSpin->value());
    m_session->setIdleTimeout(m_ui->idleSpin->value());
}

bool TcpServerPanel::applyAutoReply()
{
    const int mode = m_ui->autoReplyCombo->currentIndex();
    const bool fixed = mode == ReplyFixed;
    m_ui->replyEdit->setEnabled(fixed);
    m_ui->replyHexCheck->setEnabled(fixed);
    m_replyError.clear();
    if (mode == ReplyEcho) {
        m_session->setAutoReply(TcpServerSession::AutoReply::Echo);
    } else if (fixed) {
        PayloadSpec spec;
        spec.hex = m_ui->replyHexCheck->isChecked();
        spec.encoding = m_workspace->encoding();
        if (Encodings::isHex(spec.encoding)) {
            // The log shows hex; typed text is still text, sent as UTF-8.
            spec.encoding = QStringLiteral("UTF-8");
        }
        const Result<QByteArray> reply = buildPayload(m_ui->replyEdit->text(), spec);
        if (reply.ok() && reply.value.isEmpty())
            m_replyError = tr("the fixed reply is empty: type what to answer");
        else if (!reply.ok())
            m_replyError = tr("fixed reply: %1").arg(reply.error);
        // A reply that cannot be built answers nothing rather than something wrong.
        m_session->setAutoReply(m_replyError.isEmpty() ? TcpServerSession::AutoReply::Fixed
                                                       : TcpServerSession::AutoReply::Off,
                                reply.value);
    } else {
        m_session->setAutoReply(TcpServerSession::AutoReply::Off);
    }
    validateInput();
    return m_replyError.isEmpty();
}

void TcpServerPanel::toggleListening()
{
    if (m_session->isListening()) {
        m_session->stop();
        updateState();
        return;
    }
    if (!validateInput() && m_replyError.isEmpty())
        return;
    applyLimits();
    applyAutoReply();
    m_lastError.clear();
    if (m_session->listen(listenSpec()))
        saveSettings();
    else
        m_lastError = m_session->errorString();
    updateState();
}

QList<quint64> TcpServerPanel::selectedPeerIds() const
{
    QList<quint64> ids;
    const ClientTableModel *model = m_clientModel;
    const QModelIndexList rows = m_ui->clientView->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        if (model->isConnectedAt(index.row()))
            ids << model->peerIdAt(index.row());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool TcpServerPanel::sendData(const QByteArray &bytes)
{
    if (m_ui->sendTargetCombo->currentIndex() == AllClients)
        return m_session->send(bytes);
    const QList<quint64> ids = selectedPeerIds();
    if (ids.isEmpty()) {
        m_workspace->logError(tr("no connected client is selected: select clients in the list, or send to all clients"));
        return false;
    }
    return m_session->sendTo(ids, bytes);
}

void TcpServerPanel::disconnectSelected()
{
    const QList<quint64> ids = selectedPeerIds();
    if (ids.isEmpty()) {
        m_workspace->logError(tr("no connected client is selected"));
        return;
    }
    m_session->disconnectPeers(ids);
}

void TcpServerPanel::updateLogFilter()
{
    ReceiveLogView *logView = m_workspace->logView();
    if (!m_ui->logFilterCheck->isChecked()) {
        logView->setPeerFilter(std::nullopt);
        return;
    }
    const QModelIndex current = m_ui->clientView->currentIndex();
    const quint64 id = current.isValid() ? m_clientModel->peerIdAt(current.row()) : 0;
    // No client chosen yet: show nothing rather than everything, so the filter is visibly on.
    logView->setPeerFilter(id);
}

void TcpServerPanel::launch(const LaunchOptions &options)
{
    // The main window applies --capture; the encoding matters for --reply, so it is applied here too.
    if (!options.encoding.isEmpty())
        m_workspace->setEncoding(options.encoding);
    const TcpServerConfig &config = options.tcpServer;
    setListenSpec(config.listenText());
    m_ui->maxClientsSpin->setValue(config.maxClients);
    m_ui->maxPerIpSpin->setValue(config.maxPerIp);
    m_ui->idleSpin->setValue(config.idleTimeoutS);
    if (config.autoReply == TcpServerSession::AutoReply::Fixed) {
        m_ui->replyHexCheck->setChecked(config.replyHex);
        m_ui->replyEdit->setText(config.replyText);
    }
    m_ui->autoReplyCombo->setCurrentIndex(int(config.autoReply));
    if (m_session->isListening())
        m_session->stop();
    toggleListening();
}

void TcpServerPanel::saveSettings() const
{
    const Settings::Batch batch; // one write of the settings file
    const QString spec = listenSpec();
    if (EndpointParser::parseBindSpec(spec).ok())
        Settings::TcpServerListen.setValue(spec);
    Settings::TcpServerMaxClients.setValue(m_ui->maxClientsSpin->value());
    Settings::TcpServerMaxPerIp.setValue(m_ui->maxPerIpSpin->value());
    Settings::TcpServerIdleTimeoutS.setValue(m_ui->idleSpin->value());
    Settings::TcpServerAutoReply.setValue(m_ui->autoReplyCombo->currentIndex());
    Settings::TcpServerReplyText.setValue(m_ui->replyEdit->text());
    Settings::TcpServerReplyHex.setValue(m_ui->replyHexCheck->isChecked());
    Settings::TcpServerSendToAll.setValue(m_ui->sendTargetCombo->currentIndex() == AllClients);
    Settings::TcpServerClientColumns.setValue(m_ui->clientView->horizontalHeader()->saveState());
    Settings::TcpServerSplitter.setValue(m_ui->mainSplitter->saveState());
    m_workspace->saveSettings();
}

void TcpServerPanel::updateState()
{
    const bool listening = m_session->isListening();
    m_ui->addressCombo->setEnabled(!listening);
    m_ui->portEdit->setEnabled(!listening);

    QString text;
    QString color = QStringLiteral("#606060");
    if (listening) {
        m_ui->listenButton->setText(tr("&Stop listening"));
        m_ui->listenButton->setEnabled(true);
        text = tr("Listening on %1").arg(m_session->listenText());
        color = QStringLiteral("#1b7a2e");
    } else {
        m_ui->listenButton->setText(tr("&Start listening"));
        m_ui->listenButton->setEnabled(validateInput() || !m_replyError.isEmpty());
        if (!m_lastError.isEmpty()) {
            text = m_lastError;
            color = QStringLiteral("#b01c1c");
        } else if (m_session->clientCount() > 0) {
            text = tr("Not listening; connected clients stay until you disconnect them");
        } else {
            text = tr("Not listening");
        }
    }
    m_ui->stateLabel->setText(text);
    m_ui->stateLabel->setStyleSheet(QStringLiteral("color: %1").arg(color));
}

void TcpServerPanel::scheduleCountsUpdate()
{
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void TcpServerPanel::updateCounts()
{
    const ClientTableModel *model = m_clientModel;
    const int connected = m_session->clientCount();
    const int listed = model->rowCount();
    QString counts = tr("%n client(s) connected", "", connected);
    if (listed > model->connectedCount())
        counts += tr(", %n gone", "", listed - model->connectedCount());
    m_ui->clientCountLabel->setText(counts);

    const TcpServerSession::DefenceCounters &defences = m_session->defenceCounters();
    m_ui->defenceLabel->setText(tr("Refused: %1 over the client limit, %2 over the per-IP limit; closed idle: %3")
                                    .arg(defences.refusedByLimit)
                                    .arg(defences.refusedByPerIp)
                                    .arg(defences.closedIdle));

    const bool anySelected = m_ui->clientView->selectionModel()->hasSelection();
    m_ui->disconnectButton->setEnabled(anySelected && connected > 0);
    m_ui->disconnectAllButton->setEnabled(connected > 0);
    m_ui->removeClosedButton->setEnabled(listed > model->connectedCount());
    if (!m_session->isListening())
        updateState(); // "clients stay" comes and goes with them
}

void TcpServerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TcpServerPanel::retranslateUi()
{
    m_ui->retranslateUi(this);
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
    applyAutoReply();
    updateState();
    updateCounts();
}

} // namespace Sockpit
