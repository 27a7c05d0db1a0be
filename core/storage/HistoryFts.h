#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>

namespace Linnet {
class StatementCache;
}

namespace Linnet::HistoryFts {

// The search index is kept off the receive path. Rows above messages_fts_indexed.upto wait for
// the index by their id alone (schema 6), so storing a new message costs the index nothing; a
// row stored at or below that mark (an archive page, a delayed message) is queued in
// messages_fts_pending by the writer, with queueStatement(). This indexes both in bulk.
// HistoryStore runs it on the worker thread when the writer is idle, a slice at a time, and in
// full before every search, so that a search never misses a stored message.
struct IndexResult
{
    bool ok = false;
    int indexed = 0;   // rows added to the index
    bool more = false; // the deadline came before every waiting message was indexed
};

// Indexes waiting messages (the queue first, then the rows above the mark, oldest id first) in
// one transaction (which must not be open yet), chunk by chunk until none waits or deadline has
// expired. An expired deadline still indexes one chunk.
IndexResult indexPending(QSqlDatabase &db, StatementCache &statements,
                         QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

// How many stored messages wait for the index (-1 on an error).
qint64 pendingCount(QSqlDatabase &db);

// Rows above this id are not indexed yet (-1 on an error). Read inside the writer's transaction:
// only this file's indexing moves it, on the same connection.
qint64 indexedUpTo(QSqlDatabase &db, StatementCache &statements);

// Queues one row id (bound as parameter 0) for the index: for a row stored at or below
// indexedUpTo().
QString queueStatement();

} // namespace Linnet::HistoryFts
