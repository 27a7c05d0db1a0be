#include "storage/HistoryBatch.h"

#include "Logging.h"
#include "storage/ArchivePlacement.h"
#include "storage/HistoryFts.h"
#include "storage/HistorySql.h"
#include "storage/SqliteStatement.h"
#include "storage/StatementCache.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linnet::HistoryBatch {

bool canMove(DeliveryState from, DeliveryState to)
{
    using S = DeliveryState;
    switch (to) {
    case S::None:
        return false;
    case S::Failed:
        return from == S::Queued || from == S::Sent;
    case S::Queued:
        return from == S::None || from == S::Failed;
    case S::Sent:
    case S::Delivered:
    case S::Displayed:
        // The enum is in delivery order from None to Displayed.
        return from != S::Failed && int(from) < int(to);
    }
    return false;
}

// The id columns lead: each has an index of its own (messages_by_server_id, ...), and
// "+conversation" keeps the planner off messages_by_time, which a bare "conversation = ?" would
// tie with. The direction is bound as "+?", an expression rather than a bare parameter: the
// partial indexes messages_unread and messages_queued name a direction, and SQLite re-prepares a
// statement every time a bare parameter compared with such a constant is bound again (a look-up
// cost 36 us instead of 6.5 us, most of the writer's time for receipts and origin-ids).
QString duplicateByServerIdStatement()
{
    return u"SELECT id FROM messages WHERE server_id = ? AND +conversation = ? LIMIT 1"_s;
}

QString duplicateByOriginIdStatement()
{
    return u"SELECT id FROM messages WHERE origin_id = ? AND +conversation = ? AND direction = +? "
           u"LIMIT 1"_s;
}

QString duplicateByMessageIdStatement()
{
    return u"SELECT id FROM messages WHERE message_id = ? AND +conversation = ? AND direction = +? "
           u"AND sender_jid = ? LIMIT 1"_s;
}

QString messageByAnyIdStatement()
{
    // One index lookup per id column: "message_id = ? OR origin_id = ?" walked the whole
    // conversation (messages_by_time) for every receipt. No ORDER BY for the same reason.
    return u"SELECT id, sender_jid FROM messages WHERE message_id = ? AND +conversation = ? AND "
           u"direction = +? UNION ALL SELECT id, sender_jid FROM messages WHERE origin_id = ? AND "
           u"+conversation = ? AND direction = +?"_s;
}

QString rowByServerIdStatement()
{
    return u"SELECT id FROM messages WHERE server_id = ? LIMIT 1"_s;
}

namespace {

// An archive copy placed by its whole-second stamp (+999 ms while filling a gap) may land a
// little before a message received live in that same second: not out of place.
constexpr qint64 MisplacedAfterStampMs = 2000;

QString bareOf(const QString &jid)
{
    const qsizetype slash = jid.indexOf(u'/');
    return slash < 0 ? jid : jid.left(slash);
}

// Per conversation: what the batch did to its summary.
struct Touch
{
    MessageType type = MessageType::Chat; // Groupchat once a group chat message is added
    bool unreadReset = false;             // marked read: count from zero
    int unreadDelta = 0;
};

class Writer
{
public:
    Writer(QSqlDatabase &db, StatementCache &statements)
        : m_db(db), m_statements(statements),
          m_insert(nativeStatement(HistorySql::insertStatement())),
          m_byServerId(nativeStatement(HistoryBatch::duplicateByServerIdStatement())),
          m_byOriginId(nativeStatement(HistoryBatch::duplicateByOriginIdStatement())),
          m_byMessageId(nativeStatement(HistoryBatch::duplicateByMessageIdStatement())),
          m_queueForIndex(nativeStatement(HistoryFts::queueStatement())),
          m_merge(statement(u"UPDATE messages SET server_id = ?, origin_id = ?, message_id = ?, "
                            u"sender_name = ?, state = ?, error_text = ?, markable = ?, read = ? "
                            u"WHERE id = ?"_s)),
          m_byAnyId(statement(HistoryBatch::messageByAnyIdStatement()))
    {}

    // Room for this many added messages, so that a large batch does not grow its lists step by
    // step.
    void reserve(qsizetype messages)
    {
        m_rows.reserve(messages);
        m_added.reserve(messages);
        m_insertedIds.reserve(messages);
    }

    bool apply(const Op &op)
    {
        return std::visit([this](const auto &value) { return run(value); }, op);
    }

