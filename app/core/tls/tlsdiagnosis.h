#pragma once

#include <QList>
#include <QSslError>
#include <QString>

namespace Sockpit {

/// Why a TLS handshake failed, in the words a person debugging a device needs
/// (what is wrong and what to do), rather than OpenSSL's.
namespace TlsDiagnosis {

/// One certificate problem; host is the name the client asked for.
QString explain(const QSslError &error, const QString &host);
/// Every problem of one handshake, each once, in order.
QStringList explainAll(const QList<QSslError> &errors, const QString &host);
/// A handshake that failed without a certificate problem: the backend's
/// message (e.g. an alert from the peer) put in plain words where it is known.
QString explainHandshakeFailure(const QString &backendMessage);

} // namespace TlsDiagnosis
} // namespace Sockpit
