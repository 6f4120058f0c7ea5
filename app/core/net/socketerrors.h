#pragma once

#include "socketio.h"

#include <QAbstractSocket>
#include <QString>

namespace Sockpit {

/// A clear sentence for a socket error. target names the other end or the
/// local address ("127.0.0.1:7788"); detail is Qt's errorString() for the rare cases
/// without a specific sentence.
QString socketErrorMessage(QAbstractSocket::SocketError error, const QString &target, const QString &detail);
/// The same for an error of the raw transport (SocketIo); detail is the
/// system's own words.
QString socketErrorMessage(IoError error, const QString &target, const QString &detail);
/// "connection to 127.0.0.1:7788 timed out after 5000 ms".
QString connectTimeoutMessage(const QString &target, int ms);

} // namespace Sockpit
