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
