#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Sockpit {

/// A certificate and its private key, both PEM.
struct PemIdentity
{
    QByteArray certificate;
    QByteArray privateKey;
};

struct LibCrypto;

/// Makes a self-signed server certificate on the spot, for a TLS server that
/// has none: an ECDSA P-256 key, SHA-256, valid from an hour ago for `days`,
/// with hostName as the subject's common name and as a subject alternative
/// name (an IP address when it is one, else a DNS name). Uses OpenSSL's
/// libcrypto, loaded by the first certificate made (libcrypto.h); when it
/// cannot be loaded, the reason is the error.
Result<PemIdentity> makeSelfSignedIdentity(const QString &hostName, int days = 30);
/// The same with the libcrypto given, or the reason there is none.
Result<PemIdentity> makeSelfSignedIdentity(const Result<LibCrypto> &crypto, const QString &hostName, int days = 30);

} // namespace Sockpit
