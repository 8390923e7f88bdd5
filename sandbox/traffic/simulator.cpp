#include "sandbox/traffic/simulator.h"

#include "sandbox/auth/credentialstore.h"
#include "sandbox/logging.h"
#include "sandbox/storage/servicestore.h"
#include "sandbox/tlssetup.h"

#include <QNetworkReply>
#include <QRandomGenerator>

#include <cmath>

namespace lgsp::sandbox {

namespace {
constexpr int kTickMs = 50;
constexpr int kMaxInFlight = 400;
} // namespace

TrafficSimulator::TrafficSimulator(QUrl baseUrl, double ratePerSecond, CredentialStore *credentials,
                                   ServiceStore *services, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_rate(ratePerSecond)
    , m_credentials(credentials)
    , m_services(services)
{
    connect(&m_timer, &QTimer::timeout, this, &TrafficSimulator::tick);
}

double TrafficSimulator::dailyFactor(const QDateTime &utc)
{
    const QTime vn = utc.toUTC().addSecs(7 * 3600).time();
    const double hour = vn.hour() + vn.minute() / 60.0;
    if (hour < 7.0 || hour > 18.0)
        return 0.15;
    // Two office peaks, morning and afternoon, with the lunch dip at 12:00.
    const double morning = std::exp(-std::pow((hour - 10.0) / 1.6, 2));
    const double afternoon = std::exp(-std::pow((hour - 15.0) / 1.6, 2));
    return std::max(0.15, std::max(morning, afternoon));
}

void TrafficSimulator::start()
{
    QString error;
    ServiceStore::Filter filter;
    filter.status = QStringLiteral("published");
    filter.limit = 100000;
    const auto page = m_services->list(filter, &error);
    for (const protocol::Service &s : page.items) {
        if (s.consumers.isEmpty())
            continue;
        m_targets.append(Target{s.gatewayPath, s.consumers, s.protocol == QLatin1String("SOAP")});
        for (const QString &consumer : s.consumers) {
            if (!m_keys.contains(consumer))
                m_keys.insert(consumer,
                              m_credentials->createSessionKey(QStringLiteral("viewer"), consumer));
        }
    }
    if (m_targets.isEmpty()) {
        qCWarning(lcSandbox) << "simulator: no published service with consumers; nothing to do";
        return;
    }
    qCInfo(lcSandbox) << "simulator:" << m_rate << "calls/s on average over" << m_targets.size()
                      << "services";
    m_clock.start();
    m_nextBurstMs = 20000 + QRandomGenerator::global()->bounded(60000);
    m_timer.start(kTickMs);
}

void TrafficSimulator::tick()
{
    const qint64 now = m_clock.elapsed();
    if (now >= m_nextBurstMs) {
        m_burstUntilMs = now + 5000 + QRandomGenerator::global()->bounded(10000);
        m_nextBurstMs = now + 60000 + QRandomGenerator::global()->bounded(120000);
    }
    const double burst = now < m_burstUntilMs ? 3.0 : 1.0;
    // The mean stays at the configured rate over a day's rhythm: normalise by ~0.45.
    const double perTick =
        m_rate * dailyFactor(QDateTime::currentDateTimeUtc()) / 0.45 * burst * kTickMs / 1000.0;
    m_carry += perTick;
    while (m_carry >= 1.0 && m_inFlight < kMaxInFlight) {
        m_carry -= 1.0;
        sendOne();
    }
    // A fractional remainder becomes one call with that probability.
    if (m_carry > 0 && QRandomGenerator::global()->generateDouble() < m_carry) {
        m_carry = 0;
        if (m_inFlight < kMaxInFlight)
            sendOne();
    }
}

void TrafficSimulator::sendOne()
{
    QRandomGenerator *random = QRandomGenerator::global();
    const Target &target = m_targets.at(random->bounded(int(m_targets.size())));
    const QString consumer = target.consumers.at(random->bounded(int(target.consumers.size())));
    QUrl url = m_baseUrl;
    url.setPath(target.gatewayPath + QStringLiteral("/tra-cuu"));
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    const bool wrongKey = random->bounded(1000) < 5;
    request.setRawHeader(
        "Authorization",
        "ApiKey " + (wrongKey ? QByteArray("session-wrong") : m_keys.value(consumer).toLatin1()));
    QByteArray body;
    if (target.soap) {
        request.setRawHeader("Content-Type", "text/xml; charset=utf-8");
        request.setRawHeader("SOAPAction", "urn:lgsp:demo");
        body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
               "<soap:Body/></soap:Envelope>";
    } else {
        request.setRawHeader("Content-Type", "application/json");
        body = "{\"maDinhDanh\":\"001099000000\"}";
    }
    QNetworkReply *reply = m_network.post(request, body);
    trustOwnCertificate(reply, m_ownCertificate);
    ++m_inFlight;
    ++m_sent;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        --m_inFlight;
        reply->deleteLater();
    });
}

} // namespace lgsp::sandbox
