#include "elidinglabel.h"

#include <QPainter>
#include <QStyle>

namespace Sockpit {

ElidingLabel::ElidingLabel(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setText(text);
}

ElidingLabel::ElidingLabel(QWidget *parent)
    : ElidingLabel(QString(), parent)
{
}

void ElidingLabel::paintEvent(QPaintEvent *event)
{
    const QRect room = contentsRect();
    const QFontMetrics metrics = fontMetrics();
    if (wordWrap() || metrics.horizontalAdvance(text()) <= room.width()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    style()->drawItemText(&painter, room, int(alignment()), palette(), isEnabled(),
                          metrics.elidedText(text(), Qt::ElideRight, room.width()), foregroundRole());
}

} // namespace Sockpit
