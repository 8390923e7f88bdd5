#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace lgsp::models {

// What a chart follows: one instance, or one tenant or one service of it.
struct TrafficScope
{
    QUuid instance;
    QString tenant;  // tenant code; empty: every tenant
    QString service; // service id; empty: every service

    // Stable text key, also the series name in the chart history file.
    QString key() const
    {
        QString k = instance.toString(QUuid::WithoutBraces);
        if (!tenant.isEmpty())
            k += QStringLiteral("/tenant:") + tenant;
        if (!service.isEmpty())
            k += QStringLiteral("/service:") + service;
        return k;
    }

    friend bool operator==(const TrafficScope &a, const TrafficScope &b)
    {
        return a.instance == b.instance && a.tenant == b.tenant && a.service == b.service;
    }
    friend bool operator!=(const TrafficScope &a, const TrafficScope &b) { return !(a == b); }
};

} // namespace lgsp::models

Q_DECLARE_METATYPE(lgsp::models::TrafficScope)
