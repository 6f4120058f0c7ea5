#pragma once

#include "launchoptions.h"
#include "peer.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Sockpit {

class FrameHub;
class Responder;
class Session;

/// The headless runner's answers: --rules on any session, and a TCP server's
/// --echo / --reply, which run as the two ready-made rules. Received bytes are
/// cut into frames here, whatever the output does: by --frame's spec for
/// --rules (per read without it), per read for --echo and --reply (a chunk
/// answered as it was before rules). Replies from --rules are said on stderr,
/// one line each (a flood folds); --echo and --reply stay quiet, as before.
class HeadlessResponder : public QObject
{
    Q_OBJECT
public:
    /// The responder the options ask for, answering through session, or
    /// nullptr when they ask for none. A rule list that does not compile for
    /// encoding sets error (the runner exits 2).
    static HeadlessResponder *create(const LaunchOptions &options, const QString &encoding, Session *session,
                                     QObject *parent, QString *error);

    /// Received bytes.
    void feed(const Peer &peer, const QByteArray &data);
    /// The stream ended: its frame in progress is dropped with it (nobody to answer).
    void endStream(const Peer &peer);

    Responder *responder() const { return m_responder; }

signals:
    /// A line for stderr.
    void notice(const QString &line);

private:
    HeadlessResponder(const FramingSpec &framing, bool datagrams, QObject *parent);

    FrameHub *m_hub;
    Responder *m_responder;
};

} // namespace Sockpit
