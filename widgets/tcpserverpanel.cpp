#include "tcpserverpanel.h"

#include "launchoptions.h"

namespace Sockpit {

TcpServerPanel::TcpServerPanel(QWidget *parent)
    : QWidget(parent)
{
}

void TcpServerPanel::launch(const LaunchOptions &options)
{
    Q_UNUSED(options);
}

} // namespace Sockpit
