#include "ui/tenants/tenantdetails.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/tenants/tenantmodel.h"
#include "ui/common/formrows.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace lgsp::ui {

using models::TenantModel;

TenantDetails::TenantDetails(client::Fleet *fleet, QWidget *parent)
    : DetailsPane(parent)
    , m_fleet(fleet)
    , m_code(valueLabel(fields()))
    , m_ndxp(valueLabel(fields()))
    , m_kind(valueLabel(fields()))
    , m_status(valueLabel(fields()))
    , m_contact(valueLabel(fields()))
    , m_instance(valueLabel(fields()))
    , m_counts(valueLabel(fields()))
    , m_today(valueLabel(fields()))
    , m_provides(valueLabel(fields()))
    , m_consumes(valueLabel(fields()))
{
    body()->addStretch(1);
    setEditable(true);
    retranslate();
    clear();
}

void TenantDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TenantDetails::retranslate()
{
    clearFormRows(form());
    form()->addRow(tr("Agency code"), m_code);
    form()->addRow(tr("NDXP member"), m_ndxp);
    form()->addRow(tr("Kind"), m_kind);
    form()->addRow(tr("Status"), m_status);
    form()->addRow(tr("Contact"), m_contact);
    form()->addRow(tr("Instance"), m_instance);
    form()->addRow(tr("Services, consumers"), m_counts);
    form()->addRow(tr("Transactions today"), m_today);
    form()->addRow(tr("Provides"), m_provides);
    form()->addRow(tr("Consumes"), m_consumes);
    if (!m_tenant.code.isEmpty()) {
        showTenant(m_instanceId, m_instanceName, m_readOnly, m_tenant);
        loadExtras(); // their texts are made when they arrive
    } else {
        clear(); // the heading that asks for a selection, in the new language
    }
}

void TenantDetails::updateRegistration()
{
    if (m_tenant.code.isEmpty())
        return;
    const QString where =
        m_registrations ? m_registrations->registrationOf(m_instanceId, m_tenant) : QString();
    if (where.isEmpty() || where == QLatin1String("no-member")) {
        m_ndxp->setText(m_tenant.ndxpMemberId.isEmpty() ? tr("none") : m_tenant.ndxpMemberId);
        return;
    }
    m_ndxp->setText(QStringLiteral("%1\n%2").arg(
        m_tenant.ndxpMemberId, m_registrations->registrationDetail(m_instanceId, m_tenant)));
}

void TenantDetails::clear()
{
    ++m_generation;
    m_tenant = {};
    setHeading(tr("No tenant selected"),
               tr("Select a tenant to see its details and what you can do."));
    for (QLabel *l : {m_code, m_ndxp, m_kind, m_status, m_contact, m_instance, m_counts, m_today,
                      m_provides, m_consumes})
        l->clear();
    setBusy({});
    fields()->hide();
    rebuildActions();
}

void TenantDetails::showTenant(const QUuid &instance, const QString &instanceName, bool readOnly,
                               const protocol::Tenant &tenant)
{
    const bool other = instance != m_instanceId || tenant.code != m_tenant.code;
    m_instanceId = instance;
    m_instanceName = instanceName;
    m_readOnly = readOnly;
    m_tenant = tenant;
    fields()->show();
    setHeading(tenant.name, tenant.nameEn);
    m_code->setText(tenant.codeVerified
                        ? tenant.code
                        : tr("%1 (demonstration code, not confirmed)").arg(tenant.code));
    updateRegistration();
    m_kind->setText(TenantModel::kindText(tenant.kind));
    m_status->setText(TenantModel::statusText(tenant.status));
    QStringList contact;
    for (const QString &part : {tenant.contactName, tenant.contactEmail, tenant.contactPhone}) {
        if (!part.isEmpty())
            contact << part;
    }
    m_contact->setText(contact.isEmpty() ? tr("none given") : contact.join(QLatin1Char('\n')));
    m_instance->setText(readOnly ? tr("%1 (read-only profile)").arg(instanceName) : instanceName);
    m_counts->setText(tenant.serviceCount < 0 ? tr("not counted by this kind of server")
                                              : tr("%1 provided, %2 consumers")
                                                    .arg(QLocale().toString(tenant.serviceCount),
                                                         QLocale().toString(tenant.consumerCount)));
    if (other) {
        setBusy({});
        loadExtras();
    }
    rebuildActions();
}

