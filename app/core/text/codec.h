#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace Sockpit {

/// Names of the text encodings Sockpit offers, plus "Hex" for raw bytes.
namespace Encodings {
inline constexpr char16_t Hex[] = u"Hex";
/// The text encodings in menu order, UTF-8 (the default) first.
QStringList textEncodings();
/// textEncodings() followed by Hex.
QStringList all();
bool isHex(const QString &name);
/// True when Qt on this machine can convert to and from the encoding.
bool isAvailable(const QString &name);
/// "encoding 'X' is not available" when neither hex nor available.
QString checkName(const QString &name);
} // namespace Encodings

/// Decodes one byte stream. Keeps state between calls, so a multibyte
/// character split across reads comes out whole. Invalid bytes become U+FFFD.
/// Not movable: Qt 6.4's ICU decoders (GBK, Big5, ...) keep a pointer to their
/// own state and would write through it to the old place after a move.
class StreamDecoder
{
public:
    explicit StreamDecoder(const QString &encoding = QStringLiteral("UTF-8"));
    StreamDecoder(const StreamDecoder &) = delete;
    StreamDecoder &operator=(const StreamDecoder &) = delete;

    bool isValid() const { return m_decoder.isValid(); }
    QString encoding() const { return m_encoding; }
    QString decode(QByteArrayView bytes);
    /// Ends the stream: a half character still waiting comes out as U+FFFD.
    /// The decoder is then ready for a new stream.
    QString finish();
    /// decode() then finish(), in that order: the last bytes of a stream.
    QString decodeLast(QByteArrayView bytes);
    /// bytes as a stream of their own (a frame, a datagram): a character
    /// they leave unfinished is U+FFFD.
    static QString decodeAlone(const QString &encoding, QByteArrayView bytes);
    /// Forgets any half-received character (a new stream starts).
    void reset();

private:
    enum class Kind { Utf8, Wide, Legacy, Gb18030, Other };

    QString decodeUtf8(QByteArrayView bytes);
    QString decodeLegacy(QByteArrayView bytes);
    QString decodeGb18030(QByteArrayView bytes);
    /// bytes with the tail kept from the last read in front (joined holds them).
    QByteArrayView withTail(QByteArrayView bytes, QByteArray &joined);

    QString m_encoding;
    QStringDecoder m_decoder;
    Kind m_kind = Kind::Other;
    qsizetype m_unitSize = 1;  ///< Wide: bytes per code unit
    quint64 m_bytesSeen = 0;   ///< Wide: to know whether half a code unit waits
    QByteArray m_tail;         ///< Utf8, Gb18030: an unfinished sequence kept for the next read
    int m_gbState = 0;         ///< Gb18030: 1 when the decoder holds a lead byte
};

/// Hex text <-> bytes.
namespace Hex {
/// Accepts "48 65", "4865", "0x48,0x65", "48:65", "48-65", newlines and tabs.
/// Rejects a non-hex character or an odd digit, naming the 1-based column.
Result<QByteArray> parse(const QString &text);
/// "48 65 6C" (upper case, space separated).
QString format(QByteArrayView bytes, qsizetype maxBytes = -1);
} // namespace Hex

/// Backslash escapes in text mode: \r \n \t \\ \0 \xHH.
namespace Escapes {
/// A run of text between escapes, or raw bytes from escapes.
struct Piece
{
    QString text;
    QByteArray bytes;
    bool isText = true;
};
/// Splits text into pieces; an unknown escape or a bad \x is an error naming the position.
Result<QList<Piece>> split(const QString &text);
} // namespace Escapes

/// Encodes text to bytes in a named encoding.
Result<QByteArray> encodeText(const QString &text, const QString &encoding);

/// What the send box turns into bytes.
struct PayloadSpec
{
    enum class LineEnding { None, LF, CRLF, CR };
    bool hex = false;
    QString encoding = QStringLiteral("UTF-8");
    bool escapes = true;
    LineEnding lineEnding = LineEnding::None;
};

/// Text or hex input -> the bytes to send; errors say what and where.
Result<QByteArray> buildPayload(const QString &input, const PayloadSpec &spec);

} // namespace Sockpit
