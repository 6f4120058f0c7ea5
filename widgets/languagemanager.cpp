#include "languagemanager.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Sockpit {

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

LanguageManager::LanguageManager()
    : m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::preferred()
{
    const QString remembered = Settings::Language.value();
    if (available().contains(remembered))
        return remembered;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!available().contains(code))
        return false;
    if (code == m_language)
        return true;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    // English is the source language; its .qm only carries plural forms.
    if (m_appTranslator->load(QStringLiteral(":/i18n/sockpit_") + code))
        QCoreApplication::installTranslator(m_appTranslator);
    if (m_qtTranslator->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    m_language = code;
    return true;
}

bool LanguageManager::chooseLanguage(const QString &code)
{
    if (!setLanguage(code))
        return false;
    Settings::Language.setValue(code);
    return true;
}

} // namespace Sockpit
