#pragma once

#include <QString>

class QTextStream;

namespace Sockpit {

/// `sockpit --ipcalc ADDRESS[/PREFIX|MASK]`: prints the calculator's results
/// as "key: value" lines with stable English keys and values. With
/// chineseLabels, each line is preceded by a "# 标签：说明" comment line in
/// Chinese, so the output still parses by skipping lines that start with '#'.
/// Returns 0, or writes the reason to err and returns 2 for invalid input.
int runIpCalc(const QString &input, QTextStream &out, QTextStream &err, bool chineseLabels);

} // namespace Sockpit
