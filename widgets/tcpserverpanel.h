#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class TcpServerPanel;
}

namespace Sockpit {

class SessionWorkspace;
class ClientTableModel;
class TcpServerSession;
struct LaunchOptions;

/// The TCP server tab: where to listen, the defences (client limits, idle
/// timeout), auto-reply, the live client list and the shared log and send box.
class TcpServerPanel : public QWidget
{
    Q_OBJECT
public:
    /// Rows of the send target combo box.
    enum SendTarget { SelectedClients, AllClients };
    /// Rows of the auto-reply combo box, in TcpServerSession::AutoReply order.
    enum AutoReplyRow { ReplyOff, ReplyEcho, ReplyFixed };

    explicit TcpServerPanel(QWidget *parent = nullptr);
    ~TcpServerPanel() override;

    SessionWorkspace *workspace() const { return m_workspace; }
    TcpServerSession *session() const { return m_session; }
    ClientTableModel *clientModel() const { return m_clientModel; }

    /// Applies what the command line asked for (listen address, limits,
    /// --echo / --reply, encoding, capture) and starts listening.
    void launch(const LaunchOptions &options);
    /// Starts listening, or stops (clients stay connected), as the button does.
    void toggleListening();
    /// Peer ids of the connected clients selected in the list.
    QList<quint64> selectedPeerIds() const;
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Checks the address and port as typed; shows the first problem and returns false.
    bool validateInput();
    void fillAddressChoices();
    void setListenSpec(const QString &spec);
    QString listenSpec() const;
    void applyLimits();
    /// Builds the fixed reply from the reply field; false (and says why) when it is not valid.
    bool applyAutoReply();
    bool sendData(const QByteArray &bytes);
    void disconnectSelected();
    void updateLogFilter();
    void updateState();
    void updateCounts();
    void scheduleCountsUpdate();
    void retranslateUi();

    std::unique_ptr<Ui::TcpServerPanel> m_ui;
    TcpServerSession *m_session;
    ClientTableModel *m_clientModel;
    SessionWorkspace *m_workspace;
    QTimer m_countsTimer; ///< client counts are redrawn a few times a second, not per client
    QString m_lastError;
    QString m_replyError;
};

} // namespace Sockpit
