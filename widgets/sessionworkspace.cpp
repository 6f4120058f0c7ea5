#include "sessionworkspace.h"

#include "capturesink.h"
#include "commandlibrarypanel.h"
#include "countersbar.h"
#include "encodingselector.h"
#include "framingbar.h"
#include "ratechart.h"
#include "receivelogview.h"
#include "sendbox.h"
#include "session.h"
#include "settings.h"
#include "trafficlog.h"
#include "trafficrecorder.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockpit {

SessionWorkspace::SessionWorkspace(const QString &settingsGroup, QWidget *parent)
    : QWidget(parent)
    , m_settingsGroup(settingsGroup)
    , m_log(new TrafficLog(this))
    , m_capture(new CaptureSink(this))
    , m_recorder(new TrafficRecorder(m_log, m_capture, this))
    , m_encodingSelector(new EncodingSelector(this))
    , m_framing(new FramingBar(this))
    , m_logView(new ReceiveLogView(m_log, m_capture, this))
    , m_counters(new CountersBar(m_log, this))
    , m_sendBox(new SendBox(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_encodingLabel(new QLabel(this))
    , m_rates(std::make_unique<RateHistory>())
    , m_rateTimer(new QTimer(this))
    , m_sideSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sidePane(new QTabWidget(this))
    , m_commands(new CommandLibraryPanel(CommandLibraryPanel::sharedLibrary(), this))
    , m_sidePaneAction(new QAction(this))
    , m_sidePaneButton(new QToolButton(this))
{
    m_encodingSelector->setObjectName(QStringLiteral("encodingSelector"));
    m_counters->setObjectName(QStringLiteral("countersBar"));
    m_framing->setObjectName(QStringLiteral("framingBar"));
    m_encodingLabel->setBuddy(m_encodingSelector);

    auto *logPane = new QWidget(m_splitter);
    m_logLayout = new QVBoxLayout(logPane);
    m_logLayout->setContentsMargins(0, 0, 0, 0);
    m_logLayout->addWidget(m_logView, 1);
    auto *countersRow = new QHBoxLayout;
    countersRow->addWidget(m_counters, 1);
    countersRow->addWidget(m_sidePaneButton);
    m_logLayout->addLayout(countersRow);

    auto *sendPane = new QWidget(m_splitter);
    auto *sendLayout = new QVBoxLayout(sendPane);
    sendLayout->setContentsMargins(0, 0, 0, 0);
    auto *encodingRow = new QHBoxLayout;
    // At the top, level with the framing row, when the framing details open below it.
    m_encodingLabel->setMinimumHeight(m_encodingSelector->sizeHint().height());
    encodingRow->addWidget(m_encodingLabel, 0, Qt::AlignTop);
    encodingRow->addWidget(m_encodingSelector, 0, Qt::AlignTop);
    encodingRow->addSpacing(12);
    encodingRow->addWidget(m_framing, 1);
    sendLayout->addLayout(encodingRow);
    sendLayout->addWidget(m_sendBox, 1);

    m_splitter->addWidget(logPane);
    m_splitter->addWidget(sendPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    setUpSidePane();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sideSplitter);

    connect(m_encodingSelector, &EncodingSelector::encodingChanged, this, [this](const QString &encoding) {
        m_log->setEncoding(encoding);
        m_sendBox->setEncoding(encoding);
        m_framing->setEncoding(encoding);
        emit encodingChanged(encoding);
        emit settingsChanged();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, &SessionWorkspace::settingsChanged);
    connect(m_sendBox, &SendBox::historyChanged, this, &SessionWorkspace::settingsChanged);
    connect(m_sendBox, &SendBox::checksumChanged, this, &SessionWorkspace::settingsChanged);
    m_recorder->setFraming(m_framing->framing());
    connect(m_framing, &FramingBar::framingChanged, this, [this](const FramingSpec &spec) {
        m_recorder->setFraming(spec);
        emit settingsChanged();
    });
    connect(m_framing, &FramingBar::receiveChecksumChanged, this, [this](const std::optional<ChecksumSpec> &spec) {
        m_recorder->setReceiveChecksum(spec);
        m_counters->setShowBadFrames(spec.has_value());
        emit settingsChanged();
    });
    connect(m_encodingSelector, &EncodingSelector::errorOccurred, this, &SessionWorkspace::logError);

    // Once a second, whatever the traffic: the chart never works per packet.
    m_rateTimer->setInterval(1000);
    connect(m_rateTimer, &QTimer::timeout, this, &SessionWorkspace::sampleRates);
    m_rateTimer->start();
    m_rates->sample(m_log->counters(), QDateTime::currentMSecsSinceEpoch());
    connect(m_counters, &CountersBar::chartToggled, this, [this](bool shown) {
        setRateChartShown(shown);
        emit settingsChanged();
    });
    auto *chartAction = new QAction(this);
    chartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // The whole window: only the shown tab's workspace is visible, so the tabs never share it.
    chartAction->setShortcutContext(Qt::WindowShortcut);
    connect(chartAction, &QAction::triggered, m_counters->chartButton(), &QToolButton::toggle);
    addAction(chartAction);
    retranslateUi();
}

void SessionWorkspace::sampleRates()
{
    m_rates->sample(m_log->counters(), QDateTime::currentMSecsSinceEpoch());
    if (m_rateChart)
        m_rateChart->historyChanged();
}

void SessionWorkspace::makeRateChart()
{
    m_ratePane = new QWidget(this);
    auto *row = new QHBoxLayout(m_ratePane);
    row->setContentsMargins(0, 0, 0, 0);
    m_rateChart = new RateChart(m_rates.get(), m_ratePane);
    m_rateUnit = new QComboBox(m_ratePane);
    m_rateUnit->setObjectName(QStringLiteral("rateUnit"));
    m_rateUnit->addItems({QString(), QString()});
    row->addWidget(m_rateChart, 1);
    row->addWidget(m_rateUnit, 0, Qt::AlignTop);
    connect(m_rateUnit, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_rateChart->setShowFrames(index == 1);
        emit settingsChanged();
    });
    m_logLayout->addWidget(m_ratePane);
    retranslateUi();
}

void SessionWorkspace::setRateChartShown(bool shown)
{
    if (shown && !m_ratePane)
        makeRateChart();
    if (m_ratePane)
        m_ratePane->setVisible(shown);
    if (m_counters->chartButton()->isChecked() != shown)
        m_counters->chartButton()->setChecked(shown);
}

SessionWorkspace::~SessionWorkspace()
{
    m_recorder->detach();
}

void SessionWorkspace::setUpSidePane()
{
    m_sidePane->setObjectName(QStringLiteral("sidePane"));
    m_sidePaneButton->setObjectName(QStringLiteral("sidePaneButton"));
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_splitter);
    m_sideSplitter->addWidget(m_sidePane);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 0);
    m_sideSplitter->setChildrenCollapsible(false);
    m_sideSplitter->setSizes({700, 280});
    m_sidePane->setDocumentMode(true);
    m_sidePane->addTab(m_commands, QString());
    m_sidePaneAction->setCheckable(true);
    m_sidePaneAction->setChecked(true);
    m_sidePaneAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_sidePaneButton->setDefaultAction(m_sidePaneAction);
    m_sidePaneButton->setAutoRaise(true);
    setShortcutScope(this);
    connect(m_sidePaneAction, &QAction::toggled, this, [this](bool shown) {
        m_sidePane->setVisible(shown);
        if (shown)
            m_commands->setFocus();
        emit settingsChanged();
    });
    connect(m_sideSplitter, &QSplitter::splitterMoved, this, &SessionWorkspace::settingsChanged);
    m_commands->setSendBox(m_sendBox);
    m_commands->setEncoding(m_encodingSelector->encoding());
    connect(m_encodingSelector, &EncodingSelector::encodingChanged, m_commands, &CommandLibraryPanel::setEncoding);
    connect(m_commands, &CommandLibraryPanel::errorOccurred, this, &SessionWorkspace::logError);
    const QString loadError = m_commands->library()->loadError();
    if (!loadError.isEmpty())
        logError(loadError);
}

