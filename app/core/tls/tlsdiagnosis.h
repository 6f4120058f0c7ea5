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
/// An alert or error from the TLS backend in plain words where it is known
/// (the server wants a client certificate, the peer speaks no TLS, no common
/// version or cipher…); empty otherwise. In TLS 1.3 the server refuses a
/// missing client certificate after the client's handshake is done, so such
/// words also come on reads.
QString explainAlert(const QString &backendMessage);
/// A handshake that failed without a certificate problem: the backend's
/// message (e.g. an alert from the peer) put in plain words where it is known.
/// A client that offered no certificate is told that the server may want one:
/// before TLS 1.3 a server without its wanted certificate says only
/// "handshake failure".
QString explainHandshakeFailure(const QString &backendMessage, bool offeredCertificate = true);
/// The same seen from a server: what its client did wrong (plain TCP on the
/// TLS port, no certificate when one is required, one it does not trust…);
/// empty where the words are not known.
QString explainClientFailure(const QString &backendMessage);

} // namespace TlsDiagnosis
} // namespace Sockpit
