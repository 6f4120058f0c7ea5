#include "sessionworkspace.h"

#include "capturesink.h"
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
{
    m_encodingSelector->setObjectName(QStringLiteral("encodingSelector"));
    m_counters->setObjectName(QStringLiteral("countersBar"));
    m_framing->setObjectName(QStringLiteral("framingBar"));
    m_encodingLabel->setBuddy(m_encodingSelector);

    auto *logPane = new QWidget(m_splitter);
    m_logLayout = new QVBoxLayout(logPane);
    m_logLayout->setContentsMargins(0, 0, 0, 0);
    m_logLayout->addWidget(m_logView, 1);
    m_logLayout->addWidget(m_counters);

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

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

void SessionWorkspace::attach(Session *session, bool datagram)
{
    m_session = session;
    m_recorder->setDatagramMode(datagram);
    m_recorder->attach(session);
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
}

} // namespace Sockpit
