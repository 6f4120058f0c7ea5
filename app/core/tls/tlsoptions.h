#pragma once

#include "result.h"

#include <QByteArray>
#include <QSsl>
#include <QSslConfiguration>
#include <QString>

namespace Sockpit {

/// TLS for a TCP client, as the user chose it.
struct TlsClientOptions
{
    bool enabled = false;
    QString serverName;         ///< SNI and the name checked; empty: the host typed
    bool verifyPeer = true;     ///< false: problems are warnings (--insecure)
    QString caFile;             ///< PEM; empty: the system's CAs
    QString certificateFile;    ///< PEM client certificate; empty: none
    QString keyFile;            ///< PEM key of the client certificate
    QByteArray keyPassphrase;   ///< for an encrypted key
    QSsl::SslProtocol minimumProtocol = QSsl::TlsV1_2OrLater; ///< or TlsV1_3OrLater
};

/// TLS for a TCP server, as the user chose it.
struct TlsServerOptions
{
    bool enabled = false;
    QString certificateFile;    ///< PEM; with keyFile, or:
    QString keyFile;
    QByteArray keyPassphrase;
    QString selfSignedName;     ///< a certificate made on the spot for this host name
    bool requireClientCertificate = false;
    QString clientCaFile;       ///< PEM CAs client certificates are checked against
    QSsl::SslProtocol minimumProtocol = QSsl::TlsV1_2OrLater;
};

namespace TlsSetup {
/// The client's configuration from its options; the error names the file and what is wrong with it.
Result<QSslConfiguration> clientConfiguration(const TlsClientOptions &options);
/// The server's configuration; certificate and key given as PEM (from files, or made on the spot).
Result<QSslConfiguration> serverConfiguration(const TlsServerOptions &options, const QByteArray &certificatePem,
                                              const QByteArray &keyPem);
/// The contents of a PEM file, or why it cannot be read.
Result<QByteArray> readPemFile(const QString &path, const QString &what);
/// False when Qt has no TLS backend here (OpenSSL missing): every TLS option then fails with this.
QString unavailableReason();
} // namespace TlsSetup

} // namespace Sockpit
