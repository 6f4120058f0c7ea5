#include "capturesink.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Sockpit;

class TstCaptureSink : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesRawBytes();
    void appendsToExistingFile();
    void flushMakesDataVisible();
    void timerFlushesWhileOpen();
    void closeAndDestructionFlush();
    void openingAnotherFileClosesTheFirst();
    void notOpenIgnoresWrites();
    void unwritablePath_data();
    void unwritablePath();
    void failedWriteIsReported();
    void failedFlushIsReported();
    void readerOfPipeLeavingStopsTheCapture();
    void pipeWithoutReaderIsRefused();

private:
    QString fileIn(const QString &name) const { return m_dir->filePath(name); }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray("<unreadable>");
        return file.readAll();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QByteArray everyByte()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    return all;
}

} // namespace

void TstCaptureSink::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstCaptureSink::writesRawBytes()
{
    const QString path = fileIn(QStringLiteral("capture.bin"));
    CaptureSink sink;
    QSignalSpy errors(&sink, &CaptureSink::errorOccurred);
    QCOMPARE(sink.open(path), QString());
    QVERIFY(sink.isOpen());
    QCOMPARE(sink.path(), path);

    QByteArray expected;
    const QList<QByteArray> chunks{QByteArray("hello\r\n"), QByteArray("\0\0\0", 3), everyByte(), QByteArray(),
                                   QByteArray::fromHex("c4e3bac3"), QByteArray(100000, '\xaa')};
    for (const QByteArray &chunk : chunks) {
        sink.write(chunk);
        expected += chunk;
    }
    QCOMPARE(sink.bytesWritten(), quint64(expected.size()));
    sink.close();
    QVERIFY(!sink.isOpen());
    QCOMPARE(errors.size(), 0);
    const QByteArray written = contents(path);
    QCOMPARE(written.size(), expected.size());
    QVERIFY(written == expected);
}

void TstCaptureSink::appendsToExistingFile()
{
    const QString path = fileIn(QStringLiteral("existing.bin"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old|");
    }
    CaptureSink sink;
    QCOMPARE(sink.open(path), QString());
    sink.write(QByteArray("new"));
    QCOMPARE(sink.bytesWritten(), 3u); // only what this capture wrote
    sink.close();
    QCOMPARE(contents(path), QByteArray("old|new"));

    QCOMPARE(sink.open(path), QString());
    QCOMPARE(sink.bytesWritten(), 0u);
    sink.write(QByteArray("!"));
    sink.close();
    QCOMPARE(contents(path), QByteArray("old|new!"));
}

void TstCaptureSink::flushMakesDataVisible()
{
    const QString path = fileIn(QStringLiteral("flush.bin"));
    CaptureSink sink;
    QCOMPARE(sink.open(path), QString());
    sink.write(QByteArray("abc\0def", 7));
    sink.flush();
    QVERIFY(sink.isOpen());
    QCOMPARE(contents(path), QByteArray("abc\0def", 7));
}

void TstCaptureSink::timerFlushesWhileOpen()
{
    const QString path = fileIn(QStringLiteral("timer.bin"));
    CaptureSink sink;
    QCOMPARE(sink.open(path), QString());
    sink.write(QByteArray("periodic"));
    // Without close() or flush(): the sink's own timer gets the bytes to disk.
    QTRY_COMPARE_WITH_TIMEOUT(contents(path), QByteArray("periodic"), 10000);
    QVERIFY(sink.isOpen());
}

void TstCaptureSink::closeAndDestructionFlush()
{
    const QString closedPath = fileIn(QStringLiteral("closed.bin"));
    const QString destroyedPath = fileIn(QStringLiteral("destroyed.bin"));
    {
        CaptureSink sink;
        QCOMPARE(sink.open(closedPath), QString());
        sink.write(QByteArray("closed"));
        sink.close();
        sink.close(); // twice is harmless
        QCOMPARE(contents(closedPath), QByteArray("closed"));
    }
    {
        CaptureSink sink;
        QCOMPARE(sink.open(destroyedPath), QString());
        sink.write(QByteArray("destroyed"));
    }
    QCOMPARE(contents(destroyedPath), QByteArray("destroyed"));
}

void TstCaptureSink::openingAnotherFileClosesTheFirst()
{
    const QString first = fileIn(QStringLiteral("first.bin"));
    const QString second = fileIn(QStringLiteral("second.bin"));
    CaptureSink sink;
    QCOMPARE(sink.open(first), QString());
    sink.write(QByteArray("one"));
    QCOMPARE(sink.open(second), QString());
    QCOMPARE(sink.path(), second);
    sink.write(QByteArray("two"));
    sink.close();
    QCOMPARE(contents(first), QByteArray("one"));
    QCOMPARE(contents(second), QByteArray("two"));
}

void TstCaptureSink::notOpenIgnoresWrites()
{
    CaptureSink sink;
    QSignalSpy errors(&sink, &CaptureSink::errorOccurred);
    QVERIFY(!sink.isOpen());
    sink.write(QByteArray("nowhere"));
    sink.flush();
    sink.close();
    QCOMPARE(sink.bytesWritten(), 0u);
    QCOMPARE(errors.size(), 0);
}

void TstCaptureSink::unwritablePath_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/capture.bin");
    QTest::newRow("a folder") << QStringLiteral(".");
    QTest::newRow("empty name") << QString();
}

