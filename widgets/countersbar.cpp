#include "countersbar.h"

#include "afterfirstpaint.h"
#include "theme.h"
#include "trafficlog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace Sockpit {

CountersBar::CountersBar(TrafficLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_label(new QLabel(this))
    , m_badFrames(new QLabel(this))
    , m_reset(new QPushButton(this))
    , m_chart(new QToolButton(this))
{
    m_chart->setObjectName(QStringLiteral("rateChartButton"));
    m_chart->setCheckable(true);
    m_chart->setAutoRaise(true);
    m_label->setObjectName(QStringLiteral("countersLabel"));
    m_reset->setObjectName(QStringLiteral("resetCountersButton"));
    m_badFrames->setObjectName(QStringLiteral("badFramesLabel"));
    m_badFrames->setVisible(false);
    selectableAfterFirstPaint(m_badFrames);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    selectableAfterFirstPaint(m_label);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_badFrames);
    layout->addWidget(m_chart);
    layout->addWidget(m_reset);
    connect(m_reset, &QPushButton::clicked, m_log, &TrafficLog::resetCounters);
    connect(m_chart, &QToolButton::toggled, this, &CountersBar::chartToggled);

    // Polling keeps a flood from repainting the bar per packet.
    auto *timer = new QTimer(this);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &CountersBar::refresh);
    timer->start();
    retranslateUi();
}

QString CountersBar::text() const
{
    return m_label->text();
}

void CountersBar::refresh()
{
    const TrafficCounters &c = m_log->counters();
    const QLocale locale;
    // Received data is counted in frames (each read is one when framing is per read).
    QString text = (m_datagram ? tr("RX %1 bytes / %2 frames    TX %3 bytes / %4 datagrams")
                               : tr("RX %1 bytes / %2 frames    TX %3 bytes / %4 sends"))
                       .arg(locale.toString(c.rxBytes), locale.toString(c.rxChunks), locale.toString(c.txBytes),
                            locale.toString(c.txChunks));
    if (c.evictedEntries > 0)
        text += tr("    %1 old entries left the log view (the capture file keeps everything)")
                    .arg(locale.toString(c.evictedEntries));
    if (text != m_label->text())
        m_label->setText(text);
    if (m_showBadFrames) {
        const QString bad = tr("Bad frames: %1").arg(locale.toString(c.badFrames));
        if (bad != m_badFrames->text()) {
            m_badFrames->setText(bad);
            Theme::setTone(m_badFrames, c.badFrames > 0 ? Theme::Tone::Bad : Theme::Tone::Neutral);
        }
    }
}

void CountersBar::setShowBadFrames(bool shown)
{
    m_showBadFrames = shown;
    m_badFrames->setVisible(shown);
    m_badFrames->clear();
    refresh();
}

QString CountersBar::badFramesText() const
{
    return m_showBadFrames ? m_badFrames->text() : QString();
}

void CountersBar::setDatagramMode(bool datagram)
{
    m_datagram = datagram;
    refresh();
}

void CountersBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        m_badFrames->clear(); // the next refresh colours it from the new palette
        refresh();
    }
    QWidget::changeEvent(event);
}

void CountersBar::retranslateUi()
{
    m_reset->setText(tr("Reset counters"));
    m_reset->setToolTip(tr("Set the byte and chunk counters back to zero"));
    m_label->setAccessibleName(tr("Traffic counters"));
    m_chart->setText(tr("Rate chart"));
    m_chart->setToolTip(tr("Show received and sent bytes per second over the last minutes (Ctrl+Shift+R)"));
    m_badFrames->setToolTip(tr("Received frames whose checksum did not match"));
    m_badFrames->clear();
    refresh();
}

} // namespace Sockpit
