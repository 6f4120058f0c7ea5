#pragma once

#include "sessionpanel.h"

#include <memory>

namespace Ui {
class RelayPanel;
}

namespace Sockpit {

class RelayPairModel;
class RelaySession;
struct RelayConfig;
template<typename T> struct Result;

/// The relay tab: where to listen and where to connect each client, the live
/// pair table with its counters per direction, pausing a direction (of the
/// selected pair, or of all), closing a pair, and which side the send box
/// injects into. The shared log shows both directions of every pair.
class RelayPanel : public SessionPanel
{
    Q_OBJECT
public:
    /// Rows of the inject combo box.
    enum InjectSide { IntoTarget, IntoClient };

    explicit RelayPanel(QWidget *parent = nullptr);
    ~RelayPanel() override;

    RelaySession *session() const { return m_relay; }
    RelayPairModel *pairModel() const { return m_pairModel; }

    /// Starts relaying, or stops (closing every pair), as the button does.
    void toggleRelaying();
    /// The pair selected in the table; 0: none (the actions then apply to all).
    quint64 selectedPairId() const;

protected:
    void loadForm() override;
    void saveForm() override;
    void launchForm(const LaunchOptions &options) override;
    bool sendData(const QByteArray &bytes) override;
    void retranslateForm() override;
    void refresh() override;

private:
    Result<RelayConfig> formConfig() const;
    void onFormEdited();
    /// Pauses or resumes one direction of the selected pair, or of all.
    void setFlowPaused(int flow, bool paused);
    void refreshPairActions();

    std::unique_ptr<Ui::RelayPanel> m_ui;
    RelaySession *m_relay;
    RelayPairModel *m_pairModel;
    QString m_lastError; ///< why listening failed
};

} // namespace Sockpit
