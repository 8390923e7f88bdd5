// Settings: typed defaults, a durable round trip, and an unreadable file never lost.
#include "models/settings/appsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lgsp::models;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsWithoutAFile()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(settings.load());
        QCOMPARE(settings.value(SettingKeys::Language), QString());
        QCOMPARE(settings.value(SettingKeys::WelcomeSeen), false);
        QVERIFY(settings.value(SettingKeys::WindowGeometry).isEmpty());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/settings.json"));
        {
            AppSettings settings(path);
            settings.setValue(SettingKeys::Language, QStringLiteral("vi"));
            settings.setValue(SettingKeys::WelcomeSeen, true);
            settings.setValue(SettingKeys::WindowGeometry, QByteArray("\x01\x02\xff", 3));
            QString error;
            QVERIFY2(settings.save(&error), qPrintable(error));
        }
        AppSettings reloaded(path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.value(SettingKeys::Language), QStringLiteral("vi"));
        QCOMPARE(reloaded.value(SettingKeys::WelcomeSeen), true);
        QCOMPARE(reloaded.value(SettingKeys::WindowGeometry), QByteArray("\x01\x02\xff", 3));
    }

    void wrongTypesFallBackToDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"formatVersion\":1,\"values\":{\"ui/language\":7,\"ui/welcomeSeen\":\"yes\"}}");
        file.close();
        AppSettings settings(path);
        QVERIFY(settings.load());
        QCOMPARE(settings.value(SettingKeys::Language), QString());
        QCOMPARE(settings.value(SettingKeys::WelcomeSeen), false);
    }

    void unreadableFileIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated JSON") << QByteArray("{\"formatVersion\":1,\"values\":{\"ui/lan");
        QTest::newRow("not an object") << QByteArray("[1,2,3]");
        QTest::newRow("no values") << QByteArray("{\"formatVersion\":1}");
        QTest::newRow("newer format") << QByteArray("{\"formatVersion\":99,\"values\":{}}");
    }

    void unreadableFileIsKeptAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        AppSettings settings(path);
        QString error;
        QVERIFY(!settings.load(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(settings.value(SettingKeys::Language), QString());
        settings.setValue(SettingKeys::Language, QStringLiteral("en"));
        QVERIFY(settings.save());

        // The unreadable original is still there, byte for byte, beside the new file.
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("settings.json.unreadable-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        AppSettings reloaded(path);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.value(SettingKeys::Language), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
