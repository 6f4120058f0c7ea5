#pragma once

// Certificates for TLS tests, made at run time with OpenSSL's own command-line
// tool: a test CA, server certificates for localhost and 127.0.0.1 (good,
// expired, not yet valid, for another name), a self-signed one, and a client
// certificate. Header-only; blocking QProcess calls, for test set-up only.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace SockpitTest {

class TestPki
{
public:
    /// A certificate file and its key file.
    struct Pair
    {
        QString certificate;
        QString key;
    };

    static QString openssl() { return QStandardPaths::findExecutable(QStringLiteral("openssl")); }

    /// Makes everything; error() says what failed.
    TestPki()
    {
        if (openssl().isEmpty()) {
            m_error = QStringLiteral("openssl is not installed (Debian package openssl)");
            return;
        }
        writeFile(QStringLiteral("ca.cnf"),
                  "[ ca ]\ndefault_ca = test\n[ test ]\ndir = .\ndatabase = index.txt\nnew_certs_dir = .\n"
                  "serial = serial\ndefault_md = sha256\npolicy = any\ncopy_extensions = copy\nunique_subject = no\n"
                  "[ any ]\ncommonName = supplied\n");
        writeFile(QStringLiteral("index.txt"), "");
        writeFile(QStringLiteral("serial"), "01\n");
        const bool made = run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                               QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                               QStringLiteral("-nodes"), QStringLiteral("-keyout"), path("ca.key"),
                               QStringLiteral("-out"), path("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=Sockpit Test CA")})
            && issue("server", "localhost", "DNS:localhost,IP:127.0.0.1,IP:::1", QString(), QString())
            && issue("expired", "localhost", "DNS:localhost,IP:127.0.0.1", QStringLiteral("20200101000000Z"),
                     QStringLiteral("20200201000000Z"))
            && issue("future", "localhost", "DNS:localhost,IP:127.0.0.1", QStringLiteral("20990101000000Z"),
                     QStringLiteral("20990201000000Z"))
            && issue("othername", "device.example", "DNS:device.example", QString(), QString())
            && issue("client", "test-client", "", QString(), QString())
            && run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), path("selfsigned.key"), QStringLiteral("-out"), path("selfsigned.pem"),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")})
            // The client's key again, protected by the passphrase "sesame".
            && run({QStringLiteral("pkey"), QStringLiteral("-in"), path("client.key"), QStringLiteral("-aes256"),
                    QStringLiteral("-passout"), QStringLiteral("pass:sesame"), QStringLiteral("-out"),
                    path("client-encrypted.key")});
        if (!made && m_error.isEmpty())
            m_error = QStringLiteral("openssl failed");
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString caFile() const { return path("ca.pem"); }
    /// "server", "expired", "future", "othername", "client" (signed by the CA), or "selfsigned".
    Pair pair(const char *name) const
    {
        return Pair{path(QByteArray(name) + ".pem"), path(QByteArray(name) + ".key")};
    }
    QString path(const QByteArray &name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private:
    void writeFile(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(text);
    }

    bool run(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(openssl(), arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1: %2")
                          .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
            return false;
        }
        return true;
    }

    /// A key and a certificate signed by the CA; start and end dates as openssl ca takes them.
    bool issue(const char *name, const char *commonName, const char *alternativeNames, const QString &start,
               const QString &end)
    {
        const QByteArray base(name);
        QStringList request{QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                            QStringLiteral("-keyout"), path(base + ".key"), QStringLiteral("-out"), path(base + ".csr"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=") + QString::fromLatin1(commonName)};
        if (*alternativeNames)
            request << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + QString::fromLatin1(alternativeNames);
        QStringList sign{QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), path("ca.cnf"),
                         QStringLiteral("-cert"), path("ca.pem"), QStringLiteral("-keyfile"), path("ca.key"),
                         QStringLiteral("-in"), path(base + ".csr"), QStringLiteral("-out"), path(base + ".pem"),
                         QStringLiteral("-notext")};
        if (start.isEmpty())
            sign << QStringLiteral("-days") << QStringLiteral("30");
        else
            sign << QStringLiteral("-startdate") << start << QStringLiteral("-enddate") << end;
        return run(request) && run(sign);
    }

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace SockpitTest
