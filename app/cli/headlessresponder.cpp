#include "headlessresponder.h"

#include "codec.h"
#include "framehub.h"
#include "responder.h"
#include "ruleset.h"
#include "session.h"
#include "tcpserversession.h"

#include <QDateTime>

namespace Sockpit {

namespace {

/// --echo / --reply as rules; the server's own auto-reply is switched off, so
/// that each chunk is answered once.
std::optional<RuleSet> takeOverAutoReply(Session *session)
{
    auto *server = qobject_cast<TcpServerSession *>(session);
    if (!server || server->autoReply() == TcpServerSession::AutoReply::Off)
        return std::nullopt;
    // The fixed reply's bytes as checked by the command line, as hex: they mean the same in any encoding.
    const RuleSet rules = server->autoReply() == TcpServerSession::AutoReply::Echo
                              ? RuleSet::echo()
                              : RuleSet::fixedReply(Hex::format(server->fixedReply()), true);
    server->setAutoReply(TcpServerSession::AutoReply::Off);
    return rules;
}

} // namespace

HeadlessResponder::HeadlessResponder(const FramingSpec &framing, bool datagrams, QObject *parent)
    : QObject(parent)
    , m_hub(new FrameHub(this))
    , m_responder(new Responder(this))
{
    m_hub->setSpec(framing);
    m_hub->setDatagramMode(datagrams);
    connect(m_hub, &FrameHub::framesReady, m_responder, &Responder::onFrames);
    connect(m_responder, &Responder::notice, this, &HeadlessResponder::notice);
}

HeadlessResponder *HeadlessResponder::create(const LaunchOptions &options, const QString &encoding, Session *session,
                                             QObject *parent, QString *error)
{
    const bool fromFile = options.rules.has_value();
    const std::optional<RuleSet> rules = fromFile ? options.rules : takeOverAutoReply(session);
    if (!rules)
        return nullptr;
    const FramingSpec framing = fromFile ? options.framing.value_or(FramingSpec::perRead()) : FramingSpec::perRead();
    auto *headless = new HeadlessResponder(framing, options.mode == LaunchOptions::Mode::Udp, parent);
    Responder *responder = headless->m_responder;
    const Status set = responder->setRules(*rules, encoding);
    if (!set) {
        *error = QStringLiteral("--rules: ") + set.error;
        delete headless;
        return nullptr;
    }
    responder->attach(session);
    if (fromFile) {
        responder->setReplyObserver([headless, responder](int rule, const Peer &peer, const QByteArray &reply) {
            emit headless->notice(tr("%1 answered %2 [%3 B]")
                                      .arg(RuleSet::describe(rule, responder->rules().rules.value(rule)), peer.toString())
                                      .arg(reply.size()));
        });
        responder->setCloseObserver([headless, responder](int rule, const Peer &peer) {
            emit headless->notice(tr("%1 closes the connection to %2")
                                      .arg(RuleSet::describe(rule, responder->rules().rules.value(rule)), peer.toString()));
        });
    }
    return headless;
}

void HeadlessResponder::feed(const Peer &peer, const QByteArray &data)
{
    m_hub->feed(peer, data, QDateTime::currentMSecsSinceEpoch());
}

void HeadlessResponder::endStream(const Peer &peer)
{
    m_hub->endStream(peer);
}

} // namespace Sockpit
