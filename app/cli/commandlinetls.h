#pragma once

#include "launchoptions.h"
#include "result.h"
#include "tlsoptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace Sockpit {

/// The TLS options of the command line: --tls, --sni, --ca, --cert, --key,
/// --insecure, --self-signed and --tls-min, read into the options the typed
/// session configs check (parseTcpClientConfig / parseTcpServerConfig), so
/// that what is wrong with them is said in one place.
namespace CommandLineTls {

/// Where the passphrase of an encrypted key comes from: not the command
/// line, which other users of the machine can read in the process list.
inline constexpr char KeyPassphraseVariable[] = "SOCKPIT_KEY_PASSPHRASE";

QList<QCommandLineOption> options();
/// Why the TLS options given do not fit the mode (a TLS option on --udp, a
/// client's option on a server, --ca without --tls…); empty when they fit.
QString misplaced(const QCommandLineParser &parser, LaunchOptions::Mode mode);
/// The client's options as given; fails on a value that cannot be read (--tls-min 1.1).
Result<TlsClientOptions> clientOptions(const QCommandLineParser &parser);
Result<TlsServerOptions> serverOptions(const QCommandLineParser &parser);
/// Why keyFile cannot be used with passphrase (it is encrypted, and no
/// passphrase was given); empty when it can, or when it is read later.
QString missingPassphrase(const QString &keyFile, const QByteArray &passphrase);

} // namespace CommandLineTls
} // namespace Sockpit
