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

    /// The size of the first start, before a size is remembered.
    static QSize defaultSize() { return {1100, 760}; }

    /// Opens the tab the command line names and starts it.
    void launch(const LaunchOptions &options);

    QTabWidget *tabs() const { return m_tabs; }
    /// The panels, made on first use.
    TcpClientPanel *tcpClientPanel();
    TcpServerPanel *tcpServerPanel();
    UdpPanel *udpPanel();
    IpCalcPanel *ipCalcPanel();
    /// The log/send area of the current tab, or nullptr on the calculator.
    SessionWorkspace *currentWorkspace() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    template<typename Panel>
    Panel *panel(Panel *&member, Tab tab);
    void ensurePanel(int index);
    void createMenus();
    void saveSettings();
    void showAbout();
    void updateActions();
    void retranslateUi();

    QTabWidget *m_tabs;
    TcpClientPanel *m_tcpClient = nullptr;
    TcpServerPanel *m_tcpServer = nullptr;
    UdpPanel *m_udp = nullptr;
    IpCalcPanel *m_ipCalc = nullptr;

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
