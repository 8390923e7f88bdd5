#include "reportcommand.h"

#include "client/connection.h"
#include "client/localsandbox.h"
#include "client/profiles/profilestore.h"
#include "commandtargets.h"
#include "models/reports/reportexport.h"
#include "models/reports/reportperiod.h"
#include "models/reports/trafficreport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>
#include <memory>
#include <vector>

namespace lgsp::app {

namespace {

int refuse(const QString &text)
{
    std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(text));
    return 2;
}

// An IANA name ("Asia/Ho_Chi_Minh") or an offset from UTC ("+07:00", "UTC+7").
std::optional<QTimeZone> timeZone(const QString &text)
{
    if (text.isEmpty())
        return QTimeZone::systemTimeZone();
    const QTimeZone named(text.toUtf8());
    if (named.isValid())
        return named;
    static const QRegularExpression offset(
        QStringLiteral("^(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?$"));
    const QRegularExpressionMatch m = offset.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(2).toInt();
    const int minutes = m.captured(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds =
        (hours * 3600 + minutes * 60) * (m.captured(1) == QLatin1String("-") ? -1 : 1);
    return QTimeZone(seconds);
}

// How many days of past traffic the demo sandbox writes for a report of `period`: back to
// the first day of the period before (to compare with), at most the sandbox's 400.
int demoHistoryDays(const models::ReportPeriod &period, const QTimeZone &zone)
{
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    const qint64 days = period.previous().first.daysTo(today) + 1;
    return int(std::clamp<qint64>(days, 1, 400));
}

} // namespace

bool ReportCommand::requested(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--report"));
}

int ReportCommand::run(const QStringList &arguments)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lgsp.*.info=false\nlgsp.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the traffic report of a period without a window."));
    parser.addHelpOption();
    const QCommandLineOption report(QStringLiteral("report"), tr("Write a traffic report."));
    const QCommandLineOption period(
        QStringLiteral("period"),
        tr("The period: a month (2026-11), a quarter (2026-Q4), a year (2026) or days "
           "(2026-11-01..2026-11-15)."),
        QStringLiteral("period"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Report on the profile with this name (repeatable)."),
                                     tr("name"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   tr("Report on every profile of this group."), tr("group"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 tr("Report on every profile (the default)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: xlsx, pdf or csv (the tenants' table)."),
                                    QStringLiteral("format"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The file to write."), tr("file"));
    const QCommandLineOption top(QStringLiteral("top"),
                                 tr("How many ministries and provinces to rank (5 unless told)."),
                                 QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption zone(
        QStringLiteral("time-zone"),
        tr("The days' time zone: a name (Asia/Ho_Chi_Minh) or an offset (+07:00); the "
           "system's unless told."),
        tr("zone"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        tr("Report on a local lgsp-sandbox started for the purpose, with past traffic."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the report and the messages: vi or en."),
                                  QStringLiteral("lang"));
    parser.addOptions({report, period, profile, group, all, format, output, top, zone, demo, lang});
    if (!parser.parse(arguments))
        return refuse(parser.errorText());
    if (!parser.isSet(period))
        return refuse(tr("Which period? Add --period, for example --period 2026-11."));
    QString error;
    const std::optional<models::ReportPeriod> asked =
        models::ReportPeriod::parse(parser.value(period), &error);
    if (!asked)
        return refuse(error);
    if (!parser.isSet(format))
        return refuse(tr("Which format? Add --format xlsx, pdf or csv."));
    const std::optional<models::ReportExport::Format> chosen =
        models::ReportExport::formatFromName(parser.value(format));
    if (!chosen)
        return refuse(tr("Unknown format \"%1\"; use xlsx, pdf or csv.").arg(parser.value(format)));
    if (parser.value(output).isEmpty())
        return refuse(tr("Where to? Add --output FILE."));
    bool ok = false;
    const int topN = parser.value(top).toInt(&ok);
    if (!ok || topN < 1 || topN > 100)
        return refuse(tr("--top takes a number from 1 to 100."));
    const std::optional<QTimeZone> days = timeZone(parser.value(zone));
    if (!days)
        return refuse(tr("Unknown time zone \"%1\"; use a name such as Asia/Ho_Chi_Minh or an "
                         "offset such as +07:00.")
                          .arg(parser.value(zone)));

    QStringList names = parser.values(profile);
    if (parser.isSet(group)) {
        client::ProfileStore store;
        store.load(&error);
        bool any = false;
        for (const client::ConnectionProfile &p : store.profiles()) {
            if (p.group.compare(parser.value(group), Qt::CaseInsensitive) == 0) {
                names << p.name;
                any = true;
            }
        }
        if (!any)
            return refuse(tr("No profile is in the group %1.").arg(parser.value(group)));
    }

    client::LocalSandbox sandbox;
    sandbox.setHistoryDays(demoHistoryDays(*asked, *days));
    QList<CommandTarget> targets;
    if (!CommandTargets::collect(parser.isSet(demo), names, parser.isSet(all), &sandbox, &targets,
                                 &error))
        return refuse(error);

    std::vector<std::unique_ptr<client::Connection>> connections;
    QList<models::TrafficReport::Source> sources;
    QStringList instances;
    for (const CommandTarget &target : std::as_const(targets)) {
        if (!target.secretProblem.isEmpty())
            return refuse(tr("%1: %2").arg(target.profile.name, target.secretProblem));
        connections.push_back(std::make_unique<client::Connection>(target.profile));
        connections.back()->setSecret(target.secret);
        connections.back()->setMetricSourceSecret(target.metricSourceSecret);
        sources.append({target.profile.name, connections.back()->backend(),
                        connections.back()->metricSource()});
        instances << target.profile.name;
    }

    models::TrafficReport traffic;
    QEventLoop loop;
    QObject::connect(&traffic, &models::TrafficReport::finished, &loop, &QEventLoop::quit);
    traffic.build(sources, *asked, *days);
    if (traffic.isBusy())
        loop.exec();
    if (!traffic.error().isEmpty()) {
        sandbox.stop();
        return refuse(tr("The report could not be made: %1").arg(traffic.error()));
    }
    const QString path = QDir::current().absoluteFilePath(parser.value(output));
    const QString title = instances.join(QStringLiteral(", "));
    if (!models::ReportExport::write(traffic, title, topN, *chosen, path, &error)) {
        sandbox.stop();
        return refuse(error);
    }
    std::fprintf(stdout, "%s\n",
                 qUtf8Printable(tr("%1 written: %2 transactions from %3 to %4.")
                                    .arg(QDir::toNativeSeparators(path),
                                         QLocale().toString(traffic.total().calls),
                                         QLocale().toString(asked->first, QLocale::ShortFormat),
                                         QLocale().toString(asked->last, QLocale::ShortFormat))));
    if (const qsizetype missing = traffic.missingDays().size(); missing > 0)
        std::fprintf(stderr, "lgsp-console: %s\n",
                     qUtf8Printable(tr("The sources hold nothing for %n day(s) of the period; "
                                       "they are not counted.",
                                       nullptr, int(missing))));
    sandbox.stop();
    return 0;
}

} // namespace lgsp::app
