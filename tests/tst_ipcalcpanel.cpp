#include "ipcalcpanel.h"

#include "ipcalcmodels.h"
#include "languagemanager.h"
#include "launchoptions.h"

#include "common/widgetprobe.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Sockpit;
using SockpitTest::childNamed;

namespace {

/// The value the results table shows for a key, or a null string.
QString shown(QWidget *panel, const char *key)
{
    const QAbstractItemModel *model = childNamed<QTableView>(panel, "ipcalcResults")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(KeyRole).toString() == QLatin1String(key))
            return model->index(row, 1).data().toString();
    }
    return QString();
}

QString shownLabel(QWidget *panel, const char *key)
{
    const QAbstractItemModel *model = childNamed<QTableView>(panel, "ipcalcResults")->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(KeyRole).toString() == QLatin1String(key))
            return model->index(row, 0).data().toString();
    }
    return QString();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// A clean, visible panel.
struct Shown
{
    Shown()
    {
        panel.resize(1400, 900);
        panel.show();
        if (!QTest::qWaitForWindowExposed(&panel))
            qWarning("the panel was not exposed");
    }
    IpCalcPanel panel;
};

} // namespace

class TstIpCalcPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void classAndPrivateEnglish_data();
    void classAndPrivateEnglish();
    void classAndPrivateChinese();
    void liveUpdateAndInvalidInput();
    void subnetsByCount();
    void subnetsLongList();
    void sameSubnet();
    void clickInterfaceAddress();
    void ports();
    void launchFillsInput();
    void copyRows();
};

void TstIpCalcPanel::init()
{
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
}

void TstIpCalcPanel::classAndPrivateEnglish_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("cls");
    QTest::addColumn<QString>("privateFlag");

    QTest::newRow("C private") << "192.168.1.10/24" << "C (first octet 192–223)" << "yes, 192.168.0.0/16";
    QTest::newRow("A private") << "10.1.2.3" << "A (first octet 1–126)" << "yes, 10.0.0.0/8";
    QTest::newRow("B private") << "172.31.0.1 255.255.0.0" << "B (first octet 128–191)" << "yes, 172.16.0.0/12";
    QTest::newRow("B public") << "172.32.0.1" << "B (first octet 128–191)" << "no";
    QTest::newRow("loopback") << "127.0.0.1" << "A by the leading bit only: not a class A network (first octet 1–126)" << "no";
    QTest::newRow("D") << "224.0.0.251" << "D, multicast (first octet 224–239)" << "no";
    QTest::newRow("E") << "255.255.255.255" << "E, reserved (first octet 240–255)" << "no";
    QTest::newRow("IPv6 ULA") << "fd00::1/64" << "" << "yes, fc00::/7";
}

void TstIpCalcPanel::classAndPrivateEnglish()
{
    QFETCH(QString, address);
    QFETCH(QString, cls);
    QFETCH(QString, privateFlag);
    Shown s;
    QLineEdit *input = childNamed<QLineEdit>(&s.panel, "ipcalcInput");
    typeInto(input, address);
    QCOMPARE(input->text(), address);
    QCOMPARE(shown(&s.panel, "class"), cls);
    QCOMPARE(shown(&s.panel, "private"), privateFlag);
    QCOMPARE(shownLabel(&s.panel, "private"), QStringLiteral("Private address"));
    QVERIFY(!childNamed<QLabel>(&s.panel, "ipcalcHeadline")->text().isEmpty());
    QVERIFY(childNamed<QLabel>(&s.panel, "ipcalcStatus")->isHidden());
}

