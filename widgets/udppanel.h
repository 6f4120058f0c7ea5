#pragma once

#include "sessionpanel.h"

#include <memory>

class QNetworkInterface;

namespace Ui {
class UdpPanel;
}

namespace Sockpit {

class UdpSession;
struct Peer;
struct UdpConfig;
template<typename T> struct Result;

/// The UDP tab: a local port (bound, or one the system picks for sending), a
/// target, replies to senders, broadcast and multicast groups, over the shared
/// log and send box.
class UdpPanel : public SessionPanel
{
    Q_OBJECT
public:
    /// The senders list keeps this many, newest first.
    static constexpr int MaxRecentSenders = 50;

    explicit UdpPanel(QWidget *parent = nullptr);
    ~UdpPanel() override;

    UdpSession *session() const { return m_udp; }

    /// Binds the port (or, when bound, closes it) as the button does.
    void toggleBind();
    /// Sends the input to the sender of the datagram selected in the log.
    void replyToSelected();

protected:
    void loadForm() override;
    void saveForm() override;
    void launchForm(const LaunchOptions &options) override;
    bool sendData(const QByteArray &bytes) override;
    void retranslateForm() override;
    void refresh() override;

private:
    void fillAddresses();
    void selectAddress(const QString &host);
    void fillInterfaces();
    QNetworkInterface chosenInterface() const;
    void refreshTargetSuggestions();
    QString bindSpec() const;
    /// The form as a config (an empty port is no problem until Bind).
    Result<UdpConfig> formConfig() const;
    /// Hands the options and the typed target to the session; false (and shown) when they are wrong.
    bool applyForm();
    void addSender(const Peer &peer);
    void updateSenderFilter();
    void useSenderAsTarget();
    void joinGroup();
    void leaveGroup();
    void updateGroups();
    void updateReplyButton();
    void refreshState();

    std::unique_ptr<Ui::UdpPanel> m_ui;
    UdpSession *m_udp;
    QString m_lastError;
};

} // namespace Sockpit
