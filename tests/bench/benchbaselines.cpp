#include "benchbaselines.h"

#include "benchprobes.h"

#include <QNetworkDatagram>
#include <QTcpSocket>

namespace SockpitBench {

PlainTcpReceiver::PlainTcpReceiver(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
}

void PlainTcpReceiver::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_startNs < 0) {
            m_startNs = m_clock.nsecsElapsed();
            m_startCpuNs = StallProbe::threadCpuNs();
        }
        connect(socket, &QIODevice::readyRead, this, [this, socket] {
            const QByteArray data = socket->readAll();
            if (m_capture.isOpen())
                m_capture.write(data);
            m_received += data.size();
            if (m_doneNs < 0 && m_received >= m_expected) {
                m_doneNs = m_clock.nsecsElapsed();
                m_doneCpuNs = StallProbe::threadCpuNs();
            }
        });
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    }
}

bool PlainTcpReceiver::listen(qint64 bytes, const QString &capturePath, const std::optional<QSslConfiguration> &tls)
{
    m_expected = bytes;
    if (!capturePath.isEmpty()) {
        m_capture.setFileName(capturePath);
        if (!m_capture.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
    }
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &PlainTcpReceiver::acceptPending);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

PlainTlsServer::PlainTlsServer(const QSslConfiguration &configuration, QObject *parent)
    : QObject(parent)
{
    m_server.setSslConfiguration(configuration);
    m_server.setMaxPendingConnections(1 << 20);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_secured;
            connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
            connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
                ++m_gone;
                socket->deleteLater();
            });
        }
    });
}

PlainUdpReceiver::PlainUdpReceiver(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QIODevice::readyRead, this, [this] {
        while (m_socket.hasPendingDatagrams()) {
            if (m_socket.receiveDatagram().isValid())
                ++m_received;
        }
    });
}

bool PlainUdpReceiver::bind()
{
    return m_socket.bind(QHostAddress::LocalHost, 0);
}

PlainTcpServer::PlainTcpServer(QObject *parent)
    : QObject(parent)
{
    // The same backlog Sockpit asks for, so both see the same burst of clients.
    m_server.setListenBacklogSize(4096);
    m_server.setMaxPendingConnections(1 << 20);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
            m_clients.push_back(socket);
        }
    });
}

PlainTcpServer::~PlainTcpServer()
{
    closeAll();
}

bool PlainTcpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void PlainTcpServer::sendToAll(const QByteArray &data)
{
    for (QTcpSocket *socket : m_clients)
        socket->write(data);
}

void PlainTcpServer::closeAll()
{
    for (QTcpSocket *socket : m_clients) {
        socket->abort();
        delete socket;
    }
    m_clients.clear();
}

} // namespace SockpitBench