void TstIpCalcPanel::classAndPrivateChinese()
{
    Shown s;
    QLineEdit *input = childNamed<QLineEdit>(&s.panel, "ipcalcInput");
    typeInto(input, QStringLiteral("192.168.1.10/24"));
    QCOMPARE(shown(&s.panel, "private"), QStringLiteral("yes, 192.168.0.0/16"));

    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("zh_CN")));
    if (QCoreApplication::translate("Sockpit::IpCalcReport", "Private address") == QLatin1String("Private address"))
        QFAIL(":/i18n/sockpit_zh_CN.qm does not carry the calculator's strings: translate them in translations/sockpit_zh_CN.ts");

    // The panel follows the language switch without retyping.
    QTRY_COMPARE_WITH_TIMEOUT(shown(&s.panel, "private"), QStringLiteral("是，192.168.0.0/16"), 10000);
    QCOMPARE(shown(&s.panel, "class"), QStringLiteral("C 类（首字节 192–223）"));
    QCOMPARE(shownLabel(&s.panel, "class"), QStringLiteral("类别"));
    QCOMPARE(shownLabel(&s.panel, "private"), QStringLiteral("私有地址"));
    QVERIFY(childNamed<QLabel>(&s.panel, "ipcalcHeadline")->text().startsWith(QStringLiteral("C 类")));

    // Typing in Chinese mode, as a user does.
    typeInto(input, QStringLiteral("8.8.8.8"));
    QCOMPARE(shown(&s.panel, "class"), QStringLiteral("A 类（首字节 1–126）"));
    QCOMPARE(shown(&s.panel, "private"), QStringLiteral("否"));
    typeInto(input, QStringLiteral("1.2.3.300"));
    QVERIFY(childNamed<QLabel>(&s.panel, "ipcalcStatus")->text().contains(QStringLiteral("300 超过了 255")));

    // And back.
    QVERIFY(LanguageManager::instance().setLanguage(QStringLiteral("en")));
    typeInto(input, QStringLiteral("10.0.0.1"));
    QTRY_COMPARE_WITH_TIMEOUT(shown(&s.panel, "private"), QStringLiteral("yes, 10.0.0.0/8"), 10000);
    QCOMPARE(shownLabel(&s.panel, "class"), QStringLiteral("Class"));
}

void TstIpCalcPanel::liveUpdateAndInvalidInput()
{
    Shown s;
    QLineEdit *input = childNamed<QLineEdit>(&s.panel, "ipcalcInput");
    QLabel *status = childNamed<QLabel>(&s.panel, "ipcalcStatus");
    const QAbstractItemModel *results = childNamed<QTableView>(&s.panel, "ipcalcResults")->model();
    const QAbstractItemModel *subnets = childNamed<QTableView>(&s.panel, "ipcalcSubnets")->model();

    // Empty: a hint, no results.
    QVERIFY(input->text().isEmpty());
    QCOMPARE(results->rowCount(), 0);
    QVERIFY(status->text().contains(QStringLiteral("Type an address")));

    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("192.168.1.10/2"));
    QCOMPARE(shown(&s.panel, "netmask"), QStringLiteral("192.0.0.0"));
    QTest::keyClick(input, Qt::Key_4);
    QCOMPARE(shown(&s.panel, "netmask"), QStringLiteral("255.255.255.0"));
    QCOMPARE(shown(&s.panel, "binary"), QStringLiteral("11000000.10101000.00000001|00001010"));
    QVERIFY(subnets->rowCount() > 0);

    // Over 32: say why and show nothing stale.
    QTest::keyClick(input, Qt::Key_9);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("prefix /249 is over 32")), qPrintable(status->text()));
    QCOMPARE(results->rowCount(), 0);
    QCOMPARE(subnets->rowCount(), 0);
    QVERIFY(childNamed<QLabel>(&s.panel, "ipcalcHeadline")->text().isEmpty());

    typeInto(input, QStringLiteral("192.168.1.300"));
    QVERIFY2(status->text().contains(QStringLiteral("300 is over 255")), qPrintable(status->text()));
    typeInto(input, QStringLiteral("10.0.0.1 255.0.255.0"));
    QVERIFY2(status->text().contains(QStringLiteral("not contiguous")), qPrintable(status->text()));
    QCOMPARE(results->rowCount(), 0);

    // Fixing the input brings the results back.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(input, Qt::Key_Backspace);
    QTest::keyClicks(input, QStringLiteral("0.0"));
    QCOMPARE(input->text(), QStringLiteral("10.0.0.1 255.0.0.0"));
    QVERIFY(status->isHidden());
    QCOMPARE(shown(&s.panel, "prefix"), QStringLiteral("/8"));

    // The binary row uses a monospace font.
    for (int row = 0; row < results->rowCount(); ++row) {
        if (results->index(row, 0).data(KeyRole).toString() == QLatin1String("binary")) {
            const QFont font = results->index(row, 1).data(Qt::FontRole).value<QFont>();
            QVERIFY(QFontInfo(font).fixedPitch() || font.styleHint() == QFont::TypeWriter
                    || font.family().contains(QStringLiteral("Mono"), Qt::CaseInsensitive));
        }
    }
}

