#pragma once

#include "client/fleet/fleet.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QUuid>

namespace lgsp::models {

// One change of a check's status on one instance.
struct HealthEvent
{
    QDateTime at;
    QUuid instance;
    QString instanceName;
    QString check; // the probe's check id ("connect", "server.ndxp-link"), or "overall"
    QString checkTitle;
    client::ProbeCheck::Status from = client::ProbeCheck::Status::Skipped; // Skipped: first seen
    client::ProbeCheck::Status to = client::ProbeCheck::Status::Ok;
    QString detail;

    QJsonObject toJson() const;
    static std::optional<HealthEvent> fromJson(const QJsonObject &object);
};

// The history of status changes of every instance's checks, newest first, kept in a JSON
// file so it survives restarts (bounded to kMaxEvents). Checks that were not reached in a
// poll ("skipped") change nothing. A file that cannot be read is left untouched and never
// written over; the timeline then lives in memory only and says why.
class HealthTimeline final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthTimeline)

public:
    enum Column {
        TimeColumn,
        InstanceColumn,
        CheckColumn,
        ChangeColumn,
        DetailColumn,
        ColumnCount
    };
    static constexpr int kMaxEvents = 5000;

    explicit HealthTimeline(QObject *parent = nullptr);

    // Loads the file (a missing file is an empty timeline). False with *error when it
    // exists but cannot be used.
    bool open(const QString &path, QString *error);
    QString problem() const { return m_problem; }
    // Compares a finished poll with the statuses known so far and records the changes.
    void observe(const client::Fleet::Instance &instance);
    // Observes every poll of the fleet's instances from now on.
    void follow(client::Fleet *fleet);
    QList<HealthEvent> events(const QUuid &instance = {}) const;
    // The status last recorded for a check; Skipped when never seen.
    client::ProbeCheck::Status lastStatus(const QUuid &instance, const QString &check) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void record(const HealthEvent &event);
    bool save();

    QList<HealthEvent> m_events;                       // newest first
    QHash<QString, client::ProbeCheck::Status> m_last; // "<instance>|<check>"
    QString m_path;
    QString m_problem;
    bool m_writable = false;
};

} // namespace lgsp::models
