#include "ui/config/bundleinfoeditor.h"

#include "models/config/bundledocument.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lgsp::ui {

BundleInfoEditor::BundleInfoEditor(models::BundleDocument *document, QWidget *parent)
    : BundleForm(document, parent)
    , m_revision(new QLabel(this))
    , m_exportedAt(new QLabel(this))
    , m_contents(new QLabel(this))
    , m_policies(new QPlainTextEdit(this))
    , m_addTenant(new QPushButton(this))
{
    addSection([] { return tr("Bundle"); });
    addText(QStringLiteral("/instance/name"), [] { return tr("Instance"); });
    addCustom(
        QStringLiteral("/revision"), [] { return tr("Based on"); }, m_revision);
    addCustom(
        QStringLiteral("/exportedAt"), [] { return tr("Exported"); }, m_exportedAt);
    addCustom(
        QStringLiteral("#contents"), [] { return tr("Contents"); }, m_contents);
    m_policies->setReadOnly(true);
    m_policies->setMaximumHeight(140);
    addCustom(
        QStringLiteral("/policies"), [] { return tr("Policies"); }, m_policies);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addTenant);
    buttons->addStretch(1);
    outerLayout()->addSpacing(8);
    outerLayout()->addLayout(buttons);
    outerLayout()->addStretch(1);
    connect(m_addTenant, &QPushButton::clicked, this, &BundleInfoEditor::addTenantRequested);
    retranslate();
}

void BundleInfoEditor::refresh()
{
    BundleForm::refresh();
    const QJsonObject &doc = document()->document();
    const qint64 revision = doc.value(QStringLiteral("revision")).toInteger();
    m_revision->setText(revision > 0 ? tr("revision %1 of the instance").arg(revision)
                                     : tr("no revision (a new bundle)"));
    const QDateTime exported = QDateTime::fromString(
        doc.value(QStringLiteral("exportedAt")).toString(), Qt::ISODateWithMs);
    m_exportedAt->setText(exported.isValid()
                              ? QLocale().toString(exported.toLocalTime(), QLocale::LongFormat)
                              : tr("not exported from an instance"));
    m_contents->setText(
        tr("%n tenant(s)", nullptr, int(doc.value(QStringLiteral("tenants")).toArray().size())) +
        QStringLiteral(", ") +
        tr("%n service(s)", nullptr, int(doc.value(QStringLiteral("services")).toArray().size())));
    const QJsonObject policies = doc.value(QStringLiteral("policies")).toObject();
    m_policies->setPlainText(
        policies.isEmpty()
            ? tr("No policies. In this schema version policies are exported for reference and "
                 "not applied.")
            : QString::fromUtf8(QJsonDocument(policies).toJson(QJsonDocument::Indented)));
}

void BundleInfoEditor::retranslate()
{
    BundleForm::retranslate();
    m_addTenant->setText(tr("Add tenant"));
    if (!base().isNull() && document()->isOpen())
        refresh();
}

} // namespace lgsp::ui
