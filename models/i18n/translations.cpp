#include "models/i18n/translations.h"

#include "models/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace lgsp::models {

Translations::Translations() = default;

Translations::~Translations()
{
    removeInstalled();
}

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("vi")};
}

QString Translations::languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    return QStringLiteral("English");
}

bool Translations::setLanguage(const QString &language)
{
    if (!availableLanguages().contains(language)) {
        qCWarning(lcModels).noquote() << "unknown language" << language;
        return false;
    }
    if (language == m_language)
        return true;
    removeInstalled();
    // The .qm files are compiled into the program (resource prefix /i18n).
    if (m_console.load(QStringLiteral(":/i18n/lgsp-console_%1.qm").arg(language))) {
        m_consoleInstalled = QCoreApplication::installTranslator(&m_console);
    } else {
        qCWarning(lcModels).noquote() << "no console translation for" << language;
    }
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(language),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
    m_language = language;
    QLocale::setDefault(language == QLatin1String("vi")
                            ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}

void Translations::removeInstalled()
{
    if (m_consoleInstalled)
        QCoreApplication::removeTranslator(&m_console);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_consoleInstalled = m_qtInstalled = false;
}

} // namespace lgsp::models