    bool finish(Outcome &outcome);
    QSqlError lastError() const { return m_error; }

private:
    bool run(const Add &op);
    bool run(const ArchivePage &op);
    // Normalises a message before it is looked up or stored.
    static HistoryMessage prepared(const HistoryMessage &message);
    // Merges a message into the row it duplicates.
    bool mergeInto(qint64 duplicate, const HistoryMessage &message);
    // Stores a new message with this row id (0: from its timestamp).
    bool insertNew(HistoryMessage m, qint64 rowId);
    // Moves a held row to this row id (0: from its timestamp), merged with m, which is the
    // archive copy that gives it its place.
    bool moveHere(qint64 held, const HistoryMessage &m, qint64 rowId);
    bool rowIdFree(qint64 id);
    HistoryMessage rowWithServerId(const QString &serverId);
    // The conversation's oldest row id; 0 when it has none.
    qint64 oldestRowId(const QString &conversation);
    bool run(const Delivery &op);
    bool run(const Correction &op);
    bool run(const MarkRead &op);
    bool run(const Cursor &op);

    bool fail(QSqlQuery &query)
    {
        m_error = query.lastError();
        query.finish();
        return false;
    }
    bool fail(SqliteStatement &statement) { return fail(statement.errorText()); }
    bool fail(const QString &text)
    {
        m_error = QSqlError(text, {}, QSqlError::StatementError);
        return false;
    }
    QSqlQuery &statement(const QString &sql) { return m_statements.prepared(m_db, sql); }
    // The statements every message runs, on the sqlite3 API.
    SqliteStatement &nativeStatement(const QString &sql) { return m_statements.native(m_db, sql); }
    // 0 when there is none, -1 on an error.
    qint64 findDuplicate(const HistoryMessage &message);
    // The newest message with messageId or originId id (0: none, -1: error).
    qint64 findById(const QString &conversation, MessageDirection direction, const QString &id,
                    const QString &senderBareJid);
    bool merge(HistoryMessage &stored, const HistoryMessage &duplicate);
    HistoryMessage row(qint64 id);
    void changed(qint64 id)
    {
        m_rows.insert(id, HistorySql::selectMessage(m_db, m_statements, id));
        if (!m_changedSet.contains(id)) {
            m_changedSet.insert(id);
            m_changedIds.append(id);
        }
    }
    Touch &touch(const QString &conversation)
    {
        if (!m_touches.contains(conversation))
            m_touchOrder.append(conversation);
        return m_touches[conversation];
    }
    bool refreshConversation(const QString &jid, const Touch &touch, Outcome &outcome);

