#include "sandbox/healthmonitor.h"

#include "protocol/health.h"
#include "protocol/timestamps.h"
#include "sandbox/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QStorageInfo>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/statvfs.h>
#endif

namespace lgsp::sandbox {

namespace {

struct DiskSpace
{
    qint64 available = 0;
    qint64 total = 0;
};

// The data folder's free and total space. QStorageInfo finds the file system through the
// mount table, which does not describe the root of a chroot; statvfs on the folder itself
// answers there too.
DiskSpace diskSpace(const QString &dir)
{
    const QStorageInfo storage(dir);
    if (storage.isValid() && storage.bytesTotal() > 0)
        return {storage.bytesAvailable(), storage.bytesTotal()};
#ifdef Q_OS_UNIX
    struct statvfs fs
    {
    };
    if (::statvfs(QFile::encodeName(dir).constData(), &fs) == 0 && fs.f_blocks > 0)
        return {qint64(fs.f_bavail) * qint64(fs.f_frsize),
                qint64(fs.f_blocks) * qint64(fs.f_frsize)};
#endif
    return {};
}

} // namespace

HealthMonitor::HealthMonitor(Database *database, QString dataDir, QUrl ndxpUpstream,
                             QSslCertificate certificate, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_dataDir(std::move(dataDir))
    , m_ndxpUpstream(std::move(ndxpUpstream))
    , m_certificate(std::move(certificate))
{
    for (const char *name : {"database", "gateway", "ndxp-link", "certificates", "disk"})
        m_checks.append(Check{QString::fromLatin1(name),
                              QStringLiteral("warn"),
                              QStringLiteral("pending"),
                              {},
                              QStringLiteral("not checked yet"),
                              QDateTime()});
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::runChecks);
}

void HealthMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runChecks();
}

void HealthMonitor::set(const QString &name, const QString &status, const QString &code,
                        const QJsonObject &params, const QString &detail)
{
    for (Check &check : m_checks) {
        if (check.name == name) {
            check.status = status;
            check.code = code;
            check.params = params;
            check.detail = detail;
            check.lastCheckedAt = QDateTime::currentDateTimeUtc();
        }
    }
}

void HealthMonitor::runChecks()
{
    checkDatabase();
    checkDisk();
    set(QStringLiteral("gateway"), QStringLiteral("ok"), QStringLiteral("gateway.accepting"), {},
        QStringLiteral("accepting calls"));
    checkCertificate();
    probeNdxp();
}

void HealthMonitor::checkDatabase()
{
    qint64 tenants = 0;
    QString error;
    if (!m_database->isHealthy(&tenants, &error)) {
        set(QStringLiteral("database"), QStringLiteral("fail"), QStringLiteral("database.error"),
            {{QStringLiteral("message"), error}}, error);
        return;
    }
    const QString engine = QStringLiteral("SQLite WAL");
    const int schema = m_database->schemaVersion();
    set(QStringLiteral("database"), QStringLiteral("ok"), QStringLiteral("database.ready"),
        {{QStringLiteral("engine"), engine},
         {QStringLiteral("schemaVersion"), schema},
         {QStringLiteral("tenants"), tenants}},
        QStringLiteral("%1, schema %2, %3 tenants").arg(engine).arg(schema).arg(tenants));
}

void HealthMonitor::checkDisk()
{
    const DiskSpace disk = diskSpace(m_dataDir);
    if (disk.total <= 0) {
        set(QStringLiteral("disk"), QStringLiteral("warn"), QStringLiteral("disk.unknown"),
            {{QStringLiteral("path"), m_dataDir}},
            QStringLiteral("free space unknown: the file system of %1 could not be read")
                .arg(m_dataDir));
        return;
    }
    const double freeShare = double(disk.available) / double(disk.total);
    const qint64 freeMiB = disk.available / (1024 * 1024);
    const int freePercent = int(freeShare * 100);
    set(QStringLiteral("disk"),
        freeShare < 0.02 ? QStringLiteral("fail")
                         : (freeShare < 0.10 ? QStringLiteral("warn") : QStringLiteral("ok")),
        QStringLiteral("disk.free"),
        {{QStringLiteral("freeMiB"), freeMiB}, {QStringLiteral("freePercent"), freePercent}},
        QStringLiteral("%1 MiB free (%2%)").arg(freeMiB).arg(freePercent));
}

