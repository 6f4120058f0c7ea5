#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

class QLabel;
class QWidget;

namespace Sockpit {

/// Work the first paint of the window does not need (the window icon, the
/// fixed-width font of boxes that start empty) waits until that paint is
/// done, so the window shows sooner. Once anything has been painted, work runs
/// at once.
class AfterFirstPaint : public QObject
{
public:
    /// Runs work now if a widget has been painted already, else one event loop
    /// turn after the first paint; dropped if context is gone by then.
    static void run(QObject *context, std::function<void()> work);
    /// Runs what waits now (tests, and windows that are never shown).
    static void flush();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void()> work;
    };

    static AfterFirstPaint &instance();
    void runPending();

    std::vector<Pending> m_pending;
    bool m_painted = false;
    bool m_watching = false;
};

/// Lets the user select label's text once the window has painted: a selectable
/// label lays out and paints through a text document, an empty one needs none.
void selectableAfterFirstPaint(QLabel *label);

} // namespace Sockpit
