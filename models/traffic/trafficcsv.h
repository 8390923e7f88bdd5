#pragma once

#include "models/traffic/trafficseries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lgsp::models {

// The data behind the Transactions charts as CSV (UTF-8 with a byte-order mark): one row per
// scope and slot, with the slot's calls, errors by code and latency percentiles. Slots with
// no data are left out; gaps are listed as rows of their own so a spreadsheet shows them too.
class TrafficCsv
{
    Q_DECLARE_TR_FUNCTIONS(TrafficCsv)

public:
    struct Scope
    {
        QString name;
        const TrafficFrame *frame = nullptr;
    };
    static QByteArray document(const QList<Scope> &scopes);
    static QString gapText(TrafficGap::Reason reason);
};

} // namespace lgsp::models