void HealthMonitor::checkCertificate()
{
    const QString name = QStringLiteral("certificates");
    if (m_certificate.isNull()) {
        set(name, QStringLiteral("ok"), QStringLiteral("certificate.plain-http"), {},
            QStringLiteral("plain HTTP: no certificate in use"));
        return;
    }
    const qint64 days = QDateTime::currentDateTimeUtc().daysTo(m_certificate.expiryDate());
    const QString subject =
        m_certificate.subjectInfo(QSslCertificate::CommonName).value(0, QStringLiteral("?"));
    if (days < 0) {
        set(name, QStringLiteral("fail"), QStringLiteral("certificate.expired"),
            {{QStringLiteral("subject"), subject}, {QStringLiteral("days"), -days}},
            QStringLiteral("certificate %1 expired %2 day(s) ago").arg(subject).arg(-days));
        return;
    }
    const QString expiresOn = m_certificate.expiryDate().toUTC().toString(Qt::ISODate);
    set(name, days <= 30 ? QStringLiteral("warn") : QStringLiteral("ok"),
        QStringLiteral("certificate.valid"),
        {{QStringLiteral("subject"), subject},
         {QStringLiteral("days"), days},
         {QStringLiteral("expiresAt"), expiresOn}},
        QStringLiteral("certificate %1 expires in %2 day(s), on %3")
            .arg(subject)
            .arg(days)
            .arg(expiresOn));
}

void HealthMonitor::probeNdxp()
{
    const QString name = QStringLiteral("ndxp-link");
    if (m_probe)
        return; // the previous probe is still running
    if (!m_ndxpUpstream.isValid() || m_ndxpUpstream.host().isEmpty()) {
        set(name, QStringLiteral("warn"), QStringLiteral("ndxp.not-configured"), {},
            QStringLiteral("no NDXP upstream configured"));
        return;
    }
    m_probe = new QTcpSocket(this);
    auto finish = [this, name](const QString &status, const QString &code,
                               const QJsonObject &params, const QString &detail) {
        if (!m_probe)
            return;
        set(name, status, code, params, detail);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    };
    const QString target =
        QStringLiteral("%1:%2").arg(m_ndxpUpstream.host()).arg(m_ndxpUpstream.port(443));
    const QJsonObject where{{QStringLiteral("target"), target}};
    connect(m_probe, &QTcpSocket::connected, this, [finish, target, where] {
        finish(QStringLiteral("ok"), QStringLiteral("ndxp.reached"), where,
               QStringLiteral("reached ") + target);
    });
    connect(m_probe, &QTcpSocket::errorOccurred, this,
            [this, finish, target](QAbstractSocket::SocketError error) {
                const QString reason =
                    error == QAbstractSocket::ConnectionRefusedError ? QStringLiteral("refused")
                    : error == QAbstractSocket::HostNotFoundError ? QStringLiteral("host-not-found")
                                                                  : QStringLiteral("other");
                const QString message = m_probe->errorString();
                finish(QStringLiteral("fail"), QStringLiteral("ndxp.unreachable"),
                       {{QStringLiteral("target"), target},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("message"), message}},
                       QStringLiteral("cannot reach %1: %2").arg(target, message));
            });
    static constexpr int kTimeoutSeconds = 3;
    QTimer::singleShot(kTimeoutSeconds * 1000, m_probe, [finish, target] {
        finish(QStringLiteral("fail"), QStringLiteral("ndxp.timeout"),
               {{QStringLiteral("target"), target}, {QStringLiteral("seconds"), kTimeoutSeconds}},
               QStringLiteral("no answer from %1 within %2 s").arg(target).arg(kTimeoutSeconds));
    });
    m_probe->connectToHost(m_ndxpUpstream.host(), quint16(m_ndxpUpstream.port(443)));
}

QJsonObject HealthMonitor::report() const
{
    protocol::HealthReport report;
    report.time = QDateTime::currentDateTimeUtc();
    const QDateTime next = report.time.addMSecs(m_timer.remainingTime());
    bool anyProblem = false;
    for (const Check &c : m_checks) {
        anyProblem = anyProblem || c.status != QLatin1String("ok");
        report.checks.append({c.name, c.status, c.code, c.params, c.detail, c.lastCheckedAt, next});
    }
    const bool databaseDown = m_checks.first().status == QLatin1String("fail");
    report.status = databaseDown ? QStringLiteral("down")
                                 : (anyProblem ? QStringLiteral("degraded") : QStringLiteral("ok"));
    return report.toJson();
}

} // namespace lgsp::sandbox
