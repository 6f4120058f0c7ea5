#pragma once

#include <QObject>

class QSocketNotifier;

namespace Sockpit {

/// Reads standard input on the event loop (a notifier, no reader thread) and
/// hands over chunks as they arrive, then says when input ended.
class StdinReader : public QObject
{
    Q_OBJECT
public:
    explicit StdinReader(QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }

signals:
    void dataRead(const QByteArray &data);
    void finished();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_finished = false;
};

/// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so the headless
/// runner can flush and exit cleanly.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Sockpit
