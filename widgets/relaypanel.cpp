#include "relaypanel.h"
#include "ui_relaypanel.h"

#include "accessiblenames.h"
#include "launchoptions.h"
#include "relaypairmodel.h"
#include "relaysession.h"
#include "sessionconfig.h"
#include "sessionworkspace.h"
#include "settings.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>

namespace Sockpit {

namespace {
const QString Group = QStringLiteral("Relay");
} // namespace

RelayPanel::RelayPanel(QWidget *parent)
    : SessionPanel(Group, new RelaySession, /*datagram*/ false, parent)
    , m_ui(std::make_unique<Ui::RelayPanel>())
    , m_relay(static_cast<RelaySession *>(SessionPanel::session()))
    , m_pairModel(new RelayPairModel(m_relay, this))
{
    m_ui->setupUi(this);
    m_ui->panelLayout->addWidget(workspace(), 1);
    setTabOrder(m_ui->injectCombo, workspace());
    for (int i = 0; i < 2; ++i)
        m_ui->injectCombo->addItem(QString());

    QTableView *view = m_ui->pairView;
    view->setModel(m_pairModel);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(RelayPairModel::PairColumn, 50);
    view->setColumnWidth(RelayPairModel::ClientColumn, 170);
    view->setColumnWidth(RelayPairModel::TargetColumn, 170);
    view->setColumnWidth(RelayPairModel::StateColumn, 150);
    view->setColumnWidth(RelayPairModel::ToTargetColumn, 220);

    for (QLineEdit *edit : {m_ui->listenEdit, m_ui->targetEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &RelayPanel::onFormEdited);
        connect(edit, &QLineEdit::returnPressed, this, &RelayPanel::toggleRelaying);
    }
    connect(m_ui->timeoutSpin, &QSpinBox::valueChanged, this, &RelayPanel::onFormEdited);
    connect(m_ui->startButton, &QPushButton::clicked, this, &RelayPanel::toggleRelaying);
    connect(m_ui->pauseToTargetButton, &QPushButton::clicked, this,
            [this](bool checked) { setFlowPaused(int(RelaySession::Flow::ClientToTarget), checked); });
    connect(m_ui->pauseToClientButton, &QPushButton::clicked, this,
            [this](bool checked) { setFlowPaused(int(RelaySession::Flow::TargetToClient), checked); });
    connect(m_ui->closePairButton, &QPushButton::clicked, this, [this] {
        if (const quint64 id = selectedPairId())
            m_relay->closePair(id);
    });
    connect(m_ui->injectCombo, &QComboBox::currentIndexChanged, this, &RelayPanel::settingsChanged);
    // The selection is kept by pair, across the model's resets.
    connect(m_pairModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_ui->pairView->setProperty("pair", selectedPairId()); });
    connect(m_pairModel, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_pairModel->rowOf(m_ui->pairView->property("pair").toULongLong());
        if (row >= 0)
            m_ui->pairView->selectRow(row);
        refreshPairActions();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RelayPanel::refreshPairActions);

    connect(m_relay, &Session::stateChanged, this, &RelayPanel::refresh);
    connect(m_relay, &RelaySession::pairCountChanged, this, &RelayPanel::refresh);
    connect(m_relay, &RelaySession::pairChanged, this, &RelayPanel::refreshPairActions);
    finishSetup(m_ui->stateLabel, m_ui->inputErrorLabel);
}

RelayPanel::~RelayPanel() = default;

Result<RelayConfig> RelayPanel::formConfig() const
{
    RelayInput input;
    input.listen = m_ui->listenEdit->text();
    input.target = m_ui->targetEdit->text();
    input.connectTimeoutMs = QString::number(m_ui->timeoutSpin->value());
    return parseRelayConfig(input);
}

void RelayPanel::onFormEdited()
{
    settingsChanged();
    refresh();
}

void RelayPanel::toggleRelaying()
{
    if (m_relay->isListening()) {
        m_relay->stop();
        return;
    }
    const Result<RelayConfig> config = formConfig();
    if (!config.ok()) {
        showInputError(config.error);
        return;
    }
    m_lastError.clear();
    applyTo(*m_relay, config.value);
    if (!m_relay->listen(config.value.listen.address, config.value.listen.port))
        m_lastError = m_relay->errorString();
    refresh();
}

quint64 RelayPanel::selectedPairId() const
{
    const QModelIndexList rows = m_ui->pairView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_pairModel->pairIdAt(rows.first().row());
}

