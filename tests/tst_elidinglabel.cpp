// A one-line label cut by its row ends in "…" instead of stopping mid-word;
// its text, tooltip and accessible name stay whole.

#include "elidinglabel.h"

#include <QApplication>
#include <QTest>

using namespace Sockpit;

class TstElidingLabel : public QObject
{
    Q_OBJECT
private slots:
    void aCutTextEndsInAnEllipsis();
    void aTextThatFitsPaintsAsQLabel();
    void aWrappedLabelPaintsAsQLabel();
    void markupIsShownAsTyped();

private:
    static QImage painted(QLabel &label, int width)
    {
        label.setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label.resize(width, label.sizeHint().height());
        return label.grab().toImage();
    }
    const QString m_text = QStringLiteral("A frame ends after 50 ms without new bytes. This is the default.");
};

void TstElidingLabel::aCutTextEndsInAnEllipsis()
{
    ElidingLabel label(m_text);
    const int width = label.fontMetrics().horizontalAdvance(m_text) / 2;
    const QString elided = label.fontMetrics().elidedText(m_text, Qt::ElideRight, width);
    QVERIFY(elided.endsWith(QChar(0x2026)));
    QLabel expected(elided);
    QLabel cut(m_text);
    QCOMPARE(painted(label, width), painted(expected, width));
    QVERIFY(painted(label, width) != painted(cut, width));
    QCOMPARE(label.text(), m_text);
}

void TstElidingLabel::aTextThatFitsPaintsAsQLabel()
{
    ElidingLabel label(m_text);
    QLabel plain(m_text);
    const int width = label.fontMetrics().horizontalAdvance(m_text) + 20;
    QCOMPARE(painted(label, width), painted(plain, width));
}

void TstElidingLabel::aWrappedLabelPaintsAsQLabel()
{
    ElidingLabel label(m_text);
    QLabel plain(m_text);
    label.setWordWrap(true);
    plain.setWordWrap(true);
    const int width = label.fontMetrics().horizontalAdvance(m_text) / 2;
    label.resize(width, 80);
    plain.resize(width, 80);
    QCOMPARE(label.grab().toImage(), plain.grab().toImage());
}

void TstElidingLabel::markupIsShownAsTyped()
{
    const QString typed = QStringLiteral("Delimiter <b>x</b>");
    ElidingLabel label(typed);
    QLabel plain(typed);
    plain.setTextFormat(Qt::PlainText);
    QLabel rich(typed);
    const int width = label.fontMetrics().horizontalAdvance(typed) + 20;
    QCOMPARE(painted(label, width), painted(plain, width));
    QVERIFY(painted(label, width) != painted(rich, width));
}

QTEST_MAIN(TstElidingLabel)
#include "tst_elidinglabel.moc"
