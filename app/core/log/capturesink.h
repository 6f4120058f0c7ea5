#pragma once

#include <QFile>
#include <QObject>
#include <QTimer>

namespace Sockpit {

/// Appends every received byte, raw and uncapped, to a file. Writes are
/// buffered and flushed once a second and on close, so nothing is lost on exit.
///
/// The file may be a named pipe: opening one no program reads is refused
/// rather than waited for, and a reader that goes away (EPIPE), like a full
/// disk, stops the capture with errorOccurred; SIGPIPE never ends the program.
class CaptureSink : public QObject
{
    Q_OBJECT
public:
    /// Bytes gathered before they go to the file in one write.
    static constexpr qsizetype BufferBytes = 256 * 1024;
    /// Writes this large go to the file at once (after what is gathered), not copied.
    static constexpr qsizetype DirectWriteBytes = 16 * 1024;

    explicit CaptureSink(QObject *parent = nullptr);
    ~CaptureSink() override;

    enum class OpenMode { Append, Replace };
    /// Opens (appending to, or replacing) path; returns an error message or an empty string.
    QString open(const QString &path, OpenMode openMode = OpenMode::Append);
    /// Flushes what is buffered and closes; a failure is reported through errorOccurred.
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_path; }
    quint64 bytesWritten() const { return m_written; }

    /// Appends data as it is. On a failure the file is closed and errorOccurred says why.
    void write(const QByteArray &data);
    void flush();

signals:
    void errorOccurred(const QString &message);

private:
    /// Flushes and closes; reportFailure says whether a failed flush emits errorOccurred.
    void closeFile(bool reportFailure);
    /// Closes after a failed write and says why.
    void fail();
    /// Writes the buffer out; false on a failure.
    bool writeBuffer();
    bool writeOut(const char *data, qsizetype size);
    QString writeFailure() const;

    QFile m_file; ///< unbuffered: m_buffer gathers the writes
    QString m_path;
    QByteArray m_buffer;
    QString m_lastError; ///< of the failed write, for the message
    bool m_pipeLike = false; ///< a pipe or socket: a write may raise SIGPIPE
    QTimer m_flushTimer;
    quint64 m_written = 0;
};

} // namespace Sockpit
