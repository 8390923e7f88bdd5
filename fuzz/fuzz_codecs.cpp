// Feeds arbitrary bytes to every JSON codec of protocol/ and checks two properties besides
// "no crash, no sanitizer report": a value a decoder accepts encodes to JSON the same decoder
// accepts again, and encoding is stable after that first round trip.
#include "protocol/agencycode.h"
#include "protocol/auditentry.h"
#include "protocol/configbundle.h"
#include "protocol/configchange.h"
#include "protocol/health.h"
#include "protocol/instanceinfo.h"
#include "protocol/jsonreader.h"
#include "protocol/latencyhistogram.h"
#include "protocol/listpage.h"
#include "protocol/metrics.h"
#include "protocol/problem.h"
#include "protocol/service.h"
#include "protocol/tenant.h"
#include "protocol/textfold.h"
#include "protocol/timestamps.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace lgsp::protocol;

[[noreturn]] void fail(const char *codec, const char *what)
{
    std::fprintf(stderr, "fuzz_codecs: %s: %s\n", codec, what);
    std::abort();
}

// Decoders with a DecodeError: decode, encode, decode again, encode again.
template<typename T>
void roundTrip(const char *name, const QJsonObject &object)
{
    DecodeError error;
    const std::optional<T> first = T::fromJson(object, &error);
    if (!first) {
        if (error.isNull())
            fail(name, "refused without saying why");
        return;
    }
    const QJsonObject encoded = first->toJson();
    const std::optional<T> second = T::fromJson(encoded, &error);
    if (!second)
        fail(name, qPrintable(QStringLiteral("refused its own output: ") + error.toString()));
    if (second->toJson() != encoded)
        fail(name, "encoding is not stable");
}

template<typename T>
void roundTripInput(const char *name, const QJsonObject &object, bool forUpdate)
{
    QList<DecodeError> errors;
    const std::optional<T> first = T::fromJson(object, forUpdate, &errors);
    if (!first && errors.isEmpty())
        fail(name, "refused without saying why");
    if (first)
        (void)first->toJson();
}

void bundle(const QJsonObject &object)
{
    QList<DecodeError> errors;
    const std::optional<ConfigBundle> first = ConfigBundle::fromJson(object, &errors);
    if (!first) {
        if (errors.isEmpty())
            fail("ConfigBundle", "refused without saying why");
        return;
    }
    const QJsonObject encoded = first->toJson();
    const std::optional<ConfigBundle> second = ConfigBundle::fromJson(encoded, &errors);
    if (!second)
        fail("ConfigBundle", "refused its own output");
    if (second->toJson() != encoded)
        fail("ConfigBundle", "encoding is not stable");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // Text helpers on the raw input as a string.
    const QString text = QString::fromUtf8(bytes);
    (void)isValidAgencyCode(text);
    (void)foldForSearch(text);
    const QDateTime time = parseTimestamp(text);
    if (time.isValid() && parseTimestamp(formatTimestamp(time)) != time)
        fail("timestamps", "a parsed time does not survive formatting");
    (void)LatencyHistogram::fromCompact(bytes);

    DecodeError error;
    const QJsonObject object = parseJsonObject(bytes, &error);
    if (!error.isNull())
        return 0;
    roundTrip<InstanceInfo>("InstanceInfo", object);
    roundTrip<HealthReport>("HealthReport", object);
    roundTrip<Tenant>("Tenant", object);
    roundTrip<Service>("Service", object);
    roundTrip<ListPage<Tenant>>("ListPage<Tenant>", object);
    roundTrip<ListPage<Service>>("ListPage<Service>", object);
    roundTrip<ListPage<Transaction>>("ListPage<Transaction>", object);
    roundTrip<ListPage<AuditEntry>>("ListPage<AuditEntry>", object);
    roundTrip<MetricsBucket>("MetricsBucket", object);
    roundTrip<MetricsResponse>("MetricsResponse", object);
    roundTrip<Transaction>("Transaction", object);
    roundTrip<Problem>("Problem", object);
    roundTrip<AuditEntry>("AuditEntry", object);
    roundTrip<LatencyHistogram>("LatencyHistogram", object);
    roundTrip<ConfigChange>("ConfigChange", object);
    roundTrip<ConfigValidation>("ConfigValidation", object);
    roundTrip<ConfigApplyResult>("ConfigApplyResult", object);
    roundTrip<TokenResponse>("TokenResponse", object);
    roundTripInput<TenantInput>("TenantInput", object, false);
    roundTripInput<TenantInput>("TenantInput(update)", object, true);
    roundTripInput<ServiceInput>("ServiceInput", object, false);
    roundTripInput<ServiceInput>("ServiceInput(update)", object, true);
    bundle(object);
    return 0;
}
