#pragma once

#include <functional>

namespace Sockpit {

/// Qt reads an image by file name only after asking every image-format plugin
/// whether it reads the format, even for a PNG, which it reads itself: the
/// first such image loads Qt Svg and the GIF, ICO and JPEG readers, a few
/// milliseconds of start-up. The images the first paint needs are the style's
/// PNGs (the menu bar's overflow icon, the group box frame), so they are read
/// while no plugin folder is listed, and the plugins wait for an image that
/// needs them.
namespace StyleImages {

/// Runs work with no plugin folder listed, then lists them again (plugins
/// loaded already stay loaded).
void withoutPlugins(const std::function<void()> &work);
/// Paints a group box frame off screen, so that the images the style draws it
/// with are in Qt's pixmap cache before the window paints one.
void preloadGroupBoxFrame();

} // namespace StyleImages
} // namespace Sockpit
