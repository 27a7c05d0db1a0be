#include "storage/HistoryStore.h"

#include "Logging.h"
#include "storage/Database.h"
#include "storage/FtsQuery.h"
#include "storage/HistoryBatch.h"
#include "storage/HistoryFts.h"
#include "storage/HistorySql.h"
#include "storage/StatementCache.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

constexpr int BatchDelayMs = 20;
constexpr qsizetype BatchLimit = 2000;
// The search index catches up once no batch has been committed for this long, a slice of at
// most IndexSliceMs on the worker at a time (a read waits for no longer than that).
constexpr int IndexIdleDelayMs = 250;
constexpr int IndexSliceMs = 25;
constexpr int IndexNextSliceMs = 10;

QList<HistoryMessage> selectMessages(QSqlDatabase &db, const QString &statement,
                                     const QVariantList &values)
{
    QList<HistoryMessage> messages;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        qCWarning(lcStorage) << "Reading history failed:" << query.lastError().text();
        return messages;
    }
    while (query.next())
        messages.append(HistorySql::readMessage(query));
    return messages;
}

QString selectFromMessages(const QString &rest)
{
    return u"SELECT "_s + HistorySql::messageColumns() + u" FROM messages "_s + rest;
}

bool newerFirst(const HistoryMessage &a, const HistoryMessage &b)
{
    return std::pair(a.timestamp, a.rowId) > std::pair(b.timestamp, b.rowId);
}

} // namespace

struct HistoryStore::Callback
{
    QPointer<QObject> context;
    bool hasContext = false;
    AddCallback done;
};

struct HistoryStore::Batch
{
    QList<HistoryBatch::Op> ops;
    QList<Callback> callbacks;         // one per added message in ops, in order
    QHash<QString, qsizetype> cursors; // archive -> its Cursor in ops
};

HistoryStore::HistoryStore(Database &database, QObject *parent)
    : QObject(parent), m_database(database), m_statements(std::make_shared<StatementCache>()),
      m_batch(std::make_unique<Batch>())
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(BatchDelayMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &HistoryStore::commitBatch);
    m_indexTimer.setSingleShot(true);
    connect(&m_indexTimer, &QTimer::timeout, this, &HistoryStore::indexWhenIdle);
    // What an earlier session left unindexed.
    m_indexTimer.start(IndexIdleDelayMs);
}

HistoryStore::~HistoryStore()
{
    commitBatch();
    // The statements go on the worker, after the jobs that use them and before the connection
    // closes.
    m_database.run<void>(
        [statements = std::move(m_statements)](QSqlDatabase &) mutable { statements.reset(); });
}

