#include "ipcalcmodels.h"

#include <QFontDatabase>

namespace Sockpit {

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

} // namespace Sockpit
