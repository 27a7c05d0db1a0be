#include "storage/HistorySql.h"

#include "storage/SqliteStatement.h"
#include "storage/StatementCache.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Linnet::HistorySql {

namespace {

const QStringList &columnNames()
{
    static const QStringList names = {
        u"id"_s,         u"conversation"_s, u"direction"_s,     u"sender_jid"_s, u"sender_name"_s,
        u"type"_s,       u"body"_s,         u"subject"_s,       u"thread"_s,     u"lang"_s,
        u"timestamp"_s,  u"message_id"_s,   u"origin_id"_s,     u"server_id"_s,  u"state"_s,
        u"error_text"_s, u"edited"_s,       u"original_body"_s, u"markable"_s,   u"read"_s,
    };
    return names;
}

} // namespace

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString messageColumns(const QString &prefix)
{
    QStringList columns;
    for (const QString &name : columnNames())
        columns.append(prefix + name);
    return columns.join(u", "_s);
}

HistoryMessage readMessage(const QSqlQuery &query)
{
    HistoryMessage m;
    m.rowId = query.value(0).toLongLong();
    m.conversation = query.value(1).toString();
    m.direction = MessageDirection(query.value(2).toInt());
    m.senderJid = query.value(3).toString();
    m.senderName = query.value(4).toString();
    m.type = MessageType(query.value(5).toInt());
    m.body = query.value(6).toString();
    m.subject = query.value(7).toString();
    m.thread = query.value(8).toString();
    m.lang = query.value(9).toString();
    m.timestamp = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    m.messageId = query.value(11).toString();
    m.originId = query.value(12).toString();
    m.serverId = query.value(13).toString();
    m.state = DeliveryState(query.value(14).toInt());
    m.errorText = query.value(15).toString();
    m.edited = query.value(16).toBool();
    m.originalBody = query.value(17).toString();
    m.markable = query.value(18).toBool();
    m.read = query.value(19).toBool();
    return m;
}

qint64 allocateRowId(QSqlDatabase &db, StatementCache &statements, qint64 msecs)
{
    QSqlQuery &query =
        statements.prepared(db, u"SELECT MAX(id) FROM messages WHERE id > ? AND id < ?"_s);
    // A millisecond with all its ids taken (thousands of messages) spills into the next one.
    for (qint64 ms = msecs;; ++ms) {
        const qint64 base = ms * RowIdsPerMillisecond;
        query.bindValue(0, base);
        query.bindValue(1, base + RowIdsPerMillisecond);
        if (!query.exec() || !query.next())
            return 0;
        const bool none = query.isNull(0);
        const qint64 next = query.value(0).toLongLong() + 1;
        query.finish();
        if (none)
            return base + 1;
        if (next < base + RowIdsPerMillisecond)
            return next;
    }
}

qint64 maxRowId(QSqlDatabase &db, StatementCache &statements)
{
    SqliteStatement &query = statements.native(db, u"SELECT MAX(id) FROM messages"_s);
    const qint64 id = query.step() == SqliteStatement::Step::Row ? query.int64At(0) : -1; // NULL: 0
    query.reset();
    return id;
}

QString insertStatement()
{
    QStringList marks;
    for (qsizetype i = 0; i < columnNames().size(); ++i)
        marks.append(u"?"_s);
    return u"INSERT INTO messages ("_s + messageColumns() + u") VALUES ("_s + marks.join(u", "_s) +
           u")"_s;
}

