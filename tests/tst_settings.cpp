// Settings: typed keys, and batches that write the settings file once.

#include "settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace Sockpit;

namespace {
const Setting<int> Answer{"Test/answer", 7};
const Setting<QString> Name{"Test/name", QStringLiteral("none")};

QString g_settingsFile; ///< known before any batch: making a QSettings writes what is pending

/// What the settings file holds on disk now, whatever QSettings caches.
QByteArray fileOnDisk()
{
    QFile file(g_settingsFile);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TstSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultUntilSet();
    void writtenAtOnceWithoutBatch();
    void batchWritesWhenItEnds();
    void batchReadsWhatItWrote();
    void innerBatchLeavesTheWriteToTheOuter();
    void panelValuesGoThroughTheBatch();
};

void TstSettings::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    g_settingsFile = QSettings().fileName();
}

void TstSettings::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QVERIFY(!fileOnDisk().contains("answer"));
}

void TstSettings::defaultUntilSet()
{
    QCOMPARE(Answer.value(), 7);
    QCOMPARE(Name.value(), QStringLiteral("none"));
    Answer.setValue(42);
    QCOMPARE(Answer.value(), 42);
    QCOMPARE(QSettings().value(QStringLiteral("Test/answer")).toInt(), 42);
}

void TstSettings::writtenAtOnceWithoutBatch()
{
    Answer.setValue(42);
    QVERIFY(fileOnDisk().contains("answer=42"));
}

void TstSettings::batchWritesWhenItEnds()
{
    {
        const Settings::Batch batch;
        Answer.setValue(42);
        Name.setValue(QStringLiteral("sockpit"));
        QVERIFY(!fileOnDisk().contains("answer"));
        QVERIFY(!fileOnDisk().contains("sockpit"));
    }
    const QByteArray file = fileOnDisk();
    QVERIFY(file.contains("answer=42"));
    QVERIFY(file.contains("name=sockpit"));
}

void TstSettings::batchReadsWhatItWrote()
{
    const Settings::Batch batch;
    Answer.setValue(42);
    QCOMPARE(Answer.value(), 42); // not yet on disk, but the batch knows
}

void TstSettings::innerBatchLeavesTheWriteToTheOuter()
{
    {
        const Settings::Batch outer;
        {
            const Settings::Batch inner;
            Answer.setValue(42);
        }
        QVERIFY(!fileOnDisk().contains("answer"));
        QCOMPARE(Answer.value(), 42);
    }
    QVERIFY(fileOnDisk().contains("answer=42"));
    // After the batch, settings are written at once again.
    Answer.setValue(43);
    QVERIFY(fileOnDisk().contains("answer=43"));
}

void TstSettings::panelValuesGoThroughTheBatch()
{
    QCOMPARE(Settings::panelValue(QStringLiteral("Panel"), "mode", 1).toInt(), 1);
    {
        const Settings::Batch batch;
        Settings::setPanelValue(QStringLiteral("Panel"), "mode", 3);
        QCOMPARE(Settings::panelValue(QStringLiteral("Panel"), "mode", 1).toInt(), 3);
        QVERIFY(!fileOnDisk().contains("mode"));
    }
    QVERIFY(fileOnDisk().contains("mode=3"));
    QCOMPARE(Settings::panelKey(QStringLiteral("Panel"), "mode"), QStringLiteral("Panel/mode"));
}

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
