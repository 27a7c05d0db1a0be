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

IndexResult indexPending(QSqlDatabase &db, StatementCache &statements, QDeadlineTimer deadline)
{
    QSqlQuery &any = statements.prepared(db, u"SELECT 1 FROM messages_fts_pending LIMIT 1"_s);
    if (!any.exec())
        return failed(any);
    const bool queued = any.next();
    any.finish();
    if (!queued)
        return {true, 0, false};
    if (!db.transaction()) {
        qCWarning(lcStorage) << "Cannot start indexing history:" << db.lastError().text();
        return {};
    }
    QSqlQuery &index = statements.prepared(
        db, u"INSERT INTO messages_fts (rowid, body, conversation_token) SELECT m.id, m.body, "
            u"m.conversation_token FROM messages_fts_pending p JOIN messages m ON m.id = p.id "
            u"ORDER BY p.id LIMIT ?"_s);
    QSqlQuery &dequeue = statements.prepared(
        db, u"DELETE FROM messages_fts_pending WHERE id IN (SELECT id FROM messages_fts_pending "
            u"ORDER BY id LIMIT ?)"_s);
    IndexResult result{true, 0, false};
    do {
        index.bindValue(0, ChunkRows);
        if (!index.exec()) {
            db.rollback();
            return failed(index);
        }
        result.indexed += index.numRowsAffected();
        index.finish();
        dequeue.bindValue(0, ChunkRows);
        if (!dequeue.exec()) {
            db.rollback();
            return failed(dequeue);
        }
        // By the queue, not by the rows indexed: an id without its row still leaves the queue.
        result.more = dequeue.numRowsAffected() == ChunkRows;
        dequeue.finish();
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
    return query.exec(u"SELECT COUNT(*) FROM messages_fts_pending"_s) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace Linnet::HistoryFts