void TenantDetails::loadExtras()
{
    const quint64 generation = ++m_generation;
    client::Connection *connection = m_fleet->connection(m_instanceId);
    if (!connection)
        return;
    m_today->setText(tr("loading…"));
    client::ServiceQuery provided;
    provided.tenant = m_tenant.code;
    listServices(connection, provided, m_provides, generation);
    client::ServiceQuery consumed;
    consumed.consumer = m_tenant.code;
    listServices(connection, consumed, m_consumes, generation);
    client::MetricsQuery today;
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
    today.from = midnight.toUTC();
    today.to = QDateTime::currentDateTimeUtc().addSecs(1);
    today.step = QStringLiteral("1d");
    today.tenant = m_tenant.code;
    connection->backend()->metrics(
        today, this, [this, generation](const client::Result<protocol::MetricsResponse> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_today->setText(r.error.kind == client::ClientError::Kind::Unsupported
                                     ? tr("no metrics source for this instance")
                                     : r.error.summary());
                return;
            }
            qint64 calls = 0;
            qint64 errors = 0;
            for (const auto &series : r.value.series) {
                for (const protocol::MetricsBucket &b : series.buckets) {
                    calls += b.count;
                    errors += b.errors;
                }
            }
            m_today->setText(tr("%1 calls, %2 errors")
                                 .arg(QLocale().toString(calls), QLocale().toString(errors)));
        });
}

void TenantDetails::listServices(client::Connection *connection, client::ServiceQuery query,
                                 QLabel *label, quint64 generation)
{
    constexpr int kShown = 8;
    label->setText(tr("loading…"));
    query.limit = kShown;
    connection->backend()->services(query, this, [this, label, generation](const auto &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            label->setText(r.error.kind == client::ClientError::Kind::Unsupported
                               ? tr("not known to this console (kept in the server's "
                                    "subscriptions)")
                               : r.error.summary());
            return;
        }
        QStringList lines;
        for (const protocol::Service &s : r.value.items)
            lines << tr("%1 (%2)").arg(s.name, s.tenantCode);
        const qint64 more = r.value.total - r.value.items.size();
        if (more > 0)
            lines << tr("…and %n more", nullptr, int(more));
        label->setText(lines.isEmpty() ? tr("no services") : lines.join(QLatin1Char('\n')));
    });
}

void TenantDetails::rebuildActions()
{
    setActions(
        m_tenant.code.isEmpty() || m_readOnly ? QStringList() : m_tenant.allowedActions,
        [](const QString &action) {
            return action == QLatin1String("edit") ? tr("Edit…") : TenantModel::actionText(action);
        },
        m_tenant.name);
}

QString TenantDetails::consequenceOf(const QString &action) const
{
    if (action == QLatin1String("suspend"))
        return tr("Suspend %1 (%2)? Its services stop answering through the gateway and its "
                  "consumers' calls are refused until it is resumed.")
            .arg(m_tenant.name, m_tenant.code);
    if (action == QLatin1String("resume"))
        return tr("Resume %1 (%2)? Its services answer through the gateway again.")
            .arg(m_tenant.name, m_tenant.code);
    if (action == QLatin1String("close"))
        return tr("Close %1 (%2)? Its services are retired and it can no longer provide or "
                  "consume anything. This cannot be undone from the console.")
            .arg(m_tenant.name, m_tenant.code);
    return tr("%1 %2 (%3)?").arg(TenantModel::actionText(action), m_tenant.name, m_tenant.code);
}

void TenantDetails::trigger(const QString &action)
{
    if (m_readOnly || !m_tenant.allowedActions.contains(action))
        return;
    if (action == QLatin1String("edit")) {
        Q_EMIT editRequested(m_instanceId, m_instanceName, m_tenant.code);
        return;
    }
    if (!confirm(TenantModel::actionText(action), consequenceOf(action)))
        return;
    client::Connection *connection = m_fleet->connection(m_instanceId);
    if (!connection)
        return;
    setActionsEnabled(false);
    setBusy(tr("%1: waiting for %2…").arg(TenantModel::actionText(action), m_instanceName));
    m_lastError.clear();
    const QUuid instance = m_instanceId;
    connection->backend()->tenantAction(
        m_tenant.code, action, {}, this,
        [this, instance, action](const client::Result<protocol::Tenant> &r) {
            if (!r.ok()) {
                // The server's reason, in plain words, where the person is looking.
                m_lastError = r.error.message();
                setBusy(tr("%1 failed: %2").arg(TenantModel::actionText(action), m_lastError));
                rebuildActions();
                return;
            }
            setBusy(tr("Done: %1 is now %2.")
                        .arg(r.value.name, TenantModel::statusText(r.value.status)));
            Q_EMIT tenantChanged(instance, r.value);
            if (instance == m_instanceId && r.value.code == m_tenant.code)
                showTenant(m_instanceId, m_instanceName, m_readOnly, r.value);
        });
}

} // namespace lgsp::ui
