#include "session.h"

#include <QCoreApplication>

namespace Sockpit {

Session::Session(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Sockpit::Peer>();
}

Session::~Session() = default;

QString Session::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QCoreApplication::translate("Sockpit::Session", "idle");
    case State::Resolving:
        return QCoreApplication::translate("Sockpit::Session", "resolving");
    case State::Connecting:
        return QCoreApplication::translate("Sockpit::Session", "connecting");
    case State::Active:
        return QCoreApplication::translate("Sockpit::Session", "active");
    case State::Closing:
        return QCoreApplication::translate("Sockpit::Session", "closing");
    }
    return QString();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace Sockpit
