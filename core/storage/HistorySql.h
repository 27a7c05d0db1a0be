#pragma once

#include "storage/HistoryTypes.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace Linnet {
class SqliteStatement;
class StatementCache;
} // namespace Linnet

namespace Linnet::HistorySql {

// Row ids follow the timestamp: the ids of the messages stamped in one millisecond t are
// t * RowIdsPerMillisecond + 1, + 2, ... So rowId order is (timestamp, rowId) order, and the
// FTS index (whose rowid is the message id) can return the newest matches first by walking
// its doclists backwards and stopping at the limit, without sorting every match.
inline constexpr qint64 RowIdsPerMillisecond = 4096;

// The columns of messages in the order readMessage() expects, each prefixed with prefix.
QString messageColumns(const QString &prefix = QString());
HistoryMessage readMessage(const QSqlQuery &query);

// Empty optional text as NULL (the partial de-duplication indexes skip NULLs).
QVariant nullIfEmpty(const QString &text);

// A free id for a message stamped at msecs (on the worker thread, inside the write).
qint64 allocateRowId(QSqlDatabase &db, StatementCache &statements, qint64 msecs);
// The highest row id stored (0 when there is none, -1 on an error). A message stamped after it
// takes the first id of its millisecond without a look-up.
qint64 maxRowId(QSqlDatabase &db, StatementCache &statements);
// Inserts message (timestamp must be valid) with rowId; returns false on an SQL error. The
// writer's per-message path runs insertStatement() on the sqlite3 API (and resets it).
bool insertMessage(SqliteStatement &insert, const HistoryMessage &message);
bool insertMessage(QSqlQuery &insert, const HistoryMessage &message);
QString insertStatement();

// One message by id (rowId 0 when there is none).
HistoryMessage selectMessage(QSqlDatabase &db, StatementCache &statements, qint64 rowId);
ConversationSummary selectConversation(QSqlDatabase &db, StatementCache &statements,
                                       const QString &jid);

// The statements behind the reads, public so that tests can check their query plans.
// page: conversation, [beforeRowId, beforeRowId,] limit. Newest first.
QString pageStatement(bool before);
// search: FTS5 query, [conversation,] limit. Newest first.
QString searchStatement(bool filtered);

} // namespace Linnet::HistorySql
