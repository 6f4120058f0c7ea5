#pragma once

#include "udpdatagramreader.h"

#include <memory>

class QSocketNotifier;

namespace Sockpit {

/// Linux: recvmmsg() takes up to BatchSize datagrams per system call, where
/// QUdpSocket makes up to three calls for each one.
///
/// It watches its own duplicate of the socket's descriptor, so its notifier
/// never meets QUdpSocket's on the same descriptor; QUdpSocket, never read
/// from, emits readyRead once and then leaves its notifier off.
class UdpBatchReader : public UdpDatagramReader
{
    Q_OBJECT
public:
    /// Datagrams per system call.
    static constexpr int BatchSize = 64;
    /// Room for any datagram (65,527 bytes over IPv6), so nothing is cut.
    static constexpr int SlotBytes = 65536;

    explicit UdpBatchReader(QObject *parent = nullptr);
    ~UdpBatchReader() override;

    void start(QUdpSocket *socket) override;
    void stop() override;
    void setPaused(bool paused) override;
    Result<int> read(std::vector<ReceivedDatagram> &out, int max) override;
    QString name() const override { return QStringLiteral("recvmmsg"); }
    /// The socket's own count (SO_MEMINFO), asked for on each call.
    quint64 droppedBySystem() const override;

private:
    struct Buffers;

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<Buffers> m_buffers; ///< made on the first read: 4 MiB of address space, touched as used
};

} // namespace Sockpit