void SessionWorkspace::addSidePage(QWidget *page, const QString &title)
{
    m_sidePane->addTab(page, title);
}

bool SessionWorkspace::isSidePaneShown() const
{
    return m_sidePaneAction->isChecked();
}

void SessionWorkspace::setSidePaneShown(bool shown)
{
    m_sidePaneAction->setChecked(shown);
}

void SessionWorkspace::setShortcutScope(QWidget *scope)
{
    // The key belongs to the session panel, so three panels in tabs never take each other's.
    if (m_shortcutScope)
        m_shortcutScope->removeAction(m_sidePaneAction);
    m_shortcutScope = scope;
    scope->addAction(m_sidePaneAction);
    m_sidePaneAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_commands->setShortcutScope(scope);
}

void SessionWorkspace::attach(Session *session, bool datagram)
{
    m_session = session;
    m_recorder->setDatagramMode(datagram);
    m_recorder->attach(session);
    m_logView->setSession(session);
    m_counters->setDatagramMode(datagram);
    m_framing->setDatagramMode(datagram);
    // A file goes out as datagrams that fit a common Ethernet frame.
    m_sendBox->setFileChunkBytes(datagram ? FileDatagramBytes : SendBox::DefaultFileChunkBytes);
}

Session *SessionWorkspace::session() const
{
    return m_session.data();
}

