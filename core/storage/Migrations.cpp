#include "storage/Migrations.h"

#include "Logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linnet {

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = {
        {1,
         {
             u"CREATE TABLE roster_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
             u"CREATE TABLE roster_items (jid TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL "
             u"DEFAULT '', subscription TEXT NOT NULL DEFAULT 'none', ask INTEGER NOT NULL "
             u"DEFAULT 0, approved INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE TABLE roster_groups (jid TEXT NOT NULL REFERENCES roster_items(jid) ON "
             u"DELETE CASCADE, name TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY "
             u"(jid, name))"_s,
         }},
        {2,
         {
             u"CREATE TABLE subscription_requests (jid TEXT PRIMARY KEY NOT NULL, message TEXT "
             u"NOT NULL DEFAULT '', received_at INTEGER NOT NULL)"_s,
             u"CREATE INDEX subscription_requests_by_time ON subscription_requests "
             u"(received_at)"_s,
         }},
        {3,
         {
             u"CREATE TABLE caps_entries (hash TEXT NOT NULL, ver TEXT NOT NULL, info BLOB NOT "
             u"NULL, PRIMARY KEY (hash, ver))"_s,
         }},
        // Message history. id is the rowId (see HistorySql.h for how it follows the
        // timestamp); timestamps are ms since the epoch, UTC; direction, type and state are
        // the values of MessageDirection, MessageType and DeliveryState. Empty ids are NULL so
        // that the partial de-duplication indexes stay small. conversation_token is the
        // conversation as one search token (see FtsQuery.h), computed, not stored.
        {4,
         {
             u"CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation TEXT NOT NULL, "
             u"direction INTEGER NOT NULL, sender_jid TEXT NOT NULL DEFAULT '', sender_name "
             u"TEXT, type INTEGER NOT NULL, body TEXT NOT NULL DEFAULT '', subject TEXT, thread "
             u"TEXT, lang TEXT, timestamp INTEGER NOT NULL, message_id TEXT, origin_id TEXT, "
             u"server_id TEXT, state INTEGER NOT NULL DEFAULT 0, error_text TEXT, edited INTEGER "
             u"NOT NULL DEFAULT 0, original_body TEXT, markable INTEGER NOT NULL DEFAULT 0, read "
             u"INTEGER NOT NULL DEFAULT 0, conversation_token TEXT GENERATED ALWAYS AS ('c' || "
             u"hex(conversation)) VIRTUAL)"_s,
             u"CREATE INDEX messages_by_time ON messages (conversation, timestamp, id)"_s,
             u"CREATE INDEX messages_by_server_id ON messages (conversation, server_id) WHERE "
             u"server_id IS NOT NULL"_s,
             u"CREATE INDEX messages_by_origin_id ON messages (conversation, origin_id, "
             u"direction) WHERE origin_id IS NOT NULL"_s,
             u"CREATE INDEX messages_by_message_id ON messages (conversation, message_id, "
             u"direction, sender_jid) WHERE message_id IS NOT NULL"_s,
             u"CREATE INDEX messages_unread ON messages (conversation) WHERE direction = 0 AND "
             u"read = 0"_s,
             u"CREATE INDEX messages_queued ON messages (timestamp, id) WHERE direction = 1 AND "
             u"state = 1"_s,
             u"CREATE TABLE conversations (jid TEXT PRIMARY KEY NOT NULL, type INTEGER NOT NULL, "
             u"last_message INTEGER, last_body TEXT NOT NULL DEFAULT '', last_timestamp INTEGER, "
             u"last_direction INTEGER NOT NULL DEFAULT 0, unread_count INTEGER NOT NULL DEFAULT "
             u"0)"_s,
             u"CREATE INDEX conversations_by_time ON conversations (last_timestamp)"_s,
             u"CREATE TABLE archive_cursors (archive TEXT PRIMARY KEY NOT NULL, last_id TEXT NOT "
             u"NULL)"_s,
             u"CREATE VIRTUAL TABLE messages_fts USING fts5 (body, conversation_token, content = "
             u"'messages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', "
             u"prefix = '2 3')"_s,
             u"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN INSERT INTO "
             u"messages_fts (rowid, body, conversation_token) VALUES (new.id, new.body, "
             u"new.conversation_token); END"_s,
             u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN INSERT INTO "
             u"messages_fts (messages_fts, rowid, body, conversation_token) VALUES ('delete', "
             u"old.id, old.body, old.conversation_token); END"_s,
             u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN INSERT "
             u"INTO messages_fts (messages_fts, rowid, body, conversation_token) VALUES "
             u"('delete', old.id, old.body, old.conversation_token); INSERT INTO messages_fts "
             u"(rowid, body, conversation_token) VALUES (new.id, new.body, "
             u"new.conversation_token); END"_s,
         }},
        // The search index off the receive path: a new message only queues its id in
        // messages_fts_pending; HistoryFts indexes the queue in bulk when the writer is idle and
        // always before a search. A row still queued is not in the index, so deleting or
        // correcting it must not touch the index (an FTS5 'delete' of a row never indexed
        // corrupts it): its queued id goes, or stays and is indexed with the new body.
        {5,
         {
             u"CREATE TABLE messages_fts_pending (id INTEGER PRIMARY KEY)"_s,
             u"DROP TRIGGER messages_fts_insert"_s,
             u"DROP TRIGGER messages_fts_delete"_s,
             u"DROP TRIGGER messages_fts_update"_s,
             u"CREATE TRIGGER messages_fts_queue AFTER INSERT ON messages BEGIN INSERT INTO "
             u"messages_fts_pending (id) VALUES (new.id); END"_s,
             u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN INSERT INTO "
             u"messages_fts (messages_fts, rowid, body, conversation_token) SELECT 'delete', "
             u"old.id, old.body, old.conversation_token WHERE NOT EXISTS (SELECT 1 FROM "
             u"messages_fts_pending WHERE id = old.id); DELETE FROM messages_fts_pending WHERE id "
             u"= old.id; END"_s,
             u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages WHEN NOT "
             u"EXISTS (SELECT 1 FROM messages_fts_pending WHERE id = old.id) BEGIN INSERT INTO "
             u"messages_fts (messages_fts, rowid, body, conversation_token) VALUES ('delete', "
             u"old.id, old.body, old.conversation_token); INSERT INTO messages_fts (rowid, body, "
             u"conversation_token) VALUES (new.id, new.body, new.conversation_token); END"_s,
         }},
        // Nothing on the receive path at all (schema 5 queued every new id through an insert
        // trigger, and any trigger makes SQLite keep a statement journal for every insert):
        // every row above messages_fts_indexed.upto waits for the index by its id alone; the
        // queue holds only rows stored below that mark (archive pages, delayed messages), which
        // the writer queues itself. A row is in the index when it is at or below the mark and
        // not queued.
        {6,
         {
             u"CREATE TABLE messages_fts_indexed (upto INTEGER NOT NULL)"_s,
             // Every row of schema 5 is either indexed or queued.
             u"INSERT INTO messages_fts_indexed (upto) SELECT COALESCE(MAX(id), 0) FROM messages"_s,
             u"DROP TRIGGER messages_fts_queue"_s,
             u"DROP TRIGGER messages_fts_delete"_s,
             u"DROP TRIGGER messages_fts_update"_s,
             u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN INSERT INTO "
             u"messages_fts (messages_fts, rowid, body, conversation_token) SELECT 'delete', "
             u"old.id, old.body, old.conversation_token WHERE old.id <= (SELECT upto FROM "
             u"messages_fts_indexed) AND NOT EXISTS (SELECT 1 FROM messages_fts_pending WHERE id "
             u"= old.id); DELETE FROM messages_fts_pending WHERE id = old.id; END"_s,
             u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages WHEN old.id <= "
             u"(SELECT upto FROM messages_fts_indexed) AND NOT EXISTS (SELECT 1 FROM "
             u"messages_fts_pending WHERE id = old.id) BEGIN INSERT INTO messages_fts "
             u"(messages_fts, rowid, body, conversation_token) VALUES ('delete', old.id, "
             u"old.body, old.conversation_token); INSERT INTO messages_fts (rowid, body, "
             u"conversation_token) VALUES (new.id, new.body, new.conversation_token); END"_s,
         }},
        // The de-duplication indexes keyed by the id alone: every message writes one entry to
        // each, and the conversation in front of the id made the entries twice as long for no
        // narrowing an id does not already give (server ids are unique per archive, origin-ids
        // and message ids nearly so). Look-ups filter the conversation and direction on the row.
        // Also lets a page's anchor (its server id, conversation unknown) use the index.
        {7,
         {
             u"DROP INDEX messages_by_server_id"_s,
             u"DROP INDEX messages_by_origin_id"_s,
             u"DROP INDEX messages_by_message_id"_s,
             u"CREATE INDEX messages_by_server_id ON messages (server_id) WHERE server_id IS NOT "
             u"NULL"_s,
             u"CREATE INDEX messages_by_origin_id ON messages (origin_id) WHERE origin_id IS NOT "
             u"NULL"_s,
             u"CREATE INDEX messages_by_message_id ON messages (message_id) WHERE message_id IS "
             u"NOT NULL"_s,
         }},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase &db, QString *error)
{
    if (!db.tables().contains(u"schema_version"_s))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT version FROM schema_version"_s)) {
        if (error)
            *error = query.lastError().text();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

static bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = statement.left(60) + u": "_s + query.lastError().text();
    return false;
}

bool Migrations::migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        *error = u"The database was written by a newer Linnet (schema %1; this one knows %2)."_s
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &migration : all()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        bool ok = migration.version != 1 ||
                  exec(db, u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s, error);
        for (const QString &statement : migration.statements) {
            if (!ok)
                break;
            ok = exec(db, statement, error);
        }
        if (ok) {
            ok = exec(db, u"DELETE FROM schema_version"_s, error) &&
                 exec(db,
                      u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(migration.version),
                      error);
        }
        if (!ok) {
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        qCInfo(lcStorage) << "Database migrated to schema" << migration.version;
    }
    return true;
}

} // namespace Linnet
