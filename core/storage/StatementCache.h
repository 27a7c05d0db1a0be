#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <unordered_map>

namespace Linnet {

// Prepared statements of one connection, compiled once and kept. The statements a write runs
// for every message (the de-duplication lookups, the insert, the row id) cost SQLite more to
// compile than to run. Used on the database's worker thread only, and dropped there before the
// connection closes (HistoryStore's destructor does that).
class StatementCache
{
public:
    // The query for sql, prepared on first use. The caller binds, runs it and calls finish()
    // when done reading, so that it does not hold a read cursor open. A statement that fails to
    // prepare is not kept: the returned query carries the error.
    QSqlQuery &prepared(QSqlDatabase &db, const QString &sql);
    qsizetype size() const { return qsizetype(m_queries.size()); }

private:
    QString m_connection;
    // Node-based: references stay valid while more statements are added.
    std::unordered_map<QString, QSqlQuery> m_queries;
    QSqlQuery m_failed;
};

} // namespace Linnet
