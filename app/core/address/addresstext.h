#pragma once

#include <QString>
#include <QStringView>

namespace Sockpit {

/// Why a typed address is not one, in words: the checks the calculator and
/// every host field share. Each returns an empty string when the text is fine.
namespace AddressText {

bool isAsciiDigit(QChar c);
bool isHexDigit(QChar c);
/// "007" -> "7", "000" -> "0": the digits that carry the value.
QStringView withoutLeadingZeros(const QString &digits);

/// Four decimal numbers 0–255 without leading zeros; the value goes to *out.
QString ipv4Problem(const QString &text, quint32 *out);
/// IPv6 text without brackets or zone: eight groups, or at most seven with
/// one "::", a dotted IPv4 part only at the end.
QString ipv6Problem(const QString &text);
/// The zone after '%' ("eth0"): not empty, no second '%', only characters an
/// interface name can hold (no space, '/', ':' or brackets).
QString zoneProblem(const QString &zone);

} // namespace AddressText
} // namespace Sockpit
