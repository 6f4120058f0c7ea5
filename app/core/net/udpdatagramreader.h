#pragma once

#include "result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <vector>

class QUdpSocket;

namespace Sockpit {

/// One datagram as it was read: whole, with its sender (an IPv4 sender on a
/// dual-stack socket is given as IPv4, not as ::ffff:a.b.c.d).
struct ReceivedDatagram
{
    /// Made in place (emplace_back): a QHostAddress made empty first costs an allocation.
    ReceivedDatagram(const QHostAddress &from, quint16 fromPort, QByteArray bytes)
        : sender(from)
        , port(fromPort)
        , data(std::move(bytes))
    {
    }

    QHostAddress sender;
    quint16 port = 0;
    QByteArray data; ///< allocated to its size: the log keeps it as it is
};

/// Reads the datagrams waiting on a bound QUdpSocket. The platform's reader
/// takes many per system call (posix/udpbatchreader.*); the portable one reads
/// through QUdpSocket, one by one. Which one runs is chosen by create().
class UdpDatagramReader : public QObject
{
    Q_OBJECT
public:
    /// Set to "qt" in the environment, it selects the portable reader (tests run both).
    static constexpr const char *ChoiceVariable = "SOCKPIT_UDP_READER";

    using QObject::QObject;
    ~UdpDatagramReader() override;

    /// The platform's reader unless SOCKPIT_UDP_READER=qt (or the platform has none).
    static std::unique_ptr<UdpDatagramReader> create();

    /// Starts watching socket, which is bound; readyRead() comes while datagrams wait.
    virtual void start(QUdpSocket *socket) = 0;
    /// Stops watching; to be called before the socket closes.
    virtual void stop() = 0;
    /// While paused, readyRead() does not come (read() works as always): the
    /// session reads on a timer instead, many datagrams a turn, under a flood.
    virtual void setPaused(bool paused) = 0;
    /// Appends up to max waiting datagrams to out, in order of arrival. Returns how
    /// many were appended (0: none waits), or the system's reason for failing.
    virtual Result<int> read(std::vector<ReceivedDatagram> &out, int max) = 0;
    /// "recvmmsg" or "QUdpSocket", for reports.
    virtual QString name() const = 0;
    /// Datagrams the system dropped since start() because the receive buffer
    /// was full (known once the next datagram is read); 0 where it does not say.
    virtual quint64 droppedBySystem() const { return 0; }

signals:
    /// Datagrams wait. Level-triggered: it comes again while any are left unread.
    void readyRead();
};

/// Reads through QUdpSocket::receiveDatagram(), one system call or three per
/// datagram. Runs wherever Qt does.
class QtUdpDatagramReader : public UdpDatagramReader
{
    Q_OBJECT
public:
    using UdpDatagramReader::UdpDatagramReader;

    void start(QUdpSocket *socket) override;
    void stop() override;
    /// QUdpSocket's notifier cannot be switched off from outside; its readyRead is
    /// ignored instead. Qt turns the notifier off itself until the next read.
    void setPaused(bool paused) override { m_paused = paused; }
    Result<int> read(std::vector<ReceivedDatagram> &out, int max) override;
    QString name() const override { return QStringLiteral("QUdpSocket"); }

private:
    QUdpSocket *m_socket = nullptr;
    QMetaObject::Connection m_connection;
    bool m_paused = false;
};

/// The platform's reader, or nullptr where it has none. One definition per
/// platform (posix/udpbatchreader.cpp on Linux): a port supplies its own file.
std::unique_ptr<UdpDatagramReader> createPlatformUdpReader();

} // namespace Sockpit
