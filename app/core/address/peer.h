#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace Sockpit {

/// One remote end of a session: a connection (TCP) or a sender/target (UDP).
/// The id is unique within a session; 0 means "no particular peer".
///
/// A relay's pairs have two ends each, each a Peer of its own (its own id, so
/// each direction is framed and decoded as a stream of its own): the Client
/// leg is the client that connected (what it sends goes client → target), the
/// Target leg the connection upstream (target → client). Both carry the pair's number.
struct Peer
{
    enum class Leg : quint8 { None, Client, Target };

    quint64 id = 0;
    QHostAddress address;
    quint16 port = 0;
    quint64 pairId = 0; ///< a relay's pair (from 1); 0: not a relay's
    Leg leg = Leg::None;

    bool isValid() const { return !address.isNull(); }
    bool isRelayLeg() const { return leg != Leg::None; }
    /// The peer id of pair pairId's leg: 2n-1 for its client, 2n for its target.
    static quint64 legId(quint64 pairId, Leg which) { return which == Leg::Client ? pairId * 2 - 1 : pairId * 2; }
    /// A relay leg's other leg's peer id.
    quint64 otherLegId() const { return legId(pairId, leg == Leg::Client ? Leg::Target : Leg::Client); }
    /// "127.0.0.1:7788" or "[::1]:7788"; IPv4-mapped IPv6 addresses are shown as IPv4.
    QString toString() const;
};

} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::Peer)
