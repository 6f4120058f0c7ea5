#pragma once

// A reader of the pcapng files Sockpit writes, written from the format's
// description and apart from the writer: it walks the blocks, checks both
// length fields and the alignment of each, and takes the IP, TCP and UDP
// headers of each packet apart. For the unit tests and the fuzz target.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SockpitTest::PcapngWalker {

struct Block
{
    quint32 type = 0;
    QByteArray body; ///< between the two length fields
};

inline quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
           | quint32(quint8(b[at + 3])) << 24;
}

inline quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) | quint8(b[at + 1]) << 8);
}

inline quint32 be32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 | quint32(quint8(b[at + 2])) << 8
           | quint32(quint8(b[at + 3]));
}

inline quint16 be16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b[at]) << 8 | quint8(b[at + 1]));
}

/// The blocks of file, or an error saying where the framing is wrong.
inline std::optional<QList<Block>> blocks(const QByteArray &file, QString *error)
{
    QList<Block> out;
    qsizetype at = 0;
    while (at < file.size()) {
        if (file.size() - at < 12) {
            *error = QStringLiteral("truncated block at %1").arg(at);
            return std::nullopt;
        }
        const quint32 total = le32(file, at + 4);
        if (total % 4 || total < 12 || total > quint64(file.size() - at)) {
            *error = QStringLiteral("bad total length %1 at %2").arg(total).arg(at);
            return std::nullopt;
        }
        if (le32(file, at + total - 4) != total) {
            *error = QStringLiteral("trailing length differs at %1").arg(at);
            return std::nullopt;
        }
        out.append(Block{le32(file, at), file.mid(at + 8, total - 12)});
        at += total;
    }
    return out;
}

/// The options from offset on in a block's body: code -> values (also checks their padding fits).
inline std::optional<QList<QPair<quint16, QByteArray>>> options(const QByteArray &body, qsizetype at)
{
    QList<QPair<quint16, QByteArray>> out;
    while (at + 4 <= body.size()) {
        const quint16 code = le16(body, at);
        const quint16 length = le16(body, at + 2);
        const qsizetype padded = (length + 3) / 4 * 4;
        if (at + 4 + padded > body.size())
            return std::nullopt;
        if (code == 0)
            return out;
        out.append({code, body.mid(at + 4, length)});
        at += 4 + padded;
    }
    return at == body.size() ? std::optional(out) : std::nullopt;
}

/// One Enhanced Packet Block, taken apart.
struct Packet
{
    quint64 usecs = 0;
    QStringList comments;
    QByteArray ip; ///< the captured bytes
    int version = 0;
    QHostAddress source;
    QHostAddress destination;
    int protocol = 0;
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    quint32 ack = 0;
    quint8 flags = 0;
    QByteArray payload;
    bool ipLengthOk = false; ///< the IP length field agrees with the bytes
};

/// The EPB body as a packet; nullopt when its layout does not hold together.
inline std::optional<Packet> packet(const QByteArray &body)
{
    if (body.size() < 20)
        return std::nullopt;
    Packet p;
    p.usecs = quint64(le32(body, 4)) << 32 | le32(body, 8);
    const quint32 captured = le32(body, 12);
    if (captured != le32(body, 16) || 20 + (qsizetype(captured) + 3) / 4 * 4 > body.size())
        return std::nullopt;
    p.ip = body.mid(20, captured);
    const auto opts = options(body, 20 + (qsizetype(captured) + 3) / 4 * 4);
    if (!opts)
        return std::nullopt;
    for (const auto &[code, value] : *opts) {
        if (code == 1)
            p.comments << QString::fromUtf8(value);
    }
    const QByteArray &ip = p.ip;
    if (ip.isEmpty())
        return p;
    p.version = quint8(ip[0]) >> 4;
    qsizetype headerEnd = 0;
    if (p.version == 4 && ip.size() >= 20) {
        headerEnd = (quint8(ip[0]) & 0x0F) * 4;
        p.ipLengthOk = be16(ip, 2) == ip.size();
        p.protocol = quint8(ip[9]);
        p.source = QHostAddress(be32(ip, 12));
        p.destination = QHostAddress(be32(ip, 16));
    } else if (p.version == 6 && ip.size() >= 40) {
        headerEnd = 40;
        p.ipLengthOk = be16(ip, 4) + 40 == ip.size();
        p.protocol = quint8(ip[6]);
        p.source = QHostAddress(reinterpret_cast<const quint8 *>(ip.constData() + 8));
        p.destination = QHostAddress(reinterpret_cast<const quint8 *>(ip.constData() + 24));
    } else {
        return p;
    }
    if (p.protocol == 6 && ip.size() >= headerEnd + 20) {
        p.sourcePort = be16(ip, headerEnd);
        p.destinationPort = be16(ip, headerEnd + 2);
        p.seq = be32(ip, headerEnd + 4);
        p.ack = be32(ip, headerEnd + 8);
        p.flags = quint8(ip[headerEnd + 13]);
        p.payload = ip.mid(headerEnd + (quint8(ip[headerEnd + 12]) >> 4) * 4);
    } else if (p.protocol == 17 && ip.size() >= headerEnd + 8) {
        p.sourcePort = be16(ip, headerEnd);
        p.destinationPort = be16(ip, headerEnd + 2);
        p.ipLengthOk = p.ipLengthOk && be16(ip, headerEnd + 4) == ip.size() - headerEnd;
        p.payload = ip.mid(headerEnd + 8);
    }
    return p;
}

/// Every packet of file (after the section header and interface), or an error.
inline std::optional<QList<Packet>> packets(const QByteArray &file, QString *error)
{
    const auto all = blocks(file, error);
    if (!all)
        return std::nullopt;
    if (all->size() < 2 || all->at(0).type != 0x0A0D0D0A || all->at(1).type != 1) {
        *error = QStringLiteral("no section header and interface first");
        return std::nullopt;
    }
    QList<Packet> out;
    for (qsizetype i = 2; i < all->size(); ++i) {
        const auto p = all->at(i).type == 6 ? packet(all->at(i).body) : std::nullopt;
        if (!p) {
            *error = QStringLiteral("block %1 is not a well-formed packet").arg(i);
            return std::nullopt;
        }
        out.append(*p);
    }
    return out;
}

} // namespace SockpitTest::PcapngWalker
