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
    close();
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
    if (!m_file.isOpen())
        return;
    m_flushTimer.stop();
    m_file.flush();
    m_file.close();
}

void CaptureSink::write(const QByteArray &data)
{
    if (!m_file.isOpen() || data.isEmpty())
        return;
    if (m_file.write(data) != data.size()) {
        const QString why = QCoreApplication::translate("Sockpit::CaptureSink", "writing capture file '%1' failed: %2")
                                .arg(m_file.fileName(), m_file.errorString());
        close();
        emit errorOccurred(why);
        return;
    }
    m_written += quint64(data.size());
}

void CaptureSink::flush()
{
    if (m_file.isOpen())
        m_file.flush();
}

} // namespace Sockpit
