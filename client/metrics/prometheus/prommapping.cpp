#include "client/metrics/prometheus/prommapping.h"

#include "protocol/jsonreader.h"

#include <QRegularExpression>

namespace lgsp::client {

namespace {

const QRegularExpression &metricName()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re;
}

const QRegularExpression &labelName()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re;
}

// A service id of the Admin API is "<tenant>~<code>"; exporters label the code.
QString serviceValue(const QString &id)
{
    const qsizetype tilde = id.indexOf(QLatin1Char('~'));
    return tilde < 0 ? id : id.mid(tilde + 1);
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(QLatin1Char(','));
}

QString byWith(const QString &by, const QString &label)
{
    return by.isEmpty() ? label : by + QStringLiteral(", ") + label;
}

} // namespace

QString promQuoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    out += QLatin1Char('"');
    return out;
}

QStringList PromMapping::presets()
{
    return {QStringLiteral("lgsp-sandbox"), QStringLiteral("kong"),    QStringLiteral("kong-2"),
            QStringLiteral("apisix"),       QStringLiteral("wso2-mi"), QStringLiteral("envoy"),
            QStringLiteral("custom")};
}

QString PromMapping::presetName(const QString &preset)
{
    if (preset == QLatin1String("lgsp-sandbox"))
        return tr("LGSP sandbox (lgsp_gateway_*)");
    if (preset == QLatin1String("kong"))
        return tr("Kong 3.x (kong_http_requests_total)");
    if (preset == QLatin1String("kong-2"))
        return tr("Kong 2.x (kong_http_status)");
    if (preset == QLatin1String("apisix"))
        return tr("Apache APISIX (apisix_http_status)");
    if (preset == QLatin1String("wso2-mi"))
        return tr("WSO2 Micro Integrator (wso2_integration_api_*)");
    if (preset == QLatin1String("envoy"))
        return tr("Envoy (envoy_cluster_upstream_rq_*)");
    if (preset == QLatin1String("custom"))
        return tr("Custom mapping");
    return preset;
}

std::optional<PromMapping> PromMapping::fromPreset(const QString &preset)
{
    PromMapping m;
    m.preset = preset;
    if (preset == QLatin1String("lgsp-sandbox") || preset == QLatin1String("custom")) {
        m.requests = QStringLiteral("lgsp_gateway_calls_total");
        m.latency = QStringLiteral("lgsp_gateway_call_duration_seconds_bucket");
        m.latencyUnitMs = 1000;
        m.tenantLabel = QStringLiteral("tenant");
        m.serviceLabel = QStringLiteral("service");
        m.consumerLabel = QStringLiteral("consumer");
        m.codeLabel = QStringLiteral("code");
        m.successCodes = QStringLiteral("OK");
    } else if (preset == QLatin1String("kong")) {
        // Kong 3.x's Prometheus plugin; the latency histograms are off until the plugin's
        // latency_metrics is enabled.
        m.requests = QStringLiteral("kong_http_requests_total");
        m.latency = QStringLiteral("kong_request_latency_ms_bucket");
        m.latencyUnitMs = 1;
        m.serviceLabel = QStringLiteral("service");
        m.consumerLabel = QStringLiteral("consumer");
        m.codeLabel = QStringLiteral("code");
    } else if (preset == QLatin1String("kong-2")) {
        m.requests = QStringLiteral("kong_http_status");
        m.latency = QStringLiteral("kong_latency_bucket");
        m.latencyMatchers = QStringLiteral("type=\"request\"");
        m.latencyUnitMs = 1;
        m.serviceLabel = QStringLiteral("service");
        m.consumerLabel = QStringLiteral("consumer");
        m.codeLabel = QStringLiteral("code");
    } else if (preset == QLatin1String("apisix")) {
        m.requests = QStringLiteral("apisix_http_status");
        m.latency = QStringLiteral("apisix_http_latency_bucket");
        m.latencyMatchers = QStringLiteral("type=\"request\"");
        m.latencyUnitMs = 1;
        m.serviceLabel = QStringLiteral("service");
        m.consumerLabel = QStringLiteral("consumer");
        m.codeLabel = QStringLiteral("code");
    } else if (preset == QLatin1String("wso2-mi")) {
        // No status code label: failures come from the error counter.
        m.requests = QStringLiteral("wso2_integration_api_request_count_total");
        m.errors = QStringLiteral("wso2_integration_api_request_count_error_total");
        m.latency = QStringLiteral("wso2_integration_api_latency_seconds_bucket");
        m.latencyUnitMs = 1000;
        m.serviceLabel = QStringLiteral("service_name");
    } else if (preset == QLatin1String("envoy")) {
        // Envoy's counters have no _total suffix and its codes are classes (2, 4, 5).
        m.requests = QStringLiteral("envoy_cluster_upstream_rq_xx");
        m.latency = QStringLiteral("envoy_cluster_upstream_rq_time_bucket");
        m.latencyUnitMs = 1;
        m.serviceLabel = QStringLiteral("envoy_cluster_name");
        m.codeLabel = QStringLiteral("envoy_response_code_class");
        m.successCodes = QStringLiteral("[1-3]");
    } else {
        return std::nullopt;
    }
    return m;
}

