#pragma once

#include "result.h"
#include "tlsoptions.h"

#include <QSslConfiguration>
#include <QString>

namespace Sockpit {

/// What a TLS server listens with: its configuration, and the certificate in
/// words for the log (a self-signed one's fingerprint is what clients check).
struct TlsServerSetup
{
    QSslConfiguration configuration;
    QString certificateLine; ///< "self-signed for device.local, SHA-256 AB:CD:…"
};

namespace TlsSetup {
/// The server's certificate and key from their files, or a self-signed one made
/// on the spot (selfSignedName), and the rest of the options; or why not.
Result<TlsServerSetup> serverSetup(const TlsServerOptions &options);
} // namespace TlsSetup

} // namespace Sockpit