void HistoryStore::enqueue(auto op)
{
    m_batch->ops.append(HistoryBatch::Op(std::move(op)));
    if (m_batch->ops.size() >= BatchLimit)
        commitBatch();
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void HistoryStore::add(const HistoryMessage &message, QObject *context, AddCallback done)
{
    m_batch->callbacks.append({context, context != nullptr, std::move(done)});
    enqueue(HistoryBatch::Add{message});
}

void HistoryStore::addArchivedPage(const QList<HistoryMessage> &messages,
                                   const ArchivePlacementHint &hint, QObject *context,
                                   AddCallback done)
{
    if (messages.isEmpty())
        return;
    for (qsizetype i = 0; i < messages.size(); ++i)
        m_batch->callbacks.append({context, context != nullptr, done});
    enqueue(HistoryBatch::ArchivePage{messages, hint.afterServerId, hint.older});
}

void HistoryStore::commitBatch()
{
    m_batchTimer.stop();
    if (m_batch->ops.isEmpty())
        return;
    const QList<HistoryBatch::Op> ops = std::exchange(m_batch->ops, {});
    const QList<Callback> callbacks = std::exchange(m_batch->callbacks, {});
    if (ops.size() >= BatchLimit) {
        // A burst fills the next batch too: no copying of messages as the lists grow.
        m_batch->ops.reserve(BatchLimit);
        m_batch->callbacks.reserve(BatchLimit);
    }
    m_batch->cursors.clear();
    auto outcome =
        m_database.run<HistoryBatch::Outcome>([ops, statements = m_statements](QSqlDatabase &db) {
            return HistoryBatch::apply(db, *statements, ops);
        });
    m_indexTimer.start(IndexIdleDelayMs);
    m_database.deliver(outcome, this, [this, callbacks](const HistoryBatch::Outcome &outcome) {
        if (!outcome.inserted.isEmpty())
            Q_EMIT messagesAdded(outcome.inserted);
        for (const HistoryMessage &message : outcome.changed)
            Q_EMIT messageChanged(message);
        for (const auto &[from, to] : outcome.moved)
            Q_EMIT messageMoved(from, to);
        for (const ConversationSummary &summary : outcome.touched)
            Q_EMIT conversationChanged(summary);
        for (qsizetype i = 0; i < outcome.added.size() && i < callbacks.size(); ++i) {
            const Callback &callback = callbacks.at(i);
            if (callback.done && (!callback.hasContext || callback.context))
                callback.done(outcome.added.at(i).first, outcome.added.at(i).second);
        }
    });
}

void HistoryStore::indexWhenIdle()
{
    if (!m_batch->ops.isEmpty())
        return; // its commit starts the timer again
    auto indexed =
        m_database.run<HistoryFts::IndexResult>([statements = m_statements](QSqlDatabase &db) {
            return HistoryFts::indexPending(db, *statements, QDeadlineTimer(IndexSliceMs));
        });
    m_database.deliver(indexed, this, [this](const HistoryFts::IndexResult &result) {
        if (result.more && !m_indexTimer.isActive())
            m_indexTimer.start(IndexNextSliceMs);
    });
}

void HistoryStore::commitBeforeRead()
{
    if (!m_batch->ops.isEmpty())
        commitBatch();
}

QFuture<void> HistoryStore::flush()
{
    commitBatch();
    // Jobs run in order: this one finishes after the commit.
    return m_database.run<void>([](QSqlDatabase &) {});
}

void HistoryStore::updateDelivery(const QString &conversation, const QString &messageId,
                                  DeliveryState state, const QString &errorText)
{
    enqueue(HistoryBatch::Delivery{conversation, messageId, state, errorText});
}

void HistoryStore::applyCorrection(const QString &conversation, MessageDirection direction,
                                   const QString &senderBareJid, const QString &replaceId,
                                   const QString &newBody)
{
    if (replaceId.isEmpty())
        return;
    enqueue(HistoryBatch::Correction{conversation, direction, senderBareJid, replaceId, newBody});
}

void HistoryStore::markRead(const QString &conversation)
{
    enqueue(HistoryBatch::MarkRead{conversation});
}

void HistoryStore::setArchiveCursor(const QString &archive, const QString &lastId)
{
    // In the batch, so the cursor commits together with the messages fetched before it. The
    // batch is one transaction: only the last value set in it counts, so it is written once.
    const QString key = archive.isNull() ? u""_s : archive;
    const auto known = m_batch->cursors.constFind(key);
    if (known != m_batch->cursors.cend()) {
        std::get<HistoryBatch::Cursor>(m_batch->ops[*known]).lastId = lastId;
        return;
    }
    m_batch->cursors.insert(key, m_batch->ops.size());
    enqueue(HistoryBatch::Cursor{archive, lastId});
}

QFuture<QList<HistoryMessage>> HistoryStore::page(const QString &conversation, qint64 beforeRowId,
                                                  int limit)
{
    commitBeforeRead();
    return m_database.run<QList<HistoryMessage>>([=](QSqlDatabase &db) {
        const bool before = beforeRowId != 0;
        const QVariantList values =
            before ? QVariantList{conversation, beforeRowId, beforeRowId, std::max(limit, 0)}
                   : QVariantList{conversation, std::max(limit, 0)};
        QList<HistoryMessage> messages =
            selectMessages(db, HistorySql::pageStatement(before), values);
        std::reverse(messages.begin(), messages.end());
        return messages;
    });
}

QFuture<QList<HistoryMessage>> HistoryStore::search(const QString &text,
                                                    const QString &conversation, int limit)
{
    const QString query = FtsQuery::fromUserText(text);
    if (query.isEmpty() || limit <= 0)
        return QtFuture::makeReadyFuture(QList<HistoryMessage>());
    commitBeforeRead();
    return m_database.run<QList<HistoryMessage>>([=, statements = m_statements](QSqlDatabase &db) {
        // Every stored message is in the index before the search runs.
        HistoryFts::indexPending(db, *statements);
        const bool filtered = !conversation.isEmpty();
        const QString match = FtsQuery::matchBodies(query, conversation);
        const QVariantList values =
            filtered ? QVariantList{match, conversation, limit} : QVariantList{match, limit};
        QList<HistoryMessage> found =
            selectMessages(db, HistorySql::searchStatement(filtered), values);
        // Row ids follow timestamps, so this only matters where a millisecond overflowed.
        std::stable_sort(found.begin(), found.end(), newerFirst);
        return found;
    });
}

QFuture<QList<ConversationSummary>> HistoryStore::conversations()
{
    commitBeforeRead();
    return m_database.run<QList<ConversationSummary>>(
        [statements = m_statements](QSqlDatabase &db) {
            QList<ConversationSummary> summaries;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT jid FROM conversations ORDER BY last_timestamp DESC, jid"_s)) {
                qCWarning(lcStorage) << "Reading conversations failed:" << query.lastError().text();
                return summaries;
            }
            QStringList jids;
            while (query.next())
                jids.append(query.value(0).toString());
            for (const QString &jid : std::as_const(jids))
                summaries.append(HistorySql::selectConversation(db, *statements, jid));
            return summaries;
        });
}

