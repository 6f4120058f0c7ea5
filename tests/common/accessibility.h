#pragma once

// What a screen reader would find nameless: controls whose accessible name
// (their own, their text, or their buddy label's) is empty. Header-only.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace SockpitTest {

/// True for the widgets a user operates or reads as a whole (not labels, frames, scroll bars).
inline bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false; // named by the view they scroll
    // A spin box's own line edit is the spin box for a screen reader; a combo
    // box's popup list is read as the combo box's list.
    const QWidget *parent = widget->parentWidget();
    if (parent && qobject_cast<const QAbstractSpinBox *>(parent) && qobject_cast<const QLineEdit *>(widget))
        return false;
    if (parent && parent->inherits("QComboBoxPrivateContainer"))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
           || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QProgressBar *>(widget)
           || qobject_cast<const QTabBar *>(widget) || qobject_cast<const QMenuBar *>(widget);
}

/// "QLineEdit 'hostEdit' in TcpClientPanel" for each control under root without a name.
inline QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isControl(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        const QWidget *owner = widget->parentWidget();
        while (owner && owner->objectName().isEmpty())
            owner = owner->parentWidget();
        unnamed << QStringLiteral("%1 '%2' in %3")
                       .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                            owner ? owner->objectName() : QStringLiteral("?"));
    }
    return unnamed;
}

} // namespace SockpitTest
