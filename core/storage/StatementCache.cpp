#include "storage/StatementCache.h"

namespace Linnet {

QSqlQuery &StatementCache::prepared(QSqlDatabase &db, const QString &sql)
{
    if (db.connectionName() != m_connection) {
        m_queries.clear();
        m_connection = db.connectionName();
    }
    const auto found = m_queries.find(sql);
    if (found != m_queries.end())
        return found->second;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_failed = std::move(query);
        return m_failed;
    }
    return m_queries.emplace(sql, std::move(query)).first->second;
}

} // namespace Linnet
