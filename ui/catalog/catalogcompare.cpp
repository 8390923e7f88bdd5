// CatalogPage: what a service's definition can be compared with.
#include "models/catalog/servicemodel.h"
#include "ui/catalog/catalogpage.h"
#include "ui/catalog/definitioncompare.h"

#include <QCollator>

#include <algorithm>

namespace lgsp::ui {

namespace {

constexpr int kMaxOthers = 500; // services of the same kind offered after the same code

DefinitionCompare::Side sideOf(const models::ServiceModel::Row &row)
{
    DefinitionCompare::Side side;
    side.instance = row.instance;
    side.serviceId = row.item.id;
    side.label = QStringLiteral("%1 · %2 · %3 %4 · %5")
                     .arg(row.item.name, row.item.tenantCode, row.item.code, row.item.version,
                          row.instanceName);
    return side;
}

bool isWsdl(const QString &definitionType)
{
    return definitionType.startsWith(QLatin1String("WSDL"));
}

} // namespace

DefinitionCompare *CatalogPage::compareDefinition(const QUuid &instance, const QString &serviceId)
{
    const int self = m_model->rowOf(instance, serviceId);
    if (self < 0)
        return nullptr;
    const models::ServiceModel::Row &row = m_model->at(self);
    QList<DefinitionCompare::Side> sameCode;
    QList<DefinitionCompare::Side> others;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const models::ServiceModel::Row &other = m_model->at(r);
        if (r == self || isWsdl(other.item.definitionType) != isWsdl(row.item.definitionType))
            continue;
        if (other.item.code == row.item.code)
            sameCode.append(sideOf(other));
        else if (others.size() < kMaxOthers)
            others.append(sideOf(other));
    }
    QCollator collator(locale());
    collator.setNumericMode(true);
    const auto byLabel = [&collator](const DefinitionCompare::Side &a,
                                     const DefinitionCompare::Side &b) {
        return collator.compare(a.label, b.label) < 0;
    };
    std::sort(sameCode.begin(), sameCode.end(), byLabel);
    std::sort(others.begin(), others.end(), byLabel);
    if (!m_compare)
        m_compare = new DefinitionCompare(m_fleet, this);
    m_compare->setSides(sideOf(row), sameCode + others);
    m_compare->show();
    m_compare->raise();
    return m_compare;
}

} // namespace lgsp::ui
