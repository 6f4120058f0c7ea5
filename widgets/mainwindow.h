#pragma once

#include <QMainWindow>

#include <array>

class QAction;
class QActionGroup;
class QMenu;
class QTabWidget;

namespace Sockpit {

class IpCalcPanel;
class SessionPanel;
class SessionWorkspace;
class TcpClientPanel;
class TcpServerPanel;
class PcapngExportAction;
class ToolPanel;
class UdpPanel;
class RelayPanel;
struct LaunchOptions;

/// One tab per tool, menus for the log, language and help, and the settings
/// that outlive a run (geometry, current tab). It knows its tabs only as
/// ToolPanels, each made when it is first shown.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { TcpClientTab, TcpServerTab, UdpTab, RelayTab, IpCalcTab, TabCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The size of the first start, before a size is remembered.
    static QSize defaultSize() { return {1100, 760}; }

    /// Opens the tab the command line names and starts it. --encoding applies
    /// to every session tab of this run, --capture to the tab that opens.
    void launch(const LaunchOptions &options);

    QTabWidget *tabs() const { return m_tabs; }
    /// A tab's panel, made on first use.
    ToolPanel *panel(int tab);
    TcpClientPanel *tcpClientPanel();
    TcpServerPanel *tcpServerPanel();
    UdpPanel *udpPanel();
    RelayPanel *relayPanel();
    IpCalcPanel *ipCalcPanel();
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
    std::array<ToolPanel *, TabCount> m_panels{};
    QString m_launchEncoding; ///< --encoding, for session tabs made later in the run

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_saveLog = nullptr;
    QAction *m_capture = nullptr;
    PcapngExportAction *m_exportPcapng = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace Sockpit