QString PromMapping::problem() const
{
    if (!metricName().match(requests).hasMatch())
        return tr("The mapping needs the name of a counter of calls.");
    for (const QString &name : {errors, latency}) {
        if (!name.isEmpty() && !metricName().match(name).hasMatch())
            return tr("“%1” is not a Prometheus metric name.").arg(name);
    }
    for (const QString &label :
         {tenantLabel, serviceLabel, consumerLabel, codeLabel, instanceLabel}) {
        if (!label.isEmpty() && !labelName().match(label).hasMatch())
            return tr("“%1” is not a Prometheus label name.").arg(label);
    }
    if (codeLabel.isEmpty() && errors.isEmpty())
        return tr("The mapping needs either a status code label or a counter of failed calls.");
    if (!QRegularExpression(QRegularExpression::anchoredPattern(successCodes)).isValid())
        return tr("The success codes are not a valid regular expression.");
    if (latencyUnitMs <= 0)
        return tr("The latency unit must be positive.");
    return {};
}

bool PromMapping::isSuccess(const QString &code) const
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(successCodes));
    return re.match(code).hasMatch();
}

QString PromMapping::matchers(const Scope &scope, const QString &extra, QString *why) const
{
    QStringList parts{scope.selector, extra};
    if (!scope.tenant.isEmpty()) {
        if (tenantLabel.isEmpty()) {
            if (why)
                *why = tr("The metric mapping has no tenant label: only whole instances and "
                          "services can be charted.");
            return {};
        }
        parts.append(tenantLabel + QLatin1Char('=') + promQuoted(scope.tenant));
    }
    if (!scope.service.isEmpty()) {
        if (serviceLabel.isEmpty()) {
            if (why)
                *why = tr("The metric mapping has no service label: only whole instances can "
                          "be charted.");
            return {};
        }
        parts.append(serviceLabel + QLatin1Char('=') + promQuoted(serviceValue(scope.service)));
    }
    return QLatin1Char('{') + joined(parts) + QLatin1Char('}');
}

QString PromMapping::requestsQuery(const Scope &scope, QString *why) const
{
    const QString m = matchers(scope, {}, why);
    if (m.isEmpty())
        return {};
    if (codeLabel.isEmpty())
        return scope.by.isEmpty() ? QStringLiteral("sum(%1%2)").arg(requests, m)
                                  : QStringLiteral("sum by (%1) (%2%3)").arg(scope.by, requests, m);
    return QStringLiteral("sum by (%1) (%2%3)").arg(byWith(scope.by, codeLabel), requests, m);
}

QString PromMapping::errorsQuery(const Scope &scope, QString *why) const
{
    if (errors.isEmpty())
        return {};
    const QString m = matchers(scope, {}, why);
    if (m.isEmpty())
        return {};
    return scope.by.isEmpty() ? QStringLiteral("sum(%1%2)").arg(errors, m)
                              : QStringLiteral("sum by (%1) (%2%3)").arg(scope.by, errors, m);
}

