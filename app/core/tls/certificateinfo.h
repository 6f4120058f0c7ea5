#pragma once

#include <QDateTime>
#include <QList>
#include <QSsl>
#include <QString>
#include <QStringList>

class QSslCertificate;
class QSslCipher;

namespace Sockpit {

/// What a person checks in a certificate, in words.
struct CertificateSummary
{
    QString subject;          ///< "CN=device.local, O=Acme"
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;           ///< "AB:CD:…", upper case
    QStringList alternativeNames; ///< "DNS:device.local", "IP:127.0.0.1"
    bool selfSigned = false;

    static CertificateSummary of(const QSslCertificate &certificate);
    /// The names a host is checked against: the alternative names, else the common name.
    static QStringList namesOf(const QSslCertificate &certificate);
    /// Lines for the log: subject, issuer, validity, fingerprint, names.
    QStringList describe() const;
};

namespace TlsText {
/// "TLS 1.3", "TLS 1.2", or Qt's name of another protocol.
QString protocolName(QSsl::SslProtocol protocol);
/// "TLS 1.3, TLS_AES_256_GCM_SHA384 (256-bit)".
QString sessionLine(QSsl::SslProtocol protocol, const QSslCipher &cipher);
/// Each certificate of the chain, numbered from the peer's own ("certificate 1 of 2").
QStringList chainLines(const QList<QSslCertificate> &chain);
} // namespace TlsText

} // namespace Sockpit
