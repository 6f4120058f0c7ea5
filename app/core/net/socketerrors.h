#pragma once

#include <QAbstractSocket>
#include <QString>

namespace Sockpit {

/// A clear sentence for a socket error. target names the other end or the
/// local address ("127.0.0.1:7788"); detail is Qt's errorString() for the rare cases
/// without a specific sentence.
QString socketErrorMessage(QAbstractSocket::SocketError error, const QString &target, const QString &detail);

} // namespace Sockpit
