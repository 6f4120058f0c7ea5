#include "commandlinetls.h"

#include "sessionconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::CommandLine)
};

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

/// The TLS options in the order --help lists them; the first given is the one a complaint names.
constexpr const char *AllOptions[] = {"tls", "sni", "ca", "cert", "key", "insecure", "self-signed", "tls-min"};
/// The options that only refine TLS, which --tls (or, on a server, --self-signed) turns on.
constexpr const char *RefiningOptions[] = {"sni", "ca", "cert", "key", "insecure", "tls-min"};

template<size_t N>
QString firstSet(const QCommandLineParser &parser, const char *const (&names)[N])
{
    for (const char *name : names) {
        if (parser.isSet(option(name)))
            return QStringLiteral("--") + option(name);
    }
    return QString();
}

/// An option given with an empty value would silently mean "none": say so instead.
QString emptyValue(const QCommandLineParser &parser)
{
    for (const char *name : {"ca", "cert", "key"}) {
        if (parser.isSet(option(name)) && parser.value(option(name)).isEmpty())
            return Text::tr("--%1 needs a file name").arg(option(name));
    }
    for (const char *name : {"sni", "self-signed"}) {
        if (parser.isSet(option(name)) && parser.value(option(name)).isEmpty())
            return Text::tr("--%1 needs a host name").arg(option(name));
    }
    return QString();
}

Result<QSsl::SslProtocol> minimumVersion(const QCommandLineParser &parser)
{
    using R = Result<QSsl::SslProtocol>;
    const QString version = parser.value(option("tls-min"));
    if (version.isEmpty() || version == u"1.2")
        return R::success(QSsl::TlsV1_2OrLater);
    if (version == u"1.3")
        return R::success(QSsl::TlsV1_3OrLater);
    return R::failure(Text::tr("--tls-min: '%1' is not a TLS version Sockpit accepts as the minimum; use 1.2 or 1.3")
                          .arg(version));
}

QByteArray passphraseFromEnvironment()
{
    return qgetenv(CommandLineTls::KeyPassphraseVariable);
}

} // namespace

QList<QCommandLineOption> CommandLineTls::options()
{
    return {
        {option("tls"), Text::tr("TCP client or server: speak TLS. Headless, the session and the peer's certificate "
                                 "are described on stderr.")},
        {option("sni"), Text::tr("TLS client: the server name sent (SNI) and checked in its certificate (default: "
                                 "the host connected to)."),
         QStringLiteral("NAME")},
        {option("ca"), Text::tr("TLS client: trust the CAs in FILE (PEM) instead of the system's. TLS server: require "
                                "a client certificate, signed by a CA in FILE."),
         QStringLiteral("FILE")},
        {option("cert"), Text::tr("TLS: the certificate in FILE (PEM), with --key: the client's own, or the server's."),
         QStringLiteral("FILE")},
        {option("key"), Text::tr("TLS: the private key of --cert in FILE (PEM). The passphrase of an encrypted key is "
                                 "read from the environment variable %1.")
                            .arg(QLatin1String(KeyPassphraseVariable)),
         QStringLiteral("FILE")},
        {option("insecure"), Text::tr("TLS client: continue despite the server certificate's problems (expired, "
                                      "self-signed, another name…), each said on stderr as a warning.")},
        {option("self-signed"), Text::tr("TLS server: a certificate for NAME, made on the spot (implies --tls); its "
                                         "SHA-256 fingerprint, on stderr, is what clients check."),
         QStringLiteral("NAME")},
        {option("tls-min"), Text::tr("TLS: the oldest version accepted, 1.2 (default) or 1.3."),
         QStringLiteral("VERSION")},
    };
}

QString CommandLineTls::misplaced(const QCommandLineParser &parser, LaunchOptions::Mode mode)
{
    using Mode = LaunchOptions::Mode;
    const QString given = firstSet(parser, AllOptions);
    if (given.isEmpty())
        return QString();
    if (mode != Mode::TcpClient && mode != Mode::TcpServer)
        return Text::tr("%1 needs --tcp-client or --tcp-server: TLS runs over TCP only").arg(given);
    if (mode == Mode::TcpClient && parser.isSet(option("self-signed")))
        return Text::tr("--self-signed makes a server's certificate: it needs --tcp-server (a client may give "
                        "--cert and --key)");
    if (mode == Mode::TcpServer) {
        if (parser.isSet(option("sni")))
            return Text::tr("--sni is for --tcp-client: a server answers with its one certificate");
        if (parser.isSet(option("insecure")))
            return Text::tr("--insecure is for --tcp-client: a server checks client certificates only with --ca");
    }
    const bool enabled = parser.isSet(option("tls")) || (mode == Mode::TcpServer && parser.isSet(option("self-signed")));
    if (const QString refining = firstSet(parser, RefiningOptions); !enabled && !refining.isEmpty()) {
        return mode == Mode::TcpServer ? Text::tr("%1 needs --tls (or --self-signed NAME)").arg(refining)
                                       : Text::tr("%1 needs --tls").arg(refining);
    }
    return emptyValue(parser);
}

Result<TlsClientOptions> CommandLineTls::clientOptions(const QCommandLineParser &parser)
{
    using R = Result<TlsClientOptions>;
    const Result<QSsl::SslProtocol> minimum = minimumVersion(parser);
    if (!minimum)
        return R::failure(minimum.error);
    TlsClientOptions tls;
    tls.enabled = parser.isSet(option("tls"));
    tls.serverName = parser.value(option("sni"));
    tls.verifyPeer = !parser.isSet(option("insecure"));
    tls.caFile = parser.value(option("ca"));
    tls.certificateFile = parser.value(option("cert"));
    tls.keyFile = parser.value(option("key"));
    tls.keyPassphrase = passphraseFromEnvironment();
    tls.minimumProtocol = minimum.value;
    return R::success(tls);
}

Result<TlsServerOptions> CommandLineTls::serverOptions(const QCommandLineParser &parser)
{
    using R = Result<TlsServerOptions>;
    const Result<QSsl::SslProtocol> minimum = minimumVersion(parser);
    if (!minimum)
        return R::failure(minimum.error);
    TlsServerOptions tls;
    tls.selfSignedName = parser.value(option("self-signed"));
    tls.enabled = parser.isSet(option("tls")) || !tls.selfSignedName.isEmpty();
    tls.certificateFile = parser.value(option("cert"));
    tls.keyFile = parser.value(option("key"));
    tls.keyPassphrase = passphraseFromEnvironment();
    tls.clientCaFile = parser.value(option("ca"));
    tls.requireClientCertificate = !tls.clientCaFile.isEmpty();
    tls.minimumProtocol = minimum.value;
    return R::success(tls);
}

QString CommandLineTls::missingPassphrase(const QString &keyFile, const QByteArray &passphrase)
{
    if (!needsKeyPassphrase(keyFile, passphrase))
        return QString();
    return Text::tr("--key: the key %1 is protected by a passphrase: set the environment variable %2 to it")
        .arg(QDir::toNativeSeparators(keyFile), QLatin1String(KeyPassphraseVariable));
}

} // namespace Sockpit
