#include "ui/config/configpage.h"

namespace lgsp::ui {

ConfigPage::ConfigPage(QWidget *parent)
    : PlaceholderPage(QStringLiteral(":/icons/config.svg"), parent)
{
    retranslate();
}

void ConfigPage::retranslate()
{
    emptyState()->setTitle(tr("No configuration bundle open"));
    emptyState()->setText(
        tr("This page will let you prepare an instance's configuration offline — tenants, "
           "services, access rights and policies — check it, compare it with the live "
           "instance and apply it safely later. It needs no connection."));
    emptyState()->setActionText(QString());
}

} // namespace lgsp::ui
