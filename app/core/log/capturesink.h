#pragma once

#include <QFile>
#include <QObject>
#include <QTimer>

namespace Sockpit {

/// Appends every received byte, raw and uncapped, to a file. Writes are
/// buffered and flushed once a second and on close, so nothing is lost on exit.
class CaptureSink : public QObject
{
    Q_OBJECT
public:
    explicit CaptureSink(QObject *parent = nullptr);
    ~CaptureSink() override;

    /// Opens (appending to) path; returns an error message or an empty string.
    QString open(const QString &path);
    /// Flushes what is buffered and closes; a failure is reported through errorOccurred.
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    quint64 bytesWritten() const { return m_written; }

    /// Appends data as it is. On a failure the file is closed and errorOccurred says why.
    void write(const QByteArray &data);
    void flush();

signals:
    void errorOccurred(const QString &message);

private:
    /// Flushes and closes; reportFailure says whether a failed flush emits errorOccurred.
    void closeFile(bool reportFailure);
    QString writeFailure() const;

    QFile m_file;
    QTimer m_flushTimer;
    quint64 m_written = 0;
};

} // namespace Sockpit
