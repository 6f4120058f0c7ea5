// TLS in the TCP client and server tabs, used as a user does: switch TLS on,
// choose a CA file in the settings dialog, connect to `openssl s_server`, read
// the certificate; a self-signed server tab that the client tab refuses and
// then trusts once; a plain TCP client on the TLS port, told apart and closed.

#include "clienttablemodel.h"
#include "commandline.h"
#include "mainwindow.h"
#include "receivelogmodel.h"
#include "receivelogview.h"
#include "sessionworkspace.h"
#include "tcpclientpanel.h"
#include "tcpclientsession.h"
#include "tcpserverpanel.h"
#include "tcpserversession.h"
#include "tlsclientdialog.h"
#include "tlscontrols.h"
#include "tlsserverdialog.h"

#include "common/opensslserver.h"
#include "common/testpki.h"
#include "common/widgetprobe.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Sockpit;
using SockpitTest::anyLineContains;
using SockpitTest::childNamed;
using SockpitTest::clickCheckBox;
using SockpitTest::OpensslServer;
using SockpitTest::replaceText;
using SockpitTest::TestPki;

namespace {
constexpr int Timeout = 20000;

/// Runs fill on the modal dialog that click opens, as the user fills it in.
template<typename Dialog>
bool fillModal(QAbstractButton *click, const std::function<void(Dialog *)> &fill)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        fill(dialog);
    });
    QTest::mouseClick(click, Qt::LeftButton);
    return seen;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString logText(SessionPanel &panel)
{
    return SockpitTest::displayedLines(panel.workspace()->logView()->model()).join(u'\n');
}

} // namespace

class TstTlsPanels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SockpitTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tlspanels"));
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here (OpenSSL 3 missing)");
        if (TestPki::openssl().isEmpty())
            QSKIP("openssl is not installed (Debian package openssl)");
        m_pki = std::make_unique<TestPki>();
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
    }

    void init() { QSettings().clear(); }

    void clientChoosesCaConnectsAndShowsCertificate();
    void clientTrustsSelfSignedServerTabOnce();
    void plainClientOnTlsPortIsToldApartAndClosed();
    void encryptedKeyAsksForItsPassphrase();
    void commandLineOpensTlsServerTab();
    void unreadableCaFileIsSaid();
    void serverDialogWantsCertificateFiles();

private:
    std::unique_ptr<TestPki> m_pki;
};

void TstTlsPanels::clientChoosesCaConnectsAndShowsCertificate()
{
    OpensslServer server;
    QVERIFY2(server.start(m_pki->pair("server")), qPrintable(server.error()));
    TcpClientPanel panel;
    panel.resize(1100, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    replaceText(childNamed<QLineEdit>(&panel, "hostEdit"), QStringLiteral("127.0.0.1"));
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QString::number(server.port()));

    const QString ca = m_pki->caFile();
    const bool opened = fillModal<TlsClientDialog>(childNamed<QPushButton>(&panel, "tlsSettingsButton"),
                                                   [ca](TlsClientDialog *dialog) {
                                                       auto *caEdit = SockpitTest::childByAccessibleName<QLineEdit>(
                                                           dialog, QStringLiteral("CA file"));
                                                       QTest::keyClicks(caEdit, ca);
                                                       QTest::mouseClick(okButton(dialog), Qt::LeftButton);
                                                   });
    QVERIFY(opened);
    QVERIFY(childNamed<QCheckBox>(&panel, "tlsCheck")->isChecked()); // settings chosen switch TLS on
    QVERIFY2(childNamed<QLabel>(&panel, "tlsSummary")->text().contains(u"ca.pem"),
             qPrintable(childNamed<QLabel>(&panel, "tlsSummary")->text()));

    QTest::mouseClick(childNamed<QPushButton>(&panel, "connectButton"), Qt::LeftButton);
    auto *state = childNamed<QLabel>(&panel, "stateLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(state->text().contains(u"over TLS 1.3"), qPrintable(state->text()), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(logText(panel).contains(u"subject: CN=localhost"), Timeout);
    QVERIFY(logText(panel).contains(u"SHA-256 fingerprint"));
    QVERIFY(!childNamed<QCheckBox>(&panel, "tlsCheck")->isEnabled()); // not while connected

    // Data both ways (s_server -rev answers each line reversed).
    SockpitTest::sendFromBox(&panel, QStringLiteral("hello\\n"));
    QTRY_VERIFY_WITH_TIMEOUT(logText(panel).contains(u"olleh"), Timeout);

    // The Certificate… button shows the chain.
    auto *certificate = childNamed<QPushButton>(&panel, "certificateButton");
    QVERIFY(certificate->isEnabled());
    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + u'\n' + box->informativeText();
            box->reject();
        }
    });
    QTest::mouseClick(certificate, Qt::LeftButton);
    QVERIFY2(shown.contains(u"TLS 1.3") && shown.contains(u"issuer: CN=Sockpit Test CA"), qPrintable(shown));
}

