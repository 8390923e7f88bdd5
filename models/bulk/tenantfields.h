#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// The fields of a tenant as a spreadsheet names and writes them, for TenantImport: which
// column is which field, kinds and statuses as written to their wire values, the Admin API's
// nested contact to flat fields and back, and the words shown for a field and its value.
namespace lgsp::models::tenantfields {

// Folded column name (lower case, no diacritics) → field ("code", "name", "nameEn", "kind",
// "status", "contactName", "contactEmail", "contactPhone").
const QHash<QString, QString> &columnNames();
// A kind or status as written to its wire value; empty when not recognised.
QString wireValue(const QString &field, const QString &written);
// The Admin API's tenant JSON with its contact made flat fields.
QJsonObject flatFields(const QJsonObject &wire);
// Flat `changes` on the wire; a changed contact is sent whole, completed from `current`.
QJsonObject wireFields(const QJsonObject &changes, const QJsonObject &current);
QString fieldTitle(const QString &field);
QString shown(const QString &field, const QString &value);

} // namespace lgsp::models::tenantfields
