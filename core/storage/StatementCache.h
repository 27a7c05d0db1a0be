#pragma once

#include "storage/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

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
    // The same on the sqlite3 C API, for the statements every message runs; the caller calls
    // reset() when done. A statement that fails to prepare is not kept either.
    SqliteStatement &native(QSqlDatabase &db, const QString &sql);
    qsizetype size() const { return qsizetype(m_queries.size() + m_natives.size()); }

private:
    // Drops what was prepared for another connection.
    void use(const QSqlDatabase &db);

    QString m_connection;
    sqlite3 *m_handle = nullptr;
    // Node-based: references stay valid while more statements are added.
    std::unordered_map<QString, QSqlQuery> m_queries;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_natives;
    QSqlQuery m_failed;
    // Every failed one is kept until the connection changes: a caller may hold several.
    std::vector<std::unique_ptr<SqliteStatement>> m_failedNatives;
};

} // namespace Linnet
