#include "models/health/healthtimeline.h"

#include "models/common/roles.h"
#include "models/logging.h"
#include "protocol/timestamps.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace lgsp::models {

namespace {

using Status = client::ProbeCheck::Status;

QString keyOf(const QUuid &instance, const QString &check)
{
    return instance.toString(QUuid::WithoutBraces) + QLatin1Char('|') + check;
}

Status statusFromName(const QString &name)
{
    if (name == QLatin1String("ok"))
        return Status::Ok;
    if (name == QLatin1String("warn"))
        return Status::Warn;
    if (name == QLatin1String("fail"))
        return Status::Fail;
    return Status::Skipped;
}

} // namespace

QJsonObject HealthEvent::toJson() const
{
    return QJsonObject{{QStringLiteral("at"), protocol::formatTimestamp(at)},
                       {QStringLiteral("instance"), instance.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("instanceName"), instanceName},
                       {QStringLiteral("check"), check},
                       {QStringLiteral("checkTitle"), checkTitle},
                       {QStringLiteral("from"), client::ProbeCheck::statusName(from)},
                       {QStringLiteral("to"), client::ProbeCheck::statusName(to)},
                       {QStringLiteral("detail"), detail}};
}

std::optional<HealthEvent> HealthEvent::fromJson(const QJsonObject &object)
{
    HealthEvent e;
    e.at = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.instance = QUuid::fromString(object.value(QStringLiteral("instance")).toString());
    e.instanceName = object.value(QStringLiteral("instanceName")).toString();
    e.check = object.value(QStringLiteral("check")).toString();
    e.checkTitle = object.value(QStringLiteral("checkTitle")).toString();
    e.from = statusFromName(object.value(QStringLiteral("from")).toString());
    e.to = statusFromName(object.value(QStringLiteral("to")).toString());
    e.detail = object.value(QStringLiteral("detail")).toString();
    if (!e.at.isValid() || e.instance.isNull() || e.check.isEmpty())
        return std::nullopt;
    return e;
}

HealthTimeline::HealthTimeline(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HealthTimeline::follow(client::Fleet *fleet)
{
    connect(fleet, &client::Fleet::instanceUpdated, this, [this, fleet](const QUuid &id) {
        if (const client::Fleet::Instance *instance = fleet->instance(id))
            observe(*instance);
    });
}

bool HealthTimeline::open(const QString &path, QString *error)
{
    beginResetModel();
    m_events.clear();
    m_last.clear();
    m_path = path;
    m_problem.clear();
    m_writable = false;
    QFile file(path);
    if (file.exists()) {
        QJsonParseError parse{};
        const QByteArray bytes =
            file.open(QIODevice::ReadOnly) ? file.read(64 << 20) : QByteArray();
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject() ||
            !doc.object().value(QStringLiteral("events")).isArray()) {
            m_problem =
                tr("The health history %1 cannot be read (%2); it is left as it is and "
                   "this session's changes are not saved.")
                    .arg(QDir::toNativeSeparators(path), parse.error != QJsonParseError::NoError
                                                             ? parse.errorString()
                                                             : tr("not a health history"));
            *error = m_problem;
            endResetModel();
            qCWarning(lcModels).noquote() << m_problem;
            return false;
        }
        for (const QJsonValue &v : doc.object().value(QStringLiteral("events")).toArray()) {
            if (const std::optional<HealthEvent> e = HealthEvent::fromJson(v.toObject()))
                m_events.append(*e);
        }
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const HealthEvent &a, const HealthEvent &b) { return a.at > b.at; });
        // The newest event of each check is its last known status.
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it)
            m_last.insert(keyOf(it->instance, it->check), it->to);
    }
    m_writable = true;
    endResetModel();
    return true;
}

Status HealthTimeline::lastStatus(const QUuid &instance, const QString &check) const
{
    return m_last.value(keyOf(instance, check), Status::Skipped);
}

void HealthTimeline::observe(const client::Fleet::Instance &instance)
{
    const client::ProbeReport &report = instance.lastReport;
    if (report.checks.isEmpty())
        return;
    const QDateTime at =
        report.finishedAt.isValid() ? report.finishedAt : QDateTime::currentDateTimeUtc();
    bool changed = false;
    const auto consider = [&](const QString &check, const QString &title, Status status,
                              const QString &detail) {
        if (status == Status::Skipped)
            return; // not reached this time: says nothing about the check
        const Status last = lastStatus(instance.profile.id, check);
        if (last == status)
            return;
        if (last == Status::Skipped && status == Status::Ok && check != QLatin1String("overall")) {
            // First seen and fine: the instance's "overall" event says so once, not per check.
            m_last.insert(keyOf(instance.profile.id, check), status);
            return;
        }
        record(
            {at, instance.profile.id, instance.profile.name, check, title, last, status, detail});
        changed = true;
    };
    consider(QStringLiteral("overall"), tr("Overall"), report.overall(), QString());
    for (const client::ProbeCheck &c : report.checks)
        consider(c.id, c.title, c.status, c.detail);
    if (changed && m_writable && !save())
        qCWarning(lcModels).noquote() << "health history not saved:" << m_problem;
}

void HealthTimeline::record(const HealthEvent &event)
{
    beginInsertRows({}, 0, 0);
    m_events.prepend(event);
    endInsertRows();
    m_last.insert(keyOf(event.instance, event.check), event.to);
    if (m_events.size() > kMaxEvents) {
        beginRemoveRows({}, kMaxEvents, int(m_events.size()) - 1);
        m_events.resize(kMaxEvents);
        endRemoveRows();
    }
}

bool HealthTimeline::save()
{
    if (m_path.isEmpty())
        return true;
    QJsonArray list;
    for (const HealthEvent &e : std::as_const(m_events))
        list.append(e.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("events"), list}})
                       .toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        m_problem = file.errorString();
        return false;
    }
    return true;
}

QList<HealthEvent> HealthTimeline::events(const QUuid &instance) const
{
    if (instance.isNull())
        return m_events;
    QList<HealthEvent> out;
    for (const HealthEvent &e : m_events) {
        if (e.instance == instance)
            out.append(e);
    }
    return out;
}

int HealthTimeline::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HealthTimeline::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthTimeline::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const HealthEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case InstanceColumn:
            return e.instanceName;
        case CheckColumn:
            return e.checkTitle;
        case ChangeColumn:
            return e.from == Status::Skipped
                       ? client::ProbeCheck::statusText(e.to)
                       : tr("%1 → %2").arg(client::ProbeCheck::statusText(e.from),
                                           client::ProbeCheck::statusText(e.to));
        case DetailColumn:
            return e.detail;
        }
    } else if (role == StatusRole && index.column() == ChangeColumn) {
        return client::ProbeCheck::statusName(e.to);
    } else if (role == RawRole) {
        return index.column() == TimeColumn ? QVariant(e.at) : data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole && index.column() == DetailColumn) {
        return e.detail;
    }
    return {};
}

QVariant HealthTimeline::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case InstanceColumn:
        return tr("Instance");
    case CheckColumn:
        return tr("Check");
    case ChangeColumn:
        return tr("Change");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace lgsp::models
