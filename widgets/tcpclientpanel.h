#pragma once

#include "sessionpanel.h"

#include <memory>

namespace Ui {
class TcpClientPanel;
}

namespace Sockpit {

class TcpClientSession;
class TlsClientControls;
struct TcpClientConfig;
template<typename T> struct Result;

/// The TCP client tab: server address, connect/disconnect, timeout and
/// short-connection options over the shared log and send box.
class TcpClientPanel : public SessionPanel
{
    Q_OBJECT
public:
    explicit TcpClientPanel(QWidget *parent = nullptr);
    ~TcpClientPanel() override;

    TcpClientSession *session() const { return m_client; }
    TlsClientControls *tlsControls() const { return m_tls; }

    /// Connects (or, when connected, disconnects) as the button does.
    void toggleConnection();

protected:
    void loadForm() override;
    void saveForm() override;
    void launchForm(const LaunchOptions &options) override;
    bool sendData(const QByteArray &bytes) override;
    void retranslateForm() override;
    void refresh() override;

private:
    /// The form as a config; a problem is shown under the fields, except a missing
    /// host or port while the user is still typing.
    Result<TcpClientConfig> formConfig();
    void onFormEdited();
    void refreshControls();
    /// Sets TLS (or plain TCP) for the next connection, asking for a key's
    /// passphrase if needed; false, with the reason shown, when it cannot.
    bool prepareTls(const TcpClientConfig &config);
    void trustRefusedCertificate();

    std::unique_ptr<Ui::TcpClientPanel> m_ui;
    TcpClientSession *m_client;
    TlsClientControls *m_tls;
    QString m_lastError;
    QString m_endReason;          ///< why the last connection ended, when the user did not end it
    bool m_closingByRequest = false;
};

} // namespace Sockpit
