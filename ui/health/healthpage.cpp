#include "ui/health/healthpage.h"

namespace lgsp::ui {

HealthPage::HealthPage(QWidget *parent)
    : PlaceholderPage(QStringLiteral(":/icons/health.svg"), parent)
{
    retranslate();
}

void HealthPage::retranslate()
{
    emptyState()->setTitle(tr("No connection health to report yet"));
    emptyState()->setText(
        tr("This page will check every instance for you: reachability, sign-in, certificate "
           "expiry, clock skew, the link to the national platform NDXP, and the server's own "
           "checks, with a history of changes. Connect to an instance, or try the local "
           "sandbox, to get started."));
    emptyState()->setActionText(tr("Try the local sandbox"));
}

} // namespace lgsp::ui