void TstIpCalcPanel::subnetsByCount()
{
    Shown s;
    typeInto(childNamed<QLineEdit>(&s.panel, "ipcalcInput"), QStringLiteral("192.168.1.77/24"));
    QSpinBox *value = childNamed<QSpinBox>(&s.panel, "ipcalcSplitValue");
    value->setFocus();
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("2"));
    QCOMPARE(value->value(), 2);
    const QAbstractItemModel *subnets = childNamed<QTableView>(&s.panel, "ipcalcSubnets")->model();
    QCOMPARE(subnets->rowCount(), 4);
    QCOMPARE(subnets->index(0, 1).data().toString(), QStringLiteral("192.168.1.0/26"));
    QCOMPARE(subnets->index(3, 1).data().toString(), QStringLiteral("192.168.1.192/26"));
    QCOMPARE(subnets->index(3, 2).data().toString(), QStringLiteral("192.168.1.193"));
    QCOMPARE(subnets->index(3, 3).data().toString(), QStringLiteral("192.168.1.254"));
    QCOMPARE(subnets->index(3, 4).data().toString(), QStringLiteral("192.168.1.255"));
    QCOMPARE(childNamed<QLabel>(&s.panel, "ipcalcSubnetSummary")->text(),
             QStringLiteral("2^2 = 4 subnets of /26, usable hosts in each: 62"));

    // More bits than the network has: the spin box stops at the host bits.
    QCOMPARE(value->maximum(), 8);

    // Nothing to split in a single address.
    typeInto(childNamed<QLineEdit>(&s.panel, "ipcalcInput"), QStringLiteral("10.0.0.1/32"));
    QCOMPARE(value->maximum(), 0);
    QVERIFY(childNamed<QLabel>(&s.panel, "ipcalcSubnetSummary")->text().startsWith(QStringLiteral("A /32 is a single address")));
    QCOMPARE(subnets->rowCount(), 1);
    typeInto(childNamed<QLineEdit>(&s.panel, "ipcalcInput"), QStringLiteral("224.0.0.1"));
    QVERIFY(childNamed<QLabel>(&s.panel, "ipcalcSubnetSummary")->text().startsWith(QStringLiteral("Class D has no default mask")));
}

void TstIpCalcPanel::subnetsLongList()
{
    Shown s;
    typeInto(childNamed<QLineEdit>(&s.panel, "ipcalcInput"), QStringLiteral("10.0.0.0/8"));
    QComboBox *mode = childNamed<QComboBox>(&s.panel, "ipcalcSplitMode");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(mode->currentIndex(), 1);
    QSpinBox *value = childNamed<QSpinBox>(&s.panel, "ipcalcSplitValue");
    QCOMPARE(value->minimum(), 8);
    QCOMPARE(value->maximum(), 32);
    value->setFocus();
    value->selectAll();
    QTest::keyClicks(value, QStringLiteral("30"));
    QCOMPARE(value->value(), 30);

    // 2^22 subnets: the list holds the first 2^20, computed as rows are shown.
    QTableView *view = childNamed<QTableView>(&s.panel, "ipcalcSubnets");
    const QAbstractItemModel *subnets = view->model();
    QCOMPARE(subnets->rowCount(), IpCalcPanel::MaxListedSubnets);
    QVERIFY(childNamed<QLabel>(&s.panel, "ipcalcSubnetSummary")->text().startsWith(
        QStringLiteral("2^22 = 4194304 subnets of /30, usable hosts in each: 2 (the list shows the first 1048576)")));
    QCOMPARE(subnets->index(0, 1).data().toString(), QStringLiteral("10.0.0.0/30"));
    const int last = subnets->rowCount() - 1;
    QCOMPARE(subnets->index(last, 1).data().toString(), QStringLiteral("10.63.255.252/30"));
    view->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY(view->rowAt(view->viewport()->height() / 2) > 1000000);
}

void TstIpCalcPanel::sameSubnet()
{
    Shown s;
    typeInto(childNamed<QLineEdit>(&s.panel, "ipcalcInput"), QStringLiteral("192.168.1.10/24"));
    QLineEdit *other = childNamed<QLineEdit>(&s.panel, "ipcalcOtherInput");
    QLabel *answer = childNamed<QLabel>(&s.panel, "ipcalcSameResult");
    typeInto(other, QStringLiteral("192.168.1.1"));
    QVERIFY2(answer->text().startsWith(QStringLiteral("Yes: 192.168.1.1 is on 192.168.1.0/24")), qPrintable(answer->text()));
    typeInto(other, QStringLiteral("192.168.2.1"));
    QVERIFY2(answer->text().startsWith(QStringLiteral("No: 192.168.2.1 is outside 192.168.1.0/24")), qPrintable(answer->text()));
    typeInto(other, QStringLiteral("192.168.1.x"));
    QVERIFY2(answer->text().contains(QStringLiteral("'x' is not a number")), qPrintable(answer->text()));

    // Changing the first address re-answers.
    typeInto(other, QStringLiteral("192.168.2.1"));
    typeInto(childNamed<QLineEdit>(&s.panel, "ipcalcInput"), QStringLiteral("192.168.1.10/16"));
    QVERIFY2(answer->text().startsWith(QStringLiteral("Yes")), qPrintable(answer->text()));
}

