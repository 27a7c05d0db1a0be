#pragma once

#include "storage/HistoryTypes.h"

#include <QList>
#include <QSqlDatabase>
#include <variant>

namespace Linnet {
class StatementCache;
}

namespace Linnet::HistoryBatch {

// The writes HistoryStore collects; one batch is applied in order in one transaction.
struct Add
{
    HistoryMessage message;
};
// Messages of one archive page, oldest first. A message not held yet is placed by the archive's
// order among the held ones around it (see ArchivePlacement), not by its stamp alone.
struct ArchivePage
{
    QList<HistoryMessage> messages;
    // The archive id the page follows (the query's RSM after), when paging forwards.
    QString afterServerId;
    // Paging backwards: new messages go before the oldest message held.
    bool older = false;
};
struct Delivery
{
    QString conversation;
    QString messageId;
    DeliveryState state;
    QString errorText;
};
struct Correction
{
    QString conversation;
    MessageDirection direction;
    QString senderBareJid;
    QString replaceId;
    QString newBody;
};
struct MarkRead
{
    QString conversation;
};
struct Cursor
{
    QString archive;
    QString lastId;
};
using Op = std::variant<Add, ArchivePage, Delivery, Correction, MarkRead, Cursor>;

// What a committed batch did, for the owner thread's callbacks and signals.
struct Outcome
{
    bool ok = false;
    // One per Add and per message of an ArchivePage, in order: the stored row (final state) and
    // whether it is new. On failure the message as given with rowId 0.
    QList<std::pair<HistoryMessage, bool>> added;
    QList<HistoryMessage> inserted; // the new rows, final state
    QList<HistoryMessage> changed;  // older rows this batch changed, final state
    // Rows this batch moved to another place in their conversation: as they were, and as they
    // are now (a new row id and timestamp).
    QList<std::pair<HistoryMessage, HistoryMessage>> moved;
    QList<ConversationSummary> touched; // conversations whose summary changed
};

// Runs on the worker thread, with the statements prepared for db kept in statements.
Outcome apply(QSqlDatabase &db, StatementCache &statements, const QList<Op> &ops);

// The lookups every added message runs, public so that tests can check their query plans.
// serverId, conversation:
QString duplicateByServerIdStatement();
// originId, conversation, direction:
QString duplicateByOriginIdStatement();
// messageId, conversation, direction, senderJid:
QString duplicateByMessageIdStatement();
// id, conversation, direction, id, conversation, direction (a receipt's or correction's target,
// by message id or origin-id):
QString messageByAnyIdStatement();
// serverId (the row an archive page follows, in whichever conversation):
QString rowByServerIdStatement();

// Whether a message of ours may move from one delivery state to another.
bool canMove(DeliveryState from, DeliveryState to);

} // namespace Linnet::HistoryBatch
