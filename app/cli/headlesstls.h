#pragma once

#include "session.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace Sockpit {

class TcpClientSession;
class TcpServerSession;

/// A session's errors for a headless run, with what TLS adds to them.
///
/// A TLS client says the certificate problems it goes on despite (--insecure)
/// through errorOccurred, in the same pass as its secured() signal: those are
/// warnings, and the run goes on. So errors said during a client's handshake
/// wait for the end of that pass: a handshake done makes them warnings, else
/// they are errors, and a certificate that failed is described with how to go
/// on. Other errors pass straight on; a client connection that ends in its
/// handshake without a word is an error too.
///
/// A TLS server takes stdin only for a client whose handshake is done (one
/// that fails it, plain TCP on the TLS port, must not swallow it).
class HeadlessTls : public QObject
{
    Q_OBJECT
public:
    explicit HeadlessTls(Session *session, QObject *parent = nullptr);

    /// A server has a client to send to: connected, and over TLS secured.
    bool hasReadyClient() const;

signals:
    void error(const QString &message);
    void warning(const QString &message);
    void notice(const QString &message);
    /// A TLS server's client finished its handshake: stdin may go to it now.
    void clientReady();

private:
    void onClientError(const QString &message);
    void onClientSecured();
    void onClientState(Session::State state);
    void releaseAsErrors();
    /// The certificate a client's handshake failed on, and how to go on despite it.
    void describeRejected();

    TcpClientSession *m_client = nullptr;
    TcpServerSession *m_server = nullptr;
    QStringList m_held;      ///< a client's errors during its handshake, not yet sorted
    QSet<quint64> m_secured; ///< a TLS server's clients whose handshake is done
    bool m_clientJoined = false; ///< the client's handshake was done and data flowed
    bool m_clientFailed = false; ///< the client said an error
};

} // namespace Sockpit