void TstIpCalcPanel::clickInterfaceAddress()
{
    Shown s;
    QTreeView *tree = childNamed<QTreeView>(&s.panel, "ipcalcInterfaces");
    const QAbstractItemModel *model = tree->model();
    QModelIndex loopback;
    for (int i = 0; i < model->rowCount() && !loopback.isValid(); ++i) {
        const QModelIndex iface = model->index(i, 0);
        for (int j = 0; j < model->rowCount(iface); ++j) {
            const QModelIndex address = model->index(j, 0, iface);
            if (address.data(CalculatorInputRole).toString() == QLatin1String("127.0.0.1/8"))
                loopback = address;
        }
    }
    if (!loopback.isValid())
        QSKIP("no interface with 127.0.0.1/8 here");
    tree->scrollTo(loopback);
    const QRect rect = tree->visualRect(loopback);
    QVERIFY(rect.isValid());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(childNamed<QLineEdit>(&s.panel, "ipcalcInput")->text(), QStringLiteral("127.0.0.1/8"));
    QCOMPARE(shown(&s.panel, "range"), QStringLiteral("loopback (RFC 1122): this machine itself; packets never leave it"));
    QCOMPARE(shown(&s.panel, "network"), QStringLiteral("127.0.0.0"));
}

void TstIpCalcPanel::ports()
{
    Shown s;
    QLineEdit *port = childNamed<QLineEdit>(&s.panel, "ipcalcPortInput");
    QLabel *result = childNamed<QLabel>(&s.panel, "ipcalcPortResult");
    typeInto(port, QStringLiteral("80"));
    QVERIFY2(result->text().startsWith(QStringLiteral("well-known port (0–1023)")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("Common service: HTTP (web pages)")), qPrintable(result->text()));
    typeInto(port, QStringLiteral("443"));
    QVERIFY(result->text().contains(QStringLiteral("HTTPS")));
    typeInto(port, QStringLiteral("8080"));
    QVERIFY(result->text().startsWith(QStringLiteral("registered port (1024–49151)")));
    QVERIFY(result->text().contains(QStringLiteral("the tutorial calls every port from 1024 up dynamic")));
    typeInto(port, QStringLiteral("50000"));
    QVERIFY(result->text().startsWith(QStringLiteral("dynamic or private port (49152–65535)")));
    QVERIFY(result->text().contains(QStringLiteral("Common service: none known")));
    typeInto(port, QStringLiteral("70000"));
    QVERIFY2(result->text().contains(QStringLiteral("70000 is out of range 0–65535")), qPrintable(result->text()));
    typeInto(port, QStringLiteral("http"));
    QVERIFY2(result->text().contains(QStringLiteral("is not a number")), qPrintable(result->text()));
}

void TstIpCalcPanel::launchFillsInput()
{
    Shown s;
    LaunchOptions options;
    options.mode = LaunchOptions::Mode::IpCalc;
    options.ipcalcInput = QStringLiteral("2001:db8::1/64");
    s.panel.launch(options);
    QCOMPARE(s.panel.input(), options.ipcalcInput);
    QCOMPARE(shown(&s.panel, "type"), QStringLiteral("documentation (2001:db8::/32, RFC 3849): for examples, never used on a network"));
    QCOMPARE(shown(&s.panel, "addresses"), QStringLiteral("18446744073709551616 (2^64)"));

    // Other modes leave the calculator alone.
    options.mode = LaunchOptions::Mode::TcpClient;
    options.ipcalcInput = QStringLiteral("10.0.0.1");
    s.panel.launch(options);
    QCOMPARE(s.panel.input(), QStringLiteral("2001:db8::1/64"));
}

void TstIpCalcPanel::copyRows()
{
    Shown s;
    typeInto(childNamed<QLineEdit>(&s.panel, "ipcalcInput"), QStringLiteral("192.168.1.10/24"));
    QTableView *view = childNamed<QTableView>(&s.panel, "ipcalcResults");
    int netmaskRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(KeyRole).toString() == QLatin1String("netmask"))
            netmaskRow = row;
    }
    QVERIFY(netmaskRow >= 0);
    view->scrollTo(view->model()->index(netmaskRow, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->visualRect(view->model()->index(netmaskRow, 1)).center());
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Netmask\t255.255.255.0"));
}

QTEST_MAIN(TstIpCalcPanel)
#include "tst_ipcalcpanel.moc"