void TstCaptureSink::unwritablePath()
{
    QFETCH(QString, name);
    const QString path = name.isEmpty() ? QString() : fileIn(name);
    CaptureSink sink;
    const QString error = sink.open(path);
    const QString start = QStringLiteral("cannot open capture file '%1': ").arg(path);
    QVERIFY2(error.startsWith(start), qPrintable(error));
    QVERIFY2(error.size() > start.size(), "the reason follows the path");
    QVERIFY(!sink.isOpen());
    QCOMPARE(sink.path(), QString());
    sink.write(QByteArray("dropped on purpose: nothing is open"));
    QCOMPARE(sink.bytesWritten(), 0u);
}

void TstCaptureSink::failedWriteIsReported()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full to make writes fail");
    CaptureSink sink;
    QSignalSpy errors(&sink, &CaptureSink::errorOccurred);
    // Opened as the device it is: appending does not try to seek to its end.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("seek")));
    QCOMPARE(sink.open(QStringLiteral("/dev/full")), QString());
    sink.write(QByteArray(1 << 20, 'x')); // too big for the buffer: written at once, and fails
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().startsWith(QStringLiteral("writing capture file '/dev/full' failed: ")),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(!sink.isOpen());
    QCOMPARE(sink.bytesWritten(), 0u);
}

void TstCaptureSink::failedFlushIsReported()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full to make writes fail");
    // A small write sits in the buffer; the failure shows when it is flushed,
    // and must be reported rather than lose the bytes silently.
    {
        CaptureSink sink;
        QSignalSpy errors(&sink, &CaptureSink::errorOccurred);
        QCOMPARE(sink.open(QStringLiteral("/dev/full")), QString());
        sink.write(QByteArray("small"));
        sink.flush();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(0).toString().startsWith(QStringLiteral("writing capture file '/dev/full' failed: ")));
        QVERIFY(!sink.isOpen());
    }
    {
        CaptureSink sink;
        QSignalSpy errors(&sink, &CaptureSink::errorOccurred);
        QCOMPARE(sink.open(QStringLiteral("/dev/full")), QString());
        sink.write(QByteArray("small"));
        sink.close();
        QCOMPARE(errors.size(), 1);
    }
    {
        CaptureSink sink;
        QSignalSpy errors(&sink, &CaptureSink::errorOccurred);
        QCOMPARE(sink.open(QStringLiteral("/dev/full")), QString());
        sink.write(QByteArray("small"));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000); // the periodic flush
        QVERIFY(!sink.isOpen());
    }
}

void TstCaptureSink::readerOfPipeLeavingStopsTheCapture()
{
    // The window does not ignore SIGPIPE: writing to a pipe whose reader has
    // gone must fail with EPIPE and a message, not end the program.
    std::signal(SIGPIPE, SIG_DFL);
    const QString path = fileIn(QStringLiteral("capture.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    CaptureSink sink;
    QSignalSpy errors(&sink, &CaptureSink::errorOccurred);
    QCOMPARE(sink.open(path), QString());
    sink.write(QByteArray("before"));
    sink.flush();
    char buffer[16];
    QCOMPARE(::read(reader, buffer, sizeof buffer), ssize_t(6));
    ::close(reader);

    sink.write(QByteArray("after the reader left"));
    sink.flush(); // SIGPIPE, were it not held back, would end this test here
    QCOMPARE(errors.size(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("writing capture file '%1' failed: ").arg(path)), qPrintable(message));
    QVERIFY2(message.contains(qt_error_string(EPIPE)), qPrintable(message));
    QVERIFY(!sink.isOpen());
    sink.write(QByteArray("ignored once closed"));
    QCOMPARE(errors.size(), 1);

    // A large write, which goes to the pipe at once, fails the same way.
    const int again = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(again >= 0);
    QCOMPARE(sink.open(path), QString());
    ::close(again);
    sink.write(QByteArray(CaptureSink::BufferBytes + 1, 'x'));
    QCOMPARE(errors.size(), 2);
    QVERIFY(!sink.isOpen());
}

void TstCaptureSink::pipeWithoutReaderIsRefused()
{
    // Opening a pipe for writing waits for a reader: the window must not hang there.
    const QString path = fileIn(QStringLiteral("unread.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    CaptureSink sink;
    const QString error = sink.open(path);
    QCOMPARE(error, QStringLiteral("cannot open capture file '%1': no program reads from this pipe").arg(path));
    QVERIFY(!sink.isOpen());
    QCOMPARE(sink.path(), QString());
}

QTEST_GUILESS_MAIN(TstCaptureSink)
#include "tst_capturesink.moc"
