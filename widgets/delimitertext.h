#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sockpit {

/// Delimiters as the framing row lets you type them: text with the send box's
/// escapes ("\r\n", "END") or hex starting with 0x ("0x03", "0x0D 0x0A"),
/// several separated by '|' ("\r\n|\n"). The bytes come from the codec helpers.
namespace DelimiterText {

/// The delimiters typed in text; text parts are encoded in encoding (UTF-8 for Hex).
/// An empty part, a bad escape or bad hex is an error naming the part.
Result<QList<QByteArray>> parse(const QString &text, const QString &encoding);
/// Text that parse() reads back as delimiters: escapes for printable ASCII and
/// control characters, 0x hex for anything else.
QString format(const QList<QByteArray> &delimiters);

} // namespace DelimiterText
} // namespace Sockpit
