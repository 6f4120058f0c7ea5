#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class TcpClientPanel;
}

namespace Sockpit {

class SessionWorkspace;
class TcpClientSession;
struct LaunchOptions;

/// The TCP client tab: server address, connect/disconnect, timeout and
/// short-connection options over the shared log and send box.
class TcpClientPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TcpClientPanel(QWidget *parent = nullptr);
    ~TcpClientPanel() override;

    SessionWorkspace *workspace() const { return m_workspace; }
    TcpClientSession *session() const { return m_session; }

    /// Applies --tcp-client / --encoding / --capture and connects.
    void launch(const LaunchOptions &options);
    /// Connects (or, when connected, disconnects) as the button does.
    void toggleConnection();
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Checks host and port as typed; shows the first problem and returns false.
    bool validateInput();
    void applyOptions();
    void updateState();
    bool sendData(const QByteArray &bytes);
    void retranslateUi();

    std::unique_ptr<Ui::TcpClientPanel> m_ui;
    TcpClientSession *m_session;
    SessionWorkspace *m_workspace;
    QString m_lastError;
    QString m_endReason;          ///< why the last connection ended, when the user did not end it
    bool m_closingByRequest = false;
};

} // namespace Sockpit
