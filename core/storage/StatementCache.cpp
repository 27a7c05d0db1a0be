#include "storage/StatementCache.h"

namespace Linnet {

void StatementCache::use(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    if (db.connectionName() == m_connection && handle == m_handle)
        return;
    m_queries.clear();
    m_natives.clear();
    m_failedNatives.clear();
    m_connection = db.connectionName();
    m_handle = handle;
}

QSqlQuery &StatementCache::prepared(QSqlDatabase &db, const QString &sql)
{
    use(db);
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

SqliteStatement &StatementCache::native(QSqlDatabase &db, const QString &sql)
{
    use(db);
    const auto found = m_natives.find(sql);
    if (found != m_natives.end())
        return *found->second;
    auto statement = std::make_unique<SqliteStatement>(m_handle, sql);
    if (!statement->isValid()) {
        m_failedNatives.push_back(std::move(statement));
        return *m_failedNatives.back();
    }
    return *m_natives.emplace(sql, std::move(statement)).first->second;
}

} // namespace Linnet
