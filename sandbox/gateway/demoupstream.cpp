#include "sandbox/gateway/demoupstream.h"

#include "protocol/lgsperrors.h"
#include "sandbox/api/apiexchange.h"
#include "sandbox/gateway/responderguard.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace lgsp::sandbox {

namespace {

struct DemoError
{
    const char *code;
    int status;
};

// Weighted by how often a provincial LGSP sees them.
const DemoError kErrors[] = {
    {"201", 404}, {"201", 404}, {"201", 404}, {"200", 422}, {"302", 400},
    {"500", 500}, {"500", 500}, {"106", 400}, {"108", 400}, {"100", 401},
};

// A service's median latency in ms, stable for its code: 20 to 260 ms.
double medianLatencyFor(const QString &code)
{
    const QByteArray hash = QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Md5);
    return 20.0 + double(static_cast<unsigned char>(hash.at(0))) * (240.0 / 255.0);
}

int statusFor(const QString &errorCode)
{
    for (const DemoError &e : kErrors) {
        if (errorCode == QLatin1String(e.code))
            return e.status;
    }
    return 400;
}

} // namespace

DemoUpstream::DemoUpstream(QObject *parent)
    : QObject(parent)
{}

void DemoUpstream::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                          const QByteArray &correlationId)
{
    const QString code = request.url().path().mid(10).section(QLatin1Char('/'), 0, 0);
    const QUrlQuery query(request.url());
    QRandomGenerator *random = QRandomGenerator::global();

    // A request that asks for a demo outcome gets exactly that outcome, never a random
    // timeout or error on top (tests rely on it).
    const bool scripted = query.hasQueryItem(QStringLiteral("demo-latency")) ||
                          query.hasQueryItem(QStringLiteral("demo-error"));
    double latency = 0;
    if (query.hasQueryItem(QStringLiteral("demo-latency"))) {
        latency = std::clamp(query.queryItemValue(QStringLiteral("demo-latency")).toDouble(), 0.0,
                             60000.0);
    } else if (scripted) {
        latency = medianLatencyFor(code);
    } else if (random->bounded(1000) < 3) {
        latency = 8000; // beyond every demo SLA: the gateway times out
    } else {
        // Log-normal: median × e^(σ·z), σ = 0.5, z from Box–Muller.
        const double u1 = std::max(1e-12, random->generateDouble());
        const double u2 = random->generateDouble();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        latency = medianLatencyFor(code) * std::exp(0.5 * z);
    }
    QString errorCode = query.queryItemValue(QStringLiteral("demo-error"));
    if (errorCode.isEmpty() && !scripted && random->bounded(100) < 3) {
        errorCode = QString::fromLatin1(kErrors[random->bounded(int(std::size(kErrors)))].code);
    }

    ApiResponse response;
    const bool soap =
        request.value("Content-Type").contains("xml") || !request.value("SOAPAction").isEmpty();
    if (errorCode.isEmpty()) {
        response.status = 200;
        if (soap) {
            response.contentType = "text/xml; charset=utf-8";
            response.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope "
                            "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                            "<KetQua><MaKetQua>0</MaKetQua><MoTa>Thành công</MoTa></KetQua>"
                            "</soap:Body></soap:Envelope>";
        } else {
            response = ApiResponse::json(
                200, QJsonObject{{QStringLiteral("maKetQua"), QStringLiteral("0")},
                                 {QStringLiteral("moTa"), QStringLiteral("Thành công")},
                                 {QStringLiteral("dichVu"), code},
                                 {QStringLiteral("duLieuMinhHoa"), true}});
        }
    } else {
        response = ApiResponse::json(
            statusFor(errorCode),
            QJsonObject{{QStringLiteral("errorCode"), errorCode},
                        {QStringLiteral("message"), protocol::lgspErrorName(errorCode)}});
        response.withHeader("X-LGSP-Error-Code", errorCode.toLatin1());
    }
    auto pending = std::make_shared<PendingResponse>(std::move(responder));
    QTimer::singleShot(int(latency), this, [pending, response, correlationId] {
        if (pending->clientConnected())
            response.writeTo(pending->responder(), correlationId);
    });
}

} // namespace lgsp::sandbox
