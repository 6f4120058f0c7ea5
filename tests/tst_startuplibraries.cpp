// What the window's start-up loads: no OpenSSL (libcrypto waits for the first
// self-signed certificate), and no image-format plugin before the first paint
// (Qt would load them all to ask whether they read a PNG; the style's PNGs are
// read without them). The window icon, decoded after that paint, loads them.

#include "afterfirstpaint.h"
#include "mainwindow.h"
#include "selfsigned.h"

#include "common/loadedlibraries.h"

#include <QTest>

using namespace Sockpit;
using SockpitTest::isLoaded;

class TstStartupLibraries : public QObject
{
    Q_OBJECT
private slots:
    void nothingLinksOpenSsl();
    void theFirstPaintLoadsNoImagePlugin();
    void theFirstCertificateLoadsLibcrypto();
};

void TstStartupLibraries::nothingLinksOpenSsl()
{
    // This test links the whole core and the widgets, as the application does.
    QVERIFY(!isLoaded("/libcrypto.so."));
    QVERIFY(!isLoaded("/libssl.so."));
}

void TstStartupLibraries::theFirstPaintLoadsNoImagePlugin()
{
    QVERIFY(!isLoaded("/imageformats/"));
    MainWindow window;
    window.resize(MainWindow::defaultSize());
    const QPixmap firstPaint = window.grab(); // every widget painted, the Server group box's frame too
    QVERIFY(!firstPaint.isNull());
    QVERIFY(!isLoaded("/imageformats/"));
    QVERIFY(!QCoreApplication::libraryPaths().isEmpty()); // the plugin folders are listed again

    AfterFirstPaint::flush(); // the window icon
    QVERIFY(!window.windowIcon().isNull());
    QVERIFY(isLoaded("/imageformats/"));
}

void TstStartupLibraries::theFirstCertificateLoadsLibcrypto()
{
    QVERIFY(!isLoaded("/libcrypto.so."));
    const Result<PemIdentity> made = makeSelfSignedIdentity(QStringLiteral("device.local"));
    QVERIFY2(made.ok(), qPrintable(made.error));
    QVERIFY(isLoaded("/libcrypto.so."));
}

QTEST_MAIN(TstStartupLibraries)
#include "tst_startuplibraries.moc"
