#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    TrafficLog *m_log;
    QLabel *m_label;
    QPushButton *m_reset;
    bool m_datagram = false;
};

} // namespace Sockpit
