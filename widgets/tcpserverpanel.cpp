#include "tcpserverpanel.h"

namespace Sockpit {

TcpServerPanel::TcpServerPanel(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace Sockpit
