#include "jsonfile.h"

#include "replacingfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::JsonFile)
};

} // namespace

QString JsonFile::asidePath(const QString &path)
{
    const QString base = path + QStringLiteral(".broken-")
                         + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) && n < 1000; ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

QString JsonFile::positionOf(const QByteArray &text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes: a UTF-8 continuation byte is no column.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

Result<QJsonDocument> JsonFile::parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset points just past where it gave up; the place is the character before.
        const qsizetype at = qMax(qsizetype(0), qsizetype(error.offset) - 1);
        return Result<QJsonDocument>::failure(
            Text::tr("%1: %2").arg(positionOf(text, at), error.errorString()));
    }
    return Result<QJsonDocument>::success(document);
}

Result<QJsonDocument> JsonFile::read(const QString &path)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QJsonDocument>::failure(Text::tr("%1: cannot read: %2").arg(name, file.errorString()));
    if (file.size() > MaxBytes) {
        return Result<QJsonDocument>::failure(
            Text::tr("%1: %2 bytes is too large for a JSON file of Sockpit's").arg(name).arg(file.size()));
    }
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<QJsonDocument>::failure(Text::tr("%1: cannot read: %2").arg(name, file.errorString()));
    Result<QJsonDocument> parsed = parse(text);
    if (!parsed)
        parsed.error = Text::tr("%1: %2").arg(name, parsed.error);
    return parsed;
}

Status JsonFile::write(const QString &path, const QJsonDocument &document)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(Text::tr("%1: cannot create the folder").arg(name));
    ReplacingFile file(path);
    if (!file.open())
        return Status::failure(Text::tr("%1: cannot write: %2").arg(name, file.errorString()));
    if (!file.write(document.toJson(QJsonDocument::Indented)) || !file.commit())
        return Status::failure(Text::tr("%1: cannot write: %2").arg(name, file.errorString()));
    return Status::success();
}

} // namespace Sockpit
