#pragma once

#include "result.h"
#include "selfsigned.h"
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

/// A self-signed certificate made before, reused while its name stays the
/// same: clients that trusted it keep trusting it when the server listens again.
struct SelfSignedCache
{
    QString name;
    PemIdentity identity;
};

namespace TlsSetup {
/// The server's certificate and key from their files, or a self-signed one made
/// on the spot (selfSignedName; taken from and kept in cache when given), and
/// the rest of the options; or why not.
Result<TlsServerSetup> serverSetup(const TlsServerOptions &options, SelfSignedCache *cache = nullptr);
} // namespace TlsSetup

} // namespace Sockpit
