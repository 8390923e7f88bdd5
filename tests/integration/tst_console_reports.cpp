// The console's commands for scripts and reports, run as an officer's script runs them:
// --list prints every tenant or service as JSON or CSV (UTF-8 with a byte-order mark), and
// --validate-bundle checks configuration bundles with exit codes a script can act on.
#include "consolerun.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using lgsp::test::isolatedEnvironment;
using lgsp::test::runConsole;
using Run = lgsp::test::ConsoleRun;

class TestConsoleReports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --validate-bundle: 0 valid, 1 invalid (every problem with its pointer), 2 unreadable;
    // JSON output for scripts.
    void validateBundleExitCodes()
    {
        QTemporaryDir home;
        const auto bundle = [](const char *name) {
            return lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/") +
                                          QString::fromLatin1(name));
        };
        const Run valid =
            runConsole({QStringLiteral("--validate-bundle"), bundle("valid-hau-giang.json")},
                       isolatedEnvironment(home));
        QCOMPARE(valid.exitCode, 0);
        QVERIFY2(valid.out.contains(QStringLiteral("valid")), qPrintable(valid.out));
        const Run invalid = runConsole(
            {QStringLiteral("--validate-bundle"), bundle("invalid-service-consumer-missing.json")},
            isolatedEnvironment(home));
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.out.contains(QStringLiteral("/services/1/consumers/2")),
                 qPrintable(invalid.out));
        const Run syntax = runConsole(
            {QStringLiteral("--validate-bundle"), bundle("invalid-syntax-trailing-comma.json")},
            isolatedEnvironment(home));
        QCOMPARE(syntax.exitCode, 2);
        QVERIFY2(syntax.out.contains(QStringLiteral("line 5")), qPrintable(syntax.out));
        const Run json = runConsole(
            {QStringLiteral("--validate-bundle"), bundle("valid-empty.json"),
             QStringLiteral("--validate-bundle"), bundle("invalid-tenant-duplicate-code.json"),
             QStringLiteral("--format"), QStringLiteral("json")},
            isolatedEnvironment(home));
        QCOMPARE(json.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(json.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("bundles"))
                                       .toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("valid")).toBool(), true);
        const QJsonObject second = results.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(second.value(QStringLiteral("problems"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("pointer"))
                     .toString(),
                 QStringLiteral("/tenants/3/code"));
    }

    void listForScriptsAndReports()
    {
        QTemporaryDir home;
        const Run csv = runConsole({QStringLiteral("--demo"), QStringLiteral("--list"),
                                    QStringLiteral("tenants"), QStringLiteral("--format"),
                                    QStringLiteral("csv")},
                                   isolatedEnvironment(home));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.rawOut.startsWith("\xEF\xBB\xBF")); // the byte-order mark, for Excel
        const QStringList lines =
            QString::fromUtf8(csv.rawOut.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 20); // header + 19 tenants
        QVERIFY(lines.first().startsWith(QLatin1String("instance,code,name")));
        QVERIFY(csv.out.contains(QStringLiteral("Thành phố Hà Nội")));

        const Run json = runConsole(
            {QStringLiteral("--demo"), QStringLiteral("--list"), QStringLiteral("services")},
            isolatedEnvironment(home));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray services = QJsonDocument::fromJson(json.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("services"))
                                        .toArray();
        QCOMPARE(services.size(), 40);
        QVERIFY(!services.at(0).toObject().value(QStringLiteral("instance")).toString().isEmpty());

        QCOMPARE(runConsole({QStringLiteral("--demo"), QStringLiteral("--list"),
                             QStringLiteral("nothing")},
                            isolatedEnvironment(home))
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestConsoleReports)
#include "tst_console_reports.moc"
