#include "capturesink.h"

#include "replacingfile.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Sockpit {

namespace {

// Writing to a pipe whose reader has gone raises SIGPIPE, which ends the
// program unless it is ignored; the window does not ignore it. The signal is
// held back for this thread while writing and, if the write raised it, taken
// away: the write's EPIPE is all we want.
class SigpipeHeldBack
{
public:
    explicit SigpipeHeldBack(bool active)
        : m_active(active)
    {
        if (!m_active)
            return;
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1; // someone else's: left alone
        pthread_sigmask(SIG_BLOCK, &m_pipe, &m_previous);
    }
    ~SigpipeHeldBack()
    {
        if (!m_active)
            return;
        sigset_t pending;
        sigpending(&pending);
        if (!m_wasPending && sigismember(&pending, SIGPIPE) == 1) {
            const timespec now{};
            sigtimedwait(&m_pipe, nullptr, &now);
        }
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SigpipeHeldBack(const SigpipeHeldBack &) = delete;
    SigpipeHeldBack &operator=(const SigpipeHeldBack &) = delete;

private:
    bool m_active;
    bool m_wasPending = false;
    sigset_t m_pipe{};
    sigset_t m_previous{};
};

bool isFifo(const QString &path)
{
    struct stat info{};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && S_ISFIFO(info.st_mode);
}

} // namespace

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

QString CaptureSink::open(const QString &path, OpenMode openMode)
{
    close();
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered
        | (openMode == OpenMode::Append ? QIODevice::Append : QIODevice::Truncate);
    bool opened = false;
    QString why;
    if (isFifo(path)) {
        // Opening a pipe for writing waits for a reader; the window must not.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            why = errno == ENXIO ? tr("no program reads from this pipe") : qt_error_string(errno);
        } else {
            // Blocking again: a slow reader slows the capture down rather than lose bytes.
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            // Not Append: a pipe has no end to seek to.
            opened = m_file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle);
            if (!opened) {
                why = m_file.errorString();
                ::close(fd);
            }
        }
    } else {
        m_file.setFileName(path);
        // A device (/dev/null, /dev/full) has no end to seek to or cut.
        opened = m_file.open(ReplacingFile::isSpecial(path) ? QIODevice::WriteOnly | QIODevice::Unbuffered : mode);
        if (!opened)
            why = m_file.errorString();
    }
    if (!opened) {
        m_file.setFileName(QString());
        return tr("cannot open capture file '%1': %2").arg(path, why);
    }
    struct stat info{};
    m_pipeLike = ::fstat(m_file.handle(), &info) != 0 || !S_ISREG(info.st_mode);
    m_path = path;
    m_written = 0;
    m_buffer.reserve(BufferBytes);
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
    const bool flushed = writeBuffer();
    const QString why = flushed ? QString() : writeFailure();
    m_file.close();
    m_buffer = QByteArray();
    m_path.clear();
    if (!flushed && reportFailure)
        emit errorOccurred(why);
}

void CaptureSink::fail()
{
    const QString why = writeFailure();
    m_buffer.clear(); // what could not be written is not tried again on close
    closeFile(false);
    emit errorOccurred(why);
}

QString CaptureSink::writeFailure() const
{
    return tr("writing capture file '%1' failed: %2").arg(m_path, m_lastError);
}

bool CaptureSink::writeOut(const char *data, qsizetype size)
{
    const SigpipeHeldBack held(m_pipeLike);
    if (m_file.write(data, size) == size)
        return true;
    m_lastError = m_file.errorString();
    return false;
}

bool CaptureSink::writeBuffer()
{
    if (m_buffer.isEmpty())
        return true;
    const bool ok = writeOut(m_buffer.constData(), m_buffer.size());
    m_buffer.clear(); // keeps its capacity
    return ok;
}

void CaptureSink::write(const QByteArray &data)
{
    if (!m_file.isOpen() || data.isEmpty())
        return;
    if (data.size() >= DirectWriteBytes || m_buffer.size() + data.size() > BufferBytes) {
        if (!writeBuffer())
            return fail();
        if (data.size() >= DirectWriteBytes) {
            if (!writeOut(data.constData(), data.size()))
                return fail();
            m_written += quint64(data.size());
            return;
        }
    }
    m_buffer.append(data);
    m_written += quint64(data.size());
}

void CaptureSink::flush()
{
    if (!m_file.isOpen() || writeBuffer())
        return;
    fail();
}

} // namespace Sockpit
