#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

class QJsonObject;

namespace Sockpit {

class StreamDecoder;

/// What a rule or a sequence's wait looks for in a received frame, as typed.
struct FrameMatchSpec
{
    enum class Kind : quint8 {
        Exact,      ///< the whole frame is the text
        StartsWith, ///< the frame begins with the text
        Contains,   ///< the text is somewhere in the frame
        Regex,      ///< QRegularExpression on the frame's text in the session's encoding
        Hex,        ///< the frame begins with these bytes; "??" is any byte
        Any,        ///< every frame, an empty one too (the pattern is not used): echo, fixed replies
    };

    Kind kind = Kind::Contains;
    /// Text kinds: text with escapes (\r \n \t \\ \0 \xHH), encoded in the
    /// session's encoding; Regex: the expression; Hex: "01 03 ?? ?? 00 01".
    QString pattern;
    bool caseInsensitive = false; ///< Regex only

    /// "exact", "starts-with", "contains", "regex", "hex", "any": the JSON and command-line names.
    static QString kindName(Kind kind);
    static Result<Kind> kindFromName(const QString &name);
    /// Every kind, in the order the UI lists them.
    static QList<Kind> kinds();
    /// What the UI calls a kind ("Contains", translated).
    static QString kindTitle(Kind kind);

    /// {"match": "contains", "pattern": "…", "ignoreCase": false}
    void writeTo(QJsonObject &object) const;
    /// Reads what writeTo() wrote; a missing or unknown "match" is an error.
    static Result<FrameMatchSpec> readFrom(const QJsonObject &object);

    bool operator==(const FrameMatchSpec &other) const
    {
        return kind == other.kind && pattern == other.pattern && caseInsensitive == other.caseInsensitive;
    }
};

/// The outcome of matching one frame.
struct MatchResult
{
    bool matched = false;
    /// Regex: the whole match then each group (an empty string for a group
    /// that took no part); Hex: the matched bytes as hex ("01 03 00 6B");
    /// Any: the frame's text; other kinds: the pattern's text (escapes resolved).
    QStringList captures;
};

/// One received frame as matchers see it: its bytes, and its text decoded on
/// first use and then shared, so a list of regex rules decodes a frame once.
class MatchInput
{
public:
    MatchInput(QByteArrayView bytes, const QString &encoding);
    ~MatchInput();
    MatchInput(const MatchInput &) = delete;
    MatchInput &operator=(const MatchInput &) = delete;

    QByteArrayView bytes() const { return m_bytes; }
    /// The frame decoded on its own in the encoding ("Hex": UTF-8).
    const QString &text() const;

private:
    QByteArrayView m_bytes;
    QString m_encoding;
    mutable QString m_text;
    mutable bool m_decoded = false;
};

/// A FrameMatchSpec checked and made ready for one encoding: text patterns
/// are encoded once and compared as bytes (no decoding per frame), a regex is
/// compiled once, a hex pattern becomes bytes and a mask.
class FrameMatcher
{
public:
    /// The spec in encoding (a text encoding; with "Hex", a view and not an
    /// encoding, text is UTF-8). The error names what is wrong:
    /// an empty pattern, an invalid regex with its offset, a bad hex digit, a
    /// character the encoding cannot hold.
    static Result<FrameMatcher> compile(const FrameMatchSpec &spec, const QString &encoding);

    FrameMatcher();
    ~FrameMatcher();
    FrameMatcher(const FrameMatcher &other);
    FrameMatcher &operator=(const FrameMatcher &other);
    FrameMatcher(FrameMatcher &&other) noexcept;
    FrameMatcher &operator=(FrameMatcher &&other) noexcept;

    const FrameMatchSpec &spec() const { return m_spec; }
    /// The encoding it was compiled for (a MatchInput must decode in it).
    const QString &encoding() const { return m_encoding; }
    /// Regex: its capturing groups; other kinds 0 (only the whole match, capture 0).
    int captureCount() const;
    MatchResult match(const MatchInput &frame) const;
    /// The same, without captures (what a rule list walks through).
    bool matches(const MatchInput &frame) const;
    /// Conveniences that decode the frame for this one match.
    MatchResult match(QByteArrayView frame) const;
    bool matches(QByteArrayView frame) const;

private:

    FrameMatchSpec m_spec;
    QString m_encoding;      ///< what a regex decodes the frame from
    QByteArray m_bytes;      ///< text kinds: the encoded pattern; Hex: the bytes
    QByteArray m_mask;       ///< Hex: 0xFF where the byte must match, 0 for "??"
    QString m_text;          ///< text kinds: the pattern with its escapes resolved (capture 0)
    QRegularExpression m_regex;
};

} // namespace Sockpit
