#include "certificateinfo.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslCipher>

namespace Sockpit {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sockpit::CertificateInfo)
};

QString nameOf(const QSslCertificate &certificate, bool issuer)
{
    using Info = QSslCertificate::SubjectInfo;
    QStringList parts;
    const std::pair<Info, const char *> fields[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::CountryName, "C"},
    };
    for (const auto &[field, label] : fields) {
        const QStringList values = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QLatin1String(label), value);
    }
    return parts.join(QStringLiteral(", "));
}

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

CertificateSummary CertificateSummary::of(const QSslCertificate &certificate)
{
    CertificateSummary summary;
    summary.subject = nameOf(certificate, false);
    summary.issuer = nameOf(certificate, true);
    summary.notBefore = certificate.effectiveDate();
    summary.notAfter = certificate.expiryDate();
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    summary.sha256 = pairs.join(u':');
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString kind = it.key() == QSsl::DnsEntry ? QStringLiteral("DNS")
                             : it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP")
                                                                : QStringLiteral("email");
        summary.alternativeNames << kind + u':' + it.value();
    }
    summary.selfSigned = certificate.isSelfSigned();
    return summary;
}

QStringList CertificateSummary::namesOf(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QStringList CertificateSummary::describe() const
{
    QStringList lines;
    lines << Text::tr("subject: %1").arg(subject);
    lines << (selfSigned ? Text::tr("issuer: %1 (self-signed)").arg(issuer) : Text::tr("issuer: %1").arg(issuer));
    lines << Text::tr("valid from %1 to %2").arg(dateText(notBefore), dateText(notAfter));
    lines << Text::tr("SHA-256 fingerprint: %1").arg(sha256);
    if (!alternativeNames.isEmpty())
        lines << Text::tr("names: %1").arg(alternativeNames.join(QStringLiteral(", ")));
    return lines;
}

QString TlsText::protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::DtlsV1_2: return QStringLiteral("DTLS 1.2");
    default: return Text::tr("an older or unknown protocol");
    }
}

QString TlsText::sessionLine(QSsl::SslProtocol protocol, const QSslCipher &cipher)
{
    return Text::tr("%1, %2 (%3-bit)").arg(protocolName(protocol), cipher.name()).arg(cipher.usedBits());
}

QStringList TlsText::chainLines(const QList<QSslCertificate> &chain)
{
    QStringList lines;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        lines << Text::tr("certificate %1 of %2:").arg(i + 1).arg(chain.size());
        for (const QString &line : CertificateSummary::of(chain[i]).describe())
            lines << QStringLiteral("  ") + line;
    }
    return lines;
}

} // namespace Sockpit