void RelayPanel::setFlowPaused(int flow, bool paused)
{
    m_relay->setPaused(selectedPairId(), RelaySession::Flow(flow), paused);
    m_pairModel->refresh();
    refreshPairActions();
}

void RelayPanel::refreshPairActions()
{
    const quint64 id = selectedPairId();
    const QSignalBlocker blockUp(m_ui->pauseToTargetButton);
    const QSignalBlocker blockDown(m_ui->pauseToClientButton);
    m_ui->pauseToTargetButton->setChecked(m_relay->isPaused(id, RelaySession::Flow::ClientToTarget));
    m_ui->pauseToClientButton->setChecked(m_relay->isPaused(id, RelaySession::Flow::TargetToClient));
    m_ui->closePairButton->setEnabled(id != 0);
    // What the buttons act on, said to a screen reader as well.
    const QString scope = id ? tr("pair #%1").arg(id) : tr("all pairs");
    m_ui->pauseToTargetButton->setAccessibleDescription(tr("Pauses client → target of %1").arg(scope));
    m_ui->pauseToClientButton->setAccessibleDescription(tr("Pauses target → client of %1").arg(scope));
}

bool RelayPanel::sendData(const QByteArray &bytes)
{
    const Peer::Leg side = m_ui->injectCombo->currentIndex() == IntoClient ? Peer::Leg::Client : Peer::Leg::Target;
    return m_relay->inject(selectedPairId(), side, bytes);
}

void RelayPanel::loadForm()
{
    m_ui->listenEdit->setText(Settings::panelValue(Group, "listen", QStringLiteral("7789")).toString());
    m_ui->targetEdit->setText(Settings::panelValue(Group, "target", QStringLiteral("127.0.0.1:7788")).toString());
    m_ui->timeoutSpin->setValue(Settings::panelValue(Group, "connectTimeoutMs", RelaySession::DefaultConnectTimeoutMs).toInt());
    m_ui->injectCombo->setCurrentIndex(qBound(0, Settings::panelValue(Group, "injectSide", 0).toInt(), 1));
}

void RelayPanel::saveForm()
{
    Settings::setPanelValue(Group, "injectSide", m_ui->injectCombo->currentIndex());
    // Only a form that makes sense is remembered; half-typed input is not.
    const Result<RelayConfig> config = formConfig();
    if (!config.ok())
        return;
    Settings::setPanelValue(Group, "listen", config.value.listenText());
    Settings::setPanelValue(Group, "target", config.value.targetText());
    Settings::setPanelValue(Group, "connectTimeoutMs", config.value.connectTimeoutMs);
}

void RelayPanel::launchForm(const LaunchOptions &options)
{
    const RelayConfig &config = options.relay;
    m_ui->listenEdit->setText(config.listenText());
    m_ui->targetEdit->setText(config.targetText());
    m_ui->timeoutSpin->setValue(config.connectTimeoutMs);
    toggleRelaying();
}

void RelayPanel::refresh()
{
    const bool listening = m_relay->isListening();
    const Result<RelayConfig> config = formConfig();
    const bool incomplete = m_ui->listenEdit->text().trimmed().isEmpty() || m_ui->targetEdit->text().trimmed().isEmpty();
    showInputError(config.ok() || incomplete || listening ? QString() : config.error);
    for (QWidget *field : {static_cast<QWidget *>(m_ui->listenEdit), static_cast<QWidget *>(m_ui->targetEdit),
                           static_cast<QWidget *>(m_ui->timeoutSpin)})
        field->setEnabled(!listening);
    m_ui->startButton->setText(listening ? tr("S&top") : tr("S&tart"));
    m_ui->startButton->setEnabled(listening || config.ok());
    if (listening) {
        showState(tr("Relaying %1 → %2, %n pair(s)", nullptr, m_relay->pairCount())
                      .arg(m_relay->listenText(), m_relay->targetText()),
                  Theme::Tone::Good);
    } else if (!m_lastError.isEmpty()) {
        showState(m_lastError, Theme::Tone::Bad);
    } else {
        showState(tr("Not relaying"), Theme::Tone::Neutral);
    }
    refreshPairActions();
}

void RelayPanel::retranslateForm()
{
    m_ui->retranslateUi(this);
    AccessibleNames::nameViewParts(m_ui->pairView);
    m_ui->injectCombo->setItemText(IntoTarget, tr("the target"));
    m_ui->injectCombo->setItemText(IntoClient, tr("the client"));
    m_ui->startButton->setToolTip(tr("Start relaying, or stop and close every pair"));
    m_ui->startButton->setAccessibleName(tr("Start or stop relaying"));
}

} // namespace Sockpit
