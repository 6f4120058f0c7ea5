#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace Sockpit {

class CaptureSink;
class PcapngRecorder;
class Session;
class ReceiveLogModel;
class TrafficLog;
struct LogEntry;

/// The receive log every panel shows: a toolbar (view mode, auto-scroll, pause,
/// clear, find, save, capture) over a list of log entries. Stays responsive
/// under a flood: the model takes new entries in batches a few dozen times a second.
class ReceiveLogView : public QWidget
{
    Q_OBJECT
public:
    ReceiveLogView(TrafficLog *log, CaptureSink *capture, QWidget *parent = nullptr);
    ~ReceiveLogView() override;

    ReceiveLogModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }

    /// Shows only the entries of one peer (by Peer::id); std::nullopt shows all.
    void setPeerFilter(std::optional<quint64> peerId);
    /// The entry of the current row, if it is still in the log.
    std::optional<LogEntry> currentEntry() const;

    /// Writes every entry still in the log as text lines; returns an error or "".
    QString saveTo(const QString &path) const;
    /// Asks for a file and starts or stops capturing received bytes.
    void toggleCapture();
    void saveWithDialog();
    /// Starts capturing: a path ending in .pcapng records the session's traffic
    /// both ways as pcapng (every byte, as --pcap does; the file is replaced),
    /// any other appends the received bytes. Returns an error or "".
    QString startCapture(const QString &path);
    /// The session a pcapng capture records.
    void setSession(Session *session);
    bool isCapturing() const;

signals:
    void currentEntryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void layOut();
    void connectControls();
    /// Texts set in code; only on a language change.
    void retranslateUi();
    void refreshPause();
    void find(bool backwards);
    void updateCaptureButton();
    void updateStatus();
    QString startPcapngCapture(const QString &path);
    void stopCapture();

    TrafficLog *m_log;
    CaptureSink *m_capture;
    QPointer<Session> m_session;
    PcapngRecorder *m_pcap = nullptr; ///< made for the first pcapng capture
    QString m_pcapPath;
    ReceiveLogModel *m_model;
    QListView *m_list;
    QLabel *m_viewLabel;
    QComboBox *m_viewMode;
    QCheckBox *m_autoScroll;
    QToolButton *m_pause;
    QToolButton *m_clear;
    QLineEdit *m_findEdit;
    QToolButton *m_findPrev;
    QToolButton *m_findNext;
    QToolButton *m_save;
    QToolButton *m_captureButton;
    QLabel *m_status;
    bool m_stickToBottom = true;
};

} // namespace Sockpit
