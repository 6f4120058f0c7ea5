#include "udpdatagramreader.h"

#include "address.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

namespace Sockpit {

UdpDatagramReader::~UdpDatagramReader() = default;

std::unique_ptr<UdpDatagramReader> UdpDatagramReader::create()
{
    if (qgetenv(ChoiceVariable) != "qt") {
        if (std::unique_ptr<UdpDatagramReader> platform = createPlatformUdpReader())
            return platform;
    }
    return std::make_unique<QtUdpDatagramReader>();
}

void QtUdpDatagramReader::start(QUdpSocket *socket)
{
    stop();
    m_socket = socket;
    m_paused = false;
    m_connection = connect(socket, &QIODevice::readyRead, this, [this] {
        if (!m_paused)
            emit readyRead();
    });
}

void QtUdpDatagramReader::stop()
{
    disconnect(m_connection);
    m_socket = nullptr;
}

Result<int> QtUdpDatagramReader::read(std::vector<ReceivedDatagram> &out, int max)
{
    int count = 0;
    while (m_socket && count < max && m_socket->hasPendingDatagrams()) {
        // The full size, so that nothing of a datagram is cut off.
        const qint64 size = qMax<qint64>(m_socket->pendingDatagramSize(), 0);
        QNetworkDatagram datagram = m_socket->receiveDatagram(size);
        if (!datagram.isValid())
            return Result<int>::failure(m_socket->errorString());
        out.emplace_back(Address::unmapped(datagram.senderAddress()), quint16(datagram.senderPort()), datagram.data());
        ++count;
    }
    return Result<int>::success(count);
}

} // namespace Sockpit