QString PromMapping::latencyQuery(const Scope &scope, QString *why) const
{
    if (latency.isEmpty())
        return {};
    const QString m = matchers(scope, latencyMatchers, why);
    return m.isEmpty() ? QString()
                       : QStringLiteral("sum by (%1) (%2%3)")
                             .arg(byWith(scope.by, QStringLiteral("le")), latency, m);
}

QString PromMapping::rateQuery(const Scope &scope, const QString &window, QString *why) const
{
    const QString m = matchers(scope, {}, why);
    return m.isEmpty() ? QString() : QStringLiteral("sum(rate(%1%2[%3]))").arg(requests, m, window);
}

QString PromMapping::quantileQuery(const Scope &scope, double quantile, const QString &window,
                                   QString *why) const
{
    if (latency.isEmpty())
        return {};
    const QString m = matchers(scope, latencyMatchers, why);
    if (m.isEmpty())
        return {};
    // In the histogram's own unit; the caller multiplies by latencyUnitMs.
    return QStringLiteral("histogram_quantile(%1, sum by (le) (rate(%2%3[%4])))")
        .arg(QString::number(quantile, 'g', 3), latency, m, window);
}

QJsonObject PromMapping::toJson() const
{
    return QJsonObject{
        {QStringLiteral("preset"), preset},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("latency"), latency},
        {QStringLiteral("latencyUnitMs"), latencyUnitMs},
        {QStringLiteral("latencyMatchers"), latencyMatchers},
        {QStringLiteral("tenantLabel"), tenantLabel},
        {QStringLiteral("serviceLabel"), serviceLabel},
        {QStringLiteral("consumerLabel"), consumerLabel},
        {QStringLiteral("codeLabel"), codeLabel},
        {QStringLiteral("successCodes"), successCodes},
        {QStringLiteral("instanceLabel"), instanceLabel},
    };
}

PromMapping PromMapping::fromJson(const QJsonObject &object, const QString &pointer,
                                  QList<protocol::DecodeError> *errors)
{
    protocol::JsonReader reader(object, pointer);
    const QString preset =
        reader.optionalEnum(QStringLiteral("preset"), presets(), QStringLiteral("lgsp-sandbox"));
    PromMapping m = fromPreset(preset).value_or(PromMapping{});
    if (preset == QLatin1String("custom")) {
        // Only a custom mapping keeps its own fields; a preset is always the preset, so a
        // newer console's fix to a preset reaches every profile that uses it.
        m.requests = reader.optionalString(QStringLiteral("requests"), m.requests).trimmed();
        m.errors = reader.optionalString(QStringLiteral("errors"), m.errors).trimmed();
        m.latency = reader.optionalString(QStringLiteral("latency"), m.latency).trimmed();
        const QJsonValue unit = object.value(QStringLiteral("latencyUnitMs"));
        if (unit.isDouble() && unit.toDouble() > 0)
            m.latencyUnitMs = unit.toDouble();
        else if (!unit.isUndefined())
            reader.fail(reader.pointerTo(QStringLiteral("latencyUnitMs")),
                        protocol::JsonReader::tr("must be a positive number"));
        m.latencyMatchers =
            reader.optionalString(QStringLiteral("latencyMatchers"), m.latencyMatchers).trimmed();
        m.tenantLabel =
            reader.optionalString(QStringLiteral("tenantLabel"), m.tenantLabel).trimmed();
        m.serviceLabel =
            reader.optionalString(QStringLiteral("serviceLabel"), m.serviceLabel).trimmed();
        m.consumerLabel =
            reader.optionalString(QStringLiteral("consumerLabel"), m.consumerLabel).trimmed();
        m.codeLabel = reader.optionalString(QStringLiteral("codeLabel"), m.codeLabel).trimmed();
        m.successCodes =
            reader.optionalString(QStringLiteral("successCodes"), m.successCodes).trimmed();
        m.instanceLabel =
            reader.optionalString(QStringLiteral("instanceLabel"), m.instanceLabel).trimmed();
        const QString why = m.problem();
        if (!why.isEmpty())
            reader.fail(pointer, why);
    }
    if (errors)
        *errors += reader.errors();
    return m;
}

} // namespace lgsp::client
