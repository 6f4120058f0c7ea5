#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QtEndian>

namespace Sockpit {

/// The checksums devices put at the end of a frame. Every CRC is one
/// parameterised, table-driven engine (width, polynomial, init, reflect in and
/// out, xor out); the sums are a few lines each.
namespace Checksum {

enum class Algorithm : quint8 {
    Crc8,           ///< CRC-8 (poly 0x07)
    Crc16Modbus,    ///< CRC-16/MODBUS
    Crc16CcittFalse,///< CRC-16/CCITT-FALSE
    Crc16Xmodem,    ///< CRC-16/XMODEM
    Crc16Arc,       ///< CRC-16/ARC
    Crc32,          ///< CRC-32 (zlib, Ethernet)
    Crc32c,         ///< CRC-32C (Castagnoli)
    Sum8,           ///< the byte sum, modulo 256
    Sum16,          ///< the byte sum, modulo 65536
    Xor8,           ///< XOR of the bytes (BCC)
    Lrc,            ///< the two's complement of the byte sum (Modbus ASCII's LRC)
};

/// Every algorithm, in the order the UI lists them.
QList<Algorithm> all();
/// The catalogue name: "CRC-16/MODBUS", "SUM8", "XOR8"…
QString name(Algorithm algorithm);
/// name() of every algorithm, in all()'s order.
QStringList names();
/// Case-insensitive, dashes and slashes optional; catalogue aliases are
/// accepted too ("MODBUS", "BCC", "CRC-32/ISCSI"; "CRC16" is CRC-16/ARC, as
/// in the catalogue).
Result<Algorithm> fromName(const QString &name);
/// Bytes the checksum takes in a frame: 1, 2 or 4.
int widthBytes(Algorithm algorithm);
/// The order devices usually send it in: little-endian for CRC-16/MODBUS, big otherwise.
bool naturallyBigEndian(Algorithm algorithm);

quint32 compute(Algorithm algorithm, QByteArrayView data);
/// compute() of count pieces into out. Many short frames are checked faster
/// than with one call each: the CRC of one overlaps the next one's.
void computeMany(Algorithm algorithm, const QByteArrayView *pieces, qsizetype count, quint32 *out);

} // namespace Checksum

/// A checksum put on sends or checked on received frames, over a range of the
/// frame: from skipFront bytes in to the end minus skipBack bytes (the checksum
/// itself excluded on receive).
struct ChecksumSpec
{
    Checksum::Algorithm algorithm = Checksum::Algorithm::Crc16Modbus;
    bool bigEndian = false;
    int skipFront = 0; ///< bytes at the start left out (e.g. a start byte)
    int skipBack = 0;  ///< bytes before the end (before the checksum on receive) left out

    /// "NAME[:be|le][:FROM[,BACK]]", e.g. "CRC-16/MODBUS", "crc32:be", "sum8:be:1".
    /// The byte order defaults to the algorithm's natural one.
    static Result<ChecksumSpec> parse(const QString &text);
    QString toString() const;

    /// data with its checksum appended.
    QByteArray append(const QByteArray &data) const;
    /// The checksum's bytes for data (what append() adds), in the spec's byte order.
    QByteArray checksumBytes(QByteArrayView data) const;

    struct Verdict
    {
        bool checked = false; ///< the frame held a checksum and it was compared
        bool good = false;
        /// A checksum was asked for and the frame is too short to hold it: a bad frame.
        bool tooShort = false;
        quint32 expected = 0; ///< computed over the range
        quint32 received = 0; ///< read from the frame's last bytes
    };
    /// Checks a received frame whose last widthBytes() bytes are the checksum
    /// (FrameChecker checks many with the same spec).
    Verdict verify(QByteArrayView frame) const;
    /// "0x4B37" with the width's digits.
    QString formatValue(quint32 value) const;

    bool operator==(const ChecksumSpec &other) const;
    bool operator!=(const ChecksumSpec &other) const { return !(*this == other); }
};

/// A receive checksum made ready for frame after frame: what
/// ChecksumSpec::verify() works out per frame (the width, the range) is
/// worked out once, and the check is inline.
class FrameChecker
{
public:
    explicit FrameChecker(const ChecksumSpec &spec)
        : m_algorithm(spec.algorithm)
        , m_width(Checksum::widthBytes(spec.algorithm))
        , m_front(qMax(spec.skipFront, 0))
        , m_back(qMax(spec.skipBack, 0))
        , m_bigEndian(spec.bigEndian)
    {
    }

    /// As ChecksumSpec::verify().
    void verify(QByteArrayView frame, ChecksumSpec::Verdict &verdict) const
    {
        if (!holdsChecksum(frame)) {
            verdict = ChecksumSpec::Verdict();
            verdict.tooShort = true;
            return;
        }
        verdict.checked = true;
        verdict.received = received(frame);
        verdict.expected = Checksum::compute(m_algorithm, range(frame));
        verdict.good = verdict.expected == verdict.received;
    }

    /// How many frames verifyMany() checks together; callers that gather
    /// frames for it do so in as many.
    static constexpr qsizetype Batch = 64;

    /// verify() of count frames into out, their checksums worked out together
    /// (Checksum::computeMany()).
    void verifyMany(const QByteArrayView *frames, qsizetype count, ChecksumSpec::Verdict *out) const
    {
        QByteArrayView ranges[Batch];
        quint32 expected[Batch];
        for (qsizetype first = 0; first < count; first += Batch) {
            const qsizetype n = qMin(Batch, count - first);
            for (qsizetype i = 0; i < n; ++i) {
                const QByteArrayView frame = frames[first + i];
                ranges[i] = holdsChecksum(frame) ? range(frame) : QByteArrayView();
            }
            Checksum::computeMany(m_algorithm, ranges, n, expected);
            for (qsizetype i = 0; i < n; ++i) {
                const QByteArrayView frame = frames[first + i];
                ChecksumSpec::Verdict &verdict = out[first + i];
                verdict.checked = holdsChecksum(frame);
                verdict.tooShort = !verdict.checked;
                verdict.received = verdict.checked ? received(frame) : 0;
                verdict.expected = verdict.checked ? expected[i] : 0;
                verdict.good = verdict.checked && verdict.expected == verdict.received;
            }
        }
    }

private:
    bool holdsChecksum(QByteArrayView frame) const { return frame.size() >= m_width + m_front + m_back; }
    quint32 received(QByteArrayView frame) const
    {
        const uchar *sum = reinterpret_cast<const uchar *>(frame.data() + frame.size() - m_width);
        if (m_width == 1)
            return sum[0];
        if (m_width == 2)
            return m_bigEndian ? qFromBigEndian<quint16>(sum) : qFromLittleEndian<quint16>(sum);
        return m_bigEndian ? qFromBigEndian<quint32>(sum) : qFromLittleEndian<quint32>(sum);
    }
    QByteArrayView range(QByteArrayView frame) const
    {
        return frame.sliced(m_front, frame.size() - m_width - m_front - m_back);
    }

    Checksum::Algorithm m_algorithm;
    qsizetype m_width;
    qsizetype m_front;
    qsizetype m_back;
    bool m_bigEndian;
};

} // namespace Sockpit