void TstTlsPanels::clientTrustsSelfSignedServerTabOnce()
{
    TcpServerPanel server;
    server.resize(1100, 800);
    server.show();
    QVERIFY(QTest::qWaitForWindowExposed(&server));
    clickCheckBox(childNamed<QCheckBox>(&server, "tlsCheck")); // self-signed for localhost by default
    replaceText(childNamed<QLineEdit>(&server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(childNamed<QPushButton>(&server, "listenButton"), Qt::LeftButton);
    QTRY_VERIFY(server.session()->isListening());
    QVERIFY(childNamed<QLabel>(&server, "stateLabel")->text().contains(u"with TLS"));
    QTRY_VERIFY2(logText(server).contains(u"self-signed certificate made for localhost, SHA-256"),
                 qPrintable(logText(server)));

    TcpClientPanel client;
    client.resize(1100, 700);
    client.show();
    QVERIFY(QTest::qWaitForWindowExposed(&client));
    replaceText(childNamed<QLineEdit>(&client, "hostEdit"), QStringLiteral("localhost"));
    replaceText(childNamed<QLineEdit>(&client, "portEdit"), QString::number(server.session()->listenPort()));
    clickCheckBox(childNamed<QCheckBox>(&client, "tlsCheck"));
    QTest::mouseClick(childNamed<QPushButton>(&client, "connectButton"), Qt::LeftButton);

    // Refused: the reason in words, and the offer to trust it once.
    auto *trust = childNamed<QPushButton>(&client, "trustButton");
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), Timeout);
    const QString why = childNamed<QLabel>(&client, "trustLabel")->text();
    QVERIFY2(why.contains(u"self-signed"), qPrintable(why));
    QVERIFY(childNamed<QLabel>(&client, "stateLabel")->text().contains(u"self-signed"));

    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(client.session()->state() == Session::State::Active, Timeout);
    QVERIFY(!trust->isVisible());
    QVERIFY2(logText(client).contains(u"warning: trusting the refused certificate"), qPrintable(logText(client)));
    QTRY_VERIFY2_WITH_TIMEOUT(logText(client).contains(u"warning: continuing although the certificate is self-signed"),
                              qPrintable(logText(client)), Timeout);

    // The server's list says how the client is connected, and data flows.
    ClientTableModel *model = server.clientModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1
                                 && model->index(model->rowCount() - 1, ClientTableModel::SecurityColumn)
                                        .data()
                                        .toString()
                                        .startsWith(u"TLS 1."),
                             Timeout);
    SockpitTest::sendFromBox(&client, QStringLiteral("ping over tls"));
    QTRY_VERIFY_WITH_TIMEOUT(logText(server).contains(u"ping over tls"), Timeout);
}

void TstTlsPanels::plainClientOnTlsPortIsToldApartAndClosed()
{
    TcpServerPanel server;
    server.resize(1100, 800);
    server.show();
    QVERIFY(QTest::qWaitForWindowExposed(&server));
    clickCheckBox(childNamed<QCheckBox>(&server, "tlsCheck"));
    replaceText(childNamed<QLineEdit>(&server, "portEdit"), QStringLiteral("0"));
    QTest::mouseClick(childNamed<QPushButton>(&server, "listenButton"), Qt::LeftButton);
    QTRY_VERIFY(server.session()->isListening());

    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, server.session()->listenPort());
    QVERIFY(plain.waitForConnected(Timeout));
    plain.write("hello\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(logText(server).contains(u"speaks plain TCP, not TLS"), qPrintable(logText(server)),
                              Timeout);
    ClientTableModel *model = server.clientModel();
    model->flush();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, ClientTableModel::StateColumn).data(Qt::ToolTipRole).toString().contains(u"plain TCP"));
    QCOMPARE(server.session()->clientCount(), 0);
    QVERIFY(server.session()->isListening()); // the server goes on
}

