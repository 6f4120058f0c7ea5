#include "sessionlaunch.h"

#include "launchoptions.h"

#include <QCoreApplication>

namespace Sockpit {

LaunchResult launchUdp(const LaunchOptions &options, QObject *parent)
{
    Q_UNUSED(options);
    Q_UNUSED(parent);
    return LaunchResult::failure(2, QCoreApplication::translate("Sockpit::Launch", "not available yet"));
}

} // namespace Sockpit
