#include "widgetcensus.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QMenuBar>
#include <QTabWidget>

#include <map>

namespace SockpitBench {

namespace {

// The classes the replica window knows how to make (make() in replica_window.cpp), most derived
// first where one derives from another.
const char *const Buildable[] = {"QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QComboBox",
                                 "QSpinBox",    "QLineEdit",   "QLabel",    "QPlainTextEdit", "QTreeView",
                                 "QTableView",  "QListView",   "QTabWidget", "QSplitter",     "QGroupBox",
                                 "QMenuBar",    "QStatusBar"};

QString buildableClass(const QWidget *widget)
{
    for (const QMetaObject *meta = widget->metaObject(); meta; meta = meta->superClass()) {
        for (const char *name : Buildable) {
            if (qstrcmp(meta->className(), name) == 0)
                return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("QWidget");
}

// Parts a Qt widget makes for itself: the replica's widgets make them too.
bool madeByQt(const QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const char *name : {"QSplitterHandle", "QTabBar", "QStackedWidget", "QSizeGrip", "QScrollBar", "QMenu", "QHeaderView"}) {
        if (widget->inherits(name))
            return true;
    }
    const QWidget *parent = widget->parentWidget();
    return parent && (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent));
}

QString kindOf(const QWidget *widget)
{
    const QString name = buildableClass(widget);
    if (const auto *combo = qobject_cast<const QComboBox *>(widget); combo && combo->isEditable())
        return name + QStringLiteral("/editable");
    if (const auto *tabs = qobject_cast<const QTabWidget *>(widget))
        return name + u'/' + QString::number(tabs->count());
    if (const auto *bar = qobject_cast<const QMenuBar *>(widget))
        return name + u'/' + QString::number(bar->actions().size());
    return name;
}

} // namespace

QStringList widgetCensus(const QWidget *window)
{
    std::map<QString, int> counts;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(window) && !madeByQt(widget))
            ++counts[kindOf(widget)];
    }
    QStringList tokens;
    for (const auto &[kind, count] : counts)
        tokens << kind + u'*' + QString::number(count);
    return tokens;
}

} // namespace SockpitBench
