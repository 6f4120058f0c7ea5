// ReplacingFile: a plain file is replaced whole at commit and left as it was
// when the write is cancelled; a device is written in place and stays a device
// (renaming a temporary file over /dev/null would have put a plain file there).

#include "replacingfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Sockpit;

namespace {

bool isCharacterDevice(const char *path)
{
    struct stat info{};
    return ::stat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstReplacingFile : public QObject
{
    Q_OBJECT

private slots:
    void plainFileIsReplacedWholeAtCommit();
    void cancelLeavesTheOldContents();
    void deviceIsWrittenInPlace();
    void failedDeviceWriteSaysWhy();
    void missingFolderSaysWhy();
};

void TstReplacingFile::plainFileIsReplacedWholeAtCommit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.xml"));
    QVERIFY(!ReplacingFile::isSpecial(path)); // not there yet
    ReplacingFile file(path);
    QVERIFY(file.open());
    QVERIFY(file.write("<new/>"));
    QVERIFY(!QFile::exists(path)); // nothing there before the commit
    QVERIFY2(file.commit(), qPrintable(file.errorString()));
    QCOMPARE(contentsOf(path), QByteArray("<new/>"));
    QVERIFY(!ReplacingFile::isSpecial(path));
}

void TstReplacingFile::cancelLeavesTheOldContents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.json"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ReplacingFile file(path);
    QVERIFY(file.open());
    QVERIFY(file.write("half of the new"));
    file.cancel();
    QCOMPARE(contentsOf(path), QByteArray("old"));
}

void TstReplacingFile::deviceIsWrittenInPlace()
{
    if (!isCharacterDevice("/dev/null"))
        QSKIP("needs /dev/null as a device");
    QVERIFY(ReplacingFile::isSpecial(QStringLiteral("/dev/null")));
    ReplacingFile file(QStringLiteral("/dev/null"));
    QVERIFY2(file.open(), qPrintable(file.errorString()));
    QVERIFY(file.write("gone"));
    QVERIFY2(file.commit(), qPrintable(file.errorString()));
    QVERIFY(isCharacterDevice("/dev/null"));
}

void TstReplacingFile::failedDeviceWriteSaysWhy()
{
    if (!isCharacterDevice("/dev/full"))
        QSKIP("needs /dev/full to make writes fail");
    ReplacingFile file(QStringLiteral("/dev/full"));
    QVERIFY2(file.open(), qPrintable(file.errorString()));
    const bool written = file.write(QByteArray(64 * 1024, 'x')) && file.commit();
    QVERIFY(!written);
    QVERIFY2(!file.errorString().isEmpty(), "no reason given");
    QVERIFY(isCharacterDevice("/dev/full"));
}

void TstReplacingFile::missingFolderSaysWhy()
{
    QTemporaryDir dir;
    ReplacingFile file(dir.filePath(QStringLiteral("no/such/folder/r.xml")));
    QVERIFY(!file.open());
    QVERIFY(!file.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TstReplacingFile)
#include "tst_replacingfile.moc"
