// Monthly traffic reports against a real sandbox with a known history (--history): every
// figure — per tenant, per day, the month before — equals what the transaction log holds for
// the same days of Vietnam (UTC+7); rankings are in order; days the source never held are
// missing and the day it began is partial, not zero; the summary writes numbers as the
// language does; the CSV has a row per tenant.
#include "apiclient.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/i18n/translations.h"
#include "models/reports/reportexport.h"
#include "models/reports/reporttables.h"
#include "models/reports/reportxlsx.h"
#include "models/reports/trafficreport.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "testpaths.h"
#include "transactionlog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using lgsp::models::ReportPeriod;
using lgsp::models::TrafficReport;
using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;

namespace {

constexpr int kHistoryDays = 75;
const QTimeZone kVietnam(7 * 3600);

struct Log
{
    QMap<QString, qint64> calls; // by provider
    QMap<QString, qint64> errors;
    QMap<QDate, qint64> callsByDay;                 // Vietnam's days
    QMap<QString, QMap<QString, qint64>> consumers; // service id → consumer → calls
    qint64 total = 0;
};

// "1234567" as Vietnamese writes it: "1.234.567".
QString vietnameseNumber(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits;
}

} // namespace

class TestTrafficReport final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    lgsp::client::ConnectionProfile m_profile;
    std::unique_ptr<lgsp::client::Fleet> m_fleet;

    Log fromLog(qint64 from, qint64 to) const
    {
        Log log;
        ApiClient api(m_sandbox.baseUrl());
        if (!api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()))
            return log;
        for (const QJsonObject &t : lgsp::test::readTransactionLog(api, from, to)) {
            const QString provider = t.value(QLatin1String("tenantCode")).toString();
            ++log.calls[provider];
            ++log.total;
            ++log.consumers[t.value(QLatin1String("serviceId")).toString()]
                           [t.value(QLatin1String("consumer")).toString()];
            if (!t.value(QLatin1String("errorCode")).toString().isEmpty())
                ++log.errors[provider];
            const QDateTime at =
                QDateTime::fromString(t.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
            ++log.callsByDay[at.toTimeZone(kVietnam).date()];
        }
        return log;
    }

    bool build(TrafficReport *report, const ReportPeriod &period)
    {
        QSignalSpy finished(report, &TrafficReport::finished);
        report->build(m_fleet->connection(m_profile.id)->backend(), period, kVietnam);
        return finished.wait(60000) && finished.first().first().toBool();
    }

    // The last whole month of Vietnam's calendar.
    static ReportPeriod lastMonth()
    {
        const QDate today = QDateTime::currentDateTime().toTimeZone(kVietnam).date();
        const QDate before = today.addMonths(-1);
        return ReportPeriod::month(before.year(), before.month());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                 QStringLiteral("--history"), QString::number(kHistoryDays),
                                 QStringLiteral("--keep-transactions"), QStringLiteral("100")}));
        m_profile = lgsp::test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Sandbox"));
        m_fleet = std::make_unique<lgsp::client::Fleet>();
        m_fleet->setProfiles({m_profile});
        m_fleet->setSecret(m_profile.id, m_sandbox.bootstrapSecret());
    }

    void periodsReadAndWriteBack()
    {
        QString error;
        QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-11"), &error)->last, QDate(2026, 11, 30));
        QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-Q4"), &error)->first, QDate(2026, 10, 1));
        QCOMPARE(ReportPeriod::parse(QStringLiteral("2024"), &error)->days(), 366);
        const auto range = ReportPeriod::parse(QStringLiteral("2026-11-03..2026-11-09"), &error);
        QCOMPARE(range->days(), 7);
        QCOMPARE(range->previous().last, QDate(2026, 11, 2));
        QCOMPARE(range->previous().days(), 7);
        QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-Q1"), &error)->previous().text(),
                 QStringLiteral("2025-Q4"));
        QCOMPARE(ReportPeriod::parse(QStringLiteral("2026-03"), &error)->previous().last,
                 QDate(2026, 2, 28));
        for (const QString &text : {QStringLiteral("2026-13"), QStringLiteral("Q4"),
                                    QStringLiteral("2026-11-09..2026-11-03")}) {
            QVERIFY(!ReportPeriod::parse(text, &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void monthEqualsTheTransactionLog()
    {
        lgsp::models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("vi")));
        const ReportPeriod month = lastMonth();
        TrafficReport report;
        QVERIFY2(build(&report, month), qPrintable(report.error()));
        const Log log = fromLog(month.startSeconds(kVietnam), month.endSeconds(kVietnam));
        QVERIFY(log.total > 10000);

        const TrafficReport::Figures total = report.total();
        QCOMPARE(total.calls, log.total);
        QMap<QString, qint64> calls;
        QMap<QString, qint64> errors;
        qint64 previous = -1;
        for (const TrafficReport::Tenant &t : report.tenants()) {
            if (t.period.calls > 0)
                calls.insert(t.code, t.period.calls);
            if (t.period.errors > 0)
                errors.insert(t.code, t.period.errors);
            QVERIFY(!t.name.isEmpty());
            // Most calls first.
            QVERIFY(previous < 0 || t.period.calls <= previous);
            previous = t.period.calls;
        }
        QCOMPARE(calls, log.calls);
        QCOMPARE(errors, log.errors);
        for (const TrafficReport::Day &day : report.days()) {
            QVERIFY(!day.missing);
            QCOMPARE(day.figures.calls, log.callsByDay.value(day.date));
        }
        QVERIFY(report.missingDays().isEmpty());
        QVERIFY(report.partialDays().isEmpty());

        // Every service's calls by consumer, as the log has them; the top ones named.
        QCOMPARE(report.services().size(), log.consumers.size());
        for (const TrafficReport::Service &s : report.services()) {
            QVERIFY(s.consumersKnown);
            QMap<QString, qint64> byConsumer;
            for (auto it = s.consumers.cbegin(); it != s.consumers.cend(); ++it)
                byConsumer.insert(it.key(), it.value());
            QCOMPARE(byConsumer, log.consumers.value(s.id));
            const QList<std::pair<QString, qint64>> top = report.topConsumers(s, 3);
            QVERIFY(!top.isEmpty() && top.size() <= 3);
            QCOMPARE(top.first().second, *std::max_element(byConsumer.cbegin(), byConsumer.cend()));
            QVERIFY2(!top.first().first.startsWith(QLatin1String("000.")),
                     qPrintable(top.first().first)); // a name, not a code
        }

        // The month before, fully held: its figures too.
        QVERIFY(report.previousComplete());
        const ReportPeriod before = month.previous();
        const Log previousLog = fromLog(before.startSeconds(kVietnam), before.endSeconds(kVietnam));
        QCOMPARE(report.previousTotal().calls, previousLog.total);

        // Rankings: ministries and provinces, each in order of calls.
        const QList<TrafficReport::Tenant> ministries = report.top(QStringLiteral("ministry"), 5);
        QVERIFY(!ministries.isEmpty() && ministries.size() <= 5);
        for (qsizetype i = 0; i < ministries.size(); ++i) {
            QCOMPARE(ministries.at(i).kind, QStringLiteral("ministry"));
            if (i > 0)
                QVERIFY(ministries.at(i).period.calls <= ministries.at(i - 1).period.calls);
        }
        for (const TrafficReport::Tenant &p : report.top(QStringLiteral("province"), 5))
            QCOMPARE(p.kind, QStringLiteral("province"));

        // Vietnamese numbers: "1.234.567" and "97,3 %".
        const QString summary = report.summary();
        qInfo().noquote() << summary;
        QVERIFY2(summary.contains(vietnameseNumber(log.total)), qPrintable(summary));
        QVERIFY2(summary.contains(QRegularExpression(QStringLiteral("\\d,\\d %"))),
                 qPrintable(summary));

        const QList<QByteArray> lines =
            lgsp::models::ReportTable::make(report, lgsp::models::ReportTable::Id::Tenants, 5)
                .toCsv()
                .split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"));
        QCOMPARE(lines.size() - 2, report.tenants().size()); // header, rows, the last CRLF
    }

    // The workbook read back by openpyxl: sheets, numbers as numbers, Vietnamese intact.
    void workbookReadsBackInAnotherReader()
    {
        lgsp::models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("vi")));
        TrafficReport report;
        QVERIFY2(build(&report, lastMonth()), qPrintable(report.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("báo cáo.xlsx"));
        QString error;
        QVERIFY2(lgsp::models::ReportXlsx::write(report, QStringLiteral("LGSP Sandbox"), 5, path,
                                                 &error),
                 qPrintable(error));
        // For looking at it: a copy beside the screenshots.
        const QString keep = qEnvironmentVariable("LGSP_SCREENSHOT_DIR");
        if (!keep.isEmpty())
            QFile::copy(path, QDir(keep).filePath(QStringLiteral("report-month-vi.xlsx")));
        QProcess reader;
        // Debian's Python, the one python3-openpyxl installs into (not a pyenv on PATH).
        QString python =
            QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
        if (python.isEmpty())
            python = QStringLiteral("python3");
        reader.start(python,
                     {lgsp::test::sourcePath(QStringLiteral("tests/reports/read_xlsx.py")), path});
        QVERIFY(reader.waitForFinished(60000));
        QVERIFY2(reader.exitCode() == 0,
                 reader.readAllStandardError().replace('\n', " | ").constData());
        const QJsonArray sheets = QJsonDocument::fromJson(reader.readAllStandardOutput())
                                      .object()
                                      .value(QLatin1String("sheets"))
                                      .toArray();
        QStringList names;
        for (const QJsonValue &sheet : sheets)
            names << sheet.toObject().value(QLatin1String("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Tóm tắt"), QStringLiteral("Đơn vị"),
                                     QStringLiteral("Bộ, ngành nhiều nhất"),
                                     QStringLiteral("Tỉnh, thành phố nhiều nhất"),
                                     QStringLiteral("Dịch vụ"), QStringLiteral("Theo ngày")}));
        const QJsonObject tenants = sheets.at(1).toObject();
        QCOMPARE(tenants.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        const QJsonArray rows = tenants.value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), report.tenants().size() + 1);
        QCOMPARE(rows.at(0).toArray().at(0).toArray().at(1).toString(),
                 QStringLiteral("Mã định danh"));
        for (qsizetype i = 0; i < report.tenants().size(); ++i) {
            const TrafficReport::Tenant t = report.tenants().at(i);
            const QJsonArray row = rows.at(i + 1).toArray();
            QCOMPARE(row.at(0).toArray().at(1).toString(), t.code);
            QCOMPARE(row.at(1).toArray().at(1).toString(), t.name); // diacritics intact
            QCOMPARE(row.at(3).toArray().at(0).toString(), QStringLiteral("n"));
            QCOMPARE(row.at(3).toArray().at(1).toInteger(), t.period.calls);
            QCOMPARE(row.at(4).toArray().at(1).toInteger(), t.period.errors);
            if (t.period.calls > 0) {
                QCOMPARE(row.at(5).toArray().at(0).toString(), QStringLiteral("n"));
                QVERIFY(qAbs(row.at(5).toArray().at(1).toDouble() - t.period.successRate()) < 1e-9);
            }
        }
        // Widths fitted: the name column wider than the code column.
        const QJsonObject widths = tenants.value(QLatin1String("widths")).toObject();
        QVERIFY(widths.value(QLatin1String("B")).toDouble() >
                widths.value(QLatin1String("A")).toDouble());
        const QJsonArray days = sheets.at(5).toObject().value(QLatin1String("rows")).toArray();
        QCOMPARE(days.size(), report.days().size() + 1);
        QCOMPARE(days.at(1).toArray().at(0).toArray().at(0).toString(), QStringLiteral("d"));
        QCOMPARE(days.at(1).toArray().at(0).toArray().at(1).toString(),
                 report.period().first.toString(Qt::ISODate));
        QCOMPARE(days.at(1).toArray().at(1).toArray().at(1).toInteger(),
                 report.days().first().figures.calls);
    }

    // The PDF read by poppler: the agencies' names with diacritics, the figures as Vietnamese
    // writes them, every tenant; the first page rendered to an image.
    void pdfReadsBackWithPoppler()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftotext.isEmpty() || pdftoppm.isEmpty())
            QFAIL("poppler-utils is not installed (scripts/install-deps.sh --tests)");
        lgsp::models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("vi")));
        TrafficReport report;
        QVERIFY2(build(&report, lastMonth()), qPrintable(report.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("báo cáo.pdf"));
        QString error;
        using lgsp::models::ReportExport;
        QVERIFY2(ReportExport::write(report, QStringLiteral("LGSP Sandbox"), 5,
                                     ReportExport::Format::Pdf, path, &error),
                 qPrintable(error));
        // For looking at it: a copy beside the screenshots.
        if (!qEnvironmentVariableIsEmpty("LGSP_SCREENSHOT_DIR"))
            QFile::copy(path, QDir(qEnvironmentVariable("LGSP_SCREENSHOT_DIR"))
                                  .filePath(QStringLiteral("report-month-vi.pdf")));
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 0);
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Báo cáo giao dịch")),
                 qPrintable(content.left(500)));
        QVERIFY(content.contains(vietnameseNumber(report.total().calls)));
        for (const TrafficReport::Tenant &t : report.tenants()) {
            QVERIFY2(content.contains(t.code), qPrintable(t.code));
            // Long names may be shortened with "…" in their column; the start is there.
            QVERIFY2(content.contains(t.name.left(18)), qPrintable(t.name));
            QVERIFY2(content.contains(vietnameseNumber(t.period.calls)), qPrintable(t.code));
        }
        QVERIFY(content.contains(QRegularExpression(QStringLiteral("Trang 1/\\d"))));
        QVERIFY(!content.contains(QChar(0xFFFD))); // no glyph lost

        QProcess render;
        const QString png = dir.filePath(QStringLiteral("page"));
        render.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QStringLiteral("2"), path, png});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
        QCOMPARE(pages.size(), 2);
        const QImage first(dir.filePath(pages.first()));
        QVERIFY(first.width() > 600 && first.height() > first.width()); // A4 portrait
        const QString keep = qEnvironmentVariable("LGSP_SCREENSHOT_DIR");
        if (!keep.isEmpty()) {
            for (const QString &page : pages)
                QFile::copy(dir.filePath(page),
                            QDir(keep).filePath(QStringLiteral("report-") + page));
        }

        // CSV: the tenants' table, numbers as digits any spreadsheet reads.
        const QString csvPath = dir.filePath(QStringLiteral("báo cáo.csv"));
        QVERIFY2(ReportExport::write(report, QStringLiteral("LGSP Sandbox"), 5,
                                     ReportExport::Format::Csv, csvPath, &error),
                 qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const TrafficReport::Tenant first_ = report.tenants().first();
        QVERIFY(bytes.contains((first_.code + QLatin1Char(',') + first_.name).toUtf8()) ||
                bytes.contains((first_.code + QStringLiteral(",\"") + first_.name).toUtf8()));
        QVERIFY(bytes.contains(QByteArray("," + QByteArray::number(first_.period.calls) + ",")));
    }

    // Two instances at once (two profiles of the same sandbox): every figure twice, the
    // services once per instance.
    void twoInstancesAddUp()
    {
        lgsp::models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        TrafficReport one;
        QVERIFY2(build(&one, lastMonth()), qPrintable(one.error()));
        lgsp::client::ConnectionProfile second =
            lgsp::test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Sandbox 2"));
        m_fleet->setProfiles({m_profile, second});
        m_fleet->setSecret(m_profile.id, m_sandbox.bootstrapSecret());
        m_fleet->setSecret(second.id, m_sandbox.bootstrapSecret());
        TrafficReport both;
        QSignalSpy finished(&both, &TrafficReport::finished);
        QSignalSpy progress(&both, &TrafficReport::progress);
        both.build({{m_profile.name, m_fleet->connection(m_profile.id)->backend()},
                    {second.name, m_fleet->connection(second.id)->backend()}},
                   lastMonth(), kVietnam);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(both.error()));
        QVERIFY(progress.size() > 4);
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        QCOMPARE(both.total().calls, one.total().calls * 2);
        QCOMPARE(both.tenants().size(), one.tenants().size());
        for (qsizetype i = 0; i < one.tenants().size(); ++i)
            QCOMPARE(both.tenants().at(i).period.calls, one.tenants().at(i).period.calls * 2);
        QCOMPARE(both.services().size(), one.services().size() * 2);
        QVERIFY(both.partialDays().isEmpty());
        QVERIFY(both.previousComplete());
        const lgsp::models::ReportTable services =
            lgsp::models::ReportTable::make(both, lgsp::models::ReportTable::Id::Services, 5);
        QCOMPARE(services.columns.first().title, QStringLiteral("Instance"));
        QVERIFY2(both.summary().contains(QStringLiteral("the 2 instances carried")),
                 qPrintable(both.summary()));

        // Cancelled half way: it says so, and a new build works.
        both.build({{m_profile.name, m_fleet->connection(m_profile.id)->backend()}}, lastMonth(),
                   kVietnam);
        QVERIFY(both.isBusy());
        both.cancel();
        QVERIFY(!both.isBusy());
        QVERIFY(!both.error().isEmpty());
        m_fleet->setProfiles({m_profile});
        m_fleet->setSecret(m_profile.id, m_sandbox.bootstrapSecret());
    }

    void daysNeverHeldAreMissingNotZero()
    {
        lgsp::models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        // The ten days up to the history's first (07:00 in Vietnam: partly held).
        const QDate began =
            QDateTime::fromSecsSinceEpoch(
                (QDateTime::currentSecsSinceEpoch() / 86400 - kHistoryDays) * 86400, kVietnam)
                .date();
        TrafficReport report;
        QVERIFY2(build(&report, ReportPeriod::range(began.addDays(-9), began.addDays(1))),
                 qPrintable(report.error()));
        QCOMPARE(report.missingDays().size(), 9);
        QCOMPARE(report.missingDays().last(), began.addDays(-1));
        QCOMPARE(report.partialDays(), QList<QDate>{began});
        QVERIFY(report.days().last().figures.calls > 0);
        QVERIFY(!report.previousComplete());
        const QString summary = report.summary();
        QVERIFY2(summary.contains(QStringLiteral("nothing for 9 days")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("period before")), qPrintable(summary));
    }
};

QTEST_MAIN(TestTrafficReport)
#include "tst_trafficreport.moc"
