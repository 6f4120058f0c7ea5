// Messages made in the core come out in Chinese with the Chinese translation
// loaded: each file's messages must sit in the context its code asks for (a
// message lupdate filed elsewhere is silently shown in English).

#include "certificateinfo.h"
#include "commandlibrary.h"
#include "framematch.h"
#include "jsonfile.h"
#include "ruleset.h"
#include "selfsigned.h"
#include "sequence.h"
#include "tlsdiagnosis.h"
#include "tlsoptions.h"

#include <QSslCertificate>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Sockpit;

Q_DECLARE_METATYPE(std::function<QString()>)

namespace {

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QSslCertificate madeCertificate()
{
    const Result<PemIdentity> identity = makeSelfSignedIdentity(QStringLiteral("device.local"));
    return identity ? QSslCertificate(identity.value.certificate, QSsl::Pem) : QSslCertificate();
}

} // namespace

class TstCoreTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_translator.load(QStringLiteral(":/i18n/sockpit_zh_CN.qm")), "the Chinese translation is missing");
        QCoreApplication::installTranslator(&m_translator);
    }

    void messageIsChinese_data()
    {
        using Maker = std::function<QString()>;
        QTest::addColumn<Maker>("make");
        QTest::newRow("certificate lines") << Maker([] { return CertificateSummary::of(madeCertificate()).describe().join(u'\n'); });
        QTest::newRow("chain heading") << Maker([] { return TlsText::chainLines({madeCertificate()}).value(0); });
        QTest::newRow("client failure") << Maker([] { return TlsDiagnosis::explainClientFailure(QStringLiteral("wrong version number")); });
        QTest::newRow("alert") << Maker([] { return TlsDiagnosis::explainAlert(QStringLiteral("tlsv13 alert certificate required")); });
        QTest::newRow("CA file") << Maker([] {
            TlsClientOptions options;
            options.caFile = QStringLiteral("/nonexistent/ca.pem");
            return TlsSetup::clientConfiguration(options).error;
        });
        QTest::newRow("self-signed") << Maker([] { return makeSelfSignedIdentity(QString()).error; });
        QTest::newRow("match kind") << Maker([] { return FrameMatchSpec::kindTitle(FrameMatchSpec::Kind::Contains); });
        QTest::newRow("json") << Maker([] { return JsonFile::parse("{\"a\": }").error; });
        QTest::newRow("rules") << Maker([] { return RuleSet::fromJson("{\"version\": 1}").error; });
        QTest::newRow("sequence") << Maker([] { return Sequence::fromJson("{\"version\": 1, \"steps\": [3]}").error; });
        QTest::newRow("commands") << Maker([] { return CommandLibrary::fromJson(QJsonDocument::fromJson("[3]")).error; });
    }

    void messageIsChinese()
    {
        QFETCH(std::function<QString()>, make);
        const QString message = make();
        QVERIFY2(!message.isEmpty(), "no message was made");
        QVERIFY2(hasChinese(message), qPrintable(message));
    }

private:
    QTranslator m_translator;
};

QTEST_MAIN(TstCoreTranslations)
#include "tst_coretranslations.moc"
