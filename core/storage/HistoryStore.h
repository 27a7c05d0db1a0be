#pragma once

#include "storage/HistoryTypes.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace Linnet {

class Database;
class StatementCache;

// The messages of one account in its SQLite database: conversations, an FTS5 search index
// (brought up to date when the writer is idle and before every search; see HistoryFts.h),
// de-duplication, delivery states, corrections, archive cursors. Writes are collected and
// committed in batches (one transaction per batch, at the latest 20 ms after the first
// write, or as soon as 2,000 are waiting; an archive cursor set again in the same batch replaces
// the earlier value instead of being written twice); reads are futures. Everything runs on
// the Database's worker thread; the UI never waits.
//
// De-duplication: a message is already stored when the same conversation holds one with
//  - the same serverId (non-empty), or
//  - the same originId (non-empty) from the same direction, or
//  - neither id on the new message's side but the same messageId (non-empty), the same
//    direction and the same senderJid.
// A duplicate adds what it knows to the stored row (a serverId, say) and is not inserted again.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    using AddCallback = std::function<void(const HistoryMessage &stored, bool inserted)>;

    explicit HistoryStore(Database &database, QObject *parent = nullptr);
    ~HistoryStore() override; // commits what is waiting

    // Queues message for the next batch. done (if given) runs on this thread after the commit
    // with the stored row (rowId set; for a duplicate the row that was there) unless context
    // is gone. New rows are also announced by messagesAdded.
    void add(const HistoryMessage &message, QObject *context = nullptr, AddCallback done = {});
    // Messages of one archive page, oldest first: those not held yet are placed by the
    // archive's order among the held messages around them. done runs once per message.
    // afterServerId: the archive id the page follows (paging forwards); older: paging
    // backwards. See HistoryBatch::ArchivePage.
    struct ArchivePlacementHint
    {
        QString afterServerId;
        bool older = false;
    };
    void addArchivedPage(const QList<HistoryMessage> &messages, const ArchivePlacementHint &hint,
                         QObject *context = nullptr, AddCallback done = {});
    // Commits the waiting batch now; the future finishes after the commit.
    QFuture<void> flush();

    // Moves our message (by messageId or originId) to state; never backwards, except
    // Failed -> Queued on retry. Emits messageChanged.
    void updateDelivery(const QString &conversation, const QString &messageId, DeliveryState state,
                        const QString &errorText = QString());
    // XEP-0308: replaces the body of the message with replaceId from the same sender and
    // direction; emits messageChanged. A correction of an unknown message is ignored.
    void applyCorrection(const QString &conversation, MessageDirection direction,
                         const QString &senderBareJid, const QString &replaceId,
                         const QString &newBody);
    // Unread count to zero (and messages read); emits conversationChanged.
    void markRead(const QString &conversation);

    // Up to limit messages older than beforeRowId's (0: the newest), oldest first. Order is
    // (timestamp, rowId).
    QFuture<QList<HistoryMessage>> page(const QString &conversation, qint64 beforeRowId, int limit);
    // FTS5 search over bodies; conversation empty = all conversations. Newest first.
    QFuture<QList<HistoryMessage>> search(const QString &text, const QString &conversation,
                                          int limit);
    QFuture<QList<ConversationSummary>> conversations();
    // Our messages still Queued, oldest first (the outbox).
    QFuture<QList<HistoryMessage>> queuedOutgoing();
    // One message by rowId (invalid rowId 0 when there is none).
    QFuture<HistoryMessage> message(qint64 rowId);
    // The last message of ours in conversation (for "Up to correct"), or rowId 0.
    QFuture<HistoryMessage> lastOwnMessage(const QString &conversation);

    // The oldest serverId held for a conversation (for paging the archive backwards).
    QFuture<QString> oldestServerId(const QString &conversation);
    // Archive sync cursors by archive address ("" = our own archive).
    QFuture<QString> archiveCursor(const QString &archive);
    void setArchiveCursor(const QString &archive, const QString &lastId);

Q_SIGNALS:
    void messagesAdded(const QList<Linnet::HistoryMessage> &messages);
    void messageChanged(const Linnet::HistoryMessage &message);
    // A stored message took another place in its conversation (a new row id): an archive
    // catch-up found where it really belongs.
    void messageMoved(const Linnet::HistoryMessage &from, const Linnet::HistoryMessage &to);
    void conversationChanged(const Linnet::ConversationSummary &summary);

private:
    struct Callback;
    struct Batch;
    void enqueue(auto op);
    // Sends the waiting writes to the worker as one transaction.
    void commitBatch();
    // Reads see every write made before them.
    void commitBeforeRead();
    // A slice of search indexing on the worker, when no write is waiting.
    void indexWhenIdle();

    Database &m_database;
    // The prepared statements of the worker's connection; touched on the worker thread only.
    std::shared_ptr<StatementCache> m_statements;
    std::unique_ptr<Batch> m_batch;
    QTimer m_batchTimer;
    QTimer m_indexTimer;
};

} // namespace Linnet
