#include "ui/charts/transactionspage.h"

namespace lgsp::ui {

TransactionsPage::TransactionsPage(QWidget *parent)
    : PlaceholderPage(QStringLiteral(":/icons/transactions.svg"), parent)
{
    retranslate();
}

void TransactionsPage::retranslate()
{
    emptyState()->setTitle(tr("No transaction data yet"));
    emptyState()->setText(
        tr("This page will chart the transactions flowing through each instance, live: "
           "throughput, errors by LGSP error code and latency percentiles, from five minutes "
           "to thirty days. Connect to an instance, or try the local sandbox, to get "
           "started."));
    emptyState()->setActionText(tr("Try the local sandbox"));
}

} // namespace lgsp::ui
