#include "responder.h"

#include "session.h"
#include "sessionreplyport.h"

namespace Sockpit {

Responder::Responder(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Responder::onTimer);
    m_hitsTimer.setSingleShot(true);
    m_hitsTimer.setInterval(HitsIntervalMs);
    connect(&m_hitsTimer, &QTimer::timeout, this, &Responder::hitsChanged);
}

Responder::~Responder()
{
    detach();
}

void Responder::attach(Session *session)
{
    detach();
    m_port = replyPortFor(session);
    if (!m_port)
        return;
    m_session = session;
    m_connections << connect(session, &Session::peerLeft, this, [this](const Peer &peer) { onPeerLeft(peer); });
    m_connections << connect(session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Idle)
            stop();
    });
    // The port holds a plain pointer: it goes with the session.
    m_connections << connect(session, &QObject::destroyed, this, [this] { detach(); });
}

void Responder::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_session.clear();
    stop();
    m_port.reset();
}

void Responder::setPort(std::unique_ptr<ReplyPort> port)
{
    detach();
    m_port = std::move(port);
}

Status Responder::setRules(const RuleSet &rules, const QString &encoding)
{
    Result<std::vector<CompiledRule>> compiled = rules.compile(encoding);
    if (!compiled)
        return Status::failure(compiled.error);
    // A rule that stays where it was, the same but for being switched on or off, keeps its count.
    std::vector<quint64> hits(compiled.value.size(), 0);
    for (qsizetype i = 0; i < qMin(rules.rules.size(), m_rules.rules.size()); ++i) {
        Rule before = m_rules.rules.at(i);
        before.enabled = rules.rules.at(i).enabled;
        if (before == rules.rules.at(i))
            hits[size_t(i)] = m_hits[size_t(i)];
    }
    m_compiled = std::move(compiled.value);
    m_rules = rules;
    m_encoding = encoding;
    m_hits = std::move(hits);
    emit hitsChanged();
    return Status::success();
}

Status Responder::setEncoding(const QString &encoding)
{
    Result<std::vector<CompiledRule>> compiled = m_rules.compile(encoding);
    if (!compiled)
        return Status::failure(compiled.error);
    m_compiled = std::move(compiled.value); // the same rules: their counts go on
    m_encoding = encoding;
    return Status::success();
}

void Responder::onFrames(const Peer &peer, const FrameBatch &frames)
{
    if (!m_enabled || m_compiled.empty())
        return;
    for (const FrameBatch::Ref frame : frames)
        onFrame(peer, frame.bytes);
}

int Responder::onFrame(const Peer &peer, QByteArrayView frame)
{
    if (!m_enabled || m_compiled.empty())
        return -1;
    const MatchInput input(frame, m_encoding); // decoded once, for every regex rule
    for (size_t i = 0; i < m_compiled.size(); ++i) {
        const CompiledRule &rule = m_compiled[i];
        if (!rule.rule.enabled)
            continue;
        if (rule.reply.usesCaptures() && rule.rule.action == Rule::Action::Reply) {
            const MatchResult found = rule.matcher.match(input);
            if (!found.matched)
                continue;
            act(int(i), peer, input, found.captures);
        } else {
            if (!rule.matcher.matches(input))
                continue;
            act(int(i), peer, input, QStringList());
        }
        return int(i);
    }
    return -1;
}

void Responder::act(int index, const Peer &peer, const MatchInput &input, const QStringList &captures)
{
    countHit(index);
    const CompiledRule &rule = m_compiled[size_t(index)];
    Pending action{peer, index, false, QByteArray()};
    switch (rule.rule.action) {
    case Rule::Action::Ignore:
        return;
    case Rule::Action::Close:
        action.close = true;
        break;
    case Rule::Action::Reply: {
        ReplyContext context;
        context.frame = &input;
        context.captures = captures;
        context.counter = m_hits[size_t(index)];
        action.data = rule.reply.render(context);
        if (action.data.isEmpty())
            return; // an echo of an empty datagram: nothing to send
        break;
    }
    }
    if (rule.rule.delayMs > 0)
        enqueue(rule.rule.delayMs, std::move(action));
    else
        carryOut(action);
}

void Responder::countHit(int index)
{
    ++m_hits[size_t(index)];
    if (!m_hitsTimer.isActive())
        m_hitsTimer.start();
}

