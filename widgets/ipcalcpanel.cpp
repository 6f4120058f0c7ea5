#include "ipcalcpanel.h"

#include "launchoptions.h"

namespace Sockpit {

IpCalcPanel::IpCalcPanel(QWidget *parent)
    : QWidget(parent)
{
}

void IpCalcPanel::launch(const LaunchOptions &options)
{
    Q_UNUSED(options);
}

} // namespace Sockpit
