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
class TlsServerControls;
struct Endpoint;
struct SelfSignedCache;
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
    TlsServerControls *tlsControls() const { return m_tls; }

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
    /// Says in the log when the auto-reply and the rules start to answer both.
    void noteDoubleAnswers();
    void refreshState();
    void disconnectSelected();
    void updateLogFilter();
    void updateCounts();
    void scheduleCountsUpdate();
    /// Sets TLS (or plain TCP) for the clients to come: reads the certificate
    /// files or makes the self-signed certificate (once per name, so clients
    /// that trusted it keep trusting it); false, with the reason shown, when it cannot.
    bool prepareTls(const TcpServerConfig &config);

    std::unique_ptr<Ui::TcpServerPanel> m_ui;
    TcpServerSession *m_server;
    ClientTableModel *m_clientModel;
    TlsServerControls *m_tls;
    std::unique_ptr<SelfSignedCache> m_selfSigned; ///< made on the spot, kept for the next listen
    QTimer m_countsTimer; ///< client counts are redrawn a few times a second, not per client
    QString m_lastError;  ///< why listening failed
    bool m_doubleAnswers = false; ///< the auto-reply and the rules both answer (said once each time)
};

} // namespace Sockpit
