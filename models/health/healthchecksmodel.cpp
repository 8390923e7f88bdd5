#include "models/health/healthchecksmodel.h"

#include "models/health/healthtimeline.h"

#include <QLocale>

namespace lgsp::models {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("HH:mm:ss"))
                       : QString();
}

QStandardItem *cell(const QString &text)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    return i;
}

} // namespace

HealthChecksModel::HealthChecksModel(client::Fleet *fleet, QObject *parent)
    : QStandardItemModel(parent)
    , m_fleet(fleet)
{
    connect(fleet, &client::Fleet::instanceAdded, this, &HealthChecksModel::update);
    connect(fleet, &client::Fleet::instanceUpdated, this, &HealthChecksModel::update);
    connect(fleet, &client::Fleet::probeStarted, this, &HealthChecksModel::update);
    connect(fleet, &client::Fleet::instanceRemoved, this, &HealthChecksModel::remove);
    retranslate();
}

void HealthChecksModel::retranslate()
{
    setHorizontalHeaderLabels(
        {tr("Check"), tr("Status"), tr("Detail"), tr("Took"), tr("Checked"), tr("Next check")});
    for (const QUuid &id : m_fleet->ids())
        update(id);
}

QModelIndex HealthChecksModel::indexOf(const QUuid &instance) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (item(r)->data(InstanceIdRole).toUuid() == instance)
            return index(r, 0);
    }
    return {};
}

QModelIndex HealthChecksModel::indexOf(const QUuid &instance, const QString &check) const
{
    const QModelIndex parent = indexOf(instance);
    for (int r = 0; parent.isValid() && r < rowCount(parent); ++r) {
        const QModelIndex child = index(r, 0, parent);
        if (child.data(CheckIdRole).toString() == check)
            return child;
        // The security server's checks are one level down, in their group.
        for (int g = 0; g < rowCount(child); ++g) {
            if (index(g, 0, child).data(CheckIdRole).toString() == check)
                return index(g, 0, child);
        }
    }
    return {};
}

QList<QStandardItem *> HealthChecksModel::checkRow(const client::ProbeCheck &check) const
{
    QList<QStandardItem *> row{
        cell(check.currentTitle()),
        cell(client::ProbeCheck::statusText(check.status)),
        cell(check.currentDetail()),
        cell(check.elapsedMs >= 0 ? tr("%1 ms").arg(check.elapsedMs) : QString()),
        cell(when(check.checkedAt)),
        cell(QString())};
    row[CheckColumn]->setData(check.id, CheckIdRole);
    row[StatusColumn]->setData(client::ProbeCheck::statusName(check.status), StatusRole);
    row[DetailColumn]->setToolTip(check.detail);
    return row;
}

void HealthChecksModel::update(const QUuid &id)
{
    const client::Fleet::Instance *instance = m_fleet->instance(id);
    if (!instance)
        return;
    QModelIndex at = indexOf(id);
    if (!at.isValid()) {
        QList<QStandardItem *> row;
        for (int c = 0; c < ColumnCount; ++c)
            row.append(cell(QString()));
        row[CheckColumn]->setData(id, InstanceIdRole);
        appendRow(row);
        at = indexOf(id);
    }
    const int r = at.row();
    const client::ProbeReport &report = instance->lastReport;
    const bool polled = instance->polls > 0;
    const client::ProbeCheck::Status overall = report.overall();
    item(r, CheckColumn)->setText(instance->profile.name);
    item(r, StatusColumn)
        ->setText(polled ? client::ProbeCheck::statusText(overall) : tr("Not checked yet"));
    item(r, StatusColumn)
        ->setData(polled ? client::ProbeCheck::statusName(overall) : QString(), StatusRole);
    item(r, DetailColumn)
        ->setText(instance->polling ? tr("Checking now…") : instance->profile.baseUrl.toString());
    item(r, TookColumn)
        ->setText(report.startedAt.isValid() && report.finishedAt.isValid()
                      ? tr("%1 ms").arg(report.startedAt.msecsTo(report.finishedAt))
                      : QString());
    item(r, CheckedColumn)->setText(when(instance->updatedAt));
    const QDateTime next =
        instance->updatedAt.isValid()
            ? instance->updatedAt.addMSecs(std::max(instance->profile.pollIntervalMs,
                                                    int(client::Fleet::kMinimumInterval.count())))
            : QDateTime();
    item(r, NextColumn)->setText(instance->polling ? tr("now") : when(next));
    if (instance->polling)
        return; // the checks of the last poll stay until the new ones are in
    QStandardItem *parentItem = item(r, CheckColumn);
    parentItem->removeRows(0, parentItem->rowCount());
    // The security server's checks under one "Link to NDXP" row holding the worst of them.
    QList<QStandardItem *> ndxpRow;
    client::ProbeCheck::Status ndxpWorst = client::ProbeCheck::Status::Skipped;
    for (const client::ProbeCheck &check : report.checks) {
        QList<QStandardItem *> row = checkRow(check);
        row[NextColumn]->setText(when(next));
        if (!check.id.startsWith(QLatin1String("ndxp."))) {
            parentItem->appendRow(row);
            continue;
        }
        if (ndxpRow.isEmpty()) {
            for (int c = 0; c < ColumnCount; ++c)
                ndxpRow.append(cell(QString()));
            ndxpRow[CheckColumn]->setText(tr("Link to NDXP (security server)"));
            ndxpRow[CheckColumn]->setData(QStringLiteral("ndxp"), CheckIdRole);
            ndxpRow[DetailColumn]->setText(instance->profile.xroad.url.toString());
            parentItem->appendRow(ndxpRow);
        }
        ndxpWorst = client::ProbeCheck::worse(ndxpWorst, check.status);
        ndxpRow[CheckColumn]->appendRow(row);
    }
    if (!ndxpRow.isEmpty()) {
        ndxpRow[StatusColumn]->setText(client::ProbeCheck::statusText(ndxpWorst));
        ndxpRow[StatusColumn]->setData(client::ProbeCheck::statusName(ndxpWorst), StatusRole);
    }
}

void HealthChecksModel::remove(const QUuid &id)
{
    const QModelIndex at = indexOf(id);
    if (at.isValid())
        removeRow(at.row());
}

} // namespace lgsp::models
