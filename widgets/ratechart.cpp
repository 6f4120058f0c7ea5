#include "ratechart.h"

#include "theme.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Sockpit {

namespace {

/// The chart's top: the peak rounded up to 1, 2 or 5 times a power of ten.
double niceTop(double peak)
{
    if (peak <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(peak)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (peak <= step * power)
            return step * power;
    }
    return 10 * power;
}

} // namespace

RateChart::RateChart(const RateHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
{
    setObjectName(QStringLiteral("rateChart"));
    setFocusPolicy(Qt::TabFocus); // a screen reader can reach the summary
    setAccessibleName(tr("Rate chart"));
}

void RateChart::setShowFrames(bool frames)
{
    m_frames = frames;
    updateDescription();
    update();
}

void RateChart::historyChanged()
{
    if (isVisible()) {
        updateDescription();
        update();
    }
}

QString RateChart::formatRate(double value, bool frames)
{
    const QLocale locale;
    if (frames)
        return tr("%1 frames/s").arg(locale.toString(value, 'f', value < 10 ? 1 : 0));
    return tr("%1/s").arg(locale.formattedDataSize(qint64(value), 1, QLocale::DataSizeIecFormat));
}

QString RateChart::summary() const
{
    using S = RateHistory::Series;
    const S rx = m_frames ? S::RxFrames : S::RxBytes;
    const S tx = m_frames ? S::TxFrames : S::TxBytes;
    const auto line = [this](S series) {
        return tr("%1 (peak %2, average %3)")
            .arg(formatRate(m_history->latest(series), m_frames), formatRate(m_history->peak(series), m_frames),
                 formatRate(m_history->average(series), m_frames));
    };
    return tr("RX %1    TX %2").arg(line(rx), line(tx));
}

void RateChart::updateDescription()
{
    setAccessibleDescription(summary());
    setToolTip(summary());
}

QSize RateChart::sizeHint() const
{
    return QSize(400, fontMetrics().height() * 6);
}

QSize RateChart::minimumSizeHint() const
{
    return QSize(120, fontMetrics().height() * 4);
}

void RateChart::paintEvent(QPaintEvent *)
{
    using S = RateHistory::Series;
    const S rx = m_frames ? S::RxFrames : S::RxBytes;
    const S tx = m_frames ? S::TxFrames : S::TxBytes;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const int line = fontMetrics().height();
    const QRectF area = QRectF(rect()).adjusted(4, line + 4, -4, -4);
    const double top = niceTop(std::max(m_history->peak(rx), m_history->peak(tx)));

    // The grid: the top and the middle, labelled.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.drawLine(QPointF(area.left(), area.center().y()), QPointF(area.right(), area.center().y()));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRectF(4, 2, width() - 8, line), Qt::AlignRight | Qt::AlignVCenter, formatRate(top, m_frames));

    drawSeries(painter, area, rx, Theme::color(Theme::Tone::Rx, pal, QPalette::Base), top);
    drawSeries(painter, area, tx, Theme::color(Theme::Tone::Tx, pal, QPalette::Base), top);

    painter.setPen(Theme::color(Theme::Tone::Rx, pal, QPalette::Base));
    const QString rxText = tr("RX %1").arg(formatRate(m_history->latest(rx), m_frames));
    painter.drawText(QRectF(4, 2, width() / 2.0, line), Qt::AlignLeft | Qt::AlignVCenter, rxText);
    painter.setPen(Theme::color(Theme::Tone::Tx, pal, QPalette::Base));
    const int rxWidth = fontMetrics().horizontalAdvance(rxText) + 16;
    painter.drawText(QRectF(4 + rxWidth, 2, width() / 2.0, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("TX %1").arg(formatRate(m_history->latest(tx), m_frames)));
}

void RateChart::drawSeries(QPainter &painter, const QRectF &area, RateHistory::Series series, const QColor &color,
                           double top) const
{
    const std::deque<RateHistory::Point> &points = m_history->points();
    if (points.empty())
        return;
    // The newest point at the right edge; one pixel step per second of the history's span.
    const double step = area.width() / double(m_history->capacity() - 1);
    QPainterPath path;
    const qsizetype count = qsizetype(points.size());
    for (qsizetype i = 0; i < count; ++i) {
        const double x = area.right() - double(count - 1 - i) * step;
        const double y = area.bottom() - area.height() * std::min(1.0, points[size_t(i)].value(series) / top);
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter.setPen(QPen(color, 1.5));
    painter.drawPath(path);
}

void RateChart::showEvent(QShowEvent *event)
{
    updateDescription();
    QWidget::showEvent(event);
}

void RateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Rate chart"));
        updateDescription();
    }
    QWidget::changeEvent(event);
}

} // namespace Sockpit
