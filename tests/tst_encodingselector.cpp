// The encoding box keeps its measurement: as wide as Qt would make an
// editable box of the same names, and measured again when the font changes.

#include "encodingselector.h"

#include "codec.h"

#include <QComboBox>
#include <QTest>

using namespace Sockpit;

namespace {

/// What Qt makes of the same list: editable, as wide as its widest name.
QSize plainBoxHint(const QFont &font)
{
    QComboBox box;
    box.setFont(font);
    box.setEditable(true);
    box.setInsertPolicy(QComboBox::NoInsert);
    box.addItems(Encodings::all());
    box.setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box.sizeHint();
}

} // namespace

class TstEncodingSelector : public QObject
{
    Q_OBJECT
private slots:
    void asWideAsItsWidestName();
    void measuredAgainForAnotherFont();
};

void TstEncodingSelector::asWideAsItsWidestName()
{
    EncodingSelector selector;
    const QSize plain = plainBoxHint(selector.font());
    QCOMPARE(selector.sizeHint(), plain);
    QCOMPARE(selector.minimumSizeHint(), plain);
    // Wider than an empty box: every name was measured.
    QComboBox empty;
    empty.setEditable(true);
    QVERIFY(selector.sizeHint().width() > empty.sizeHint().width());
}

void TstEncodingSelector::measuredAgainForAnotherFont()
{
    EncodingSelector selector;
    const QSize before = selector.sizeHint();
    QFont large = selector.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    selector.setFont(large);
    QCOMPARE(selector.sizeHint(), plainBoxHint(large));
    QVERIFY(selector.sizeHint().width() > before.width());
}

QTEST_MAIN(TstEncodingSelector)
#include "tst_encodingselector.moc"
