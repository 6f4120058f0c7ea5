#pragma once

// `openssl s_server` as a real TLS peer on 127.0.0.1: started with a
// certificate and key, in -rev mode (it answers each line reversed), ready once
// it says ACCEPT. Header-only.

#include "testpki.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace SockpitTest {

class OpensslServer
{
public:
    ~OpensslServer()
    {
        if (m_process) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    /// Starts it; false (error() says why) when it did not get ready in time.
    bool start(const TestPki::Pair &identity, const QStringList &extra = {})
    {
        QTcpServer probe; // a free port, given back at once
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(probe.errorString());
        m_port = probe.serverPort();
        probe.close();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(TestPki::openssl(),
                         QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                                     QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"),
                                     identity.certificate, QStringLiteral("-key"), identity.key, QStringLiteral("-rev")}
                             << extra);
        const QDeadlineTimer deadline(15000);
        while (!m_output.contains("ACCEPT")) {
            if (deadline.hasExpired() || m_process->state() == QProcess::NotRunning)
                return fail(QStringLiteral("openssl s_server did not start: ") + QString::fromLocal8Bit(m_output));
            QTest::qWait(20);
            m_output += m_process->readAll();
        }
        return true;
    }

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    /// What it printed so far.
    QByteArray output()
    {
        if (m_process)
            m_output += m_process->readAll();
        return m_output;
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace SockpitTest
