#include "connection.h"

namespace Sockpit {

Connection::Connection(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Sockpit::ConnectionEnd>();
}

Connection::~Connection() = default;

} // namespace Sockpit
