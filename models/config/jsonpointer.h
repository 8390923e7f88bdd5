#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lgsp::models::jsonpointer {

// JSON pointers (RFC 6901) into QJsonValue trees: "/tenants/2/name". The empty pointer is
// the whole document.

QStringList split(const QString &pointer);
QString join(const QStringList &tokens);
// `parent` + "/" + the escaped token.
QString child(const QString &parent, const QString &token);
QString child(const QString &parent, qsizetype index);
// "/tenants/2" of "/tenants/2/name"; empty for a top-level member.
QString parentOf(const QString &pointer);
// Whether `pointer` is `ancestor` or lies under it.
bool isWithin(const QString &pointer, const QString &ancestor);

// The value at `pointer`; undefined when there is none.
QJsonValue value(const QJsonValue &root, const QString &pointer);
// Sets the value at `pointer` (an undefined value removes an object member or an array
// item; index == size appends). Members on the way must exist. False when the pointer
// leads nowhere.
bool setValue(QJsonValue *root, const QString &pointer, const QJsonValue &value);
// Inserts `value` into the array at `arrayPointer` before `index` (or at the end).
bool insert(QJsonValue *root, const QString &arrayPointer, qsizetype index,
            const QJsonValue &value);

} // namespace lgsp::models::jsonpointer
