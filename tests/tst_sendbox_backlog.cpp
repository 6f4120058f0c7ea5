// The send box's producers (Send file, repeats) against a session whose
// backlog the test controls: they wait while it is backed up and go on at
// drained(), every byte sent once and in order.

#include "sendbox.h"

#include "common/fakesession.h"
#include "common/widgetprobe.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sockpit;
using SockpitTest::childNamed;

class TstSendBoxBacklog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fileSendingWaitsForTheBacklog();
    void repeatWaitsForTheBacklog();

private:
    void clickSend();

    std::unique_ptr<SendBox> m_box;
};

void TstSendBoxBacklog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sendbox_backlog"));
    QSettings().clear();
}

void TstSendBoxBacklog::init()
{
    m_box = std::make_unique<SendBox>();
    m_box->resize(800, 200);
    m_box->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_box.get()));
}

void TstSendBoxBacklog::cleanup()
{
    m_box.reset();
}

void TstSendBoxBacklog::clickSend()
{
    QTest::mouseClick(childNamed<QPushButton>(m_box.get(), "sendButton"), Qt::LeftButton);
}

void TstSendBoxBacklog::fileSendingWaitsForTheBacklog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Three times the high-water mark, in a pattern that shows any byte lost or out of order.
    QByteArray content(3 * Session::HighWaterMark + 12345, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 7 + i / 251) & 0xff);
    const QString path = dir.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    // A peer that reads only when the test says.
    SockpitTest::FakeSession session;
    m_box->setSession(&session);
    m_box->setSendHandler([&session](const QByteArray &bytes) { return session.send(bytes); });
    QSignalSpy finished(m_box.get(), &SendBox::fileSendFinished);
    QCOMPARE(m_box->sendFile(path), QString());
    int pauses = 0;
    while (finished.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_box->isWaitingForDrain() || !finished.isEmpty(), 10000);
        if (!finished.isEmpty())
            break;
        ++pauses;
        // Backed up: nothing more is read or sent, however often the loop runs.
        const qsizetype atPause = session.received().size();
        QVERIFY(session.isBackedUp());
        for (int pass = 0; pass < 100; ++pass)
            QCoreApplication::processEvents();
        QCOMPARE(session.received().size(), atPause);
        QVERIFY(m_box->isWaitingForDrain());
        session.drain(); // the peer reads everything; drained() goes on with the file
        QVERIFY(pauses < 10);
    }
    QCOMPARE(pauses, 3);
    QCOMPARE(finished.at(0).at(0).toLongLong(), qint64(content.size()));
    QVERIFY(session.received() == content); // every byte, in order
    QVERIFY2(session.peakBacklog() < Session::HighWaterMark + SendBox::DefaultFileChunkBytes,
             qPrintable(QString::number(session.peakBacklog())));

    // A second file while one is being sent (or waits) is refused.
    session.drain();
    session.send(QByteArray(Session::HighWaterMark, 'x')); // the peer stops reading again
    QCOMPARE(m_box->sendFile(path), QString());
    QTRY_VERIFY(m_box->isWaitingForDrain());
    QVERIFY(m_box->sendFile(path).contains(u"already being sent"));
    QTest::mouseClick(childNamed<QPushButton>(m_box.get(), "sendFileButton"), Qt::LeftButton); // cancel
    QVERIFY2(m_box->errorText().contains(u"cancelled"), qPrintable(m_box->errorText()));
    QVERIFY(!m_box->isWaitingForDrain());
}

void TstSendBoxBacklog::repeatWaitsForTheBacklog()
{
    SockpitTest::FakeSession session;
    m_box->setSession(&session);
    m_box->setSendHandler([&session](const QByteArray &bytes) { return session.send(bytes); });
    // About 256 KiB in lines of 100, which the input lays out quickly.
    QString line(99, u'r');
    line += u'\n';
    const QString text = line.repeated(2621);
    const qsizetype size = text.size();
    const int untilBackedUp = int((Session::HighWaterMark + size - 1) / size);
    m_box->setText(text);
    SockpitTest::clickCheckBox(childNamed<QCheckBox>(m_box.get(), "repeatCheck"));
    auto *interval = childNamed<QSpinBox>(m_box.get(), "repeatIntervalSpin");
    interval->setValue(1);
    clickSend();
    QVERIFY(m_box->isRepeating());
    // The send that passes 4 MiB backs the session up, and the repeat waits.
    QTRY_VERIFY_WITH_TIMEOUT(m_box->isWaitingForDrain(), 10000);
    QCOMPARE(session.sends(), untilBackedUp);
    QVERIFY(m_box->isRepeating()); // waiting, not stopped: Send still reads Stop
    QCOMPARE(childNamed<QPushButton>(m_box.get(), "sendButton")->text(), QStringLiteral("Stop"));
    for (int pass = 0; pass < 100; ++pass)
        QCoreApplication::processEvents();
    QCOMPARE(session.sends(), untilBackedUp);

    session.drain();
    QTRY_VERIFY_WITH_TIMEOUT(session.sends() > untilBackedUp, 10000);
    clickSend(); // Stop
    QVERIFY(!m_box->isRepeating());
    QVERIFY(!m_box->isWaitingForDrain());
    QCOMPARE(session.received().size(), qsizetype(session.sends()) * size); // whole sends only
}

QTEST_MAIN(TstSendBoxBacklog)
#include "tst_sendbox_backlog.moc"
