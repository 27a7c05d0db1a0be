#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>

namespace Linnet {
class StatementCache;
}

namespace Linnet::HistoryFts {

// The search index is kept off the receive path (schema 5): storing a message queues its id in
// messages_fts_pending, and this indexes the queue in bulk. HistoryStore runs it on the worker
// thread when the writer is idle, a slice at a time, and in full before every search, so that a
// search never misses a stored message.
struct IndexResult
{
    bool ok = false;
    int indexed = 0;   // rows added to the index
    bool more = false; // the deadline came before the queue was empty
};

// Indexes queued messages, oldest id first, in one transaction (which must not be open yet),
// chunk by chunk until the queue is empty or deadline has expired.
IndexResult indexPending(QSqlDatabase &db, StatementCache &statements,
                         QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

// How many stored messages wait for the index (-1 on an error).
qint64 pendingCount(QSqlDatabase &db);

} // namespace Linnet::HistoryFts
