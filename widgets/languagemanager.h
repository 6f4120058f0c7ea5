#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace Sockpit {

/// Installs the translators for the chosen language at run time and remembers
/// the choice. Widgets follow through QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager &instance();

    /// "zh_CN" or "en".
    static QStringList available();
    /// The remembered choice, else the system locale's (Chinese -> zh_CN, otherwise en).
    static QString preferred();

    /// Loads the language (does not remember it). Returns false for an unknown code.
    bool setLanguage(const QString &code);
    /// setLanguage and remember it for the next start.
    bool chooseLanguage(const QString &code);
    QString language() const { return m_language; }

private:
    LanguageManager();
    QString m_language;
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
};

} // namespace Sockpit
