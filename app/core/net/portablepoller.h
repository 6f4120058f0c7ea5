#pragma once

#include "poller.h"

#include <QHash>
#include <QList>
#include <QTimer>

class QSocketNotifier;

namespace Sockpit {

/// The portable Poller: a QSocketNotifier (or two) per descriptor, so it runs
/// wherever Qt runs. It costs the event loop one entry per descriptor, which
/// is fine for a client and for hundreds of server clients; the platform's
/// backend is there for thousands.
class PortablePoller final : public Poller
{
    Q_OBJECT
public:
    explicit PortablePoller(QObject *parent = nullptr);
    ~PortablePoller() override;

    QString backendName() const override { return QStringLiteral("portable"); }
    int dispatchPending() override;

protected:
    bool addDescriptor(int fd, int interest) override;
    void updateDescriptor(int fd, int interest) override;
    void removeDescriptor(int fd) override;

private:
    struct Notifiers
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr; ///< made when first wanted
    };

    QHash<int, Notifiers> m_notifiers;
    /// Notifiers of removed descriptors: deleted from the event loop, never
    /// inside their own activated() signal.
    QList<QSocketNotifier *> m_retired;
    QTimer m_reaper;
};

} // namespace Sockpit