void TstTlsPanels::encryptedKeyAsksForItsPassphrase()
{
    OpensslServer server; // wants a client certificate signed by the test CA
    QVERIFY2(server.start(m_pki->pair("server"), {QStringLiteral("-Verify"), QStringLiteral("1"),
                                                  QStringLiteral("-CAfile"), m_pki->caFile()}),
             qPrintable(server.error()));
    TcpClientPanel panel;
    panel.resize(1100, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TlsClientOptions options;
    options.enabled = true;
    options.caFile = m_pki->caFile();
    options.certificateFile = m_pki->pair("client").certificate;
    options.keyFile = m_pki->path("client-encrypted.key");
    panel.tlsControls()->setOptions(options);
    replaceText(childNamed<QLineEdit>(&panel, "hostEdit"), QStringLiteral("127.0.0.1"));
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QString::number(server.port()));

    // A wrong passphrase first: said, and nothing is tried.
    auto answer = [](const QString &passphrase) {
        QTimer::singleShot(0, [passphrase] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *edit = dialog->findChild<QLineEdit *>();
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QTest::keyClicks(edit, passphrase);
            QTest::keyClick(edit, Qt::Key_Return);
        });
    };
    answer(QStringLiteral("wrong"));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "connectButton"), Qt::LeftButton);
    const QString state = childNamed<QLabel>(&panel, "stateLabel")->text();
    QVERIFY2(state.contains(u"passphrase") && state.contains(u"wrong"), qPrintable(state));
    QCOMPARE(panel.session()->state(), Session::State::Idle);

    answer(QStringLiteral("sesame"));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.session()->state() == Session::State::Active, Timeout);
    SockpitTest::sendFromBox(&panel, QStringLiteral("abc\\n"));
    QTRY_VERIFY_WITH_TIMEOUT(logText(panel).contains(u"cba"), Timeout);
}

void TstTlsPanels::commandLineOpensTlsServerTab()
{
    // sockpit --tcp-server 0 --self-signed localhost: the window listens with TLS.
    const CommandLineResult parsed = parseCommandLine({QStringLiteral("sockpit"), QStringLiteral("--tcp-server"),
                                                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--self-signed"),
                                                       QStringLiteral("localhost")});
    QVERIFY2(parsed.action == CommandLineResult::Action::Run, qPrintable(parsed.text));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.launch(parsed.options);
    TcpServerPanel *panel = window.tcpServerPanel();
    QTRY_VERIFY(panel->session()->isListening());
    QVERIFY(panel->session()->isTls());
    QVERIFY(childNamed<QCheckBox>(panel, "tlsCheck")->isChecked());
    QVERIFY2(childNamed<QLabel>(panel, "tlsSummary")->text().contains(u"self-signed for localhost"),
             qPrintable(childNamed<QLabel>(panel, "tlsSummary")->text()));
}

void TstTlsPanels::unreadableCaFileIsSaid()
{
    TcpClientPanel panel;
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TlsClientOptions options;
    options.enabled = true;
    options.caFile = QStringLiteral("/nonexistent/ca.pem");
    panel.tlsControls()->setOptions(options);
    replaceText(childNamed<QLineEdit>(&panel, "hostEdit"), QStringLiteral("127.0.0.1"));
    replaceText(childNamed<QLineEdit>(&panel, "portEdit"), QStringLiteral("9"));
    QTest::mouseClick(childNamed<QPushButton>(&panel, "connectButton"), Qt::LeftButton);
    const QString state = childNamed<QLabel>(&panel, "stateLabel")->text();
    QVERIFY2(state.contains(u"CA file") && state.contains(u"cannot be read"), qPrintable(state));
    QCOMPARE(panel.session()->state(), Session::State::Idle); // nothing was tried
}

void TstTlsPanels::serverDialogWantsCertificateFiles()
{
    TcpServerPanel server;
    server.show();
    QVERIFY(QTest::qWaitForWindowExposed(&server));
    QString error;
    bool okEnabled = true;
    const bool opened = fillModal<TlsServerDialog>(childNamed<QPushButton>(&server, "tlsSettingsButton"),
                                                   [&](TlsServerDialog *dialog) {
                                                       for (auto *radio : dialog->findChildren<QRadioButton *>()) {
                                                           if (radio->text().contains(u"files"))
                                                               SockpitTest::clickRadioButton(radio);
                                                       }
                                                       okEnabled = okButton(dialog)->isEnabled();
                                                       for (auto *label : dialog->findChildren<QLabel *>()) {
                                                           if (label->wordWrap())
                                                               error = label->text();
                                                       }
                                                       dialog->reject();
                                                   });
    QVERIFY(opened);
    QVERIFY(!okEnabled);
    QVERIFY2(error.contains(u"certificate"), qPrintable(error));
    QVERIFY(!childNamed<QCheckBox>(&server, "tlsCheck")->isChecked()); // cancelled: nothing changed
}

QTEST_MAIN(TstTlsPanels)
#include "tst_tlspanels.moc"
