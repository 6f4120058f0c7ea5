#pragma once

// A loopback TCP client for tests: what it received, and whether the server
// closed it. Header-only.

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

#include <memory>

namespace SockpitTest {

struct TestClient
{
    std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
    QByteArray received;
    bool disconnected = false;

    TestClient()
    {
        QObject::connect(socket.get(), &QIODevice::readyRead, socket.get(), [this] { received += socket->readAll(); });
        QObject::connect(socket.get(), &QAbstractSocket::disconnected, socket.get(), [this] { disconnected = true; });
    }
};

} // namespace SockpitTest
