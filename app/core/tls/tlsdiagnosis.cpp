#include "tlsdiagnosis.h"

#include "certificateinfo.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::TlsDiagnosis)
};

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString issuerOf(const QSslCertificate &certificate)
{
    const QStringList names = certificate.issuerInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? certificate.issuerDisplayName() : names.join(QStringLiteral(", "));
}

} // namespace

QString TlsDiagnosis::explain(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return Text::tr("the certificate expired on %1").arg(dateText(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return Text::tr("the certificate is not valid before %1 (check the clocks of both machines)")
            .arg(dateText(certificate.effectiveDate()));
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Text::tr("the certificate is self-signed: no trusted authority vouches for it; choose it (or its CA) "
                  "as the CA file, or continue once");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return Text::tr("the certificate's issuer '%1' is unknown: it is not among the trusted CAs; choose its CA file")
            .arg(issuerOf(certificate));
    case QSslError::HostNameMismatch: {
        const QStringList names = CertificateSummary::namesOf(certificate);
        return Text::tr("the certificate is for %1, not for '%2'; connect by one of those names or set the server name")
            .arg(names.isEmpty() ? Text::tr("no name at all") : names.join(QStringLiteral(", ")), host);
    }
    case QSslError::NoPeerCertificate:
        // Only a server that requires a client certificate checks for one that was never sent.
        return Text::tr("the client sent no certificate, and this server requires one");
    case QSslError::CertificateRevoked:
        return Text::tr("the certificate has been revoked by its issuer");
    case QSslError::CertificateSignatureFailed:
        return Text::tr("the certificate's signature does not match: it was altered, or signed by another key");
    default:
        return error.errorString();
    }
}

QStringList TlsDiagnosis::explainAll(const QList<QSslError> &errors, const QString &host)
{
    QStringList lines;
    for (const QSslError &error : errors) {
        const QString line = explain(error, host);
        if (!lines.contains(line))
            lines << line;
    }
    return lines;
}

QString TlsDiagnosis::explainHandshakeFailure(const QString &backendMessage, bool offeredCertificate)
{
    if (!offeredCertificate && backendMessage.contains(QLatin1String("alert handshake failure"), Qt::CaseInsensitive))
        return Text::tr("the server refused the handshake: it may require a client certificate (choose a certificate "
                        "and key), or share no cipher or TLS version with this client");
    const QString words = explainAlert(backendMessage);
    return words.isEmpty() ? Text::tr("the TLS handshake failed: %1").arg(backendMessage) : words;
}

QString TlsDiagnosis::explainClientFailure(const QString &backendMessage)
{
    const QString m = backendMessage.toLower();
    const auto has = [&m](const char *text) { return m.contains(QLatin1String(text)); };
    if (has("wrong version number") || has("packet length too long") || has("http request")
        || has("unknown protocol") || has("record layer failure"))
        return Text::tr("the client speaks plain TCP, not TLS, to this TLS port");
    if (has("peer did not return a certificate") || has("certificate required"))
        return Text::tr("the client sent no certificate, and this server requires one");
    // An alert is what the client said: it refused our certificate. Our own check
    // of a client certificate fails as "certificate verify failed" instead.
    if (has("alert unknown ca") || has("alert bad certificate") || has("alert certificate unknown"))
        return Text::tr("the client does not trust this server's certificate: give it the CA that issued it (a "
                  "self-signed certificate: the certificate itself)");
    if (has("certificate verify failed") || has("unknown ca") || has("unable to get"))
        return Text::tr("the client's certificate is not signed by the client CA this server trusts");
    if (has("no shared cipher") || has("unsupported protocol") || has("version too low")
        || has("no protocols available"))
        return Text::tr("the client offers no TLS version or cipher this server accepts (check the minimum version)");
    return QString();
}

QString TlsDiagnosis::explainAlert(const QString &backendMessage)
{
    const QString m = backendMessage.toLower();
    const auto has = [&m](const char *text) { return m.contains(QLatin1String(text)); };
    if (has("certificate required") || has("peer did not return a certificate")
        || (has("handshake failure") && has("certificate")))
        return Text::tr("the server asked for a client certificate: choose a certificate and key");
    if (has("wrong version number") || has("packet length too long") || has("http request"))
        return Text::tr("the peer does not speak TLS on this port (it answered in plain text)");
    if (has("no protocols available") || has("unsupported protocol") || has("protocol version")
        || has("version too low"))
        return Text::tr("no TLS version both sides speak: check the minimum version on both sides");
    if (has("no shared cipher") || has("handshake failure"))
        return Text::tr("the two sides share no cipher or TLS version the other accepts");
    if (has("unknown ca") || has("bad certificate") || has("certificate unknown"))
        return Text::tr("the peer refused our certificate (it does not trust its issuer)");
    return QString();
}

} // namespace Sockpit
