#include "ui/charts/transactionlogdialog.h"

#include "models/traffic/transactionlogmodel.h"
#include "ui/common/messages.h"
#include "ui/theme/statusmarkdelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lgsp::ui {

TransactionLogDialog::TransactionLogDialog(const QString &scopeName, client::Backend *backend,
                                           const client::TransactionQuery &query, QWidget *parent)
    : QDialog(parent)
    , m_model(new models::TransactionLogModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Transactions"));
    const QLocale locale;
    const QString format = QStringLiteral("dd/MM/yyyy HH:mm:ss");
    m_title->setText(tr("<b>%1</b>: transactions from %2 to %3")
                         .arg(scopeName.toHtmlEscaped(),
                              locale.toString(query.from.toLocalTime(), format),
                              locale.toString(query.to.toLocalTime(), format)));
    m_title->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new StatusMarkDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Transactions"));
    auto *buttons = new QDialogButtonBox(this);
    messages::addCloseButton(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(960, 520);

    connect(m_model, &models::TransactionLogModel::loaded, this, [this] {
        m_view->resizeColumnsToContents();
        showStatus();
    });
    connect(m_model, &models::TransactionLogModel::failed, this, [this](const QString &message) {
        m_error = message;
        showStatus();
    });
    m_status->setText(tr("Loading…"));
    m_model->load(backend, query);
}

void TransactionLogDialog::showStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setText(tr("The transaction log could not be read: %1").arg(m_error));
        return;
    }
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_status->setText(tr("No transaction in this period (the log keeps recent calls only)."));
    else if (m_model->total() > shown)
        m_status->setText(
            tr("The latest %1 of %2 transactions.")
                .arg(QLocale().toString(shown), QLocale().toString(m_model->total())));
    else
        m_status->setText(tr("%n transaction(s).", nullptr, shown));
}

QString TransactionLogDialog::statusText() const
{
    return m_status->text();
}

} // namespace lgsp::ui
