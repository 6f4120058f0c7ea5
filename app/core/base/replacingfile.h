#pragma once

#include <QByteArrayView>
#include <QFile>
#include <QSaveFile>
#include <QString>

namespace Sockpit {

/// A file written whole or not at all: through QSaveFile, whose temporary file
/// is renamed over the path at commit(). A path that is a device or a pipe
/// (/dev/null, a FIFO) is written directly instead: renaming over it would put
/// a plain file in its place (as root, even in /dev).
class ReplacingFile
{
public:
    explicit ReplacingFile(const QString &path);

    /// Whether path is a device, a pipe or a socket (written directly).
    static bool isSpecial(const QString &path);

    bool open();
    /// All of bytes, or false.
    bool write(QByteArrayView bytes);
    /// The file takes its new contents (a direct write: flushed and closed).
    bool commit();
    /// Nothing written stays (a direct write cannot take back what a device took).
    void cancel();
    QString errorString() const;

private:
    QFileDevice &device();
    const QFileDevice &device() const;

    bool m_direct;
    QSaveFile m_saved;
    QFile m_plain;
    QString m_closedError;
};

} // namespace Sockpit
