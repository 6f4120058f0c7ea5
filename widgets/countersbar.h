#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace Sockpit {

class TrafficLog;

/// Received and sent bytes and chunks, and entries that fell out of the log ring.
/// Refreshes a few times a second, whatever the traffic.
class CountersBar : public QWidget
{
    Q_OBJECT
public:
    explicit CountersBar(TrafficLog *log, QWidget *parent = nullptr);

    QString text() const;
    void refresh();
    /// UDP counts datagrams rather than chunks of a stream.
    void setDatagramMode(bool datagram);
    /// While a receive checksum is checked, frames that failed it are counted.
    void setShowBadFrames(bool shown);
    /// "Bad frames: 3", or empty when not shown.
    QString badFramesText() const;
    /// The button that shows the rate chart (checked while it is shown).
    QToolButton *chartButton() const { return m_chart; }

signals:
    void chartToggled(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    TrafficLog *m_log;
    QLabel *m_label;
    QLabel *m_badFrames;
    QPushButton *m_reset;
    QToolButton *m_chart;
    bool m_datagram = false;
    bool m_showBadFrames = false;
};

} // namespace Sockpit
