#include "receivelogview.h"

#include "afterfirstpaint.h"
#include "accessiblenames.h"
#include "capturesink.h"
#include "pcapngrecorder.h"
#include "session.h"
#include "receivelogmodel.h"
#include "trafficlog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace Sockpit {

ReceiveLogView::ReceiveLogView(TrafficLog *log, CaptureSink *capture, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_capture(capture)
    , m_model(new ReceiveLogModel(log, this))
    , m_list(new QListView(this))
    , m_viewLabel(new QLabel(this))
    , m_viewMode(new QComboBox(this))
    , m_autoScroll(new QCheckBox(this))
    , m_pause(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_findEdit(new QLineEdit(this))
    , m_findPrev(new QToolButton(this))
    , m_findNext(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_captureButton(new QToolButton(this))
    , m_status(new QLabel(this))
{
    // Names let tests (and accessibility tools) find the controls.
    m_list->setObjectName(QStringLiteral("logList"));
    m_viewMode->setObjectName(QStringLiteral("viewModeCombo"));
    m_autoScroll->setObjectName(QStringLiteral("autoScrollCheck"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findPrev->setObjectName(QStringLiteral("findPreviousButton"));
    m_findNext->setObjectName(QStringLiteral("findNextButton"));
    m_save->setObjectName(QStringLiteral("saveLogButton"));
    m_captureButton->setObjectName(QStringLiteral("captureButton"));
    m_status->setObjectName(QStringLiteral("logStatusLabel"));

    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true); // lets the view lay out a huge list without asking every row
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The fixed-width font is loaded after the first paint: the box starts empty.
    AfterFirstPaint::run(m_list, [box = m_list] { box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); });
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_viewMode->addItems({QString(), QString(), QString()});
    m_viewLabel->setBuddy(m_viewMode);
    m_autoScroll->setChecked(true);
    m_pause->setCheckable(true);
    // Its icon is decoded after the first paint: the edit starts empty, so the button is hidden.
    AfterFirstPaint::run(m_findEdit, [edit = m_findEdit] {
        edit->setClearButtonEnabled(true);
        AccessibleNames::nameClearButton(edit);
    });
    m_captureButton->setCheckable(true);
    selectableAfterFirstPaint(m_status);

    layOut();
    connectControls();
    retranslateUi();
}

ReceiveLogView::~ReceiveLogView() = default;

void ReceiveLogView::layOut()
{
    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(0, 0, 0, 0);
    toolbar->addWidget(m_viewLabel);
    toolbar->addWidget(m_viewMode);
    toolbar->addWidget(m_autoScroll);
    toolbar->addWidget(m_pause);
    toolbar->addWidget(m_clear);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_findEdit, 1);
    toolbar->addWidget(m_findPrev);
    toolbar->addWidget(m_findNext);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_save);
    toolbar->addWidget(m_captureButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toolbar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    setTabOrder(m_viewMode, m_autoScroll);
    setTabOrder(m_autoScroll, m_pause);
    setTabOrder(m_pause, m_clear);
    setTabOrder(m_clear, m_findEdit);
    setTabOrder(m_findEdit, m_findPrev);
    setTabOrder(m_findPrev, m_findNext);
    setTabOrder(m_findNext, m_save);
    setTabOrder(m_save, m_captureButton);
    setTabOrder(m_captureButton, m_list);
}

void ReceiveLogView::connectControls()
{
    connect(m_viewMode, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setViewMode(ReceiveLogModel::ViewMode(index)); });
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        m_model->setPaused(paused);
        refreshPause();
        updateStatus();
    });
    connect(m_clear, &QToolButton::clicked, m_log, &TrafficLog::clear);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(m_findNext, &QToolButton::clicked, this, [this] { find(false); });
    connect(m_findPrev, &QToolButton::clicked, this, [this] { find(true); });
    connect(m_save, &QToolButton::clicked, this, &ReceiveLogView::saveWithDialog);
    connect(m_captureButton, &QToolButton::clicked, this, &ReceiveLogView::toggleCapture);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReceiveLogView::currentEntryChanged);

    // Follow new rows only while the user has not scrolled up to read.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_stickToBottom = value >= m_list->verticalScrollBar()->maximum() - 4;
    });
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int) {
        if (m_autoScroll->isChecked() && m_stickToBottom)
            m_list->scrollToBottom();
    });
    connect(m_autoScroll, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_stickToBottom = true;
            m_list->scrollToBottom();
        }
    });
    connect(m_model, &ReceiveLogModel::rowsAppended, this, &ReceiveLogView::updateStatus);
    connect(m_model, &ReceiveLogModel::hiddenCountChanged, this, &ReceiveLogView::updateStatus);
    if (m_capture)
        connect(m_capture, &CaptureSink::errorOccurred, this, &ReceiveLogView::updateCaptureButton);
}

void ReceiveLogView::setPeerFilter(std::optional<quint64> peerId)
{
    m_model->setPeerFilter(peerId);
}

std::optional<LogEntry> ReceiveLogView::currentEntry() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const quint64 seq = m_model->seqAt(index.row());
    if (!m_log->contains(seq))
        return std::nullopt;
    return m_log->at(seq);
}

QString ReceiveLogView::saveTo(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return tr("cannot write '%1': %2").arg(path, file.errorString());
    QTextStream out(&file);
    for (quint64 seq = m_log->firstSeq(); seq < m_log->endSeq(); ++seq)
        out << m_model->lineFor(m_log->at(seq), INT_MAX) << '\n';
    out.flush();
    if (file.error() != QFileDevice::NoError)
        return tr("writing '%1' failed: %2").arg(path, file.errorString());
    return QString();
}

