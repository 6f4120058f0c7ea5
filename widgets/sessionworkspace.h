#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QSplitter;
class QTimer;
class QVBoxLayout;
class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace Sockpit {

class CaptureSink;
class CommandLibraryPanel;
class CountersBar;
class EncodingSelector;
class FramingBar;
class RateChart;
class RateHistory;
class ReceiveLogView;
class SendBox;
class Session;
class TrafficLog;
class TrafficRecorder;
struct ChecksumSpec;
struct FramingSpec;

/// Everything a panel shows below its connection controls: the encoding
/// selector, the receive framing and checksum row, the receive log (with
/// capture), the counters and the send box, and a side pane to their right
/// (the command library first; others add their pages with addSidePage()).
/// It owns the panel's traffic log and records whichever session it is attached to.
class SessionWorkspace : public QWidget
{
    Q_OBJECT
public:
    /// Payload of each datagram when a file is sent over UDP.
    static constexpr qint64 FileDatagramBytes = 1024;

    /// settingsGroup names the panel's settings ("TcpClient", "TcpServer", "Udp").
    explicit SessionWorkspace(const QString &settingsGroup, QWidget *parent = nullptr);
    ~SessionWorkspace() override;

    /// Records the session's traffic in the log; datagram sessions decode each payload alone.
    void attach(Session *session, bool datagram = false);
    /// What the Send button (and repeat, and file sending) does with the bytes.
    /// The handler returns false when nothing was sent; repeat then stops.
    void setSendHandler(std::function<bool(const QByteArray &)> handler);

    QString encoding() const;
    void setEncoding(const QString &encoding);

    /// How received bytes become log rows; an invalid spec is refused (false).
    bool setFraming(const FramingSpec &spec);
    /// The checksum every received frame is checked against (std::nullopt: none).
    void setReceiveChecksum(const std::optional<ChecksumSpec> &spec);

    /// Log lines of the panel's own (not from the session).
    void logInfo(const QString &message);
    void logError(const QString &message);
    /// Starts capturing received bytes to path (appending); the error is logged and returned.
    QString startCapture(const QString &path);
    /// Restores the encoding, the framing, the send box and the splitters from the settings group.
    void loadSettings();

    /// A page of the side pane, after the ones already there (the command library is first).
    void addSidePage(QWidget *page, const QString &title);
    QTabWidget *sidePane() const { return m_sidePane; }
    bool isSidePaneShown() const;
    void setSidePaneShown(bool shown);
    /// Shows and hides the side pane (F9); its key and Ctrl+1 … Ctrl+9 work anywhere in scope.
    QAction *sidePaneAction() const { return m_sidePaneAction; }
    void setShortcutScope(QWidget *scope);
    CommandLibraryPanel *commandPanel() const { return m_commands; }

    TrafficLog *log() const { return m_log; }
    /// The session attached last (nullptr: none, or it is gone).
    Session *session() const;
    /// Says which frames arrived (framesReceived): for the responder and sequences.
    TrafficRecorder *recorder() const { return m_recorder; }
    CaptureSink *capture() const { return m_capture; }
    ReceiveLogView *logView() const { return m_logView; }
    SendBox *sendBox() const { return m_sendBox; }
    EncodingSelector *encodingSelector() const { return m_encodingSelector; }
    CountersBar *counters() const { return m_counters; }
    FramingBar *framingBar() const { return m_framing; }
    /// The rate chart, or nullptr until it is first shown.
    RateChart *rateChart() const { return m_rateChart; }
    /// Shows or hides the rate chart below the counters (made on first use).
    void setRateChartShown(bool shown);
    /// Samples the counters for the chart now (a timer does it once a second).
    void sampleRates();

    /// Saves the encoding, the framing, the send box and the splitters to the settings group.
    void saveSettings() const;

signals:
    void encodingChanged(const QString &encoding);
    /// Something it remembers changed (the encoding, the framing, the send history, the splitter).
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpSidePane();
    void retranslateUi();
    void makeRateChart();

    QString m_settingsGroup;
    TrafficLog *m_log;
    QPointer<Session> m_session;
    CaptureSink *m_capture;
    TrafficRecorder *m_recorder;
    EncodingSelector *m_encodingSelector;
    FramingBar *m_framing;
    ReceiveLogView *m_logView;
    CountersBar *m_counters;
    SendBox *m_sendBox;
    QSplitter *m_splitter;
    QLabel *m_encodingLabel;
    QVBoxLayout *m_logLayout;
    /// Sampled from the start, so that opening the chart shows the minutes before.
    std::unique_ptr<RateHistory> m_rates;
    QTimer *m_rateTimer;
    QWidget *m_ratePane = nullptr;
    RateChart *m_rateChart = nullptr;
    QComboBox *m_rateUnit = nullptr;
    QSplitter *m_sideSplitter;
    QTabWidget *m_sidePane;
    CommandLibraryPanel *m_commands;
    QAction *m_sidePaneAction;
    QToolButton *m_sidePaneButton;
    QWidget *m_shortcutScope = nullptr;
};

} // namespace Sockpit
