#include "sandbox/seed/scaleseed.h"

#include "protocol/textfold.h"
#include "protocol/timestamps.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace lgsp::sandbox {

namespace {
const char *const kTopics[] = {"Tra cứu hồ sơ",      "Đăng ký trực tuyến", "Cấp giấy phép",
                               "Thanh toán phí",     "Báo cáo thống kê",   "Đồng bộ dữ liệu",
                               "Xác thực thông tin", "Tiếp nhận phản ánh", "Danh mục dùng chung",
                               "Liên thông văn bản"};
} // namespace

bool seedScaleServices(QSqlDatabase db, int count, const QString &baseUrl, QString *error)
{
    QStringList tenants;
    QSqlQuery list(db);
    if (!list.exec(QStringLiteral("SELECT code FROM tenants ORDER BY code"))) {
        *error = list.lastError().text();
        return false;
    }
    while (list.next())
        tenants << list.value(0).toString();
    if (tenants.isEmpty()) {
        *error = QStringLiteral("no tenants to spread the services over");
        return false;
    }
    QSqlQuery existing(db);
    if (existing.exec(QStringLiteral("SELECT count(*) FROM services WHERE code LIKE 'tai-%'")) &&
        existing.next() && existing.value(0).toInt() >= count)
        return true;

    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO services (id, code, name, name_folded, version, tenant_code, "
        "protocol, definition_type, upstream_url, status, visibility, timeout_ms, "
        "rate_limit_per_min, updated_at) VALUES (?, ?, ?, ?, '1.0', ?, ?, ?, ?, ?, ?, 5000, "
        "600, ?)"));
    const QString now = protocol::formatTimestamp(QDateTime::currentDateTimeUtc());
    static const QString statuses[] = {QStringLiteral("published"), QStringLiteral("published"),
                                       QStringLiteral("published"), QStringLiteral("draft"),
                                       QStringLiteral("deprecated")};
    static const QString visibilities[] = {QStringLiteral("tenant"), QStringLiteral("instance"),
                                           QStringLiteral("ndxp")};
    for (int i = 0; i < count; ++i) {
        const QString tenant = tenants.at(i % tenants.size());
        const QString code = QStringLiteral("tai-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("%1 số %2")
                                 .arg(QString::fromUtf8(kTopics[i % std::size(kTopics)]))
                                 .arg(i + 1);
        const bool soap = i % 7 == 0;
        const QVariantList values{QString(tenant + QLatin1Char('~') + code),
                                  code,
                                  name,
                                  protocol::foldForSearch(QString(code + QLatin1Char(' ') + name)),
                                  tenant,
                                  soap ? QStringLiteral("SOAP") : QStringLiteral("REST"),
                                  soap ? QStringLiteral("WSDL1") : QStringLiteral("OAS3"),
                                  QString(baseUrl + QStringLiteral("/upstream/") + code),
                                  statuses[i % std::size(statuses)],
                                  visibilities[i % std::size(visibilities)],
                                  now};
        for (int v = 0; v < values.size(); ++v)
            insert.bindValue(v, values.at(v));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace lgsp::sandbox
