#include "ipcalcpanel.h"

namespace Sockpit {

IpCalcPanel::IpCalcPanel(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace Sockpit
