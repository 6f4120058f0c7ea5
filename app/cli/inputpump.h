#pragma once

#include "checksum.h"
#include "inputchunker.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Sockpit {

class Session;
class StdinReader;

/// Sends what an input (standard input) gives, piece by piece (InputChunker:
/// lines, bounded parts of long lines, or raw reads), at the pace the session
/// takes it: while the session is backed up (Session::isBackedUp()), or not
/// ready yet (not connected, no client), the input is not read and what was
/// read waits; Session::drained() goes on. Nothing is dropped, and at most one
/// read and one piece are held.
class InputPump : public QObject
{
    Q_OBJECT
public:
    /// With waitForActive, nothing is sent before the session is Active (a TCP
    /// client still connecting); call pump() when it is. Text or, with the Hex
    /// encoding, hex digits.
    InputPump(Session *session, StdinReader *input, const QString &encoding, bool waitForActive,
              QObject *parent = nullptr);
    InputPump(Session *session, StdinReader *input, InputChunker::Mode mode, const QString &encoding,
              bool waitForActive, QObject *parent = nullptr);

    /// Another condition for sending (a server with a client); call pump() when it may have become true.
    void setReadyCheck(std::function<bool()> ready) { m_ready = std::move(ready); }

    /// True once the input has ended and every piece is handed to the session.
    bool isDone() const;
    /// Bytes read from the input and not handed to the session yet.
    qsizetype heldBytes() const { return m_chunker.heldBytes(); }

public slots:
    /// Sends what can be sent now; the session's signals call it too.
    void pump();

public:
    /// --checksum: every line sent gets the checksum of its bytes appended.
    void setChecksum(const std::optional<ChecksumSpec> &spec) { m_checksum = spec; }

signals:
    /// A piece could not be made into bytes; nothing more is sent.
    void failed(const QString &message);
    /// Text input had a byte that is not UTF-8 at this offset (said once; it went as U+FFFD).
    void invalidText(qint64 offset);
    /// The input ended and everything is handed to the session.
    void done();

private:
    bool canSend() const;
    bool sendPiece();

    QPointer<Session> m_session;
    StdinReader *m_input;
    InputChunker m_chunker;
    bool m_waitForActive;
    std::function<bool()> m_ready;
    bool m_failed = false;
    bool m_invalidSaid = false;
    bool m_doneSaid = false;
    std::optional<ChecksumSpec> m_checksum;
};

} // namespace Sockpit
