#include "checkcommand.h"

#include "commandtargets.h"
#include "instancecheck.h"

#include "client/health/checkverdict.h"
#include "client/health/pluginoutput.h"
#include "client/localsandbox.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace lgsp::app {

namespace {

using client::PluginOutput;
using client::PluginState;

// Checks at once; more wait for a free place. Every instance is checked in parallel up to
// this many, so hanging ones never hold the others back.
constexpr int kConcurrentChecks = 64;

const QStringList kFormats = {QStringLiteral("text"), QStringLiteral("json"),
                              QStringLiteral("nagios"), QStringLiteral("prometheus")};

// The format asked for, read before the options are parsed so a usage error can be said in it.
QString requestedFormat(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("--format=")))
            return arguments.at(i).mid(9);
        if (arguments.at(i) == QLatin1String("--format") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return QStringLiteral("text");
}

// Nothing could be checked: UNKNOWN, said on standard error and, for the formats a
// monitoring system reads as text, as the plugin's one line on standard output.
int refuse(const QString &format, const QString &text)
{
    std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(text));
    if (format == QLatin1String("text") || format == QLatin1String("nagios"))
        std::fprintf(stdout, "%s\n", qUtf8Printable(PluginOutput::unknownLine(text)));
    return int(PluginState::Unknown);
}

// Time kept back from the bound to print and exit: a tenth of it, between 0.1 and 0.5 s.
qint64 reserveMs(qint64 boundMs)
{
    return std::clamp<qint64>(boundMs / 10, 100, 500);
}

} // namespace

bool CheckCommand::requested(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--check"));
}

int CheckCommand::run(const QStringList &arguments, const QElapsedTimer &sinceStart)
{
    // Standard output is the report; standard error carries only warnings unless the
    // person asks for more with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lgsp.*.info=false\nlgsp.*.debug=false"));
    const QString outputFormat = requestedFormat(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check the health of LGSP instances without a window."));
    parser.addHelpOption();
    const QCommandLineOption check(QStringLiteral("check"), tr("Run the health checks."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Check the profile with this name (repeatable)."),
                                     tr("name"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Check every profile (the default)."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: text, json, nagios or prometheus."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("End the whole run, retries included, within this many seconds (default 10)."),
        tr("seconds"));
    const QCommandLineOption warning(
        QStringLiteral("warning"),
        tr("Warning thresholds as NAME=RANGE[,NAME=RANGE…] in the Monitoring Plugins' range "
           "syntax; names: %1.")
            .arg(client::CheckFigure::names().join(QStringLiteral(", "))),
        tr("thresholds"));
    const QCommandLineOption critical(
        QStringLiteral("critical"), tr("Critical thresholds, as for --warning."), tr("thresholds"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Check a local lgsp-sandbox started for the purpose."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the output: vi or en."),
                                  QStringLiteral("lang"));
    parser.addOptions({check, profile, all, format, timeout, warning, critical, demo, lang});
    if (!parser.parse(arguments))
        return refuse(outputFormat, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return 0;
    }
    if (!kFormats.contains(parser.value(format)))
        return refuse(QStringLiteral("text"),
                      tr("Unknown format \"%1\"; use text, json, nagios or prometheus.")
                          .arg(parser.value(format)));
    double boundSeconds = kDefaultTimeoutSeconds;
    if (parser.isSet(timeout)) {
        bool ok = false;
        boundSeconds = parser.value(timeout).toDouble(&ok);
        if (!ok || boundSeconds < 1 || boundSeconds > 3600)
            return refuse(outputFormat,
                          tr("--timeout wants a number of seconds from 1 to 3600, not \"%1\".")
                              .arg(parser.value(timeout)));
    }
    client::CheckThresholds thresholds;
    QString error;
    for (const QString &spec : parser.values(warning)) {
        if (!thresholds.add(false, spec, &error))
            return refuse(outputFormat, error);
    }
    for (const QString &spec : parser.values(critical)) {
        if (!thresholds.add(true, spec, &error))
            return refuse(outputFormat, error);
    }

    const qint64 boundMs = qint64(boundSeconds * 1000);
    const QDeadlineTimer deadline(
        std::max<qint64>(0, boundMs - reserveMs(boundMs) - sinceStart.elapsed()));
    QList<CommandTarget> targets;
    client::LocalSandbox sandbox;
    if (!CommandTargets::collect(parser.isSet(demo), parser.values(profile), parser.isSet(all),
                                 &sandbox, &targets, &error, deadline)) {
        sandbox.stop();
        return refuse(outputFormat, error);
    }

    // Every instance at once (up to kConcurrentChecks); verdicts keep the targets' order.
    QEventLoop loop;
    std::vector<std::unique_ptr<InstanceCheck>> checks(size_t(targets.size()));
    qsizetype next = 0;
    int running = 0;
    std::function<void()> launch = [&] {
        while (running < kConcurrentChecks && next < targets.size()) {
            const qsizetype index = next++;
            if (!targets.at(index).secretProblem.isEmpty())
                continue;
            ++running;
            auto instance = std::make_unique<InstanceCheck>(targets.at(index));
            QObject::connect(instance.get(), &InstanceCheck::finished, &loop, [&] {
                --running;
                launch();
                if (running == 0 && next >= targets.size())
                    loop.quit();
            });
            instance->start();
            checks[size_t(index)] = std::move(instance);
        }
    };
    const QString bound = tr("the run's time limit (--timeout %1 s) was reached")
                              .arg(QLocale().toString(boundSeconds));
    QTimer limit;
    limit.setSingleShot(true);
    limit.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        next = targets.size(); // the ones still waiting are not started
        for (const std::unique_ptr<InstanceCheck> &c : checks) {
            if (c)
                c->cut(bound);
        }
        loop.quit();
    });
    launch();
    if (running > 0) {
        limit.start(std::max<qint64>(0, deadline.remainingTime()));
        loop.exec();
    }

    QList<client::InstanceVerdict> verdicts;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const CommandTarget &target = targets.at(i);
        const InstanceCheck *c = checks[size_t(i)].get();
        client::ProbeReport report;
        report.profileId = target.profile.id;
        report.profileName = target.profile.name;
        report.url = target.profile.baseUrl;
        if (!target.secretProblem.isEmpty())
            verdicts.append(client::InstanceVerdict::unknown(report, target.secretProblem));
        else if (!c || !c->isFinished())
            verdicts.append(client::InstanceVerdict::unknown(
                report, tr("Not checked: %1 before its turn.").arg(bound)));
        else
            verdicts.append(client::InstanceVerdict::judge(c->report(), c->traffic(), thresholds));
    }
    const PluginState state = PluginOutput::overall(verdicts);
    const QString chosen = parser.value(format);
    if (chosen == QLatin1String("json"))
        std::fprintf(stdout, "%s",
                     QJsonDocument(PluginOutput::json(verdicts))
                         .toJson(QJsonDocument::Indented)
                         .constData());
    else if (chosen == QLatin1String("nagios"))
        std::fprintf(stdout, "%s", qUtf8Printable(PluginOutput::nagios(verdicts)));
    else if (chosen == QLatin1String("prometheus"))
        std::fprintf(stdout, "%s", PluginOutput::prometheus(verdicts).constData());
    else
        std::fprintf(stdout, "%s", qUtf8Printable(PluginOutput::text(verdicts)));
    std::fflush(stdout);
    checks.clear();
    sandbox.stop();
    return int(state);
}

} // namespace lgsp::app
