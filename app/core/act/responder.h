#pragma once

#include "framer.h"
#include "peer.h"
#include "replyport.h"
#include "result.h"
#include "ruleset.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace Sockpit {

class Session;

/// Answers received frames by rules: the first enabled rule that matches a
/// frame acts on it (reply, close, or nothing), right away or after its delay.
/// Frames come in through onFrames() (a TrafficRecorder's framesReceived, or
/// the headless runner's frame source); answers leave through a ReplyPort.
///
/// Delayed actions wait in one queue ordered by their time, on one timer; a
/// pass handles a bounded number, so the loop is never held. A peer that does
/// not read is not answered while its backlog is at the high-water mark
/// (Session::HighWaterMark): its answers are skipped and counted, with one
/// notice when it starts and one when it reads again, so memory stays bounded.
class Responder : public QObject
{
    Q_OBJECT
public:
    /// Delayed actions waiting at most (more are dropped and counted).
    static constexpr qsizetype MaxPending = 100000;
    static constexpr qint64 MaxPendingBytes = 64 * 1024 * 1024;
    /// Due actions one timer pass carries out at most.
    static constexpr int DuePerPass = 512;
    /// hitsChanged comes at most this often.
    static constexpr int HitsIntervalMs = 100;

    /// What happened to answers besides the hits.
    struct Counters
    {
        quint64 replies = 0;         ///< replies handed to the session
        quint64 closes = 0;          ///< connections closed by a rule
        quint64 skippedBackedUp = 0; ///< replies not sent: the peer was not reading
        quint64 droppedPeerLeft = 0; ///< delayed actions whose peer had left
        quint64 droppedQueueFull = 0;///< delayed actions beyond MaxPending / MaxPendingBytes
        quint64 failedSends = 0;     ///< the session refused a reply (it said why itself)
    };

    explicit Responder(QObject *parent = nullptr);
    ~Responder() override;

    /// Answers go to session (replyPortFor()); delayed actions for a peer that
    /// leaves are dropped then, all of them when the session stops.
    void attach(Session *session);
    void detach();
    /// Answers go to port (tests, other front ends); no session is followed.
    void setPort(std::unique_ptr<ReplyPort> port);

    /// The rules, compiled for encoding all at once: on failure (the message
    /// names the rule) the rules in use stay as they were. A rule that is
    /// where it was and the same (switched on or off aside) keeps its hit
    /// count; the others start again.
    Status setRules(const RuleSet &rules, const QString &encoding);
    /// The same rules for another encoding (the session's changed).
    Status setEncoding(const QString &encoding);
    const RuleSet &rules() const { return m_rules; }
    const QString &encoding() const { return m_encoding; }
    /// Off: frames are not looked at (rules and counts are kept).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /// Received frames of one peer, in order.
    void onFrames(const Peer &peer, const FrameBatch &frames);
    /// One frame; returns the index of the rule that took it, or -1.
    int onFrame(const Peer &peer, QByteArrayView frame);
    /// peer left: its delayed actions are dropped (and counted).
    void onPeerLeft(const Peer &peer);
    /// Cancels every delayed action.
    void stop();

    quint64 hits(int index) const;
    QList<quint64> hitCounts() const;
    void resetHits();
    const Counters &counters() const { return m_counters; }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }

    /// Called for every reply handed to the session (the headless runner says
    /// them); not a signal, so that a flood costs nothing without one.
    using ReplyObserver = std::function<void(int rule, const Peer &peer, const QByteArray &reply)>;
    void setReplyObserver(ReplyObserver observer) { m_observer = std::move(observer); }
    /// Called when a rule is about to close peer's connection.
    using CloseObserver = std::function<void(int rule, const Peer &peer)>;
    void setCloseObserver(CloseObserver observer) { m_closeObserver = std::move(observer); }

signals:
    /// hits() changed; at most every HitsIntervalMs, not per frame.
    void hitsChanged();
    /// Something worth a log line: answers skipped or dropped, a close on UDP.
    void notice(const QString &message);

private:
    struct Pending
    {
        Peer peer;
        int rule = -1;
        bool close = false;
        QByteArray data;
    };

    void act(int index, const Peer &peer, const MatchInput &input, const QStringList &captures);
    void carryOut(const Pending &action);
    void reply(const Pending &action);
    void enqueue(qint64 delayMs, Pending action);
    void onTimer();
    void armTimer();
    void countHit(int index);

    std::vector<CompiledRule> m_compiled;
    RuleSet m_rules;
    QString m_encoding = QStringLiteral("UTF-8");
    std::vector<quint64> m_hits;
    bool m_enabled = true;
    std::unique_ptr<ReplyPort> m_port;
    QPointer<Session> m_session;
    QList<QMetaObject::Connection> m_connections;
    Counters m_counters;
    ReplyObserver m_observer;
    CloseObserver m_closeObserver;

    std::multimap<qint64, Pending> m_pending; ///< by due time on m_clock; equal times in order
    qint64 m_pendingBytes = 0;
    bool m_saidQueueFull = false;
    bool m_saidNoClose = false;
    QHash<quint64, quint64> m_skipping; ///< peers not reading: replies skipped since it began
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_hitsTimer;
};

} // namespace Sockpit
