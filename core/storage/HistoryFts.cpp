#include "storage/HistoryFts.h"

#include "Logging.h"
#include "storage/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linnet::HistoryFts {

namespace {

// Large enough that FTS5 merges its in-memory terms in big steps, small enough that a slice
// with a deadline stops close to it.
constexpr int ChunkRows = 256;

IndexResult failed(QSqlQuery &query)
{
    qCWarning(lcStorage) << "Indexing history for search failed:" << query.lastError().text();
    query.finish();
    return {};
}

} // namespace

namespace {

// One chunk of the queue. Sets queueLeft to whether more is queued.
bool indexQueuedChunk(QSqlDatabase &db, StatementCache &statements, IndexResult &result,
                      bool &queueLeft)
{
    // A queued id above the mark would be indexed twice; the mark's own chunks take it.
    QSqlQuery &index = statements.prepared(
        db, u"INSERT INTO messages_fts (rowid, body, conversation_token) SELECT m.id, m.body, "
            u"m.conversation_token FROM messages_fts_pending p JOIN messages m ON m.id = p.id "
            u"WHERE p.id <= (SELECT upto FROM messages_fts_indexed) ORDER BY p.id LIMIT ?"_s);
    QSqlQuery &dequeue = statements.prepared(
        db, u"DELETE FROM messages_fts_pending WHERE id IN (SELECT id FROM messages_fts_pending "
            u"ORDER BY id LIMIT ?)"_s);
    index.bindValue(0, ChunkRows);
    if (!index.exec())
        return failed(index).ok;
    result.indexed += index.numRowsAffected();
    index.finish();
    dequeue.bindValue(0, ChunkRows);
    if (!dequeue.exec())
        return failed(dequeue).ok;
    // By the queue, not by the rows indexed: an id without its row still leaves the queue.
    queueLeft = dequeue.numRowsAffected() == ChunkRows;
    dequeue.finish();
    return true;
}

// One chunk of the rows above the mark, which then moves past them. Sets rangeLeft to whether
// more are there.
bool indexChunkAboveMark(QSqlDatabase &db, StatementCache &statements, IndexResult &result,
                         qint64 &mark, bool &rangeLeft)
{
    const qint64 from = mark;
    QSqlQuery &chunk =
        statements.prepared(db, u"SELECT MAX(id), COUNT(*) FROM (SELECT id FROM messages WHERE "
                                u"id > ? ORDER BY id LIMIT ?)"_s);
    chunk.bindValue(0, from);
    chunk.bindValue(1, ChunkRows);
    if (!chunk.exec() || !chunk.next())
        return failed(chunk).ok;
    const qint64 to = chunk.value(0).toLongLong();
    const int rows = chunk.value(1).toInt();
    chunk.finish();
    rangeLeft = rows == ChunkRows;
    if (rows == 0)
        return true;
    QSqlQuery &index = statements.prepared(
        db, u"INSERT INTO messages_fts (rowid, body, conversation_token) SELECT id, body, "
            u"conversation_token FROM messages WHERE id > ? AND id <= ?"_s);
    index.bindValue(0, from);
    index.bindValue(1, to);
    if (!index.exec())
        return failed(index).ok;
    result.indexed += index.numRowsAffected();
    index.finish();
    QSqlQuery &move = statements.prepared(db, u"UPDATE messages_fts_indexed SET upto = ?"_s);
    move.bindValue(0, to);
    if (!move.exec())
        return failed(move).ok;
    mark = to;
    return true;
}

} // namespace

IndexResult indexPending(QSqlDatabase &db, StatementCache &statements, QDeadlineTimer deadline)
{
    QSqlQuery &waiting = statements.prepared(
        db, u"SELECT EXISTS (SELECT 1 FROM messages_fts_pending), EXISTS (SELECT 1 FROM messages "
            u"WHERE id > (SELECT upto FROM messages_fts_indexed))"_s);
    if (!waiting.exec() || !waiting.next())
        return failed(waiting);
    bool queueLeft = waiting.value(0).toBool();
    bool rangeLeft = waiting.value(1).toBool();
    waiting.finish();
    if (!queueLeft && !rangeLeft)
        return {true, 0, false};
    if (!db.transaction()) {
        qCWarning(lcStorage) << "Cannot start indexing history:" << db.lastError().text();
        return {};
    }
    // Read once: within this transaction only the chunks below move it.
    qint64 mark = indexedUpTo(db, statements);
    if (mark < 0) {
        db.rollback();
        return {};
    }
    IndexResult result{true, 0, false};
    do {
        const bool ok = queueLeft ? indexQueuedChunk(db, statements, result, queueLeft)
                                  : indexChunkAboveMark(db, statements, result, mark, rangeLeft);
        if (!ok) {
            db.rollback();
            return {};
        }
        result.more = queueLeft || rangeLeft;
    } while (result.more && !deadline.hasExpired());
    if (!db.commit()) {
        qCWarning(lcStorage) << "Cannot commit the history index:" << db.lastError().text();
        db.rollback();
        return {};
    }
    return result;
}

qint64 pendingCount(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT (SELECT COUNT(*) FROM messages_fts_pending) + (SELECT COUNT(*) "
                      u"FROM messages WHERE id > (SELECT upto FROM messages_fts_indexed))"_s) &&
                   query.next()
               ? query.value(0).toLongLong()
               : -1;
}

qint64 indexedUpTo(QSqlDatabase &db, StatementCache &statements)
{
    QSqlQuery &query = statements.prepared(db, u"SELECT upto FROM messages_fts_indexed"_s);
    if (!query.exec() || !query.next()) {
        failed(query);
        return -1;
    }
    const qint64 upto = query.value(0).toLongLong();
    query.finish();
    return upto;
}

QString queueStatement()
{
    return u"INSERT INTO messages_fts_pending (id) VALUES (?)"_s;
}

} // namespace Linnet::HistoryFts
