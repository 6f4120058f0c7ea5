#include "ipcalccommand.h"

#include "ipcalc.h"
#include "ipcalcreport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTranslator>

namespace Sockpit {

namespace {

/// Installs the Chinese translation for the duration of one command when the
/// application has not loaded it already (main may or may not have).
class ScopedChinese
{
public:
    explicit ScopedChinese(bool wanted)
    {
        if (!wanted || !QCoreApplication::instance())
            return;
        const QString qm = QStringLiteral(":/i18n/sockpit_zh_CN.qm");
        if (QFile::exists(qm) && m_translator.load(qm) && !m_translator.isEmpty())
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedChinese()
    {
        if (m_installed)
            QCoreApplication::removeTranslator(&m_translator);
    }
    ScopedChinese(const ScopedChinese &) = delete;
    ScopedChinese &operator=(const ScopedChinese &) = delete;

private:
    QTranslator m_translator;
    bool m_installed = false;
};

} // namespace

int runIpCalc(const QString &input, QTextStream &out, QTextStream &err, bool chineseLabels)
{
    const ScopedChinese chinese(chineseLabels);
    const Result<IpCalc::Input> parsed = IpCalc::parseInput(input);
    if (!parsed.ok()) {
        err << "sockpit --ipcalc: " << parsed.error << '\n';
        err.flush();
        return 2;
    }
    out << "input: " << input.trimmed() << '\n';
    const QList<IpCalcLine> lines = IpCalcReport::describe(parsed.value);
    for (const IpCalcLine &line : lines) {
        if (chineseLabels) {
            out << "# " << line.label;
            if (line.text != line.value)
                out << QStringLiteral("：") << line.text;
            out << '\n';
        }
        out << line.key << ": " << line.value << '\n';
    }
    out.flush();
    return 0;
}

} // namespace Sockpit
