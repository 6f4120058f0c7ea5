#pragma once

#include <QSizePolicy>
#include <QString>
#include <QToolButton>

namespace Sockpit {

/// A button of a side pane page: as wide as its column, named for tests and
/// screen readers by objectName (its text and accessible name come from the
/// page's retranslateUi).
inline QToolButton *makeSidePageButton(QWidget *parent, const char *objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

} // namespace Sockpit