namespace {

// Binds the values of insertStatement() in order, through bindInt(index, qint64),
// bindText(index, text) and bindNullIfEmpty(index, text).
template <typename Binder> void bindInsert(Binder &binder, const HistoryMessage &m)
{
    binder.bindInt(0, m.rowId);
    binder.bindText(1, m.conversation);
    binder.bindInt(2, int(m.direction));
    binder.bindText(3, m.senderJid);
    binder.bindNullIfEmpty(4, m.senderName);
    binder.bindInt(5, int(m.type));
    binder.bindText(6, m.body);
    binder.bindNullIfEmpty(7, m.subject);
    binder.bindNullIfEmpty(8, m.thread);
    binder.bindNullIfEmpty(9, m.lang);
    binder.bindInt(10, m.timestamp.toMSecsSinceEpoch());
    binder.bindNullIfEmpty(11, m.messageId);
    binder.bindNullIfEmpty(12, m.originId);
    binder.bindNullIfEmpty(13, m.serverId);
    binder.bindInt(14, int(m.state));
    binder.bindNullIfEmpty(15, m.errorText);
    binder.bindInt(16, m.edited ? 1 : 0);
    binder.bindNullIfEmpty(17, m.originalBody);
    binder.bindInt(18, m.markable ? 1 : 0);
    binder.bindInt(19, m.read ? 1 : 0);
}

// Text columns that are NOT NULL get '' for a null string.
struct NativeBinder
{
    SqliteStatement &statement;
    void bindInt(int index, qint64 value) { statement.bind(index, value); }
    void bindText(int index, const QString &text) { statement.bind(index, text); }
    void bindNullIfEmpty(int index, const QString &text) { statement.bindNullIfEmpty(index, text); }
};

struct QueryBinder
{
    QSqlQuery &query;
    void bindInt(int index, qint64 value) { query.bindValue(index, value); }
    void bindText(int index, const QString &text)
    {
        query.bindValue(index, text.isNull() ? u""_s : text);
    }
    void bindNullIfEmpty(int index, const QString &text)
    {
        query.bindValue(index, nullIfEmpty(text));
    }
};

} // namespace

bool insertMessage(SqliteStatement &insert, const HistoryMessage &m)
{
    NativeBinder binder{insert};
    bindInsert(binder, m);
    return insert.run();
}

bool insertMessage(QSqlQuery &insert, const HistoryMessage &m)
{
    QueryBinder binder{insert};
    bindInsert(binder, m);
    return insert.exec();
}

HistoryMessage selectMessage(QSqlDatabase &db, StatementCache &statements, qint64 rowId)
{
    static const QString statement =
        u"SELECT "_s + messageColumns() + u" FROM messages WHERE id = ?"_s;
    QSqlQuery &query = statements.prepared(db, statement);
    query.bindValue(0, rowId);
    HistoryMessage m;
    if (query.exec() && query.next())
        m = readMessage(query);
    query.finish();
    return m;
}

ConversationSummary selectConversation(QSqlDatabase &db, StatementCache &statements,
                                       const QString &jid)
{
    ConversationSummary summary;
    summary.jid = jid;
    QSqlQuery &query = statements.prepared(
        db, u"SELECT type, last_body, last_timestamp, last_direction, unread_count FROM "
            u"conversations WHERE jid = ?"_s);
    query.bindValue(0, jid);
    if (query.exec() && query.next()) {
        summary.type = MessageType(query.value(0).toInt());
        summary.lastBody = query.value(1).toString();
        if (!query.isNull(2)) {
            summary.lastTimestamp =
                QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        }
        summary.lastDirection = MessageDirection(query.value(3).toInt());
        summary.unreadCount = query.value(4).toInt();
    }
    query.finish();
    return summary;
}

QString pageStatement(bool before)
{
    // The row value comparison is a range on messages_by_time: no scan, no sort.
    return u"SELECT "_s + messageColumns() + u" FROM messages WHERE conversation = ?"_s +
           (before ? u" AND (timestamp, id) < ((SELECT timestamp FROM messages WHERE id = ?), ?)"_s
                   : QString()) +
           u" ORDER BY timestamp DESC, id DESC LIMIT ?"_s;
}

QString searchStatement(bool filtered)
{
    return u"SELECT "_s + messageColumns(u"m."_s) +
           u" FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid WHERE messages_fts "
           u"MATCH ?"_s +
           (filtered ? u" AND m.conversation = ?"_s : QString()) +
           u" ORDER BY messages_fts.rowid DESC LIMIT ?"_s;
}

} // namespace Linnet::HistorySql
