#pragma once

#include <QFile>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Sockpit {

class ChecksumBar;
class Session;
struct PayloadSpec;
struct SendItem;

/// What the user types and sends: text or hex, line ending, escapes, repeat,
/// a file, and a history of recent sends. Turns input into bytes (errors shown
/// under the input, nothing sent) and hands them to the panel's send handler.
class SendBox : public QWidget
{
    Q_OBJECT
public:
    static constexpr int HistorySize = 20;
    static constexpr qint64 DefaultFileChunkBytes = 64 * 1024;

    explicit SendBox(QWidget *parent = nullptr);
    ~SendBox() override;

    void setSendHandler(std::function<bool(const QByteArray &)> handler) { m_handler = std::move(handler); }
    /// The session sends go to. File sending and repeats pause while it is
    /// backed up (Session::isBackedUp()) and go on at Session::drained():
    /// nothing is dropped and its backlog stays bounded.
    void setSession(Session *session);
    /// True while a file send or a repeat waits for the session to drain.
    bool isWaitingForDrain() const { return m_waitingForDrain; }
    void setEncoding(const QString &encoding);
    /// Bytes per send when sending a file (a datagram each, for UDP).
    void setFileChunkBytes(qint64 bytes) { m_fileChunkBytes = bytes; }

    QString text() const;
    void setText(const QString &text);
    bool isHex() const;
    void setHex(bool hex);
    QString errorText() const;
    /// Recent sends, newest first.
    QStringList history() const;
    /// Repeating, also while a repeat waits for the session to drain.
    bool isRepeating() const { return !m_repeatPayload.isEmpty(); }

    /// The input as a library command would send it: text, hex, line ending and
    /// the appended checksum; the encoding is left to the session.
    SendItem sendItem() const;

    /// The checksum appended to sends, and the readout of the input's checksum.
    ChecksumBar *checksumBar() const { return m_checksum; }

    /// Builds the payload from the current input (with the checksum when one is
    /// appended); reports an error under the input.
    std::optional<QByteArray> payload();
    /// What the Send button does: one send, or start/stop repeating.
    void send();
    void stopRepeat();
    /// Sends a file in chunks with progress; returns an error or "".
    QString sendFile(const QString &path);

    void loadSettings(const QString &group);
    void saveSettings(const QString &group) const;

signals:
    void fileSendFinished(qint64 bytes);
    /// A send was added to the history.
    void historyChanged();
    /// The send checksum's settings changed.
    void checksumChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpControls();
    void layOut();
    void connectControls();
    QProgressBar *progressBar();
    PayloadSpec spec() const;
    void showError(const QString &message);
    void addToHistory();
    void sendNextFileChunk();
    void sendRepeat();
    /// Stops the file and repeat timers while the session is backed up; true when it is.
    bool pauseWhileBackedUp();
    void onDrained();
    void finishFile(const QString &message);
    /// Texts set in code; only on a language change.
    void retranslateUi();
    /// Send/Stop and Send file/Cancel follow what is going on.
    void refreshButtons();
    void refreshHistory();
    /// The checksum readout follows the input.
    void refreshReadout();

    std::function<bool(const QByteArray &)> m_handler;
    QPointer<Session> m_session;
    bool m_waitingForDrain = false;
    QString m_encoding;
    bool m_hexForced = false;       ///< the Hex encoding has ticked the hex box
    bool m_hexBeforeForced = false; ///< the box as the user left it before that
    QPlainTextEdit *m_input;
    QCheckBox *m_hex;
    QCheckBox *m_escapes;
    QLabel *m_lineEndingLabel;
    QComboBox *m_lineEnding;
    QCheckBox *m_repeat;
    QSpinBox *m_interval;
    QComboBox *m_historyBox;
    QPushButton *m_sendFileButton;
    QProgressBar *m_progress = nullptr; ///< made when a file is first sent
    QPushButton *m_sendButton;
    ChecksumBar *m_checksum;
    QLabel *m_error;
    QHBoxLayout *m_options = nullptr;
    struct HistoryItem
    {
        QString text;
        bool hex = false;
    };
    QList<HistoryItem> m_history;
    QTimer m_repeatTimer;
    QByteArray m_repeatPayload;
    QFile m_file;
    QTimer m_fileTimer;
    qint64 m_fileSent = 0;
    qint64 m_fileChunkBytes = DefaultFileChunkBytes;
};

} // namespace Sockpit
