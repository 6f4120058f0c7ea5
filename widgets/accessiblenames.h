#pragma once

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QMenuBar;
class QString;

namespace Sockpit {

/// Names for the parts Qt adds to widgets without one, so a screen reader has
/// a word for each: a line edit's clear button, a view's headers and corner
/// button, the menu bar's overflow button. Call again on a language change.
namespace AccessibleNames {

void nameClearButton(QLineEdit *edit);
void nameViewParts(QAbstractItemView *view);
void nameMenuBarParts(QMenuBar *menuBar);

/// Shows text in label and tells a screen reader it changed (a state line,
/// a validation message): the label's accessible name follows its text.
void announce(QLabel *label, const QString &text);

} // namespace AccessibleNames
} // namespace Sockpit
