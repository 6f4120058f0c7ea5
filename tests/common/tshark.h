#pragma once

// tshark (Wireshark's reader, Debian package tshark) run on a pcapng file, and
// its TCP "follow" output read back into the bytes each end sent.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace SockpitTest::Tshark {

constexpr int TimeoutMs = 60000;

inline QString program()
{
    return QStandardPaths::findExecutable(QStringLiteral("tshark"));
}

/// Skips the test where tshark is missing: the files could not be read back.
#define SOCKPIT_REQUIRE_TSHARK()                                                                                  \
    do {                                                                                                          \
        if (SockpitTest::Tshark::program().isEmpty())                                                             \
            QSKIP("tshark is not installed (Debian package tshark): pcapng files cannot be read back here");    \
    } while (false)

struct Output
{
    bool ok = false;       ///< ran and exited with 0
    QByteArray out;
    QString errors;        ///< stderr without the notice about running as root
};

/// tshark -r file, then arguments.
inline Output read(const QString &file, const QStringList &arguments = {})
{
    QProcess process;
    process.start(program(), QStringList{QStringLiteral("-r"), file} + arguments);
    Output result;
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished(TimeoutMs);
        result.errors = QStringLiteral("tshark did not finish within %1 ms").arg(TimeoutMs);
        return result;
    }
    result.out = process.readAllStandardOutput();
    for (const QString &line : QString::fromLocal8Bit(process.readAllStandardError()).split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(QStringLiteral("Running as user")))
            result.errors += line + u'\n';
    }
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return result;
}

/// The lines of out without empty ones.
inline QList<QByteArray> lines(const QByteArray &out)
{
    QList<QByteArray> result;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            result << line;
    }
    return result;
}

/// What each end of a followed TCP stream sent.
struct Followed
{
    QString node0;   ///< "address:port" of the end that spoke first in the file
    QString node1;
    QByteArray from0;
    QByteArray from1;
};

/// tshark -q -z follow,tcp,raw,STREAM: hex lines, those of node 1 indented by a tab.
inline Followed follow(const QString &file, int stream)
{
    const Output output = read(file, {QStringLiteral("-q"), QStringLiteral("-z"),
                                      QStringLiteral("follow,tcp,raw,%1").arg(stream)});
    Followed result;
    for (const QByteArray &line : output.out.split('\n')) {
        if (line.startsWith("Node 0: "))
            result.node0 = QString::fromLatin1(line.mid(8).trimmed());
        else if (line.startsWith("Node 1: "))
            result.node1 = QString::fromLatin1(line.mid(8).trimmed());
        else if (line.startsWith('\t'))
            result.from1 += QByteArray::fromHex(line.trimmed());
        else if (!line.isEmpty() && !line.contains(':') && !line.startsWith('='))
            result.from0 += QByteArray::fromHex(line.trimmed());
    }
    return result;
}

} // namespace SockpitTest::Tshark
