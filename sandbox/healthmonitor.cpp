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
        m_checks.append(Check{QString::fromLatin1(name), QStringLiteral("warn"),
                              QStringLiteral("not checked yet"), QDateTime()});
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::runChecks);
}

void HealthMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runChecks();
}

void HealthMonitor::set(const QString &name, const QString &status, const QString &detail)
{
    for (Check &check : m_checks) {
        if (check.name == name) {
            check.status = status;
            check.detail = detail;
            check.lastCheckedAt = QDateTime::currentDateTimeUtc();
        }
    }
}

void HealthMonitor::runChecks()
{
    QString detail;
    const bool dbOk = m_database->isHealthy(&detail);
    set(QStringLiteral("database"), dbOk ? QStringLiteral("ok") : QStringLiteral("fail"), detail);

    const DiskSpace disk = diskSpace(m_dataDir);
    if (disk.total <= 0) {
        set(QStringLiteral("disk"), QStringLiteral("warn"),
            QStringLiteral("free space unknown: the file system of %1 could not be read")
                .arg(m_dataDir));
    } else {
        const double freeShare = double(disk.available) / double(disk.total);
        set(QStringLiteral("disk"),
            freeShare < 0.02 ? QStringLiteral("fail")
                             : (freeShare < 0.10 ? QStringLiteral("warn") : QStringLiteral("ok")),
            QStringLiteral("%1 MiB free (%2%)")
                .arg(disk.available / (1024 * 1024))
                .arg(int(freeShare * 100)));
    }

    set(QStringLiteral("gateway"), QStringLiteral("ok"), QStringLiteral("accepting calls"));
    if (m_certificate.isNull()) {
        set(QStringLiteral("certificates"), QStringLiteral("ok"),
            QStringLiteral("plain HTTP: no certificate in use"));
    } else {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(m_certificate.expiryDate());
        const QString subject =
            m_certificate.subjectInfo(QSslCertificate::CommonName).value(0, QStringLiteral("?"));
        set(QStringLiteral("certificates"),
            days < 0 ? QStringLiteral("fail")
                     : (days <= 30 ? QStringLiteral("warn") : QStringLiteral("ok")),
            days < 0
                ? QStringLiteral("certificate %1 expired %2 day(s) ago").arg(subject).arg(-days)
                : QStringLiteral("certificate %1 expires in %2 day(s), on %3")
                      .arg(subject)
                      .arg(days)
                      .arg(m_certificate.expiryDate().toString(Qt::ISODate)));
    }
    probeNdxp();
}

void HealthMonitor::probeNdxp()
{
    if (m_probe)
        return; // the previous probe is still running
    if (!m_ndxpUpstream.isValid() || m_ndxpUpstream.host().isEmpty()) {
        set(QStringLiteral("ndxp-link"), QStringLiteral("warn"),
            QStringLiteral("no NDXP upstream configured"));
        return;
    }
    m_probe = new QTcpSocket(this);
    auto finish = [this](const QString &status, const QString &detail) {
        if (!m_probe)
            return;
        set(QStringLiteral("ndxp-link"), status, detail);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    };
    const QString target =
        QStringLiteral("%1:%2").arg(m_ndxpUpstream.host()).arg(m_ndxpUpstream.port(443));
    connect(m_probe, &QTcpSocket::connected, this, [finish, target] {
        finish(QStringLiteral("ok"), QStringLiteral("reached ") + target);
    });
    connect(m_probe, &QTcpSocket::errorOccurred, this, [this, finish, target] {
        finish(QStringLiteral("fail"),
               QStringLiteral("cannot reach %1: %2").arg(target, m_probe->errorString()));
    });
    QTimer::singleShot(3000, m_probe, [finish, target] {
        finish(QStringLiteral("fail"), QStringLiteral("no answer from %1 within 3 s").arg(target));
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
        report.checks.append({c.name, c.status, c.detail, c.lastCheckedAt, next});
    }
    const bool databaseDown = m_checks.first().status == QLatin1String("fail");
    report.status = databaseDown ? QStringLiteral("down")
                                 : (anyProblem ? QStringLiteral("degraded") : QStringLiteral("ok"));
    return report.toJson();
}

} // namespace lgsp::sandbox
