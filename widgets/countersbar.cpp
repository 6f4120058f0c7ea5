#include "countersbar.h"

#include "trafficlog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace Sockpit {

CountersBar::CountersBar(TrafficLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_label(new QLabel(this))
    , m_reset(new QPushButton(this))
{
    m_label->setObjectName(QStringLiteral("countersLabel"));
    m_reset->setObjectName(QStringLiteral("resetCountersButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reset);
    connect(m_reset, &QPushButton::clicked, m_log, &TrafficLog::resetCounters);

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
    QString text = (m_datagram ? tr("RX %1 bytes / %2 datagrams    TX %3 bytes / %4 datagrams")
                               : tr("RX %1 bytes / %2 chunks    TX %3 bytes / %4 chunks"))
                       .arg(locale.toString(c.rxBytes), locale.toString(c.rxChunks), locale.toString(c.txBytes),
                            locale.toString(c.txChunks));
    if (c.evictedEntries > 0)
        text += tr("    %1 old entries left the log view (the capture file keeps everything)")
                    .arg(locale.toString(c.evictedEntries));
    if (text != m_label->text())
        m_label->setText(text);
}

void CountersBar::setDatagramMode(bool datagram)
{
    m_datagram = datagram;
    refresh();
}

void CountersBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CountersBar::retranslateUi()
{
    m_reset->setText(tr("Reset counters"));
    m_reset->setToolTip(tr("Set the byte and chunk counters back to zero"));
    m_label->setAccessibleName(tr("Traffic counters"));
    refresh();
}

} // namespace Sockpit
