#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QList>

namespace lgsp::test {

// Every transaction of [fromSeconds, toSeconds) in the sandbox's log (GET /transactions, page
// after page of 1000), oldest first; nothing when a page is refused.
QList<QJsonObject> readTransactionLog(ApiClient &api, qint64 fromSeconds, qint64 toSeconds);

} // namespace lgsp::test