QFuture<QList<HistoryMessage>> HistoryStore::queuedOutgoing()
{
    commitBeforeRead();
    return m_database.run<QList<HistoryMessage>>([](QSqlDatabase &db) {
        return selectMessages(
            db, selectFromMessages(u"WHERE direction = 1 AND state = 1 ORDER BY timestamp, id"_s),
            {});
    });
}

QFuture<HistoryMessage> HistoryStore::message(qint64 rowId)
{
    commitBeforeRead();
    return m_database.run<HistoryMessage>([rowId, statements = m_statements](QSqlDatabase &db) {
        return HistorySql::selectMessage(db, *statements, rowId);
    });
}

QFuture<HistoryMessage> HistoryStore::lastOwnMessage(const QString &conversation)
{
    commitBeforeRead();
    return m_database.run<HistoryMessage>([conversation](QSqlDatabase &db) {
        return selectMessages(db,
                              selectFromMessages(u"WHERE conversation = ? AND direction = 1 ORDER "
                                                 u"BY timestamp DESC, id DESC LIMIT 1"_s),
                              {conversation})
            .value(0);
    });
}

QFuture<QString> HistoryStore::oldestServerId(const QString &conversation)
{
    commitBeforeRead();
    return m_database.run<QString>([conversation](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"SELECT server_id FROM messages WHERE conversation = ? AND server_id IS "
                      u"NOT NULL ORDER BY timestamp, id LIMIT 1"_s);
        query.addBindValue(conversation);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    });
}

QFuture<QString> HistoryStore::archiveCursor(const QString &archive)
{
    commitBeforeRead();
    return m_database.run<QString>([archive](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"SELECT last_id FROM archive_cursors WHERE archive = ?"_s);
        query.addBindValue(archive.isNull() ? u""_s : archive);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    });
}

} // namespace Linnet
