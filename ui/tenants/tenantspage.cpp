#include "ui/tenants/tenantspage.h"

namespace lgsp::ui {

TenantsPage::TenantsPage(QWidget *parent)
    : PlaceholderPage(QStringLiteral(":/icons/tenants.svg"), parent)
{
    retranslate();
}

void TenantsPage::retranslate()
{
    emptyState()->setTitle(tr("No tenants to show yet"));
    emptyState()->setText(
        tr("This page will list the agencies served by each connected LGSP instance — "
           "ministries, provinces and their units — with their status, agency code and "
           "services, searchable with or without diacritics. Connect to an instance, or try "
           "the local sandbox, to get started."));
    emptyState()->setActionText(tr("Try the local sandbox"));
}

} // namespace lgsp::ui
