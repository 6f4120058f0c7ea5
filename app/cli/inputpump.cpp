#include "inputpump.h"

#include "codec.h"
#include "session.h"
#include "stdinreader.h"

namespace Sockpit {

InputPump::InputPump(Session *session, StdinReader *input, const QString &encoding, bool waitForActive, QObject *parent)
    : InputPump(session, input, Encodings::isHex(encoding) ? InputChunker::Mode::Hex : InputChunker::Mode::Text, encoding,
                waitForActive, parent)
{
}

InputPump::InputPump(Session *session, StdinReader *input, InputChunker::Mode mode, const QString &encoding,
                     bool waitForActive, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_input(input)
    , m_chunker(mode, encoding)
    , m_waitForActive(waitForActive)
{
    connect(m_input, &StdinReader::dataRead, this, [this](const QByteArray &data) {
        m_chunker.append(data);
        pump();
    });
    connect(m_input, &StdinReader::finished, this, [this] {
        m_chunker.finish();
        pump();
    });
    connect(m_session, &Session::drained, this, &InputPump::pump);
}

bool InputPump::isDone() const
{
    return m_input->isFinished() && m_chunker.heldBytes() == 0 && !m_failed;
}

bool InputPump::canSend() const
{
    if (m_failed || !m_session)
        return false;
    if (m_waitForActive && m_session->state() != Session::State::Active)
        return false;
    if (m_ready && !m_ready())
        return false;
    return !m_session->isBackedUp();
}

void InputPump::pump()
{
    while (canSend() && m_chunker.hasPiece()) {
        if (!sendPiece())
            return;
    }
    // Read on only while nothing ready waits: one read and one piece at most are held.
    m_input->setPaused(!canSend() || m_chunker.hasPiece());
    if (isDone() && !m_doneSaid) {
        m_doneSaid = true;
        emit done();
    }
}

bool InputPump::sendPiece()
{
    const Result<QByteArray> bytes = m_chunker.takePiece();
    if (!bytes.ok()) {
        m_failed = true;
        m_input->setPaused(true);
        emit failed(bytes.error);
        return false;
    }
    if (!m_invalidSaid && m_chunker.firstInvalidOffset() >= 0) {
        m_invalidSaid = true;
        emit invalidText(m_chunker.firstInvalidOffset());
    }
    if (!bytes.value.isEmpty())
        m_session->send(m_checksum ? m_checksum->append(bytes.value) : bytes.value);
    return true;
}

} // namespace Sockpit
