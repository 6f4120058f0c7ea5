#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QTabWidget;

namespace Sockpit {

class IpCalcPanel;
class SessionWorkspace;
class TcpClientPanel;
class TcpServerPanel;
class UdpPanel;
struct LaunchOptions;

/// One tab per tool, menus for the log, language and help, and the settings
/// that outlive a run (geometry, current tab).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { TcpClientTab, TcpServerTab, UdpTab, IpCalcTab };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the tab the command line names and starts it.
    void launch(const LaunchOptions &options);

    QTabWidget *tabs() const { return m_tabs; }
    TcpClientPanel *tcpClientPanel() const { return m_tcpClient; }
    TcpServerPanel *tcpServerPanel() const { return m_tcpServer; }
    UdpPanel *udpPanel() const { return m_udp; }
    IpCalcPanel *ipCalcPanel() const { return m_ipCalc; }
    /// The log/send area of the current tab, or nullptr on the calculator.
    SessionWorkspace *currentWorkspace() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void saveSettings();
    void showAbout();
    void updateActions();
    void retranslateUi();

    QTabWidget *m_tabs;
    TcpClientPanel *m_tcpClient;
    TcpServerPanel *m_tcpServer;
    UdpPanel *m_udp;
    IpCalcPanel *m_ipCalc;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_saveLog = nullptr;
    QAction *m_capture = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace Sockpit
