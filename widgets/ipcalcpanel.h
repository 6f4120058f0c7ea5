#pragma once

#include "toolpanel.h"

#include <memory>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace Sockpit {

struct LaunchOptions;
namespace IpCalc { struct Input; }
class IpCalcResultModel;
class SubnetListModel;

/// The IP calculator tab: explains an address as it is typed (class, special
/// ranges, network and host parts), splits its network into subnets, checks
/// whether a second address is on the same network, lists this machine's
/// interfaces and explains port numbers.
class IpCalcPanel : public ToolPanel
{
    Q_OBJECT
public:
    explicit IpCalcPanel(QWidget *parent = nullptr);
    ~IpCalcPanel() override;

    /// Applies what the command line asked for: `--ipcalc ADDRESS` fills the input.
    void launch(const LaunchOptions &options) override;

    void setInput(const QString &text);
    QString input() const;
    /// Remembers the address for the next start.
    void saveSettings() override;

    /// Rows shown at most in the subnet list; the summary gives the full count.
    static constexpr int MaxListedSubnets = 1 << 20;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    /// The results table and the "same subnet?" box under it.
    QWidget *buildResults();
    void buildSubnets();
    void buildInterfaces();
    void buildPorts();
    void retranslateUi();
    void recalculate();
    void updateSubnets();
    void updateSplitRange();
    void fitSubnetColumns(bool ipv4);
    void updateSameNetwork();
    void updatePort();
    void refreshInterfaces();
    void onInterfaceClicked(const QModelIndex &index);
    void copyResults(bool all);
    void showError(QLabel *label, const QString &message);
    void showInfo(QLabel *label, const QString &message);

    QLabel *m_inputLabel = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_headline = nullptr;
    QTableView *m_resultView = nullptr;
    IpCalcResultModel *m_resultModel = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyAllAction = nullptr;

    QGroupBox *m_sameBox = nullptr;
    QLabel *m_otherLabel = nullptr;
    QLineEdit *m_otherInput = nullptr;
    QLabel *m_sameResult = nullptr;

    QGroupBox *m_subnetBox = nullptr;
    QComboBox *m_splitMode = nullptr;
    QSpinBox *m_splitValue = nullptr;
    QLabel *m_subnetSummary = nullptr;
    QTableView *m_subnetView = nullptr;
    SubnetListModel *m_subnetModel = nullptr;

    QGroupBox *m_interfaceBox = nullptr;
    QTreeView *m_interfaceView = nullptr;
    QStandardItemModel *m_interfaceModel = nullptr;
    QPushButton *m_refreshButton = nullptr;

    QGroupBox *m_portBox = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_portInput = nullptr;
    QLabel *m_portResult = nullptr;

    std::unique_ptr<IpCalc::Input> m_current;   ///< the parsed input; null while invalid
};

} // namespace Sockpit
