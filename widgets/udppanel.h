#pragma once

#include <QWidget>

#include <memory>

class QNetworkInterface;

namespace Ui {
class UdpPanel;
}

namespace Sockpit {

class SessionWorkspace;
class UdpSession;
struct LaunchOptions;
struct Peer;

/// The UDP tab: a local port (bound, or one the system picks for sending), a
/// target, replies to senders, broadcast and multicast groups, over the shared
/// log and send box.
class UdpPanel : public QWidget
{
    Q_OBJECT
public:
    /// The senders list keeps this many, newest first.
    static constexpr int MaxRecentSenders = 50;

    explicit UdpPanel(QWidget *parent = nullptr);
    ~UdpPanel() override;

    SessionWorkspace *workspace() const { return m_workspace; }
    UdpSession *session() const { return m_session; }

    /// Applies --udp, --peer, --broadcast and --join: fills the fields, binds and joins.
    void launch(const LaunchOptions &options);
    /// Binds the port (or, when bound, closes it) as the button does.
    void toggleBind();
    /// Sends the input to the sender of the datagram selected in the log.
    void replyToSelected();
    void saveSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillAddresses();
    void selectAddress(const QString &host);
    void fillInterfaces();
    QNetworkInterface chosenInterface() const;
    void refreshTargetSuggestions();
    QString bindSpec() const;
    /// Checks the port and the target as typed (empty is no problem); shows the first problem.
    bool validateInput();
    /// Hands the typed target to the session unless it has it already.
    bool applyTarget();
    bool sendData(const QByteArray &bytes);
    void addSender(const Peer &peer);
    void updateSenderFilter();
    void useSenderAsTarget();
    void joinGroup();
    void leaveGroup();
    void updateGroups();
    void updateReplyButton();
    void updateState();
    void showInputError(const QString &message);
    void retranslateUi();

    std::unique_ptr<Ui::UdpPanel> m_ui;
    UdpSession *m_session;
    SessionWorkspace *m_workspace;
    QString m_lastError;
};

} // namespace Sockpit
