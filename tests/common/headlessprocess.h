#pragma once

// The sockpit binary run headless by a test, its output collected as it comes.

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

/// The sockpit binary running headless, with its output collected as it comes.
class HeadlessProcess
{
public:
    static constexpr int TimeoutMs = 10000;

    /// Runs sockpit with arguments, or program with arguments when program is given.
    explicit HeadlessProcess(const QStringList &arguments, const QString &program = QString())
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // No display at all: a QApplication would abort on this platform name.
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
        m_process.start(program.isEmpty() ? QStringLiteral(SOCKPIT_BINARY) : program, arguments);
    }
    ~HeadlessProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(TimeoutMs);
        }
    }
    HeadlessProcess(const HeadlessProcess &) = delete;
    HeadlessProcess &operator=(const HeadlessProcess &) = delete;

    QProcess &process() { return m_process; }
    void write(const QByteArray &bytes) { m_process.write(bytes); }
    void endInput() { m_process.closeWriteChannel(); }

    /// Waits (running the event loop, so the test's servers keep working) for the exit.
    bool waitForExit()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(TimeoutMs) || m_process.state() == QProcess::NotRunning;
    }
    bool exitedWith(int code) const
    {
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit
               && m_process.exitCode() == code;
    }
    QString exitDescription() const
    {
        return QStringLiteral("state %1, status %2, code %3; stderr: %4")
            .arg(int(m_process.state()))
            .arg(int(m_process.exitStatus()))
            .arg(m_process.exitCode())
            .arg(stderrText());
    }

    QByteArray out() const { return m_out; }
    QString stderrText() const { return QString::fromUtf8(m_err); }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};
