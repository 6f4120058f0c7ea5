#include "peer.h"

#include "address.h"

namespace Sockpit {

QString Peer::toString() const
{
    return Address::hostPort(address, port);
}

} // namespace Sockpit