void SessionWorkspace::setSendHandler(std::function<bool(const QByteArray &)> handler)
{
    // The library sends the way Send does: the same log, back-pressure and errors.
    m_commands->setSendHandler(handler);
    m_sendBox->setSendHandler(std::move(handler));
}

bool SessionWorkspace::setFraming(const FramingSpec &spec)
{
    return m_framing->setFraming(spec);
}

void SessionWorkspace::setReceiveChecksum(const std::optional<ChecksumSpec> &spec)
{
    m_framing->setReceiveChecksum(spec);
}

QString SessionWorkspace::encoding() const
{
    return m_encodingSelector->encoding();
}

void SessionWorkspace::setEncoding(const QString &encoding)
{
    m_encodingSelector->setEncoding(encoding);
}

void SessionWorkspace::logInfo(const QString &message)
{
    m_log->appendMessage(Direction::Info, Peer{}, message);
}

void SessionWorkspace::logError(const QString &message)
{
    m_log->appendMessage(Direction::Error, Peer{}, message);
}

QString SessionWorkspace::startCapture(const QString &path)
{
    return m_logView->startCapture(path);
}

void SessionWorkspace::loadSettings()
{
    const Settings::Batch batch;
    const QString encoding = Settings::panelValue(m_settingsGroup, "encoding", QStringLiteral("UTF-8")).toString();
    if (Encodings::checkName(encoding).isEmpty())
        m_encodingSelector->setEncoding(encoding);
    m_framing->loadSettings(m_settingsGroup);
    m_sendBox->loadSettings(m_settingsGroup);
    m_splitter->restoreState(Settings::panelValue(m_settingsGroup, "splitter", QByteArray()).toByteArray());
    if (Settings::panelValue(m_settingsGroup, "rateChart", false).toBool()) {
        setRateChartShown(true);
        m_rateUnit->setCurrentIndex(Settings::panelValue(m_settingsGroup, "rateChartFrames", false).toBool() ? 1 : 0);
    }
    m_sideSplitter->restoreState(Settings::panelValue(m_settingsGroup, "sideSplitter", QByteArray()).toByteArray());
    setSidePaneShown(Settings::panelValue(m_settingsGroup, "sidePane", true).toBool());
}

void SessionWorkspace::saveSettings() const
{
    const Settings::Batch batch; // one write of the settings file
    Settings::setPanelValue(m_settingsGroup, "encoding", encoding());
    m_framing->saveSettings(m_settingsGroup);
    m_sendBox->saveSettings(m_settingsGroup);
    Settings::setPanelValue(m_settingsGroup, "splitter", m_splitter->saveState());
    Settings::setPanelValue(m_settingsGroup, "rateChart", m_ratePane && m_ratePane->isVisibleTo(this));
    if (m_rateUnit)
        Settings::setPanelValue(m_settingsGroup, "rateChartFrames", m_rateUnit->currentIndex() == 1);
    Settings::setPanelValue(m_settingsGroup, "sideSplitter", m_sideSplitter->saveState());
    Settings::setPanelValue(m_settingsGroup, "sidePane", isSidePaneShown());
}

void SessionWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SessionWorkspace::retranslateUi()
{
    m_encodingLabel->setText(tr("E&ncoding:"));
    if (m_rateUnit) {
        m_rateUnit->setItemText(0, tr("Bytes per second"));
        m_rateUnit->setItemText(1, tr("Frames per second"));
        m_rateUnit->setAccessibleName(tr("Rate chart unit"));
    }
    m_sidePane->setTabText(m_sidePane->indexOf(m_commands), tr("Commands"));
    m_sidePaneAction->setText(tr("Commands"));
    m_sidePaneAction->setToolTip(tr("Show or hide the command library (F9); Ctrl+1 … Ctrl+9 send its first nine commands"));
    m_sidePaneButton->setAccessibleName(tr("Show the command library"));
}

} // namespace Sockpit
