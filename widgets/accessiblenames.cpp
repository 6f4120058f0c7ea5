#include "accessiblenames.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

namespace Sockpit::AccessibleNames {

namespace {
// The context lupdate and the translator agree on.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::AccessibleNames)
};
} // namespace

void nameClearButton(QLineEdit *edit)
{
    // The button setClearButtonEnabled() adds is a tool button inside the edit.
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons)
        button->setAccessibleName(Text::tr("Clear"));
}

void nameViewParts(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->horizontalHeader()->setAccessibleName(Text::tr("Column headers"));
        table->verticalHeader()->setAccessibleName(Text::tr("Row headers"));
        // The corner button selects every cell.
        const QList<QAbstractButton *> corners = table->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
        for (QAbstractButton *corner : corners)
            corner->setAccessibleName(Text::tr("Select all"));
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->header()->setAccessibleName(Text::tr("Column headers"));
    }
}

void nameMenuBarParts(QMenuBar *menuBar)
{
    menuBar->setAccessibleName(Text::tr("Menu bar"));
    if (auto *more = menuBar->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(Text::tr("More menus"));
}

void announce(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
    if (label->accessibleName() == text)
        return;
    label->setAccessibleName(text);
    if (!label->isVisible())
        return; // nothing to hear yet (e.g. while the window is being made)
    QAccessibleEvent event(label, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace Sockpit::AccessibleNames