    QSqlDatabase &m_db;
    StatementCache &m_statements;
    SqliteStatement &m_insert, &m_byServerId, &m_byOriginId, &m_byMessageId, &m_queueForIndex;
    QSqlQuery &m_merge, &m_byAnyId;
    QSqlError m_error;
    QHash<qint64, HistoryMessage> m_rows; // the current version of every row touched
    QList<std::pair<qint64, bool>> m_added;
    QList<qint64> m_insertedIds, m_changedIds;
    QList<std::pair<HistoryMessage, qint64>> m_moved; // the row as it was, its new id
    QSet<qint64> m_changedSet;
    QHash<QString, Touch> m_touches;
    QStringList m_touchOrder;
    // The highest row id stored, read once per batch and kept up with every insert: live
    // messages are stamped after it and need no look-up for a free id. -1 until read.
    qint64 m_maxRowId = -1;
    // Rows at or below this id are queued for the search index; the rows above it wait for it
    // anyway (HistoryFts). -1 until read, once per batch, at the first row stored.
    qint64 m_indexedUpTo = -1;
};

HistoryMessage Writer::row(qint64 id)
{
    const auto it = m_rows.constFind(id);
    return it != m_rows.cend() ? *it : HistorySql::selectMessage(m_db, m_statements, id);
}

qint64 Writer::findDuplicate(const HistoryMessage &m)
{
    // The first column of the first row (0: none, -1: error); the statement is bound already.
    const auto first = [this](SqliteStatement &query) -> qint64 {
        qint64 id = 0;
        switch (query.step()) {
        case SqliteStatement::Step::Row:
            id = query.int64At(0);
            break;
        case SqliteStatement::Step::Done:
            break;
        case SqliteStatement::Step::Error:
            fail(query);
            id = -1;
            break;
        }
        query.reset();
        return id;
    };
    qint64 id = 0;
    if (!m.serverId.isEmpty()) {
        m_byServerId.bind(0, m.serverId);
        m_byServerId.bind(1, m.conversation);
        id = first(m_byServerId);
    }
    if (id == 0 && !m.originId.isEmpty()) {
        m_byOriginId.bind(0, m.originId);
        m_byOriginId.bind(1, m.conversation);
        m_byOriginId.bind(2, qint64(m.direction));
        id = first(m_byOriginId);
    }
    if (id == 0 && m.serverId.isEmpty() && m.originId.isEmpty() && !m.messageId.isEmpty()) {
        m_byMessageId.bind(0, m.messageId);
        m_byMessageId.bind(1, m.conversation);
        m_byMessageId.bind(2, qint64(m.direction));
        m_byMessageId.bind(3, m.senderJid); // a null string binds ''
        id = first(m_byMessageId);
    }
    return id;
}

bool Writer::merge(HistoryMessage &stored, const HistoryMessage &m)
{
    bool changed = false;
    const auto takeIfEmpty = [&changed](QString &mine, const QString &theirs) {
        if (mine.isEmpty() && !theirs.isEmpty()) {
            mine = theirs;
            changed = true;
        }
    };
    takeIfEmpty(stored.serverId, m.serverId);
    takeIfEmpty(stored.originId, m.originId);
    takeIfEmpty(stored.messageId, m.messageId);
    takeIfEmpty(stored.senderName, m.senderName);
    if (stored.isOwn()) {
        DeliveryState target = m.state;
        // An archive (or the server's stanza-id) holding our queued message means it was sent.
        if (!m.serverId.isEmpty() && stored.state == DeliveryState::Queued &&
            !canMove(DeliveryState::Sent, target))
            target = DeliveryState::Sent;
        if (target >= DeliveryState::Sent && target <= DeliveryState::Displayed &&
            canMove(stored.state, target)) {
            stored.state = target;
            stored.errorText.clear();
            changed = true;
        }
    } else if (m.read && !stored.read) {
        stored.read = true;
        --touch(stored.conversation).unreadDelta;
        changed = true;
    }
    if (m.markable && !stored.markable) {
        stored.markable = true;
        changed = true;
    }
    return changed;
}

HistoryMessage Writer::prepared(const HistoryMessage &message)
{
    HistoryMessage m = message;
    m.timestamp = m.timestamp.isValid() ? m.timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    if (!m.isOwn())
        m.state = DeliveryState::None;
    return m;
}

bool Writer::run(const Add &op)
{
    HistoryMessage m = prepared(op.message);
    const qint64 duplicate = findDuplicate(m);
    if (duplicate < 0)
        return false;
    return duplicate > 0 ? mergeInto(duplicate, m) : insertNew(std::move(m), 0);
}

// Row ids order all history by time. A held message we received is stored where it arrived,
// which is where the server put it; so the held incoming messages of a page (of any
// conversation) are anchors, and a new message goes between the anchors around it in the
// archive's order. Our own held messages are not anchors: they keep the time they were written,
// which may be long before the server took them.
bool Writer::run(const ArchivePage &op)
{
    const qsizetype count = op.messages.size();
    QList<HistoryMessage> messages;
    QList<qint64> held; // the row each message duplicates, 0 for new ones
    messages.reserve(count);
    held.reserve(count);
    for (const HistoryMessage &message : op.messages) {
        messages.append(prepared(message));
        const qint64 duplicate = findDuplicate(messages.last());
        if (duplicate < 0)
            return false;
        held.append(duplicate);
    }
    // A held message is an anchor only as the very archive entry it was stored from: a resent
    // message the archive keeps twice matches the second copy by origin-id, at a place in
    // the archive where it was never received.
    QList<bool> anchors(count, false);
    for (qsizetype j = 0; j < count; ++j) {
        if (held.at(j) == 0 || messages.at(j).isOwn())
            continue;
        const QString storedServerId = row(held.at(j)).serverId;
        anchors[j] = storedServerId.isEmpty() || storedServerId == messages.at(j).serverId;
    }
    const auto isAnchor = [&anchors](qsizetype j) { return anchors.at(j); };
    std::optional<qint64> previous; // the anchor or placed message before the next new one
    if (!op.afterServerId.isEmpty()) {
        const HistoryMessage after = rowWithServerId(op.afterServerId);
        if (after.rowId > 0 && !after.isOwn())
            previous = after.rowId;
    }
    // A message held from a later copy (a resend that came live before the catch-up reached
    // the first one) is out of place when its row lies after a message that follows this copy
    // in the archive (the page's next anchor), or after the row the page follows when no
    // anchor comes after it in the page; with neither, when it was stored well after the time
    // this copy is placed at. It moves here, placed like a new message.
    QList<bool> misplaced(count, false);
    if (!op.older) {
        std::optional<qint64> nextAnchor;
        for (qsizetype j = count - 1; j >= 0; --j) {
            const qint64 id = held.at(j);
            if (isAnchor(j)) {
                nextAnchor = id;
                continue;
            }
            if (id == 0 || messages.at(j).isOwn())
                continue;
            if (nextAnchor)
                misplaced[j] = id > *nextAnchor && (!previous || id > *previous);
            else if (previous)
                misplaced[j] = id > *previous;
            else
                misplaced[j] =
                    row(id).timestamp > messages.at(j).timestamp.addMSecs(MisplacedAfterStampMs);
        }
    }
    const auto isNew = [&](qsizetype j) { return held.at(j) == 0 || misplaced.at(j); };
    QHash<QString, qint64> oldestHeld; // paging backwards: per conversation
    if (op.older) {
        for (const HistoryMessage &m : std::as_const(messages)) {
            if (!oldestHeld.contains(m.conversation))
                oldestHeld.insert(m.conversation, oldestRowId(m.conversation));
        }
    }
    for (qsizetype i = 0; i < count; ++i) {
        const HistoryMessage &m = messages.at(i);
        if (held.at(i) == 0 && !misplaced.at(i)) {
            // The same message twice in one page (a resend the archive kept twice).
            const qint64 duplicate = findDuplicate(m);
            if (duplicate < 0)
                return false;
            if (duplicate > 0) {
                if (!mergeInto(duplicate, m))
                    return false;
                continue;
            }
        }
        if (held.at(i) > 0 && !misplaced.at(i)) {
            if (!mergeInto(held.at(i), m))
                return false;
            if (isAnchor(i))
                previous = held.at(i);
            continue;
        }
        std::optional<qint64> lower = previous, upper;
        qint64 run = 0; // new messages from here to the next anchor
        for (qsizetype j = i; j < count; ++j) {
            if (isAnchor(j)) {
                upper = held.at(j);
                break;
            }
            if (isNew(j))
                ++run;
        }
        if (!upper && oldestHeld.value(m.conversation) > 0)
            upper = oldestHeld.value(m.conversation);
        if (lower && upper && *upper <= *lower)
            lower.reset();
        qint64 desired = m.timestamp.toMSecsSinceEpoch() * HistorySql::RowIdsPerMillisecond + 1;
        if (lower && !upper)
            desired = *lower + 1; // whatever is held later came after it
        else if (upper && !lower)
            desired = std::min(desired, *upper - run); // room for the rest of the run
        qint64 rowId = 0;
        if (lower || upper) {
            const auto chosen = ArchivePlacement::choose(
                lower, upper, desired, [this](qint64 id) { return rowIdFree(id); });
            if (chosen)
                rowId = *chosen;
            else
                qCWarning(lcStorage) << "No room for an archived message between its neighbours";
        }
        if (misplaced.at(i) ? !moveHere(held.at(i), m, rowId) : !insertNew(m, rowId))
            return false;
        previous = m_insertedIds.last();
    }
    return true;
}

bool Writer::moveHere(qint64 held, const HistoryMessage &m, qint64 rowId)
{
    const HistoryMessage before = row(held);
    qCDebug(lcStorage) << "Moving message" << held << "to the place of its archive copy"
                       << m.serverId;
    HistoryMessage moved = before;
    merge(moved, m);
    moved.serverId = m.serverId;   // the copy whose place it takes
    moved.timestamp = m.timestamp; // when no place is free between its neighbours
    QSqlQuery &remove = statement(u"DELETE FROM messages WHERE id = ?"_s);
    remove.bindValue(0, held);
    if (!remove.exec())
        return fail(remove);
    remove.finish();
    if (!moved.isOwn() && !moved.read)
        --touch(moved.conversation).unreadDelta; // insertNew counts it again
    const bool newInThisBatch = m_insertedIds.removeAll(held) > 0;
    m_changedIds.removeAll(held);
    m_changedSet.remove(held);
    m_rows.remove(held);
    if (!insertNew(moved, rowId))
        return false;
    const qint64 newId = m_insertedIds.last();
    m_added.last().second = false; // not new to anyone
    for (auto &[id, inserted] : m_added) {
        if (id == held)
            id = newId;
    }
    // Reported as moved, not as inserted; a row moved twice in one batch, once.
    const auto earlierMove = std::find_if(m_moved.begin(), m_moved.end(),
                                          [held](const auto &move) { return move.second == held; });
    if (earlierMove != m_moved.end())
        earlierMove->second = newId;
    else if (!newInThisBatch)
        m_moved.append({before, newId});
    return true;
}

HistoryMessage Writer::rowWithServerId(const QString &serverId)
{
    QSqlQuery &query = statement(HistoryBatch::rowByServerIdStatement());
    query.bindValue(0, serverId);
    const qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id > 0 ? row(id) : HistoryMessage();
}

qint64 Writer::oldestRowId(const QString &conversation)
{
    QSqlQuery &query = statement(u"SELECT MIN(id) FROM messages WHERE conversation = ?"_s);
    query.bindValue(0, conversation);
    const qint64 id = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool Writer::rowIdFree(qint64 id)
{
    QSqlQuery &query = statement(u"SELECT 1 FROM messages WHERE id = ?"_s);
    query.bindValue(0, id);
    const bool free = query.exec() && !query.next();
    query.finish();
    return free;
}

bool Writer::mergeInto(qint64 duplicate, const HistoryMessage &m)
{
    HistoryMessage stored = row(duplicate);
    if (merge(stored, m)) {
        const QVariantList values = {
            HistorySql::nullIfEmpty(stored.serverId),
            HistorySql::nullIfEmpty(stored.originId),
            HistorySql::nullIfEmpty(stored.messageId),
            HistorySql::nullIfEmpty(stored.senderName),
            int(stored.state),
            HistorySql::nullIfEmpty(stored.errorText),
            stored.markable ? 1 : 0,
            stored.read ? 1 : 0,
            duplicate,
        };
        for (int i = 0; i < values.size(); ++i)
            m_merge.bindValue(i, values.at(i));
        if (!m_merge.exec())
            return fail(m_merge);
        changed(duplicate);
    }
    m_added.append({duplicate, false});
    return true;
}

bool Writer::insertNew(HistoryMessage m, qint64 rowId)
{
    if (rowId > 0) {
        // Placed by its neighbours: the timestamp follows the row id, so that the order by
        // (timestamp, id) stays the order by id.
        m.rowId = rowId;
        m.timestamp =
            QDateTime::fromMSecsSinceEpoch(rowId / HistorySql::RowIdsPerMillisecond, Qt::UTC);
    } else {
        if (m_maxRowId < 0 && (m_maxRowId = HistorySql::maxRowId(m_db, m_statements)) < 0)
            return fail(u"Cannot read the highest message id"_s);
        // The ids of millisecond ms are base + 1 ... base + RowIdsPerMillisecond - 1.
        const qint64 msecs = m.timestamp.toMSecsSinceEpoch();
        const qint64 base = msecs * HistorySql::RowIdsPerMillisecond;
        if (m_maxRowId <= base)
            m.rowId = base + 1; // stamped after everything stored
        else if (m_maxRowId < base + HistorySql::RowIdsPerMillisecond - 1)
            m.rowId = m_maxRowId + 1; // in the newest millisecond stored, after its last id
        else
            m.rowId = HistorySql::allocateRowId(m_db, m_statements, msecs);
    }
    if (m.rowId == 0 || !HistorySql::insertMessage(m_insert, m))
        return fail(m_insert);
    if (m_indexedUpTo < 0 && (m_indexedUpTo = HistoryFts::indexedUpTo(m_db, m_statements)) < 0)
        return fail(u"Cannot read how far the search index is"_s);
    if (m.rowId <= m_indexedUpTo) {
        m_queueForIndex.bind(0, m.rowId);
        if (!m_queueForIndex.run())
            return fail(m_queueForIndex);
    }
    if (m_maxRowId >= 0)
        m_maxRowId = std::max(m_maxRowId, m.rowId);
    m_insertedIds.append(m.rowId);
    m_added.append({m.rowId, true});
    Touch &t = touch(m.conversation);
    if (m.type == MessageType::Groupchat)
        t.type = MessageType::Groupchat;
    if (!m.isOwn() && !m.read)
        ++t.unreadDelta;
    const qint64 id = m.rowId;
    m_rows.insert(id, std::move(m));
    return true;
}

qint64 Writer::findById(const QString &conversation, MessageDirection direction, const QString &id,
                        const QString &senderBareJid)
{
    for (int half = 0; half < 2; ++half) {
        m_byAnyId.bindValue(3 * half, id);
        m_byAnyId.bindValue(3 * half + 1, conversation);
        m_byAnyId.bindValue(3 * half + 2, int(direction));
    }
    if (!m_byAnyId.exec()) {
        fail(m_byAnyId);
        return -1;
    }
    qint64 found = 0;
    while (m_byAnyId.next()) {
        const qint64 rowId = m_byAnyId.value(0).toLongLong();
        if (senderBareJid.isNull() || bareOf(m_byAnyId.value(1).toString()) == senderBareJid)
            found = std::max(found, rowId);
    }
    m_byAnyId.finish();
    return found;
}

bool Writer::run(const Delivery &op)
{
    const qint64 id = findById(op.conversation, MessageDirection::Outgoing, op.messageId, {});
    if (id <= 0) {
        if (id == 0)
            qCDebug(lcStorage) << "No message of ours" << op.messageId << "to mark delivered";
        return id == 0;
    }
    const HistoryMessage stored = row(id);
    if (!canMove(stored.state, op.state)) {
        qCDebug(lcStorage) << "Ignoring delivery state" << int(op.state) << "for" << op.messageId
                           << "in state" << int(stored.state);
        return true;
    }
    QSqlQuery &update = statement(u"UPDATE messages SET state = ?, error_text = ? WHERE id = ?"_s);
    update.bindValue(0, int(op.state));
    update.bindValue(
        1, HistorySql::nullIfEmpty(op.state == DeliveryState::Failed ? op.errorText : QString()));
    update.bindValue(2, id);
    if (!update.exec())
        return fail(update);
    changed(id);
    return true;
}

bool Writer::run(const Correction &op)
{
    const qint64 id = findById(op.conversation, op.direction, op.replaceId,
                               op.senderBareJid.isNull() ? u""_s : op.senderBareJid);
    if (id <= 0) {
        if (id == 0)
            qCDebug(lcStorage) << "Ignoring a correction of an unknown message" << op.replaceId;
        return id == 0;
    }
    // SET expressions see the old row: original_body keeps the very first text.
    QSqlQuery &update =
        statement(u"UPDATE messages SET original_body = CASE WHEN edited THEN original_body "
                  u"ELSE body END, body = ?, edited = 1 WHERE id = ?"_s);
    update.bindValue(0, op.newBody.isNull() ? u""_s : op.newBody);
    update.bindValue(1, id);
    if (!update.exec())
        return fail(update);
    changed(id);
    touch(op.conversation);
    return true;
}

bool Writer::run(const MarkRead &op)
{
    QSqlQuery &update = statement(u"UPDATE messages SET read = 1 WHERE conversation = ? AND "
                                  u"direction = 0 AND read = 0"_s);
    update.bindValue(0, op.conversation);
    if (!update.exec())
        return fail(update);
    for (HistoryMessage &cached : m_rows) {
        if (cached.conversation == op.conversation && !cached.isOwn())
            cached.read = true;
    }
    Touch &t = touch(op.conversation);
    t.unreadReset = true;
    t.unreadDelta = 0;
    return true;
}

bool Writer::run(const Cursor &op)
{
    QSqlQuery &query =
        statement(u"INSERT INTO archive_cursors (archive, last_id) VALUES (?, ?) ON CONFLICT "
                  u"(archive) DO UPDATE SET last_id = excluded.last_id"_s);
    query.bindValue(0, op.archive.isNull() ? u""_s : op.archive);
    query.bindValue(1, op.lastId.isNull() ? u""_s : op.lastId);
    return query.exec() || fail(query);
}

bool Writer::refreshConversation(const QString &jid, const Touch &t, Outcome &outcome)
{
    QSqlQuery &last =
        statement(u"SELECT id, body, timestamp, direction FROM messages WHERE conversation = ? "
                  u"ORDER BY timestamp DESC, id DESC LIMIT 1"_s);
    last.bindValue(0, jid);
    if (!last.exec())
        return fail(last);
    if (!last.next()) {
        last.finish();
        return true; // marked read, but nothing was ever stored
    }
    const QVariantList lastRow = {last.value(0), last.value(1), last.value(2), last.value(3)};
    last.finish();
    const ConversationSummary before = HistorySql::selectConversation(m_db, m_statements, jid);
    // MAX(type, ...): Groupchat (2) wins over Chat (1) and is never taken back.
    QSqlQuery &upsert =
        statement(u"INSERT INTO conversations (jid, type, last_message, last_body, "
                  u"last_timestamp, last_direction, unread_count) VALUES (?, ?, ?, ?, ?, ?, "
                  u"MAX(0, ?)) ON CONFLICT (jid) DO UPDATE SET type = MAX(type, excluded.type), "
                  u"last_message = excluded.last_message, last_body = excluded.last_body, "
                  u"last_timestamp = excluded.last_timestamp, last_direction = "
                  u"excluded.last_direction, unread_count = MAX(0, CASE WHEN ? THEN 0 ELSE "
                  u"unread_count END + ?)"_s);
    const QVariantList values = {jid,           int(t.type),           lastRow.at(0),
                                 lastRow.at(1), lastRow.at(2),         lastRow.at(3),
                                 t.unreadDelta, t.unreadReset ? 1 : 0, t.unreadDelta};
    for (int i = 0; i < values.size(); ++i)
        upsert.bindValue(i, values.at(i));
    if (!upsert.exec())
        return fail(upsert);
    const ConversationSummary after = HistorySql::selectConversation(m_db, m_statements, jid);
    if (after.type != before.type || after.lastBody != before.lastBody ||
        after.lastTimestamp != before.lastTimestamp ||
        after.lastDirection != before.lastDirection || after.unreadCount != before.unreadCount)
        outcome.touched.append(after);
    return true;
}

bool Writer::finish(Outcome &outcome)
{
    for (const QString &jid : std::as_const(m_touchOrder)) {
        if (!refreshConversation(jid, m_touches.value(jid), outcome))
            return false;
    }
    outcome.added.reserve(m_added.size());
    for (const auto &[id, inserted] : std::as_const(m_added))
        outcome.added.append({row(id), inserted});
    QSet<qint64> movedIds;
    for (const auto &[before, id] : std::as_const(m_moved))
        movedIds.insert(id);
    outcome.inserted.reserve(m_insertedIds.size());
    for (qint64 id : std::as_const(m_insertedIds)) {
        if (!movedIds.contains(id))
            outcome.inserted.append(row(id));
    }
    for (qint64 id : std::as_const(m_changedIds)) {
        if (!m_insertedIds.contains(id))
            outcome.changed.append(row(id));
    }
    for (const auto &[before, id] : std::as_const(m_moved))
        outcome.moved.append({before, row(id)});
    return true;
}

Outcome failure(const QList<Op> &ops)
{
    Outcome outcome;
    for (const Op &op : ops) {
        if (const auto *add = std::get_if<Add>(&op))
            outcome.added.append({add->message, false});
        else if (const auto *page = std::get_if<ArchivePage>(&op)) {
            for (const HistoryMessage &message : page->messages)
                outcome.added.append({message, false});
        }
    }
    return outcome;
}

} // namespace

Outcome apply(QSqlDatabase &db, StatementCache &statements, const QList<Op> &ops)
{
    if (!db.transaction()) {
        qCWarning(lcStorage) << "Cannot start a history write:" << db.lastError().text();
        return failure(ops);
    }
    Outcome outcome;
    {
        Writer writer(db, statements);
        writer.reserve(ops.size());
        bool ok = true;
        for (const Op &op : ops) {
            if (!(ok = writer.apply(op)))
                break;
        }
        ok = ok && writer.finish(outcome);
        if (!ok) {
            qCWarning(lcStorage) << "A history write failed and was rolled back:"
                                 << writer.lastError().text();
        }
        outcome.ok = ok;
    }
    if (!outcome.ok || !db.commit()) {
        if (outcome.ok)
            qCWarning(lcStorage) << "Cannot commit a history write:" << db.lastError().text();
        db.rollback();
        return failure(ops);
    }
    return outcome;
}

} // namespace Linnet::HistoryBatch
