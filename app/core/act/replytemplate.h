#pragma once

#include "checksum.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sockpit {

class MatchInput;

/// What one reply is made of when it is sent: the frame it answers, the
/// captures of the rule's match and the rule's hit count.
struct ReplyContext
{
    const MatchInput *frame = nullptr;
    QStringList captures; ///< capture 0 is the whole match
    quint64 counter = 0;  ///< the rule's hits, this one included
    QDateTime now;        ///< invalid: the current local time
};

/// A reply as typed, parsed once into pieces so that answering a frame only
/// joins bytes. Text replies take the send box's escapes (\r \n \t \\ \0 \xHH)
/// and are encoded in the session's encoding; hex replies are hex digits.
/// Placeholders work in both:
///
///   {0} .. {99}   a capture of the match ({0} the whole match; a regex
///                 group that took no part is empty), as text in the encoding
///   {counter}     the rule's hit count, this hit included (1 for the first)
///   {time}        the local time of the answer, hh:mm:ss.zzz
///   {date}        the local date, yyyy-MM-dd
///   {frame}       the received frame's bytes, verbatim
///   {frame:hex}   the received frame as hex text ("01 03 00 6B")
///   {checksum:NAME[:be|le][:FROM[,BACK]]}
///                 the checksum (ChecksumSpec's syntax) of every byte of the
///                 reply before it, FROM bytes left out at the start and BACK
///                 at the end
///   {{ and }}     a literal brace
///
/// Text that a placeholder puts in (captures, the counter, the time, hex
/// text) is encoded in the session's encoding in hex replies too.
class ReplyTemplate
{
public:
    /// The reply in encoding ("Hex" counts as UTF-8 for text pieces). Errors
    /// name the column (1-based): an unknown placeholder, an unclosed brace, a
    /// bad escape, a bad hex digit, a bad checksum, a character the encoding
    /// cannot hold.
    static Result<ReplyTemplate> compile(const QString &text, bool hex, const QString &encoding);

    /// text with its braces doubled: a fixed reply that means what it says.
    static QString literal(const QString &text);
    /// The placeholders as they are typed, for help texts and completion.
    static QStringList placeholders();

    /// The bytes for one answer.
    QByteArray render(const ReplyContext &context) const;
    /// Captures are used: the matcher must give them (a regex match then costs more).
    bool usesCaptures() const { return m_highestCapture >= 0; }
    /// The highest capture used, -1 for none.
    int highestCapture() const { return m_highestCapture; }
    /// Nothing but literal bytes: render() gives bytes() at no cost.
    bool isLiteral() const;
    bool isEmpty() const { return m_pieces.isEmpty(); }

private:
    struct Piece
    {
        enum class Kind : quint8 { Bytes, Capture, Counter, Time, Date, Frame, FrameHex, Checksum };
        Kind kind = Kind::Bytes;
        QByteArray bytes;    ///< Bytes
        int capture = 0;     ///< Capture
        ChecksumSpec checksum;
    };
    /// A placeholder's name (between the braces) at column; the error names both.
    Result<Piece> placeholder(const QString &name, qsizetype column) const;
    QByteArray encoded(const QString &text) const;

    QList<Piece> m_pieces;
    QString m_encoding;
    int m_highestCapture = -1;

    friend class ReplyTemplateParser;
};

} // namespace Sockpit
