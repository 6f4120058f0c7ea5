// A start-up baseline: plain Qt widgets of the kinds and number the
// application's first window shows (tokens from widgetCensus(), given as
// arguments after WIDTHxHEIGHT), built as any Qt program would build them,
// at the application's size and with its libraries. What the application's
// start-up costs beyond this is its own.
#include "firstpaint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

#include <memory>

namespace {

QTabWidget *tabWidget(int tabs)
{
    auto *widget = new QTabWidget;
    for (int i = 0; i < tabs; ++i)
        widget->addTab(new QWidget, QStringLiteral("Page %1").arg(i + 1));
    return widget;
}

QComboBox *comboBox(bool editable)
{
    auto *combo = new QComboBox;
    combo->setEditable(editable);
    combo->addItems({QStringLiteral("Choice one"), QStringLiteral("Choice two")});
    return combo;
}

QSpinBox *spinBox()
{
    auto *spin = new QSpinBox;
    spin->setRange(0, 100000);
    spin->setSuffix(QStringLiteral(" ms"));
    return spin;
}

QPlainTextEdit *plainTextEdit()
{
    auto *edit = new QPlainTextEdit;
    edit->setPlaceholderText(QStringLiteral("Text to send"));
    return edit;
}

QToolButton *toolButton()
{
    auto *button = new QToolButton;
    button->setText(QStringLiteral("Tool"));
    return button;
}

// One widget of a kind ("QLabel", "QComboBox/editable", "QTabWidget/5"), or null for one it does not know.
// The kinds are widgetcensus.cpp's Buildable classes; a new one there is made here too.
QWidget *make(const QString &kind)
{
    const QString name = kind.section(u'/', 0, 0);
    const QString detail = kind.section(u'/', 1);
    if (name == QLatin1String("QLabel"))
        return new QLabel(QStringLiteral("Label text:"));
    if (name == QLatin1String("QLineEdit"))
        return new QLineEdit(QStringLiteral("127.0.0.1"));
    if (name == QLatin1String("QPushButton"))
        return new QPushButton(QStringLiteral("&Button"));
    if (name == QLatin1String("QToolButton"))
        return toolButton();
    if (name == QLatin1String("QCheckBox"))
        return new QCheckBox(QStringLiteral("&Option"));
    if (name == QLatin1String("QRadioButton"))
        return new QRadioButton(QStringLiteral("Choice"));
    if (name == QLatin1String("QComboBox"))
        return comboBox(detail == QLatin1String("editable"));
    if (name == QLatin1String("QSpinBox"))
        return spinBox();
    if (name == QLatin1String("QPlainTextEdit"))
        return plainTextEdit();
    if (name == QLatin1String("QListView"))
        return new QListView;
    if (name == QLatin1String("QTreeView"))
        return new QTreeView;
    if (name == QLatin1String("QTableView"))
        return new QTableView;
    if (name == QLatin1String("QTabWidget"))
        return tabWidget(detail.toInt());
    if (name == QLatin1String("QSplitter"))
        return new QSplitter;
    if (name == QLatin1String("QGroupBox"))
        return new QGroupBox(QStringLiteral("Group"));
    if (name == QLatin1String("QWidget"))
        return new QWidget;
    return nullptr;
}

/// Lays the widgets of the tokens out in a grid on the first page of the tab
/// widget with the most tabs (like the application's tabs), the menu bar and
/// the status bar on window. Returns false on a kind it cannot make.
bool build(QMainWindow &window, const QStringList &tokens)
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    int placed = 0;
    const auto place = [&](QWidget *widget) {
        grid->addWidget(widget, placed / 8, placed % 8);
        ++placed;
    };
    QTabWidget *central = nullptr;
    for (const QString &token : tokens) {
        const QString kind = token.section(u'*', 0, 0);
        const int count = token.section(u'*', 1).toInt();
        for (int n = 0; n < count; ++n) {
            if (kind.startsWith(QLatin1String("QMenuBar/"))) {
                for (int m = 0; m < kind.section(u'/', 1).toInt(); ++m)
                    window.menuBar()->addMenu(QStringLiteral("Menu &%1").arg(m + 1))->addAction(QStringLiteral("Action"));
                continue;
            }
            if (kind == QLatin1String("QStatusBar")) {
                window.statusBar();
                continue;
            }
            QWidget *widget = make(kind);
            if (!widget) {
                std::fprintf(stderr, "replica: no widget of kind %s\n", qPrintable(kind));
                return false;
            }
            auto *tabs = qobject_cast<QTabWidget *>(widget);
            if (!tabs || (central && tabs->count() <= central->count())) {
                place(widget);
                continue;
            }
            if (central)
                place(central);
            central = tabs;
        }
    }
    if (!central)
        central = tabWidget(1);
    if (central->count() > 0)
        delete central->widget(0);
    central->insertTab(0, page, QStringLiteral("First"));
    central->setCurrentIndex(0);
    window.setCentralWidget(central);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    return SockpitBench::showUntilFirstPaint(argc, argv, [&argc, argv]() -> QMainWindow * {
        // The application links Qt Network; so does this, and loads it.
        if (!QHostAddress(QHostAddress::LocalHost).isLoopback())
            return nullptr;
        auto window = std::make_unique<QMainWindow>();
        QStringList tokens;
        for (int i = 2; i < argc; ++i)
            tokens << QString::fromLatin1(argv[i]);
        return build(*window, tokens) ? window.release() : nullptr;
    });
}
