// The TLS half of the typed session configs: options checked for sense, the
// client's files read when it connects, and the TLS settings remembered.
#include "sessionconfig.h"

#include "endpoint.h"
#include "settings.h"

#include <QCoreApplication>
#include <QFile>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::SessionConfig)
};

/// "--cert: …" on the command line; the sentence alone in a form.
Status problem(ConfigSource source, const char *option, const QString &message)
{
    return Status::failure(source == ConfigSource::CommandLine ? QLatin1String(option) + QStringLiteral(": ") + message
                                                               : message);
}

bool isTls13(QSsl::SslProtocol protocol)
{
    return protocol == QSsl::TlsV1_3OrLater;
}

namespace Keys {
const Setting<bool> ClientTls{"TcpClient/tls", false};
const Setting<QString> ClientServerName{"TcpClient/tlsServerName", QString()};
const Setting<bool> ClientVerify{"TcpClient/tlsVerify", true};
const Setting<QString> ClientCa{"TcpClient/tlsCaFile", QString()};
const Setting<QString> ClientCertificate{"TcpClient/tlsCertificateFile", QString()};
const Setting<QString> ClientKey{"TcpClient/tlsKeyFile", QString()};
const Setting<bool> ClientTls13{"TcpClient/tlsMinimum13", false};
const Setting<bool> ServerTls{"TcpServer/tls", false};
const Setting<QString> ServerCertificate{"TcpServer/tlsCertificateFile", QString()};
const Setting<QString> ServerKey{"TcpServer/tlsKeyFile", QString()};
const Setting<QString> ServerSelfSigned{"TcpServer/tlsSelfSignedName", QString()};
const Setting<bool> ServerRequireClient{"TcpServer/tlsRequireClientCertificate", false};
const Setting<QString> ServerClientCa{"TcpServer/tlsClientCaFile", QString()};
const Setting<bool> ServerTls13{"TcpServer/tlsMinimum13", false};
} // namespace Keys

} // namespace

Status checkTlsOptions(const TlsClientOptions &options, ConfigSource source)
{
    if (!options.enabled)
        return Status::success();
    if (!options.serverName.isEmpty()) {
        if (const auto name = EndpointParser::parseHost(options.serverName); !name.ok())
            return problem(source, "--sni", Text::tr("server name: %1").arg(name.error));
    }
    if (options.certificateFile.isEmpty() && !options.keyFile.isEmpty())
        return problem(source, "--cert", Text::tr("a client key needs its certificate file too"));
    if (!options.certificateFile.isEmpty() && options.keyFile.isEmpty())
        return problem(source, "--key", Text::tr("a client certificate needs its key file too"));
    return Status::success();
}

Status checkTlsOptions(const TlsServerOptions &options, ConfigSource source)
{
    if (!options.enabled)
        return Status::success();
    const bool fromFiles = !options.certificateFile.isEmpty() || !options.keyFile.isEmpty();
    if (fromFiles && !options.selfSignedName.isEmpty())
        return problem(source, "--self-signed",
                       Text::tr("choose certificate files or a self-signed certificate, not both"));
    if (!fromFiles && options.selfSignedName.isEmpty()) {
        return problem(source, "--cert",
                       source == ConfigSource::CommandLine
                           ? Text::tr("a TLS server needs a certificate: give --cert FILE and --key FILE, or "
                                      "--self-signed NAME")
                           : Text::tr("a TLS server needs a certificate: choose its file and key, or make a self-signed one"));
    }
    if (fromFiles && options.certificateFile.isEmpty())
        return problem(source, "--cert", Text::tr("a server key needs its certificate file too"));
    if (fromFiles && options.keyFile.isEmpty())
        return problem(source, "--key", Text::tr("a server certificate needs its key file too"));
    if (!options.selfSignedName.isEmpty()) {
        if (const auto name = EndpointParser::parseHost(options.selfSignedName); !name.ok())
            return problem(source, "--self-signed", Text::tr("host name: %1").arg(name.error));
    }
    if (options.requireClientCertificate && options.clientCaFile.isEmpty())
        return problem(source, "--ca",
                       Text::tr("requiring client certificates needs the CA file they are checked against"));
    return Status::success();
}

bool needsKeyPassphrase(const QString &keyFile, const QByteArray &passphrase)
{
    if (keyFile.isEmpty() || !passphrase.isEmpty())
        return false;
    QFile file(keyFile);
    return file.open(QIODevice::ReadOnly) && file.read(64 * 1024).contains("ENCRYPTED");
}

Status applyTlsTo(TcpClientSession &session, const TcpClientConfig &config)
{
    if (!config.tls.enabled) {
        session.setTls(std::nullopt);
        return Status::success();
    }
    const Result<QSslConfiguration> configuration = TlsSetup::clientConfiguration(config.tls);
    if (!configuration)
        return Status::failure(configuration.error);
    session.setTls(TlsClientSetup{configuration.value, config.tls.serverName, !config.tls.verifyPeer});
    return Status::success();
}

TlsClientOptions loadTlsClientOptions()
{
    const Settings::Batch batch;
    TlsClientOptions options;
    options.enabled = Keys::ClientTls.value();
    options.serverName = Keys::ClientServerName.value();
    options.verifyPeer = Keys::ClientVerify.value();
    options.caFile = Keys::ClientCa.value();
    options.certificateFile = Keys::ClientCertificate.value();
    options.keyFile = Keys::ClientKey.value();
    options.minimumProtocol = Keys::ClientTls13.value() ? QSsl::TlsV1_3OrLater : QSsl::TlsV1_2OrLater;
    return options;
}

void saveTlsOptions(const TlsClientOptions &options)
{
    const Settings::Batch batch;
    Keys::ClientTls.setValue(options.enabled);
    Keys::ClientServerName.setValue(options.serverName);
    Keys::ClientVerify.setValue(options.verifyPeer);
    Keys::ClientCa.setValue(options.caFile);
    Keys::ClientCertificate.setValue(options.certificateFile);
    Keys::ClientKey.setValue(options.keyFile);
    Keys::ClientTls13.setValue(isTls13(options.minimumProtocol));
}

TlsServerOptions loadTlsServerOptions()
{
    const Settings::Batch batch;
    TlsServerOptions options;
    options.enabled = Keys::ServerTls.value();
    options.certificateFile = Keys::ServerCertificate.value();
    options.keyFile = Keys::ServerKey.value();
    options.selfSignedName = Keys::ServerSelfSigned.value();
    options.requireClientCertificate = Keys::ServerRequireClient.value();
    options.clientCaFile = Keys::ServerClientCa.value();
    options.minimumProtocol = Keys::ServerTls13.value() ? QSsl::TlsV1_3OrLater : QSsl::TlsV1_2OrLater;
    return options;
}

void saveTlsOptions(const TlsServerOptions &options)
{
    const Settings::Batch batch;
    Keys::ServerTls.setValue(options.enabled);
    Keys::ServerCertificate.setValue(options.certificateFile);
    Keys::ServerKey.setValue(options.keyFile);
    Keys::ServerSelfSigned.setValue(options.selfSignedName);
    Keys::ServerRequireClient.setValue(options.requireClientCertificate);
    Keys::ServerClientCa.setValue(options.clientCaFile);
    Keys::ServerTls13.setValue(isTls13(options.minimumProtocol));
}

} // namespace Sockpit
