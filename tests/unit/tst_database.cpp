// Database: the worker thread, futures, WAL and foreign keys, and the migrations.
#include "storage/Database.h"
#include "storage/HistoryFts.h"
#include "storage/Migrations.h"
#include "storage/SqliteStatement.h"
#include "storage/StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

QStringList schemaOf(Database &database)
{
    return database
        .run<QStringList>([](QSqlDatabase &db) {
            QStringList rows;
            QSqlQuery query(db);
            query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, "
                       u"name"_s);
            while (query.next()) {
                rows.append(query.value(0).toString() + u'|' + query.value(1).toString() + u'|' +
                            query.value(2).toString() + u'|' + query.value(3).toString());
            }
            return rows;
        })
        .result();
}

int schemaVersionOf(Database &database)
{
    return database.run<int>([](QSqlDatabase &db) { return Migrations::currentVersion(db); })
        .result();
}

QString pragma(Database &database, const QString &name)
{
    return database
        .run<QString>([name](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(u"PRAGMA "_s + name);
            return query.next() ? query.value(0).toString() : QString();
        })
        .result();
}

} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }

    void openCreatesTheLatestSchema()
    {
        Database database;
        const StorageResult opened = database.open(dir.filePath(u"fresh.sqlite"_s)).result();
        QVERIFY2(opened.ok, qPrintable(opened.sentence));
        QCOMPARE(schemaVersionOf(database), Migrations::latestVersion());
        QCOMPARE(pragma(database, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(database, u"foreign_keys"_s), u"1"_s);
        const QStringList schema = schemaOf(database);
        QVERIFY(schema.join(u'\n').contains(u"roster_items"_s));
        QVERIFY(schema.join(u'\n').contains(u"schema_version"_s));
    }

    void migrationsAreOrderedAndStartAtOne()
    {
        const QList<Migration> &all = Migrations::all();
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).version, i + 1);
    }

    void everyEarlierVersionMigratesToTheFreshSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void everyEarlierVersionMigratesToTheFreshSchema()
    {
        QFETCH(int, from);
        QStringList fresh;
        {
            Database database;
            QVERIFY(database.open(dir.filePath(u"reference-%1.sqlite"_s.arg(from))).result().ok);
            fresh = schemaOf(database);
        }
        const QString path = dir.filePath(u"old-%1.sqlite"_s.arg(from));
        {
            Database old;
            QVERIFY(old.open(path, from).result().ok);
            QCOMPARE(schemaVersionOf(old), from);
        }
        Database migrated;
        const StorageResult opened = migrated.open(path).result();
        QVERIFY2(opened.ok, qPrintable(opened.sentence));
        QCOMPARE(schemaVersionOf(migrated), Migrations::latestVersion());
        QCOMPARE(schemaOf(migrated), fresh);
    }

    void theLatestSchemaHasTheHistoryAndItsSearchIndex()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"history.sqlite"_s)).result().ok);
        const QStringList schema = schemaOf(database);
        const auto has = [&schema](const QString &type, const QString &name) {
            return std::any_of(schema.cbegin(), schema.cend(), [&](const QString &row) {
                return row.startsWith(type + u'|' + name + u'|');
            });
        };
        for (const QString &table :
             {u"messages"_s, u"conversations"_s, u"archive_cursors"_s, u"messages_fts"_s,
              u"messages_fts_data"_s, u"messages_fts_idx"_s, u"messages_fts_docsize"_s,
              u"messages_fts_config"_s, u"messages_fts_pending"_s, u"messages_fts_indexed"_s})
            QVERIFY2(has(u"table"_s, table), qPrintable(table));
        for (const QString &trigger : {u"messages_fts_update"_s, u"messages_fts_delete"_s})
            QVERIFY2(has(u"trigger"_s, trigger), qPrintable(trigger));
        // Schema 6: nothing runs for the index when a row is inserted (schema 4 indexed it,
        // schema 5 queued it).
        QVERIFY(!has(u"trigger"_s, u"messages_fts_insert"_s));
        QVERIFY(!has(u"trigger"_s, u"messages_fts_queue"_s));
        for (const QString &index : {u"messages_by_time"_s, u"messages_by_server_id"_s,
                                     u"messages_by_origin_id"_s, u"messages_by_message_id"_s})
            QVERIFY2(has(u"index"_s, index), qPrintable(index));
    }

    // Version 3 to the latest on a database with data: the data stays, and the search index
    // follows inserts (once the queue is indexed), corrections and deletions.
    void migratedDataStaysAndTheSearchIndexFollowsTheMessages()
    {
        const QString path = dir.filePath(u"with-data.sqlite"_s);
        {
            Database old;
            QVERIFY(old.open(path, 3).result().ok);
            QVERIFY(old.run<bool>([](QSqlDatabase &db) {
                           return QSqlQuery(db).exec(
                               u"INSERT INTO roster_items (jid, name) VALUES ('a@b', 'Ann')"_s);
                       })
                        .result());
        }
        Database database;
        QVERIFY(database.open(path).result().ok);
        const auto count = [&database](const QString &sql) {
            return database
                .run<int>([sql](QSqlDatabase &db) {
                    QSqlQuery query(db);
                    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
                })
                .result();
        };
        QCOMPARE(count(u"SELECT COUNT(*) FROM roster_items WHERE name = 'Ann'"_s), 1);
        const auto exec = [&database](const QString &sql) {
            return database.run<bool>([sql](QSqlDatabase &db) { return QSqlQuery(db).exec(sql); })
                .result();
        };
        QVERIFY(exec(u"INSERT INTO messages (id, conversation, direction, type, body, timestamp) "
                     u"VALUES (1, 'a@b', 0, 1, 'Déjà vu', 0)"_s));
        const auto waiting = [&database] {
            return database
                .run<qint64>([](QSqlDatabase &db) { return HistoryFts::pendingCount(db); })
                .result();
        };
        QCOMPARE(waiting(), 1);
        QCOMPARE(database
                     .run<int>([](QSqlDatabase &db) {
                         StatementCache statements;
                         return HistoryFts::indexPending(db, statements).indexed;
                     })
                     .result(),
                 1);
        QCOMPARE(waiting(), 0);
        const QString match = u"SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH '%1'"_s;
        QCOMPARE(count(match.arg(u"deja"_s)), 1);
        QVERIFY(exec(u"UPDATE messages SET body = 'jamais vu' WHERE id = 1"_s));
        QCOMPARE(count(match.arg(u"deja"_s)), 0);
        QCOMPARE(count(match.arg(u"jamais"_s)), 1);
        QVERIFY(exec(u"DELETE FROM messages"_s));
        QCOMPARE(count(match.arg(u"vu"_s)), 0);
        QVERIFY(exec(u"INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', "
                     u"1)"_s));
    }

    void aNewerSchemaIsRefusedWithASentence()
    {
        const QString path = dir.filePath(u"newer.sqlite"_s);
        {
            Database database;
            QVERIFY(database.open(path).result().ok);
            database
                .run<bool>([](QSqlDatabase &db) {
                    return QSqlQuery(db).exec(u"UPDATE schema_version SET version = 999"_s);
                })
                .waitForFinished();
        }
        Database database;
        const StorageResult opened = database.open(path).result();
        QVERIFY(!opened.ok);
        QVERIFY(opened.sentence.contains(u"newer"_s));
    }

    void jobsRunOnOneWorkerThreadInOrder()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"threads.sqlite"_s)).result().ok);
        QList<QFuture<QThread *>> threads;
        auto order = std::make_shared<QList<int>>();
        for (int i = 0; i < 20; ++i) {
            threads.append(database.run<QThread *>([order, i](QSqlDatabase &) {
                order->append(i);
                return QThread::currentThread();
            }));
        }
        for (auto &future : threads) {
            QCOMPARE(future.result(), database.workerThread());
            QVERIFY(future.result() != QThread::currentThread());
        }
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected.append(i);
        QCOMPARE(*order, expected);
    }

    void resultsComeBackOnTheCallersThread()
    {
        Database database;
        database.open(dir.filePath(u"then.sqlite"_s));
        QThread *seenOn = nullptr;
        int value = 0;
        database.run<int>([](QSqlDatabase &) { return 42; }).then(this, [&](int result) {
            value = result;
            seenOn = QThread::currentThread();
        });
        QTRY_COMPARE(value, 42);
        QCOMPARE(seenOn, QThread::currentThread());

        QString text;
        database.run<QString>(
            this, [](QSqlDatabase &db) { return db.databaseName(); },
            [&](const QString &name) { text = name; });
        QTRY_VERIFY(text.endsWith(u"then.sqlite"_s));
    }

    void aDeadContextGetsNoCallback()
    {
        Database database;
        database.open(dir.filePath(u"context.sqlite"_s));
        bool called = false;
        auto context = std::make_unique<QObject>();
        database.run<int>(
            context.get(),
            [](QSqlDatabase &) {
                QThread::msleep(50);
                return 1;
            },
            [&](int) { called = true; });
        context.reset(); // gone before the job finishes
        bool finished = false;
        database.deliver(database.run<int>([](QSqlDatabase &) { return 2; }), this,
                         [&](int) { finished = true; });
        QTRY_VERIFY(finished);
        QVERIFY(!called);
    }

    void destructionFinishesSubmittedWrites()
    {
        const QString path = dir.filePath(u"pending.sqlite"_s);
        {
            Database database;
            database.open(path);
            for (int i = 0; i < 50; ++i) {
                database.run<bool>([i](QSqlDatabase &db) {
                    QSqlQuery query(db);
                    query.prepare(u"INSERT INTO roster_meta (key, value) VALUES (?, 'x')"_s);
                    query.addBindValue(QString::number(i));
                    return query.exec();
                });
            }
        }
        Database database;
        QVERIFY(database.open(path).result().ok);
        const int count = database
                              .run<int>([](QSqlDatabase &db) {
                                  QSqlQuery query(db);
                                  query.exec(u"SELECT COUNT(*) FROM roster_meta"_s);
                                  return query.next() ? query.value(0).toInt() : -1;
                              })
                              .result();
        QCOMPARE(count, 50);
    }

    void writesAreDurableAcrossAnAppCrash()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"durable.sqlite"_s)).result().ok);
        QCOMPARE(pragma(database, u"journal_mode"_s), u"wal"_s);
        // NORMAL (1) under WAL: a commit survives the application dying; only a power cut or an
        // OS crash may lose the last commits, never the database's consistency.
        QCOMPARE(pragma(database, u"synchronous"_s), u"1"_s);
    }

    // Statement journals in memory: a batch's statements write no temporary files.
    void temporaryStorageIsInMemory()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"temp-store.sqlite"_s)).result().ok);
        QCOMPARE(pragma(database, u"temp_store"_s), u"2"_s);
    }

    // Two processes on one file (the app and linnet-cli): a write waits for the other's lock.
    void aWriteWaitsForAnotherConnectionsLock()
    {
        const QString path = dir.filePath(u"busy.sqlite"_s);
        Database first, second;
        QVERIFY(first.open(path).result().ok);
        QVERIFY(second.open(path).result().ok);
        QCOMPARE(pragma(second, u"busy_timeout"_s), u"5000"_s);
        const auto exec = [](Database &database, const QString &sql) {
            return database.run<bool>([sql](QSqlDatabase &db) { return QSqlQuery(db).exec(sql); });
        };
        QVERIFY(exec(first, u"BEGIN IMMEDIATE"_s).result());
        QVERIFY(exec(first, u"INSERT INTO roster_meta (key, value) VALUES ('a', '1')"_s).result());
        QFuture<bool> waiting =
            exec(second, u"INSERT INTO roster_meta (key, value) VALUES ('b', '2')"_s);
        QTest::qWait(200);
        QVERIFY(!waiting.isFinished()); // waiting for the lock, not failed
        QVERIFY(exec(first, u"COMMIT"_s).result());
        QVERIFY(waiting.result());
    }

    void preparedStatementsAreKeptPerConnection()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"statements.sqlite"_s)).result().ok);
        // QTest macros belong to the test's thread: the worker reports what went wrong.
        const QString problem =
            database
                .run<QString>([](QSqlDatabase &db) -> QString {
                    const QString count = u"SELECT COUNT(*) FROM roster_meta WHERE key = ?"_s;
                    StatementCache cache;
                    QSqlQuery &first = cache.prepared(db, count);
                    if (&cache.prepared(db, count) != &first)
                        return u"the same statement was prepared twice"_s;
                    QSqlQuery &broken = cache.prepared(db, u"SELECT x FROM nowhere"_s);
                    if (!broken.lastError().isValid() || cache.size() != 1)
                        return u"a statement that does not compile was kept"_s;
                    QSqlQuery insert(db);
                    if (!insert.exec(u"INSERT INTO roster_meta (key, value) VALUES ('k', 'v')"_s))
                        return insert.lastError().text();
                    for (const int expected : {1, 1}) {
                        QSqlQuery &query = cache.prepared(db, count);
                        query.bindValue(0, u"k"_s);
                        if (!query.exec() || !query.next() || query.value(0).toInt() != expected)
                            return u"a kept statement did not run again"_s;
                        query.finish();
                    }
                    // A schema change after the first prepare: SQLite prepares it again.
                    if (!insert.exec(u"CREATE INDEX roster_meta_by_value ON roster_meta (value)"_s))
                        return insert.lastError().text();
                    QSqlQuery &after = cache.prepared(db, count);
                    after.bindValue(0, u"k"_s);
                    if (!after.exec() || !after.next() || after.value(0).toInt() != 1)
                        return u"a kept statement broke after a schema change"_s;
                    after.finish();
                    return {};
                })
                .result();
        QCOMPARE(problem, QString());
    }

    // The per-message writes run on the sqlite3 API under Qt's connection: inside the
    // transaction Qt opened, with SQLite's own error text, and without blocking COMMIT once reset.
    void sqliteStatementsRunInsideQtsTransaction()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"native.sqlite"_s)).result().ok);
        const QString problem =
            database
                .run<QString>([](QSqlDatabase &db) -> QString {
                    using Step = SqliteStatement::Step;
                    if (SqliteStatement::handleOf(QSqlDatabase()) != nullptr ||
                        SqliteStatement::handleOf(db) == nullptr)
                        return u"the sqlite3 handle is not found (or found on no connection)"_s;
                    StatementCache cache;
                    const QString insertSql =
                        u"INSERT INTO roster_meta (key, value) VALUES (?, ?)"_s;
                    SqliteStatement &insert = cache.native(db, insertSql);
                    if (&cache.native(db, insertSql) != &insert)
                        return u"the same statement was prepared twice"_s;
                    SqliteStatement &broken = cache.native(db, u"SELECT x FROM nowhere"_s);
                    if (broken.step() != Step::Error ||
                        !broken.errorText().contains(u"no such table: nowhere"_s) ||
                        cache.size() != 1)
                        return u"a statement that does not compile: "_s + broken.errorText();
                    SqliteStatement &read = cache.native(
                        db, u"SELECT value, length(value) FROM roster_meta WHERE key = ?"_s);

                    // Rolled back with Qt's transaction.
                    if (!db.transaction())
                        return db.lastError().text();
                    insert.bind(0, u"gone"_s);
                    insert.bind(1, u"v"_s);
                    if (insert.step() != Step::Done)
                        return insert.errorText();
                    insert.reset();
                    if (!db.rollback())
                        return db.lastError().text();
                    read.bind(0, u"gone"_s);
                    if (read.step() != Step::Done)
                        return u"a row written in a rolled back transaction is there"_s;
                    read.reset();

                    // Committed with it; a null string is '' and an empty optional one NULL.
                    if (!db.transaction())
                        return db.lastError().text();
                    const QString key = u"kept"_s;
                    insert.bind(0, key);
                    insert.bind(1, QString());
                    if (insert.step() != Step::Done)
                        return insert.errorText();
                    insert.reset();
                    read.bind(0, key);
                    if (read.step() != Step::Row || read.isNullAt(0) || read.int64At(1) != 0)
                        return u"a null string was not stored as ''"_s;
                    read.reset(); // no read left open across COMMIT
                    insert.bind(0, u"other"_s);
                    insert.bindNullIfEmpty(1, u""_s);
                    if (insert.step() != Step::Error ||
                        !insert.errorText().contains(u"NOT NULL constraint failed"_s))
                        return u"NULL for empty text: "_s + insert.errorText();
                    insert.reset();
                    insert.bind(0, key);
                    insert.bind(1, u"again"_s);
                    if (insert.step() != Step::Error ||
                        !insert.errorText().contains(u"UNIQUE constraint failed"_s))
                        return u"a duplicate key: "_s + insert.errorText();
                    insert.reset();
                    if (!db.commit())
                        return u"COMMIT: "_s + db.lastError().text();
                    QSqlQuery check(db);
                    if (!check.exec(u"SELECT key, value FROM roster_meta"_s) || !check.next() ||
                        check.value(0).toString() != key ||
                        check.value(1).toString() != QString() || check.next())
                        return u"the committed rows are not exactly the one kept"_s;
                    return {};
                })
                .result();
        QCOMPARE(problem, QString());
    }

    void foreignKeysCascade()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"cascade.sqlite"_s)).result().ok);
        const int left = database
                             .run<int>([](QSqlDatabase &db) {
                                 QSqlQuery query(db);
                                 query.exec(u"INSERT INTO roster_items (jid) VALUES ('a@b')"_s);
                                 query.exec(u"INSERT INTO roster_groups (jid, name, position) "
                                            u"VALUES ('a@b', 'g', 0)"_s);
                                 query.exec(u"DELETE FROM roster_items"_s);
                                 query.exec(u"SELECT COUNT(*) FROM roster_groups"_s);
                                 return query.next() ? query.value(0).toInt() : -1;
                             })
                             .result();
        QCOMPARE(left, 0);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
