// Every Vietnamese string is translated, placeholders survive translation, English plurals
// are spelled out, and the compiled translations load and switch at run time.
#include "models/i18n/translations.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using lgsp::models::Translations;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished"…
    QStringList forms;
};

// Reads every <message> of a Qt Linguist file, plural or not.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement() && name == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            current.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vietnameseIsComplete()
    {
        const QString path =
            lgsp::test::sourcePath(QStringLiteral("translations/lgsp-console_vi.ts"));
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 50, "the Vietnamese file holds too few messages");
        QStringList problems;
        for (const Message &m : std::as_const(messages)) {
            const QString where =
                m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(" is ") + m.type;
            if (m.forms.isEmpty())
                problems << where + QStringLiteral(" has no translation");
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                else if (placeholders(form) != placeholders(m.source))
                    problems << where + QStringLiteral(" loses or adds a placeholder");
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishPluralsAreSpelledOut()
    {
        QString error;
        const QList<Message> messages = readTs(
            lgsp::test::sourcePath(QStringLiteral("translations/lgsp-console_en.ts")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int plurals = 0;
        for (const Message &m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(m.type.isEmpty() && m.forms.size() == 2 &&
                         !m.forms.at(0).contains(QLatin1String("(s)")) &&
                         !m.forms.at(1).contains(QLatin1String("(s)")),
                     qPrintable(m.source));
        }
        QVERIFY(plurals > 0);
    }

    void compiledTranslationsSwitchAtRunTime()
    {
        Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("vi")));
        QCOMPARE(QCoreApplication::translate("Page", "Tenants"), QStringLiteral("Đơn vị"));
        QCOMPARE(QCoreApplication::translate("Page", "Services"),
                 QStringLiteral("Danh mục dịch vụ"));
        QCOMPARE(QCoreApplication::translate("lgsp::ui::MainWindow", "%n instance(s) connected",
                                             nullptr, 3),
                 QStringLiteral("Đã kết nối 3 hệ thống"));
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Page", "Tenants"), QStringLiteral("Tenants"));
        QCOMPARE(QCoreApplication::translate("lgsp::ui::MainWindow", "%n instance(s) connected",
                                             nullptr, 1),
                 QStringLiteral("1 instance connected"));
        QCOMPARE(QCoreApplication::translate("lgsp::ui::MainWindow", "%n instance(s) connected",
                                             nullptr, 2),
                 QStringLiteral("2 instances connected"));
        QVERIFY(!translations.setLanguage(QStringLiteral("fr")));
        QCOMPARE(translations.language(), QStringLiteral("en"));
    }

    void localeDecidesTheFirstLanguage()
    {
        QCOMPARE(Translations::languageForLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam)),
                 QStringLiteral("vi"));
        QCOMPARE(Translations::languageForLocale(QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("en"));
        QCOMPARE(Translations::languageForLocale(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
