// The console's commands for scripts and reports, run as an officer's script runs them:
// --list prints every tenant or service as JSON or CSV (UTF-8 with a byte-order mark), and
// --validate-bundle checks configuration bundles with exit codes a script can act on, and
// --report writes a period's traffic report as a monthly cron job would: the demo sandbox
// with its past traffic, last month in Vietnam's days, as CSV, PDF (read back with poppler's
// pdftotext) and XLSX, the same figures in each; bad requests refused with a reason.
#include "consolerun.h"
#include "testpaths.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using lgsp::test::isolatedEnvironment;
using lgsp::test::runConsole;
using Run = lgsp::test::ConsoleRun;

namespace {

// One CSV line's fields (quoted fields may hold commas: "Tỉnh, thành phố").
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                fields.last() += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            fields << QString();
        } else {
            fields.last() += c;
        }
    }
    return fields;
}

} // namespace

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

    void reportForACronJob()
    {
        QTemporaryDir home;
        const QDate month =
            QDateTime::currentDateTime().toTimeZone(QTimeZone(7 * 3600)).date().addMonths(-1);
        const QString period = month.toString(QStringLiteral("yyyy-MM"));
        const auto report = [&](const QString &format, const QString &language) {
            return runConsole({QStringLiteral("--report"), QStringLiteral("--demo"),
                               QStringLiteral("--period"), period, QStringLiteral("--time-zone"),
                               QStringLiteral("+07:00"), QStringLiteral("--format"), format,
                               QStringLiteral("--output"),
                               home.filePath(QStringLiteral("báo cáo.") + format),
                               QStringLiteral("--lang"), language},
                              isolatedEnvironment(home), 120000);
        };

        // CSV: the tenants' table, most transactions first.
        const Run csv = report(QStringLiteral("csv"), QStringLiteral("vi"));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY2(csv.out.contains(QStringLiteral("giao dịch")), qPrintable(csv.out));
        QFile csvFile(home.filePath(QStringLiteral("báo cáo.csv")));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 5, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.first().startsWith(QStringLiteral("Mã định danh,Tên,Loại,Số giao dịch")));
        qint64 previous = -1;
        qint64 sum = 0;
        QString top;
        for (const QString &line : lines.mid(1)) {
            const QStringList fields = csvFields(line);
            const qint64 calls = fields.value(3).toLongLong();
            QVERIFY2(previous < 0 || calls <= previous, qPrintable(line));
            previous = calls;
            sum += calls;
            if (top.isEmpty())
                top = fields.value(1);
        }
        QVERIFY(sum > 10000);

        // PDF: the same figures, Vietnamese intact (poppler reads it).
        const Run pdf = report(QStringLiteral("pdf"), QStringLiteral("vi"));
        QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {home.filePath(QStringLiteral("báo cáo.pdf")), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 0);
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(QStringLiteral("Báo cáo giao dịch")));
        QVERIFY2(content.contains(QLocale(QLocale::Vietnamese).toString(sum)),
                 qPrintable(content.left(600)));
        QVERIFY2(content.contains(top.left(12)), qPrintable(top));

        // XLSX, in English this time: a workbook (a zip) with the English sheet names.
        const Run xlsx = report(QStringLiteral("xlsx"), QStringLiteral("en"));
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        QVERIFY2(xlsx.out.contains(QStringLiteral("transactions from")), qPrintable(xlsx.out));
        QFile book(home.filePath(QStringLiteral("báo cáo.xlsx")));
        QVERIFY(book.open(QIODevice::ReadOnly));
        const QByteArray zip = book.readAll();
        QVERIFY(zip.startsWith("PK"));
        QVERIFY(zip.size() > 4000);
    }

    void reportRefusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString out = QStringLiteral("r.pdf");
        QTest::newRow("no period") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                  QStringLiteral("--output"), out}
                                   << QStringLiteral("--period");
        QTest::newRow("bad period")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-13"),
                           QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("--output"), out}
            << QStringLiteral("2026-13");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-11"),
                           QStringLiteral("--format"), QStringLiteral("docx"),
                           QStringLiteral("--output"), out}
            << QStringLiteral("docx");
        QTest::newRow("no output")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-11"),
                           QStringLiteral("--format"), QStringLiteral("csv")}
            << QStringLiteral("--output");
        QTest::newRow("bad top") << QStringList{QStringLiteral("--period"), QStringLiteral("2026"),
                                                QStringLiteral("--format"), QStringLiteral("csv"),
                                                QStringLiteral("--output"), out,
                                                QStringLiteral("--top"),    QStringLiteral("0")}
                                 << QStringLiteral("--top");
        QTest::newRow("bad time zone")
            << QStringList{QStringLiteral("--period"),    QStringLiteral("2026-Q4"),
                           QStringLiteral("--format"),    QStringLiteral("csv"),
                           QStringLiteral("--output"),    out,
                           QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}
            << QStringLiteral("Mars/Olympus");
        QTest::newRow("unknown group")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-11"),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--output"), out,
                           QStringLiteral("--group"),  QStringLiteral("Tỉnh")}
            << QStringLiteral("Tỉnh");
        QTest::newRow("no profiles")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2026-11"),
                           QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("--output"), out}
            << QStringLiteral("--demo");
    }

    void reportRefusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        QTemporaryDir home;
        const Run run = runConsole(QStringList{QStringLiteral("--report"), QStringLiteral("--lang"),
                                               QStringLiteral("en")} +
                                       arguments,
                                   isolatedEnvironment(home));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(!QFile::exists(QStringLiteral("r.pdf")));
    }

    // A file it cannot write: said, and exit 2 (after the report was made).
    void reportToAnUnwritablePlace()
    {
        QTemporaryDir home;
        QFile blocker(home.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run run = runConsole(
            {QStringLiteral("--report"), QStringLiteral("--demo"), QStringLiteral("--period"),
             QDate::currentDate().addDays(-3).toString(Qt::ISODate) + QStringLiteral("..") +
                 QDate::currentDate().addDays(-1).toString(Qt::ISODate),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"),
             home.filePath(QStringLiteral("not-a-folder/r.pdf")), QStringLiteral("--lang"),
             QStringLiteral("en")},
            isolatedEnvironment(home), 120000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot write")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestConsoleReports)
#include "tst_console_reports.moc"
