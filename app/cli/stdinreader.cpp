#include "stdinreader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Sockpit {

StdinReader::StdinReader(QObject *parent, int descriptor)
    : QObject(parent)
    , m_descriptor(descriptor)
{
}

void StdinReader::start()
{
    m_notifier = new QSocketNotifier(m_descriptor, QSocketNotifier::Read, this);
    m_notifier->setEnabled(!m_paused);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::onReadable);
}

void StdinReader::setPaused(bool paused)
{
    m_paused = paused;
    if (m_notifier && !m_finished)
        m_notifier->setEnabled(!paused);
}

void StdinReader::onReadable()
{
    char buffer[ChunkBytes];
    const ssize_t n = ::read(m_descriptor, buffer, size_t(m_readLimit));
    if (n > 0) {
        emit dataRead(QByteArray(buffer, qsizetype(n)));
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    // End of input, or an input that cannot be read (closed descriptor).
    m_notifier->setEnabled(false);
    m_finished = true;
    emit finished();
}

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    // write() is async-signal-safe; a full pipe only loses a duplicate request.
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    ::fcntl(g_signalPipe[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_signalPipe[0], &byte, 1) == 1)
            emit terminationRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

TerminationWatcher::~TerminationWatcher()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}

} // namespace Sockpit