void ReceiveLogView::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save log"), QString(), tr("Text files (*.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    if (error.isEmpty())
        m_log->appendMessage(Direction::Info, Peer{}, tr("log saved to %1").arg(path));
    else
        m_log->appendMessage(Direction::Error, Peer{}, error);
}

void ReceiveLogView::toggleCapture()
{
    if (!m_capture)
        return;
    if (isCapturing()) {
        stopCapture();
    } else {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Capture to file"), QString(),
            tr("Received bytes (*.bin);;pcapng for Wireshark, both directions (*.pcapng);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            startCapture(path);
    }
    updateCaptureButton();
}

void ReceiveLogView::setSession(Session *session)
{
    m_session = session;
}

bool ReceiveLogView::isCapturing() const
{
    return (m_capture && m_capture->isOpen()) || (m_pcap && m_pcap->isOpen());
}

void ReceiveLogView::stopCapture()
{
    if (m_pcap && m_pcap->isOpen()) {
        const quint64 packets = m_pcap->packetCount();
        m_pcap->close();
        m_log->appendMessage(Direction::Info, Peer{},
                             tr("pcapng capture to %1 stopped after %n packet(s)", nullptr, int(packets)).arg(m_pcapPath));
        return;
    }
    const QString path = m_capture->path();
    const quint64 bytes = m_capture->bytesWritten();
    m_capture->close();
    m_log->appendMessage(Direction::Info, Peer{}, tr("capture to %1 stopped after %n byte(s)", nullptr, int(bytes)).arg(path));
}

QString ReceiveLogView::startCapture(const QString &path)
{
    if (path.endsWith(QStringLiteral(".pcapng"), Qt::CaseInsensitive))
        return startPcapngCapture(path);
    const QString error = m_capture->open(path);
    if (error.isEmpty())
        m_log->appendMessage(Direction::Info, Peer{}, tr("capturing received bytes to %1 (appending)").arg(path));
    else
        m_log->appendMessage(Direction::Error, Peer{}, error);
    updateCaptureButton();
    return error;
}

QString ReceiveLogView::startPcapngCapture(const QString &path)
{
    if (!m_pcap) {
        m_pcap = new PcapngRecorder(this);
        connect(m_pcap, &PcapngRecorder::errorOccurred, this, [this](const QString &message) {
            m_log->appendMessage(Direction::Error, Peer{}, message);
            updateCaptureButton();
        });
    }
    const Status opened = m_session ? m_pcap->open(path) : Status::failure(tr("no session to capture"));
    if (!opened) {
        m_log->appendMessage(Direction::Error, Peer{}, opened.error);
        updateCaptureButton();
        return opened.error;
    }
    m_pcap->attach(m_session);
    m_pcapPath = path;
    m_log->appendMessage(Direction::Info, Peer{}, tr("capturing the traffic both ways to %1 as pcapng").arg(path));
    updateCaptureButton();
    return QString();
}

void ReceiveLogView::find(bool backwards)
{
    const int from = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int row = m_model->find(m_findEdit->text(), from, backwards);
    if (row < 0) {
        m_status->setText(tr("'%1' not found").arg(m_findEdit->text()));
        return;
    }
    m_autoScroll->setChecked(false); // stay on the match
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_status->clear();
}

void ReceiveLogView::updateCaptureButton()
{
    const bool on = isCapturing();
    m_captureButton->setChecked(on);
    m_captureButton->setText(on ? tr("Stop capture") : tr("Capture…"));
    updateStatus();
}

void ReceiveLogView::updateStatus()
{
    QStringList parts;
    if (m_model->isPaused())
        parts << tr("View paused: %n new entry(s) not shown", nullptr, int(m_model->hiddenWhilePaused()));
    if (m_capture && m_capture->isOpen())
        parts << tr("Capturing to %1").arg(m_capture->path());
    else if (m_pcap && m_pcap->isOpen())
        parts << tr("Capturing to %1").arg(m_pcapPath);
    m_status->setText(parts.join(QStringLiteral("    ")));
}

void ReceiveLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReceiveLogView::retranslateUi()
{
    m_viewLabel->setText(tr("&View:"));
    m_viewMode->setItemText(0, tr("Text"));
    m_viewMode->setItemText(1, tr("Hex"));
    m_viewMode->setItemText(2, tr("Text + hex"));
    m_viewMode->setToolTip(tr("Show payloads as decoded text, as hex bytes, or both"));
    m_viewMode->setAccessibleName(tr("View mode"));
    m_autoScroll->setText(tr("Auto-scroll"));
    m_autoScroll->setToolTip(tr("Follow new entries; scrolling up to read stops following until you return to the bottom"));
    m_pause->setToolTip(tr("Freeze the view; data is still received, counted and captured"));
    m_pause->setAccessibleName(tr("Pause view"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove all entries from the log"));
    m_findEdit->setPlaceholderText(tr("Find in log"));
    m_findEdit->setAccessibleName(tr("Find in log"));
    AccessibleNames::nameClearButton(m_findEdit);
    m_findPrev->setText(tr("Previous"));
    m_findPrev->setAccessibleName(tr("Find previous"));
    m_findNext->setText(tr("Next"));
    m_findNext->setAccessibleName(tr("Find next"));
    m_save->setText(tr("Save log…"));
    m_save->setToolTip(tr("Save every entry in the log as a text file"));
    m_captureButton->setToolTip(tr("Append every received byte, raw, to a file (not limited by the log size)"));
    m_captureButton->setAccessibleName(tr("Capture to file"));
    m_list->setAccessibleName(tr("Receive log"));
    refreshPause();
    updateCaptureButton();
}

void ReceiveLogView::refreshPause()
{
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
}

} // namespace Sockpit
