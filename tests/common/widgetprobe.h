#pragma once

// Helpers for widget tests that act as a user does: find a control by its
// objectName or its accessible name, type over a field, click a check box
// where its box is, send from a send box, read the lines a list shows.
// Header-only and without Q_OBJECT, so any test can include it as is.

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

namespace SockpitTest {

/// The child of parent named name; a test fails when it is missing (nullptr).
template<typename T>
T *childNamed(const QObject *parent, const char *name)
{
    T *child = parent->findChild<T *>(QString::fromLatin1(name));
    if (!child)
        QTest::qFail(qPrintable(QStringLiteral("no child named '%1'").arg(QString::fromLatin1(name))), __FILE__, __LINE__);
    return child;
}

/// The child of parent whose accessible name is name (as a screen reader finds it); nullptr fails the test.
template<typename T>
T *childByAccessibleName(const QObject *parent, const QString &name)
{
    const QList<T *> children = parent->findChildren<T *>();
    for (T *child : children) {
        if (child->accessibleName() == name)
            return child;
    }
    QTest::qFail(qPrintable(QStringLiteral("no child with the accessible name '%1'").arg(name)), __FILE__, __LINE__);
    return nullptr;
}

/// Replaces what a line edit holds by typing, as a user selects all and types over it.
inline void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

/// Types text over what the send box of panel holds and clicks Send, as a user does.
inline void sendFromBox(QWidget *panel, const QString &text)
{
    auto *input = panel->findChild<QPlainTextEdit *>(QStringLiteral("sendInput"));
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(input && button);
    input->setFocus();
    input->selectAll();
    QTest::keyClick(input, Qt::Key_Delete);
    QTest::keyClicks(input, text);
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Clicks inside the part of the check box that toggles it (box and label),
/// which is not always the widget's centre when a layout makes it wider.
inline void clickCheckBox(QCheckBox *box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    option.text = box->text();
    const QRect clickable = box->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, clickable.center());
}

/// The same for a radio button.
inline void clickRadioButton(QRadioButton *radio)
{
    QStyleOptionButton option;
    option.initFrom(radio);
    option.text = radio->text();
    const QRect clickable = radio->style()->subElementRect(QStyle::SE_RadioButtonClickRect, &option, radio);
    QTest::mouseClick(radio, Qt::LeftButton, Qt::NoModifier, clickable.center());
}

/// Types text the way an input method commits it (QTest::keyClicks only
/// handles Latin-1), e.g. Chinese from a pinyin input method.
inline void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

/// The DisplayRole text of every row of a list model.
inline QStringList displayedLines(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines << model->index(row, 0).data(Qt::DisplayRole).toString();
    return lines;
}

/// True when some displayed row contains text.
inline bool anyLineContains(const QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::DisplayRole).toString().contains(text))
            return true;
    }
    return false;
}

/// Number of displayed rows containing text.
inline int linesContaining(const QAbstractItemModel *model, const QString &text)
{
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::DisplayRole).toString().contains(text))
            ++count;
    }
    return count;
}

} // namespace SockpitTest
