#include "capturesink.h"

#include <QCoreApplication>

namespace Sockpit {

CaptureSink::CaptureSink(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &CaptureSink::flush);
}

CaptureSink::~CaptureSink()
{
    // No signal from a sink being destroyed: its receivers may be going too.
    closeFile(false);
}

QString CaptureSink::open(const QString &path)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        const QString why = QCoreApplication::translate("Sockpit::CaptureSink", "cannot open capture file '%1': %2")
                                .arg(path, m_file.errorString());
        m_file.setFileName(QString());
        return why;
    }
    m_written = 0;
    m_flushTimer.start();
    return QString();
}

void CaptureSink::close()
{
    closeFile(true);
}

void CaptureSink::closeFile(bool reportFailure)
{
    if (!m_file.isOpen())
        return;
    m_flushTimer.stop();
    // Buffered bytes are written here; a failure must not pass unnoticed.
    const bool flushed = m_file.flush();
    const QString why = flushed ? QString() : writeFailure();
    m_file.close();
    if (!flushed && reportFailure)
        emit errorOccurred(why);
}

QString CaptureSink::writeFailure() const
{
    return QCoreApplication::translate("Sockpit::CaptureSink", "writing capture file '%1' failed: %2")
        .arg(m_file.fileName(), m_file.errorString());
}

void CaptureSink::write(const QByteArray &data)
{
    if (!m_file.isOpen() || data.isEmpty())
        return;
    if (m_file.write(data) != data.size()) {
        const QString why = writeFailure();
        closeFile(false);
        emit errorOccurred(why);
        return;
    }
    m_written += quint64(data.size());
}

void CaptureSink::flush()
{
    if (!m_file.isOpen() || m_file.flush())
        return;
    const QString why = writeFailure();
    closeFile(false);
    emit errorOccurred(why);
}

} // namespace Sockpit
