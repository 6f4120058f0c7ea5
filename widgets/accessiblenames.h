#pragma once

class QAbstractItemView;
class QLineEdit;
class QMenuBar;

namespace Sockpit {

/// Names for the parts Qt adds to widgets without one, so a screen reader has
/// a word for each: a line edit's clear button, a view's headers and corner
/// button, the menu bar's overflow button. Call again on a language change.
namespace AccessibleNames {

void nameClearButton(QLineEdit *edit);
void nameViewParts(QAbstractItemView *view);
void nameMenuBarParts(QMenuBar *menuBar);

} // namespace AccessibleNames
} // namespace Sockpit
