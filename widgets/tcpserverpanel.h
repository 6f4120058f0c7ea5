#pragma once

#include "sessionpanel.h"

#include <QTimer>

#include <memory>

namespace Ui {
class TcpServerPanel;
}

namespace Sockpit {

class ClientTableModel;
class TcpServerSession;
struct Endpoint;
struct TcpServerConfig;
struct TcpServerInput;
template<typename T> struct Result;

/// The TCP server tab: where to listen, the defences (client limits, idle
/// timeout), auto-reply, the live client list and the shared log and send box.
class TcpServerPanel : public SessionPanel
{
    Q_OBJECT
public:
    /// Rows of the send target combo box.
    enum SendTarget { SelectedClients, AllClients };
    /// Rows of the auto-reply combo box, in TcpServerSession::AutoReply order.
    enum AutoReplyRow { ReplyOff, ReplyEcho, ReplyFixed };

    explicit TcpServerPanel(QWidget *parent = nullptr);
    ~TcpServerPanel() override;

    TcpServerSession *session() const { return m_server; }
    ClientTableModel *clientModel() const { return m_clientModel; }

    /// Starts listening, or stops (clients stay connected), as the button does.
    void toggleListening();
    /// Peer ids of the connected clients selected in the list.
    QList<quint64> selectedPeerIds() const;

protected:
    void loadForm() override;
    void saveForm() override;
    void launchForm(const LaunchOptions &options) override;
    bool sendData(const QByteArray &bytes) override;
    void retranslateForm() override;
    void refresh() override;

private:
    void setUpClientView();
    void fillAddressChoices();
    void setListenEndpoint(const Endpoint &endpoint);
    QString listenSpec() const;
    TcpServerInput formInput() const;
    /// The form as a config. When only the fixed reply is wrong, usable holds the
    /// rest with the auto-reply off: a reply that cannot be built answers nothing.
    struct FormConfig;
    FormConfig formConfig() const;
    void onFormEdited();
    void refreshState();
    void disconnectSelected();
    void updateLogFilter();
    void updateCounts();
    void scheduleCountsUpdate();

    std::unique_ptr<Ui::TcpServerPanel> m_ui;
    TcpServerSession *m_server;
    ClientTableModel *m_clientModel;
    QTimer m_countsTimer; ///< client counts are redrawn a few times a second, not per client
    QString m_lastError;  ///< why listening failed
};

} // namespace Sockpit
