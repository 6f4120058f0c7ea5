#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace Sockpit {

/// What went wrong in a socket call, in words every platform can map its
/// error numbers to (errno on Linux, WSAGetLastError() elsewhere).
enum class IoError : quint8 {
    None,
    WouldBlock,         ///< try again when the poller says so
    Refused,            ///< nothing listens there
    Reset,              ///< the peer reset the connection
    BrokenPipe,         ///< sending on a connection that is gone
    TimedOut,
    NetworkUnreachable, ///< no route to that network
    HostUnreachable,
    AddressInUse,
    AddressNotAvailable,
    AccessDenied,
    OutOfDescriptors,   ///< the process or the system has no file descriptor left
    Unsupported,        ///< e.g. an IPv6 socket where IPv6 is off
    Other,
};

/// The outcome of one socket call: how many bytes, or why not.
struct IoResult
{
    qint64 bytes = 0;
    IoError error = IoError::None;
    int code = 0;              ///< the system's error number, for its own words
    bool endOfStream = false;  ///< a read found the peer's FIN

    bool ok() const { return error == IoError::None; }
};

/// The few raw socket calls the TCP transport needs: one interface, one
/// implementation per platform (posix/socketio.cpp on Linux). Descriptors are
/// ints; a port to Windows maps SOCKET onto them as Qt does.
///
/// Every call here is non-blocking and never raises SIGPIPE.
namespace SocketIo {

/// Makes a non-blocking TCP socket and starts connecting it. On success the
/// result's bytes hold the descriptor (connected or still connecting: wait
/// for it to become writable, then ask connectResult()).
IoResult startConnect(const QHostAddress &address, quint16 port);
/// After a started connect became writable: IoError::None when connected.
IoResult connectResult(int fd);

/// Takes one connection waiting on a listening socket: bytes hold the new
/// non-blocking descriptor, address and port say who it is (known even when
/// the peer has reset the connection since).
IoResult accept(int listenFd, QHostAddress *address, quint16 *port);
/// True when the peer reset the connection and nothing is left to read.
bool isResetPending(int fd);
/// Which of fds are readable now (no waiting).
QList<int> readableNow(const QList<int> &fds);

/// Reads up to size bytes. endOfStream when the peer closed its side.
IoResult receive(int fd, char *buffer, qint64 size);

struct Chunk
{
    const char *data;
    qint64 size;
};
/// Sends from several buffers at once (as far as the kernel takes them).
IoResult send(int fd, const Chunk *chunks, int count);

/// Sends a FIN: the peer reads the end of our data; we still read.
IoResult shutdownSending(int fd);
void setNonBlocking(int fd);
/// Closes the descriptor; data already handed to the kernel still leaves.
void close(int fd);
/// Closes with a reset (RST): queued data is dropped, the peer sees an error.
void closeWithReset(int fd);
/// A second descriptor for the same socket (it stays open until both are
/// closed), or -1 when the process has no descriptor left.
int duplicate(int fd);

/// The peer's or our own address of a connected socket; false when the
/// system cannot say (the peer reset the connection already).
bool peerAddress(int fd, QHostAddress *address, quint16 *port);
bool localAddress(int fd, QHostAddress *address, quint16 *port);

/// The system's own words for an error number.
QString errorText(int code);
/// The portable name for a system error number.
IoError classify(int code);

} // namespace SocketIo
} // namespace Sockpit

Q_DECLARE_METATYPE(Sockpit::IoError)
