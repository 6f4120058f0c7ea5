#include "udppanel.h"

#include "launchoptions.h"

namespace Sockpit {

UdpPanel::UdpPanel(QWidget *parent)
    : QWidget(parent)
{
}

void UdpPanel::launch(const LaunchOptions &options)
{
    Q_UNUSED(options);
}

} // namespace Sockpit
