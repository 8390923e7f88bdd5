#include "models/bulk/tenantfields.h"

#include "models/bulk/tenantimport.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/tenant.h"
#include "protocol/textfold.h"

#include <utility>

namespace lgsp::models::tenantfields {

// The fields a file can set, by the names a column may have: the Admin API's, the console's
// own export headers in English and Vietnamese, and the usual words (folded: lower case,
// no diacritics).
const QHash<QString, QString> &columnNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> n;
        const auto add = [&n](const char *field, std::initializer_list<const char *> words) {
            for (const char *word : words)
                n.insert(protocol::foldForSearch(QString::fromUtf8(word)), QLatin1String(field));
        };
        add("code", {"code", "agency code", "agency_code", "mã", "mã định danh", "mã đơn vị",
                     "mã cơ quan"});
        add("name", {"name", "tên", "tên đơn vị", "tên cơ quan"});
        add("nameEn", {"nameEn", "name_en", "name (english)", "english name", "tên tiếng anh"});
        add("kind", {"kind", "loại"});
        add("status", {"status", "trạng thái"});
        add("contactName", {"contactName", "contact_name", "contact name", "người liên hệ"});
        add("contactEmail",
            {"contactEmail", "contact_email", "contact email", "email", "thư điện tử"});
        add("contactPhone", {"contactPhone", "contact_phone", "contact phone", "phone",
                             "điện thoại", "số điện thoại"});
        return n;
    }();
    return names;
}

// A kind or status as written (the wire value, or the console's word for it in English,
// Vietnamese or the language in use) to its wire value; empty when not recognised.
QString wireValue(const QString &field, const QString &written)
{
    const QString folded = protocol::foldForSearch(written);
    const bool kind = field == QLatin1String("kind");
    const QStringList values = kind ? protocol::Tenant::kinds() : protocol::Tenant::statuses();
    static const QHash<QString, QString> vietnamese = [] {
        QHash<QString, QString> v;
        for (const auto &[word, value] : {std::pair{"bộ, ngành", "ministry"},
                                          {"bộ", "ministry"},
                                          {"tỉnh, thành phố", "province"},
                                          {"tỉnh", "province"},
                                          {"thành phố", "province"},
                                          {"cơ quan", "agency"},
                                          {"dùng thử", "trial"},
                                          {"hoạt động", "active"},
                                          {"tạm dừng", "suspended"},
                                          {"đã đóng", "closed"}})
            v.insert(protocol::foldForSearch(QString::fromUtf8(word)), QLatin1String(value));
        return v;
    }();
    for (const QString &value : values) {
        const QString text = kind ? TenantModel::kindText(value) : TenantModel::statusText(value);
        if (folded == value || folded == protocol::foldForSearch(text))
            return value;
    }
    const QString fromVietnamese = vietnamese.value(folded);
    return values.contains(fromVietnamese) ? fromVietnamese : QString();
}

// The Admin API nests the contact ({"contact": {"name", "email", "phone"}}); a row holds the
// fields flat, as a spreadsheet has them.
const std::pair<const char *, const char *> kContactFields[] = {
    {"contactName", "name"}, {"contactEmail", "email"}, {"contactPhone", "phone"}};

QJsonObject flatFields(const QJsonObject &wire)
{
    QJsonObject fields = wire;
    fields.remove(QLatin1String("contact"));
    const QJsonObject contact = wire.value(QLatin1String("contact")).toObject();
    for (const auto &[flat, nested] : kContactFields) {
        if (contact.contains(QLatin1String(nested)))
            fields.insert(QLatin1String(flat), contact.value(QLatin1String(nested)));
    }
    return fields;
}

// `changes` on the wire; a changed contact is sent whole, completed from `current`.
QJsonObject wireFields(const QJsonObject &changes, const QJsonObject &current)
{
    QJsonObject wire = changes;
    bool contactChanged = false;
    for (const auto &[flat, nested] : kContactFields)
        contactChanged = contactChanged || changes.contains(QLatin1String(flat));
    if (!contactChanged)
        return wire;
    QJsonObject contact;
    for (const auto &[flat, nested] : kContactFields) {
        const QLatin1String key(flat);
        const QString value = (changes.contains(key) ? changes : current).value(key).toString();
        if (!value.isEmpty())
            contact.insert(QLatin1String(nested), value);
        wire.remove(key);
    }
    wire.insert(QLatin1String("contact"), contact);
    return wire;
}

QString fieldTitle(const QString &field)
{
    if (field == QLatin1String("name"))
        return TenantImport::tr("Name");
    if (field == QLatin1String("nameEn"))
        return TenantImport::tr("English name");
    if (field == QLatin1String("kind"))
        return TenantImport::tr("Kind");
    if (field == QLatin1String("status"))
        return TenantImport::tr("Status");
    if (field == QLatin1String("contactName"))
        return TenantImport::tr("Contact");
    if (field == QLatin1String("contactEmail"))
        return TenantImport::tr("E-mail");
    if (field == QLatin1String("contactPhone"))
        return TenantImport::tr("Phone");
    return field;
}

QString shown(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return TenantImport::tr("(empty)");
    if (field == QLatin1String("kind"))
        return TenantModel::kindText(value);
    if (field == QLatin1String("status"))
        return TenantModel::statusText(value);
    return value;
}

} // namespace lgsp::models::tenantfields
