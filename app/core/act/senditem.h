#pragma once

#include "checksum.h"
#include "codec.h"
#include "result.h"

#include <QString>

#include <optional>

class QJsonObject;

namespace Sockpit {

/// Something to send as a user types it: text with escapes or hex digits, an
/// encoding, a line ending and a checksum. A library command, a sequence's
/// literal send and the send box all turn into bytes the same way.
struct SendItem
{
    QString data;      ///< text with escapes (\r \n \t \\ \0 \xHH), or hex digits
    bool hex = false;
    QString encoding;  ///< empty: the session's
    PayloadSpec::LineEnding lineEnding = PayloadSpec::LineEnding::None;
    std::optional<ChecksumSpec> checksum; ///< appended after the line ending

    /// The bytes to send; sessionEncoding stands in for an empty encoding.
    /// The error says what cannot be encoded or parsed, and where.
    Result<QByteArray> bytes(const QString &sessionEncoding) const;

    /// {"text": "…"} or {"hex": "…"}, then "encoding", "lineEnding"
    /// ("none", "lf", "crlf", "cr") and "checksum" (ChecksumSpec's syntax) when set.
    void writeTo(QJsonObject &object) const;
    /// Reads what writeTo() wrote; exactly one of "text" and "hex" is needed.
    /// The error names the field.
    static Result<SendItem> readFrom(const QJsonObject &object);

    static QString lineEndingName(PayloadSpec::LineEnding ending);
    static Result<PayloadSpec::LineEnding> lineEndingFromName(const QString &name);

    bool operator==(const SendItem &other) const;
    bool operator!=(const SendItem &other) const { return !(*this == other); }
};

} // namespace Sockpit
