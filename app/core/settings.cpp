#include "settings.h"

namespace Sockpit::Settings {

QString panelKey(const QString &panel, const char *name)
{
    return panel + u'/' + QString::fromLatin1(name);
}

QVariant panelValue(const QString &panel, const char *name, const QVariant &defaultValue)
{
    return QSettings().value(panelKey(panel, name), defaultValue);
}

void setPanelValue(const QString &panel, const char *name, const QVariant &value)
{
    QSettings().setValue(panelKey(panel, name), value);
}

} // namespace Sockpit::Settings
