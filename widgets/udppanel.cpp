#include "udppanel.h"

namespace Sockpit {

UdpPanel::UdpPanel(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace Sockpit
