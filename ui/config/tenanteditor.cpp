#include "ui/config/tenanteditor.h"

#include "models/config/bundledocument.h"
#include "models/tenants/tenantmodel.h"
#include "protocol/tenant.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lgsp::ui {

TenantEditor::TenantEditor(models::BundleDocument *document, QWidget *parent)
    : BundleForm(document, parent)
    , m_addService(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    addSection([] { return tr("Tenant"); });
    QLineEdit *code = addText(QStringLiteral("/code"), [] { return tr("Agency code"); });
    code->setPlaceholderText(QStringLiteral("000.00.00.H30"));
    addText(QStringLiteral("/name"), [] { return tr("Name"); });
    addText(QStringLiteral("/nameEn"), [] { return tr("English name"); });
    addChoice(
        QStringLiteral("/kind"), [] { return tr("Kind"); }, protocol::Tenant::kinds(),
        &models::TenantModel::kindText);
    addChoice(
        QStringLiteral("/status"), [] { return tr("Status"); }, protocol::Tenant::statuses(),
        &models::TenantModel::statusText);
    addSection([] { return tr("Contact"); });
    addText(QStringLiteral("/contact/name"), [] { return tr("Contact name"); });
    addText(QStringLiteral("/contact/email"), [] { return tr("E-mail"); });
    addText(QStringLiteral("/contact/phone"), [] { return tr("Phone"); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addService);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    outerLayout()->addSpacing(8);
    outerLayout()->addLayout(buttons);
    outerLayout()->addStretch(1);
    connect(m_addService, &QPushButton::clicked, this, [this] {
        Q_EMIT addServiceRequested(
            this->document()->value(pointerOf(QStringLiteral("/code"))).toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(base()); });
    retranslate();
}

void TenantEditor::retranslate()
{
    BundleForm::retranslate();
    m_addService->setText(tr("Add a service it provides"));
    m_remove->setText(tr("Remove tenant…"));
}

} // namespace lgsp::ui
