#pragma once

#include "ratehistory.h"

#include <QWidget>

namespace Sockpit {

/// A small live chart of a session's received and sent bytes (or frames) per
/// second over the last minutes, drawn with QPainter from a RateHistory that
/// its owner samples once a second (a flood costs it no work per packet). It
/// says the latest, peak and average rates in words for screen readers.
class RateChart : public QWidget
{
    Q_OBJECT
public:
    explicit RateChart(const RateHistory *history, QWidget *parent = nullptr);

    /// Bytes a second (the default) or frames a second.
    void setShowFrames(bool frames);
    bool showsFrames() const { return m_frames; }
    const RateHistory &history() const { return *m_history; }
    /// "RX 1.2 MiB/s (peak 3.4 MiB/s, average 0.8 MiB/s)  TX …": what the chart shows.
    QString summary() const;
    /// The history has a new point: repaint (when shown).
    void historyChanged();
    /// "1.5 KiB/s", "12 frames/s".
    static QString formatRate(double value, bool frames);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void drawSeries(QPainter &painter, const QRectF &area, RateHistory::Series series, const QColor &color,
                    double top) const;
    void updateDescription();

    const RateHistory *m_history;
    bool m_frames = false;
};

} // namespace Sockpit
