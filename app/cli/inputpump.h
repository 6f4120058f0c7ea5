#pragma once

#include "checksum.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringDecoder>

#include <optional>

namespace Sockpit {

class Session;
class StdinReader;

/// Sends what an input (standard input) gives, line by line, at the pace the
/// session takes it: while the session is backed up (Session::isBackedUp()),
/// or not connected yet when it must be, the input is not read and the lines
/// already read wait; Session::drained() goes on. Nothing is dropped and at
/// most one read and one line are held.
///
/// Each line is encoded in the encoding (UTF-8 input), or read as hex digits
/// with the Hex encoding; a line that cannot be sent ends the pump (failed()).
class InputPump : public QObject
{
    Q_OBJECT
public:
    /// With waitForActive, nothing is sent before the session is Active (a TCP
    /// client still connecting); call pump() when it is.
    InputPump(Session *session, StdinReader *input, const QString &encoding, bool waitForActive,
              QObject *parent = nullptr);

    /// True once the input has ended and every line is handed to the session.
    bool isDone() const;
    /// Bytes read from the input and not handed to the session yet.
    qsizetype heldBytes() const { return m_buffer.size(); }

public slots:
    /// Sends what can be sent now; the session's signals call it too.
    void pump();

public:
    /// --checksum: every line sent gets the checksum of its bytes appended.
    void setChecksum(const std::optional<ChecksumSpec> &spec) { m_checksum = spec; }

signals:
    /// A line could not be made into bytes; nothing more is sent.
    void failed(const QString &message);
    /// The input ended and everything is handed to the session.
    void done();

private:
    bool canSend() const;
    bool sendLine(const QByteArray &line);

    QPointer<Session> m_session;
    StdinReader *m_input;
    QString m_encoding;
    bool m_waitForActive;
    QStringDecoder m_decoder;
    QByteArray m_buffer;
    bool m_failed = false;
    bool m_doneSaid = false;
    std::optional<ChecksumSpec> m_checksum;
};

} // namespace Sockpit
