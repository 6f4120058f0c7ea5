#include "afterfirstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace Sockpit {

AfterFirstPaint &AfterFirstPaint::instance()
{
    static AfterFirstPaint *self = new AfterFirstPaint; // lives as long as the application
    return *self;
}

void AfterFirstPaint::run(QObject *context, std::function<void()> work)
{
    AfterFirstPaint &self = instance();
    if (self.m_painted) {
        work();
        return;
    }
    self.m_pending.push_back({context, std::move(work)});
    if (!self.m_watching) {
        self.m_watching = true;
        qApp->installEventFilter(&self);
    }
}

void AfterFirstPaint::flush()
{
    AfterFirstPaint &self = instance();
    self.m_painted = true;
    self.runPending();
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        qApp->removeEventFilter(this);
        m_watching = false;
        // Queued: the paint under way (and the rest of the window's) finishes first.
        QTimer::singleShot(0, this, &AfterFirstPaint::runPending);
    }
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::runPending()
{
    std::vector<Pending> pending;
    pending.swap(m_pending);
    for (Pending &p : pending) {
        if (p.context)
            p.work();
    }
}

void selectableAfterFirstPaint(QLabel *label)
{
    AfterFirstPaint::run(label, [label] { label->setTextInteractionFlags(Qt::TextSelectableByMouse); });
}

} // namespace Sockpit
