#pragma once

#include "ruleset.h"

#include <QList>
#include <QString>

namespace Sockpit {

/// What a list of rules would do with one frame, worked out without a session:
/// the test line of the rules page.
namespace RuleTester {

/// The frame as typed (text with escapes, or hex digits when encoding is
/// "Hex") run through rules; hits are the counts so far ({counter} is the
/// next one). Says which rule takes it and the reply in hex and as text, or
/// why none does, or what is wrong with the input or the rules.
QString describe(const RuleSet &rules, const QList<quint64> &hits, const QString &frame, const QString &encoding);

/// bytes as text in encoding, with \r \n \t and other control bytes escaped.
QString readable(const QByteArray &bytes, const QString &encoding);

} // namespace RuleTester

} // namespace Sockpit
