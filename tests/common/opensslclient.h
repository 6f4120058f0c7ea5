#pragma once

// `openssl s_client` as a real TLS client of a server under test, on loopback:
// -quiet, so its stdout is exactly what the server sent and its stdin goes to
// the server byte for byte (no command letters, no end at stdin's end).
// Header-only and without Q_OBJECT.

#include "testpki.h"

#include <QProcess>

namespace SockpitTest {

class OpensslClient
{
public:
    ~OpensslClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Connects to host:port ("[::1]:4433" for IPv6) with the extra options
    /// (-CAfile, -cert, -tls1_2…); false when openssl did not start.
    bool start(const QString &hostPort, const QStringList &extra = {})
    {
        m_process.start(TestPki::openssl(),
                        QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"), hostPort,
                                    QStringLiteral("-quiet")}
                            << extra);
        return m_process.waitForStarted(15000);
    }

    void write(const QByteArray &data) { m_process.write(data); }
    /// What the server sent so far.
    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }
    /// What s_client said on stderr so far (verification, alerts).
    QByteArray errors()
    {
        m_errors += m_process.readAllStandardError();
        return m_errors;
    }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    int exitCode() const { return m_process.exitCode(); }

private:
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_errors;
};

} // namespace SockpitTest
