#include "styleimages.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace Sockpit {
namespace StyleImages {

void withoutPlugins(const std::function<void()> &work)
{
    QApplication::style(); // a style of a plugin is loaded before the folders are hidden
    const QStringList pluginFolders = QCoreApplication::libraryPaths();
    QCoreApplication::setLibraryPaths({});
    work();
    QCoreApplication::setLibraryPaths(pluginFolders);
}

void preloadGroupBoxFrame()
{
    QImage canvas(32, 32, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    QStyleOptionFrame frame;
    frame.rect = canvas.rect();
    QApplication::style()->drawPrimitive(QStyle::PE_FrameGroupBox, &frame, &painter);
}

} // namespace StyleImages
} // namespace Sockpit
