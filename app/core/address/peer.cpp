#include "peer.h"

namespace Sockpit {

QString Peer::toString() const
{
    if (address.isNull())
        return QString();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString() + u':' + QString::number(port);
    QHostAddress bare = address;
    bare.setScopeId(QString());
    QString text = bare.toString();
    if (!address.scopeId().isEmpty())
        text += u'%' + address.scopeId();
    return u'[' + text + QStringLiteral("]:") + QString::number(port);
}

} // namespace Sockpit
