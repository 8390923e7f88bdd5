#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace lgsp::sandbox {

// A statement prepared once and run many times. SQLite parses a statement's text on every
// prepare: on the gateway's path (a service and a credential looked up for every call) the
// parsing was a tenth of the sandbox's time (perf, bench_gateway).
class PreparedQuery final
{
public:
    PreparedQuery(QSqlDatabase db, QString sql)
        : m_db(std::move(db))
        , m_sql(std::move(sql))
    {}

    // Binds `values` in order, runs the statement and hands it to `read` (which steps
    // through the rows with next()); the statement is finished afterwards, so no read stays
    // open. False when it could not be prepared or run.
    template<typename Read>
    bool run(const QVariantList &values, Read read)
    {
        if (!m_query) {
            m_query.emplace(m_db);
            if (!m_query->prepare(m_sql)) {
                m_query.reset();
                return false;
            }
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query->bindValue(int(i), values.at(i));
        const bool ok = m_query->exec();
        if (ok)
            read(*m_query);
        m_query->finish();
        return ok;
    }

private:
    QSqlDatabase m_db;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

} // namespace lgsp::sandbox
