#pragma once

#include "result.h"

#include <QJsonDocument>
#include <QString>

namespace Sockpit {

/// User data files (rules, the command library, sequences): JSON read with
/// messages that point at the place, written atomically.
namespace JsonFile {

/// Files larger than this are refused before they are read (a rule list or a
/// library is kilobytes; a wrong file chosen by mistake may be gigabytes).
inline constexpr qint64 MaxBytes = 16 * 1024 * 1024;

/// text parsed; a syntax error says "line L, column C: what" (1-based).
Result<QJsonDocument> parse(const QByteArray &text);
/// The file read and parsed; errors start with the file's name.
Result<QJsonDocument> read(const QString &path);
/// Written through QSaveFile: the old file stays whole until the new one is
/// complete, so a crash or a forced shutdown never leaves half a file.
Status write(const QString &path, const QJsonDocument &document);

/// Where a broken file is kept instead of being written over: a name nothing
/// else uses, path.broken-<time>, with -2, -3 … when taken.
QString asidePath(const QString &path);

/// "line L, column C" of a 0-based byte offset into text.
QString positionOf(const QByteArray &text, qsizetype offset);

} // namespace JsonFile

} // namespace Sockpit
