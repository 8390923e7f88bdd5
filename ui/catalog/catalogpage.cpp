#include "ui/catalog/catalogpage.h"

namespace lgsp::ui {

CatalogPage::CatalogPage(QWidget *parent)
    : PlaceholderPage(QStringLiteral(":/icons/services.svg"), parent)
{
    retranslate();
}

void CatalogPage::retranslate()
{
    emptyState()->setTitle(tr("The service catalog is empty"));
    emptyState()->setText(
        tr("This page will hold one searchable catalog of the services published on every "
           "connected instance — population lookups, civil status, shared catalogs and more — "
           "with their provider, consumers, SLA and definition. Connect to an instance, or "
           "try the local sandbox, to get started."));
    emptyState()->setActionText(tr("Try the local sandbox"));
}

} // namespace lgsp::ui
