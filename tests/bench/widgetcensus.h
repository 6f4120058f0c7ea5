#pragma once

#include <QStringList>

class QWidget;

namespace SockpitBench {

/// The widgets window shows, counted by the plain Qt class each one is or
/// derives from, as tokens a plain Qt program can build the same window from
/// ("QLabel*14", "QComboBox/editable*1", "QTabWidget/5*1", "QMenuBar/3*1").
/// The parts Qt makes inside its own widgets (a spin box's line edit, a tab
/// widget's bar, splitter handles, scroll bars) are left to it.
QStringList widgetCensus(const QWidget *window);

} // namespace SockpitBench
