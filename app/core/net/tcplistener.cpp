#include "tcplistener.h"

#include "address.h"
#include "fdlimit.h"
#include "socketerrors.h"

#include <QCoreApplication>

namespace Sockpit {

TcpListener::TcpListener(Poller *poller, QObject *parent)
    : QObject(parent)
    , m_acceptor(poller)
{
    // Qt's default backlog of 50 drops the SYNs of a burst of clients, which then
    // wait a second or more to retry; the kernel caps this at net.core.somaxconn.
    m_server.setListenBacklogSize(4096);
}

TcpListener::~TcpListener()
{
    close();
}

QString TcpListener::describe(const QHostAddress &address, quint16 port, bool forError)
{
    // The words keep the translation context they were first translated in.
    if (address == QHostAddress(QHostAddress::Any)) {
        return forError ? QCoreApplication::translate("Sockpit::TcpServerSession", "port %1").arg(port)
                        : QCoreApplication::translate("Sockpit::TcpServerSession", "port %1 on every address (IPv4 and IPv6)")
                              .arg(port);
    }
    return Address::hostPort(address, port); // "0.0.0.0:7788", "[::]:7788", "127.0.0.1:7788"
}

Status TcpListener::listen(const QHostAddress &address, quint16 port)
{
    // Every connection costs a descriptor: take all the system allows.
    FdLimit::raiseToHard();
    close();
    if (!m_server.listen(address, port)) {
        return Status::failure(
            socketErrorMessage(m_server.serverError(), describe(address, port, true), m_server.errorString()));
    }
    // QTcpServer bound the socket and would say why it could not; accepting is ours.
    m_server.pauseAccepting();
    if (!m_acceptor.start(int(m_server.socketDescriptor()))) {
        m_server.close();
        return Status::failure(socketErrorMessage(IoError::OutOfDescriptors, describe(address, port, true), QString()));
    }
    return Status::success();
}

void TcpListener::close()
{
    m_acceptor.stop();
    if (m_server.isListening())
        m_server.close();
}

QString TcpListener::text() const
{
    return isListening() ? describe(address(), port(), false) : QString();
}

} // namespace Sockpit
