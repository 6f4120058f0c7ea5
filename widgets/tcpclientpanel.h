#pragma once

#include "sessionpanel.h"

#include <memory>

namespace Ui {
class TcpClientPanel;
}

namespace Sockpit {

class TcpClientSession;
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

    std::unique_ptr<Ui::TcpClientPanel> m_ui;
    TcpClientSession *m_client;
    QString m_lastError;
    QString m_endReason;          ///< why the last connection ended, when the user did not end it
    bool m_closingByRequest = false;
};

} // namespace Sockpit