void Responder::carryOut(const Pending &action)
{
    if (!m_port)
        return;
    if (!m_port->isPresent(action.peer)) {
        ++m_counters.droppedPeerLeft;
        return;
    }
    if (!action.close) {
        reply(action);
        return;
    }
    // Said before the close, whose news (the peer left) follows at once.
    if (m_closeObserver && m_port->canClose())
        m_closeObserver(action.rule, action.peer);
    if (m_port->close(action.peer)) {
        ++m_counters.closes;
    } else if (!m_saidNoClose) {
        m_saidNoClose = true;
        emit notice(tr("rules: %1 has no connection to close (UDP); the frame is left alone")
                        .arg(RuleSet::describe(action.rule, m_rules.rules.value(action.rule))));
    }
}

void Responder::reply(const Pending &action)
{
    const quint64 peerId = action.peer.id;
    if (m_port->backlog(action.peer) >= Session::HighWaterMark) {
        ++m_counters.skippedBackedUp;
        auto it = m_skipping.find(peerId);
        if (it == m_skipping.end()) {
            m_skipping.insert(peerId, 1);
            emit notice(tr("rules: %1 does not read its replies; answers to it are skipped until it does")
                            .arg(action.peer.toString()));
        } else {
            ++it.value();
        }
        return;
    }
    if (!m_port->sendTo(action.peer, action.data)) {
        ++m_counters.failedSends;
        return;
    }
    ++m_counters.replies;
    if (!m_skipping.isEmpty()) {
        if (const auto it = m_skipping.constFind(peerId); it != m_skipping.constEnd()) {
            emit notice(tr("rules: %1 reads again; %n reply(ies) to it were skipped", nullptr, int(it.value()))
                            .arg(action.peer.toString()));
            m_skipping.erase(it);
        }
    }
    if (m_observer)
        m_observer(action.rule, action.peer, action.data);
}

void Responder::enqueue(qint64 delayMs, Pending action)
{
    if (qsizetype(m_pending.size()) >= MaxPending || m_pendingBytes + action.data.size() > MaxPendingBytes) {
        ++m_counters.droppedQueueFull;
        if (!m_saidQueueFull) {
            m_saidQueueFull = true;
            emit notice(tr("rules: more than %1 delayed answers are waiting; further ones are dropped").arg(MaxPending));
        }
        return;
    }
    m_pendingBytes += action.data.size();
    const qint64 due = m_clock.elapsed() + delayMs;
    const bool first = m_pending.empty() || due < m_pending.begin()->first;
    m_pending.emplace(due, std::move(action));
    if (first)
        armTimer();
}

void Responder::armTimer()
{
    if (m_pending.empty()) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound(qint64(0), m_pending.begin()->first - m_clock.elapsed(), qint64(Rule::MaxDelayMs))));
}

void Responder::onTimer()
{
    const qint64 now = m_clock.elapsed();
    for (int done = 0; done < DuePerPass && !m_pending.empty() && m_pending.begin()->first <= now; ++done) {
        const Pending action = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        m_pendingBytes -= action.data.size();
        carryOut(action); // may re-enter nothing: sends do not deliver frames synchronously
    }
    if (m_pending.size() < size_t(MaxPending) / 2)
        m_saidQueueFull = false;
    armTimer();
}

void Responder::onPeerLeft(const Peer &peer)
{
    m_skipping.remove(peer.id);
    quint64 dropped = 0;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.peer.id == peer.id) {
            m_pendingBytes -= it->second.data.size();
            it = m_pending.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    if (dropped == 0)
        return;
    m_counters.droppedPeerLeft += dropped;
    emit notice(tr("rules: %n delayed answer(s) to %1 dropped: it left", nullptr, int(dropped)).arg(peer.toString()));
    armTimer();
}

void Responder::stop()
{
    m_pending.clear();
    m_pendingBytes = 0;
    m_skipping.clear();
    m_timer.stop();
}

quint64 Responder::hits(int index) const
{
    return index >= 0 && size_t(index) < m_hits.size() ? m_hits[size_t(index)] : 0;
}

QList<quint64> Responder::hitCounts() const
{
    return QList<quint64>(m_hits.begin(), m_hits.end());
}

void Responder::resetHits()
{
    std::fill(m_hits.begin(), m_hits.end(), 0);
    emit hitsChanged();
}

} // namespace Sockpit
