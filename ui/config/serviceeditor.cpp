#include "ui/config/serviceeditor.h"

#include "models/catalog/servicemodel.h"
#include "models/config/bundledocument.h"
#include "protocol/service.h"
#include "ui/theme/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {

QString same(const QString &value)
{
    return value;
}

} // namespace

ServiceEditor::ServiceEditor(models::BundleDocument *document, QWidget *parent)
    : BundleForm(document, parent)
    , m_provider(new QComboBox(this))
    , m_consumers(new QListWidget(this))
    , m_remove(new QPushButton(this))
{
    addSection([] { return tr("Service"); });
    QLineEdit *code = addText(QStringLiteral("/code"), [] { return tr("Code"); });
    code->setPlaceholderText(QStringLiteral("tra-cuu-ho-tich"));
    addText(QStringLiteral("/name"), [] { return tr("Name"); });
    addText(QStringLiteral("/version"), [] { return tr("Version"); });
    m_provider->setEditable(true);
    m_provider->setInsertPolicy(QComboBox::NoInsert);
    addCustom(
        QStringLiteral("/tenantCode"), [] { return tr("Provider"); }, m_provider);
    addChoice(
        QStringLiteral("/protocol"), [] { return tr("Protocol"); }, protocol::Service::protocols(),
        &same);
    addChoice(
        QStringLiteral("/definitionType"), [] { return tr("Definition type"); },
        protocol::Service::definitionTypes(), &same);
    QLineEdit *url = addText(QStringLiteral("/upstreamUrl"), [] { return tr("Upstream URL"); });
    url->setPlaceholderText(QStringLiteral("https://"));
    addChoice(
        QStringLiteral("/visibility"), [] { return tr("Visibility"); },
        protocol::Service::visibilities(), &models::ServiceModel::visibilityText);
    addChoice(
        QStringLiteral("/status"), [] { return tr("Lifecycle"); }, protocol::Service::statuses(),
        &models::ServiceModel::statusText);
    addSection([] { return tr("Access and SLA"); });
    m_consumers->setMinimumHeight(110);
    addCustom(
        QStringLiteral("/consumers"), [] { return tr("May be called by"); }, m_consumers);
    addInteger(
        QStringLiteral("/sla/timeoutMs"), [] { return tr("Timeout"); }, 100, 120000,
        [] { return tr(" ms"); });
    addInteger(
        QStringLiteral("/sla/rateLimitPerMin"), [] { return tr("Rate limit"); }, 1, 1000000,
        [] { return tr(" calls/min"); });
    addSection([] { return tr("Definition"); });
    addLongText(QStringLiteral("/definition"), [] { return tr("OpenAPI or WSDL"); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    outerLayout()->addSpacing(8);
    outerLayout()->addLayout(buttons);
    outerLayout()->addStretch(1);

    connect(m_provider->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        edit(QStringLiteral("/tenantCode"), text.section(QLatin1Char(' '), 0, 0), tr("Provider"));
    });
    connect(m_provider, &QComboBox::activated, this, [this](int index) {
        edit(QStringLiteral("/tenantCode"), m_provider->itemData(index).toString(), tr("Provider"),
             false);
    });
    connect(m_consumers, &QListWidget::itemChanged, this, &ServiceEditor::consumerToggled);
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(base()); });
    connect(Theme::instance(), &Theme::changed, this, &ServiceEditor::refreshConsumers);
    retranslate();
}

void ServiceEditor::refresh()
{
    BundleForm::refresh();
    refreshProvider();
    refreshConsumers();
}

void ServiceEditor::refreshProvider()
{
    const QString current = document()->value(pointerOf(QStringLiteral("/tenantCode"))).toString();
    QList<std::pair<QString, QString>> items; // code, text
    for (const QJsonValue &value : document()->value(QStringLiteral("/tenants")).toArray()) {
        const QJsonObject tenant = value.toObject();
        const QString code = tenant.value(QStringLiteral("code")).toString();
        items.append(
            {code, code + QStringLiteral(" — ") + tenant.value(QStringLiteral("name")).toString()});
    }
    bool same = items.size() == m_provider->count();
    for (int i = 0; same && i < m_provider->count(); ++i)
        same = m_provider->itemData(i).toString() == items.at(i).first &&
               m_provider->itemText(i) == items.at(i).second;
    const QSignalBlocker blocker(m_provider);
    const bool typing = m_provider->lineEdit()->hasFocus();
    const QString typed = m_provider->lineEdit()->text();
    if (!same) {
        m_provider->clear();
        for (const auto &[code, text] : std::as_const(items))
            m_provider->addItem(text, code);
    }
    if (typing) {
        // Never move the text under the officer's cursor.
        if (m_provider->lineEdit()->text() != typed)
            m_provider->setEditText(typed);
        return;
    }
    const int index = m_provider->findData(current);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
    else
        m_provider->setEditText(current);
}

void ServiceEditor::refreshConsumers()
{
    const QJsonArray consumers =
        document()->value(pointerOf(QStringLiteral("/consumers"))).toArray();
    QStringList chosen;
    for (const QJsonValue &value : consumers)
        chosen.append(value.toString());
    const QString provider = document()->value(pointerOf(QStringLiteral("/tenantCode"))).toString();
    const QSignalBlocker blocker(m_consumers);
    const int scroll = m_consumers->currentRow();
    m_consumers->clear();
    QStringList listed;
    for (const QJsonValue &value : document()->value(QStringLiteral("/tenants")).toArray()) {
        const QJsonObject tenant = value.toObject();
        const QString code = tenant.value(QStringLiteral("code")).toString();
        if (code.isEmpty() || code == provider || listed.contains(code))
            continue;
        listed.append(code);
        auto *item = new QListWidgetItem(tenant.value(QStringLiteral("name")).toString() +
                                             QStringLiteral(" (") + code + QLatin1Char(')'),
                                         m_consumers);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    // Rights naming tenants the bundle does not have stay visible, so they can be removed.
    for (const QString &code : std::as_const(chosen)) {
        if (listed.contains(code))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (not in this bundle)").arg(code), m_consumers);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        item->setForeground(Theme::instance()->color(Theme::Colour::ErrorText));
    }
    m_consumers->setCurrentRow(std::min(scroll, m_consumers->count() - 1));
}

void ServiceEditor::consumerToggled()
{
    const QJsonArray before = document()->value(pointerOf(QStringLiteral("/consumers"))).toArray();
    QStringList checked;
    for (int i = 0; i < m_consumers->count(); ++i) {
        if (m_consumers->item(i)->checkState() == Qt::Checked)
            checked.append(m_consumers->item(i)->data(Qt::UserRole).toString());
    }
    // Keep the document's order; newly allowed tenants go at the end.
    QJsonArray after;
    for (const QJsonValue &value : before) {
        if (checked.removeOne(value.toString()))
            after.append(value);
    }
    for (const QString &code : std::as_const(checked))
        after.append(code);
    document()->setValue(pointerOf(QStringLiteral("/consumers")), after,
                         tr("Change who may call the service"), false);
}

void ServiceEditor::retranslate()
{
    BundleForm::retranslate();
    m_remove->setText(tr("Remove service…"));
    if (!base().isNull() && document()->isOpen())
        refreshConsumers();
}

} // namespace lgsp::ui
