#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace lgsp::models {

// Installs the console's translation (and Qt's own, where the system ships one) for one
// language and switches it at run time. Widgets then receive QEvent::LanguageChange.
class Translations final
{
public:
    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // "en" and "vi"; English is the source language.
    static QStringList availableLanguages();
    // "vi" for a Vietnamese system locale, "en" otherwise.
    static QString languageForLocale(const QLocale &locale);
    // The language's own name, as shown in the Language menu ("Tiếng Việt", "English").
    static QString nativeName(const QString &language);

    // Returns false (and keeps the current language) for an unknown code or a missing file.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    void removeInstalled();

    QString m_language;
    QTranslator m_console;
    QTranslator m_qt;
    bool m_consoleInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace lgsp::models
