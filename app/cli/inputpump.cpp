#include "inputpump.h"

#include "codec.h"
#include "session.h"
#include "stdinreader.h"

#include <QCoreApplication>

namespace Sockpit {

InputPump::InputPump(Session *session, StdinReader *input, const QString &encoding, bool waitForActive, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_input(input)
    , m_encoding(encoding)
    , m_waitForActive(waitForActive)
    , m_decoder(QStringDecoder::Utf8)
{
    connect(m_input, &StdinReader::dataRead, this, [this](const QByteArray &data) {
        m_buffer += data;
        pump();
    });
    connect(m_input, &StdinReader::finished, this, &InputPump::pump);
    connect(m_session, &Session::drained, this, &InputPump::pump);
}

bool InputPump::isDone() const
{
    return m_input->isFinished() && m_buffer.isEmpty() && !m_failed;
}

bool InputPump::canSend() const
{
    if (m_failed || !m_session)
        return false;
    if (m_waitForActive && m_session->state() != Session::State::Active)
        return false;
    return !m_session->isBackedUp();
}

void InputPump::pump()
{
    qsizetype newline;
    while (canSend() && (newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline + 1);
        m_buffer.remove(0, newline + 1);
        if (!sendLine(line))
            return;
    }
    // The last line may have no newline: it goes once the input has ended.
    if (canSend() && m_input->isFinished() && !m_buffer.isEmpty() && !sendLine(std::exchange(m_buffer, QByteArray())))
        return;
    // Read on only while every whole line read so far is sent.
    m_input->setPaused(!canSend() || m_buffer.contains('\n'));
    if (isDone() && !m_doneSaid) {
        m_doneSaid = true;
        emit done();
    }
}

bool InputPump::sendLine(const QByteArray &line)
{
    const Result<QByteArray> bytes = Encodings::isHex(m_encoding) ? Hex::parse(QString::fromUtf8(line).trimmed())
                                                                  : encodeText(m_decoder.decode(line), m_encoding);
    if (!bytes.ok()) {
        m_failed = true;
        m_input->setPaused(true);
        emit failed(bytes.error);
        return false;
    }
    if (!bytes.value.isEmpty())
        m_session->send(m_checksum ? m_checksum->append(bytes.value) : bytes.value);
    return true;
}

} // namespace Sockpit
