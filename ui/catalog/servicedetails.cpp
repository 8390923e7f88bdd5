#include "ui/catalog/servicedetails.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/catalog/servicemodel.h"
#include "ui/catalog/definitionviewer.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace lgsp::ui {

using models::ServiceModel;

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ServiceDetails::ServiceDetails(client::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields))
    , m_id(valueLabel(m_fields))
    , m_provider(valueLabel(m_fields))
    , m_protocol(valueLabel(m_fields))
    , m_status(valueLabel(m_fields))
    , m_visibility(valueLabel(m_fields))
    , m_gateway(valueLabel(m_fields))
    , m_upstream(valueLabel(m_fields))
    , m_sla(valueLabel(m_fields))
    , m_consumers(valueLabel(m_fields))
    , m_busy(new QLabel(this))
    , m_definition(new QPushButton(this))
    , m_actions(new QHBoxLayout)
    , m_confirm([](QWidget *p, const QString &title, const QString &text) {
        return QMessageBox::question(p, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    })
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_subtitle->setEnabled(false);
    m_busy->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    connect(m_definition, &QPushButton::clicked, this, [this] { openDefinition(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(m_actions);
    layout->addWidget(m_busy);
    layout->addWidget(m_fields);
    layout->addWidget(m_definition, 0, Qt::AlignLeft);
    layout->addStretch(1);
    retranslate();
    clear();
}

void ServiceDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServiceDetails::retranslate()
{
    while (m_form->rowCount() > 0)
        m_form->takeRow(0);
    m_form->addRow(tr("Identifier"), m_id);
    m_form->addRow(tr("Provider"), m_provider);
    m_form->addRow(tr("Protocol"), m_protocol);
    m_form->addRow(tr("Status"), m_status);
    m_form->addRow(tr("Visibility"), m_visibility);
    m_form->addRow(tr("Gateway path"), m_gateway);
    m_form->addRow(tr("Upstream"), m_upstream);
    m_form->addRow(tr("SLA"), m_sla);
    m_form->addRow(tr("Consumers"), m_consumers);
    m_definition->setText(tr("Show definition…"));
    if (!m_service.id.isEmpty())
        showService(m_instanceId, m_instanceName, m_readOnly, m_service);
    else
        clear();
}

void ServiceDetails::clear()
{
    m_service = {};
    m_title->setText(tr("No service selected"));
    m_subtitle->setText(tr("Select a service to see its details, its definition and what you "
                           "can do."));
    m_busy->clear();
    m_fields->hide();
    m_definition->hide();
    rebuildActions();
}

void ServiceDetails::showService(const QUuid &instance, const QString &instanceName, bool readOnly,
                                 const protocol::Service &service)
{
    m_instanceId = instance;
    m_instanceName = instanceName;
    m_readOnly = readOnly;
    m_service = service;
    m_fields->show();
    m_definition->show();
    m_title->setText(service.name);
    m_subtitle->setText(tr("Version %1 on %2").arg(service.version, instanceName));
    m_id->setText(service.id);
    m_provider->setText(service.tenantCode);
    m_protocol->setText(service.protocol + QStringLiteral(" · ") + service.definitionType);
    m_status->setText(ServiceModel::statusText(service.status));
    m_visibility->setText(ServiceModel::visibilityText(service.visibility));
    m_gateway->setText(service.gatewayPath);
    m_upstream->setText(service.upstreamUrl);
    m_sla->setText(tr("time-out %1 ms, at most %2 calls a minute")
                       .arg(QLocale().toString(service.timeoutMs),
                            QLocale().toString(service.rateLimitPerMin)));
    m_consumers->setText(service.consumers.isEmpty() ? tr("none")
                                                     : service.consumers.join(QLatin1Char('\n')));
    rebuildActions();
}

QStringList ServiceDetails::visibleActions() const
{
    QStringList actions;
    for (int i = 0; i < m_actions->count(); ++i) {
        if (auto *button = qobject_cast<QPushButton *>(m_actions->itemAt(i)->widget()))
            actions << button->property("action").toString();
    }
    return actions;
}

void ServiceDetails::rebuildActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_service.id.isEmpty() || m_readOnly)
        return;
    for (const QString &action : m_service.allowedActions) {
        if (action == QLatin1String("edit"))
            continue;
        auto *button = new QPushButton(ServiceModel::actionText(action), this);
        button->setProperty("action", action);
        button->setAccessibleName(
            tr("%1 %2").arg(ServiceModel::actionText(action), m_service.name));
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_actions->addWidget(button);
    }
    m_actions->addStretch(1);
}

void ServiceDetails::trigger(const QString &action)
{
    if (m_readOnly || !m_service.allowedActions.contains(action))
        return;
    QString consequence;
    if (action == QLatin1String("publish"))
        consequence = tr("Publish %1 (%2)? Its consumers can call it through the gateway.");
    else if (action == QLatin1String("deprecate"))
        consequence = tr("Deprecate %1 (%2)? It keeps answering, but consumers are told to "
                         "move to a newer service.");
    else
        consequence = tr("Retire %1 (%2)? The gateway stops forwarding calls to it.");
    if (!m_confirm(this, ServiceModel::actionText(action),
                   consequence.arg(m_service.name, m_service.id)))
        return;
    client::Connection *connection = m_fleet->connection(m_instanceId);
    if (!connection)
        return;
    for (int i = 0; i < m_actions->count(); ++i) {
        if (QWidget *w = m_actions->itemAt(i)->widget())
            w->setEnabled(false);
    }
    m_busy->setText(
        tr("%1: waiting for %2…").arg(ServiceModel::actionText(action), m_instanceName));
    const QUuid instance = m_instanceId;
    connection->backend()->serviceAction(
        m_service.id, action, {}, this,
        [this, instance, action](const client::Result<protocol::Service> &r) {
            if (!r.ok()) {
                m_busy->setText(
                    tr("%1 failed: %2").arg(ServiceModel::actionText(action), r.error.message()));
                rebuildActions();
                return;
            }
            m_busy->setText(tr("Done: %1 is now %2.")
                                .arg(r.value.name, ServiceModel::statusText(r.value.status)));
            Q_EMIT serviceChanged(instance, r.value);
            if (instance == m_instanceId && r.value.id == m_service.id)
                showService(m_instanceId, m_instanceName, m_readOnly, r.value);
        });
}

DefinitionViewer *ServiceDetails::openDefinition()
{
    client::Connection *connection = m_fleet->connection(m_instanceId);
    if (!connection || m_service.id.isEmpty())
        return nullptr;
    if (!m_viewer)
        m_viewer = new DefinitionViewer(this);
    const QString title = tr("Definition of %1").arg(m_service.name);
    m_viewer->setDefinition(title, "text/plain", tr("Loading…").toUtf8());
    m_viewer->show();
    m_viewer->raise();
    connection->backend()->serviceDefinition(
        m_service.id, m_viewer, [this, title](const client::Result<client::ServiceDefinition> &r) {
            if (!r.ok()) {
                m_viewer->setDefinition(title, "text/plain", r.error.message().toUtf8());
                return;
            }
            m_viewer->setDefinition(title, r.value.contentType, r.value.text);
        });
    return m_viewer;
}

} // namespace lgsp::ui
