// The search index off the receive path (schemas 5 and 6): stored messages wait for the index,
// which takes them when the writer is idle and before every search. A search never misses a stored
// message, corrections and deletions keep the index right whether or not their row was indexed
// yet, and databases of every earlier schema migrate with their messages still found.
#include "HistoryTestSupport.h"
#include "storage/HistoryFts.h"
#include "storage/Migrations.h"
#include "storage/StatementCache.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const QString Bob = u"bob@example.org"_s;
const QString Carol = u"carol@example.org"_s;

const QString QueueCount = u"SELECT COUNT(*) FROM messages_fts_pending"_s;
const QString IndexedCount = u"SELECT COUNT(*) FROM messages_fts_docsize"_s;

// Messages stored and not in the index yet: queued, or above the index's mark.
qint64 waitingCount(HistoryFixture &f)
{
    return f.database->run<qint64>([](QSqlDatabase &db) { return HistoryFts::pendingCount(db); })
        .result();
}

bool exec(Database &database, const QString &sql)
{
    return database.run<bool>([sql](QSqlDatabase &db) { return QSqlQuery(db).exec(sql); }).result();
}

// FTS5's own check of the index against the messages table (rank 1: the content too), so only
// meaningful with the queue empty. An external-content 'delete' of a row that was never indexed
// makes it fail.
bool indexIsConsistent(Database &database)
{
    return exec(database, u"INSERT INTO messages_fts (messages_fts, rank) VALUES "
                          u"('integrity-check', 1)"_s);
}

QStringList bodiesOf(const QList<HistoryMessage> &messages)
{
    QStringList bodies;
    for (const HistoryMessage &m : messages)
        bodies.append(m.body);
    return bodies;
}

} // namespace

class HistoryFtsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<HistoryMessage>();
        qRegisterMetaType<ConversationSummary>();
    }

    void init()
    {
        // Any SQL error is logged as a warning: none may happen here.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    // New messages above the mark wait for the index without even a queue entry.
    void storingLeavesTheMessageForTheIndex()
    {
        HistoryFixture f;
        for (int i = 0; i < 10; ++i)
            f.store->add(incoming(Bob, u"waiting %1"_s.arg(i), at(u"2024-01-01T10:00:00"_s)));
        f.settle();
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 10);
        QCOMPARE(waitingCount(f), 10);
        QCOMPARE(f.count(QueueCount), 0);
        QCOMPARE(f.count(IndexedCount), 0);
    }

    // Once the index has passed them, older messages (a delayed message, an archive page) are
    // stored below its mark: they are queued, found, corrected and deleted like the others.
    void messagesStoredBelowTheMarkAreQueuedAndFound()
    {
        HistoryFixture f;
        for (int i = 0; i < 5; ++i)
            f.addNow(incoming(Bob, u"recent %1"_s.arg(i), at(u"2024-01-01T10:00:00"_s).addSecs(i)));
        QCOMPARE(f.store->search(u"recent"_s, {}, 10).result().size(), 5);
        QCOMPARE(waitingCount(f), 0);
        f.addNow(incoming(Bob, u"delayed helo"_s, at(u"2023-06-01T10:00:00"_s), u"d1"_s));
        HistoryMessage one =
            incoming(Carol, u"archived one"_s, at(u"2023-01-01T10:00:00"_s), u"a1"_s);
        HistoryMessage two =
            incoming(Carol, u"archived two"_s, at(u"2023-01-01T10:00:01"_s), u"a2"_s);
        one.serverId = u"s-a1"_s;
        two.serverId = u"s-a2"_s;
        f.store->addArchivedPage({one, two}, {u""_s, true});
        f.settle();
        QCOMPARE(f.count(QueueCount), 3);
        QCOMPARE(waitingCount(f), 3);
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"d1"_s, u"delayed hello"_s);
        f.settle();
        QVERIFY(exec(*f.database, u"DELETE FROM messages WHERE message_id = 'a2'"_s));
        QCOMPARE(waitingCount(f), 2);
        QCOMPARE(bodiesOf(f.store->search(u"delayed"_s, {}, 10).result()),
                 QStringList{u"delayed hello"_s});
        QVERIFY(f.store->search(u"helo"_s, {}, 10).result().isEmpty());
        QCOMPARE(bodiesOf(f.store->search(u"archived"_s, {}, 10).result()),
                 QStringList{u"archived one"_s});
        QCOMPARE(waitingCount(f), 0);
        QVERIFY(indexIsConsistent(*f.database));
        // Indexed now: a correction and a deletion go through the index.
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"d1"_s, u"late hello"_s);
        f.settle();
        QVERIFY(exec(*f.database, u"DELETE FROM messages WHERE message_id = 'a1'"_s));
        QVERIFY(indexIsConsistent(*f.database));
        QCOMPARE(bodiesOf(f.store->search(u"hello"_s, {}, 10).result()),
                 QStringList{u"late hello"_s});
        QVERIFY(f.store->search(u"archived"_s, {}, 10).result().isEmpty());
    }

    // More than one batch and more than one indexing chunk, searched before anything settled.
    void aSearchRightAfterStoringFindsEveryMessage()
    {
        HistoryFixture f;
        const int count = 1300;
        for (int i = 0; i < count; ++i) {
            f.store->add(incoming(i % 2 ? Bob : Carol, u"parcel number %1"_s.arg(i),
                                  at(u"2024-01-01T10:00:00"_s).addSecs(i)));
        }
        QCOMPARE(f.store->search(u"parcel"_s, {}, 5000).result().size(), count);
        QCOMPARE(f.store->search(u"parcel"_s, Bob, 5000).result().size(), count / 2);
        QCOMPARE(bodiesOf(f.store->search(u"number 1299"_s, {}, 5).result()),
                 QStringList{u"parcel number 1299"_s});
        QCOMPARE(waitingCount(f), 0);
        QCOMPARE(f.count(IndexedCount), count);
        // And one more, stored after the index caught up.
        f.store->add(incoming(Bob, u"late parcel"_s, at(u"2023-01-01T10:00:00"_s)));
        QCOMPARE(bodiesOf(f.store->search(u"late"_s, {}, 5).result()),
                 QStringList{u"late parcel"_s});
        QVERIFY(indexIsConsistent(*f.database));
    }

    void theIndexCatchesUpWhenTheWriterIsIdle()
    {
        HistoryFixture f;
        for (int i = 0; i < 600; ++i)
            f.store->add(incoming(Bob, u"idle %1"_s.arg(i), at(u"2024-01-01T10:00:00"_s)));
        f.settle();
        QVERIFY(waitingCount(f) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(waitingCount(f), 0, 10000);
        QCOMPARE(f.count(IndexedCount), 600);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'idle'"_s),
                 600);
        QVERIFY(indexIsConsistent(*f.database));
    }

    // A correction of a queued row must not 'delete' it from the index (it is not there); the
    // queue indexes its new body. Deleting a queued row drops it from the queue.
    void correctingOrDeletingAQueuedMessageKeepsTheIndexRight()
    {
        HistoryFixture f;
        f.addNow(incoming(Bob, u"helo wrld"_s, at(u"2024-01-01T10:00:00"_s), u"m1"_s));
        f.addNow(incoming(Bob, u"doomed words"_s, at(u"2024-01-01T10:00:01"_s), u"m2"_s));
        QCOMPARE(waitingCount(f), 2);
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"m1"_s, u"hello world"_s);
        f.settle();
        QVERIFY(exec(*f.database, u"DELETE FROM messages WHERE message_id = 'm2'"_s));
        QCOMPARE(waitingCount(f), 1);
        QCOMPARE(f.count(IndexedCount), 0);
        // The search indexes the queue; then the index must equal the messages exactly.
        QCOMPARE(bodiesOf(f.store->search(u"world"_s, {}, 10).result()),
                 QStringList{u"hello world"_s});
        QVERIFY(f.store->search(u"wrld"_s, {}, 10).result().isEmpty());
        QVERIFY(f.store->search(u"doomed"_s, {}, 10).result().isEmpty());
        QVERIFY(indexIsConsistent(*f.database));
    }

    void correctingOrDeletingAnIndexedMessageKeepsTheIndexRight()
    {
        HistoryFixture f;
        f.addNow(incoming(Bob, u"helo wrld"_s, at(u"2024-01-01T10:00:00"_s), u"m1"_s));
        f.addNow(incoming(Bob, u"doomed words"_s, at(u"2024-01-01T10:00:01"_s), u"m2"_s));
        QCOMPARE(f.store->search(u"wrld"_s, {}, 10).result().size(), 1); // indexes both
        QCOMPARE(f.count(IndexedCount), 2);
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"m1"_s, u"hello world"_s);
        f.settle();
        QVERIFY(exec(*f.database, u"DELETE FROM messages WHERE message_id = 'm2'"_s));
        QCOMPARE(waitingCount(f), 0);
        QCOMPARE(f.count(IndexedCount), 1);
        QVERIFY(indexIsConsistent(*f.database));
        QCOMPARE(bodiesOf(f.store->search(u"world"_s, {}, 10).result()),
                 QStringList{u"hello world"_s});
        QVERIFY(f.store->search(u"wrld"_s, {}, 10).result().isEmpty());
        QVERIFY(f.store->search(u"doomed"_s, {}, 10).result().isEmpty());
    }

    void aSliceStopsAtItsDeadlineAndTheNextOneContinues()
    {
        HistoryFixture f;
        for (int i = 0; i < 1000; ++i)
            f.store->add(incoming(Bob, u"slice %1"_s.arg(i), at(u"2024-01-01T10:00:00"_s)));
        f.settle();
        const auto slice = [&f](QDeadlineTimer deadline) {
            return f.database
                ->run<HistoryFts::IndexResult>([deadline](QSqlDatabase &db) {
                    StatementCache statements;
                    return HistoryFts::indexPending(db, statements, deadline);
                })
                .result();
        };
        // An expired deadline still indexes one chunk, so every slice makes progress.
        const HistoryFts::IndexResult first = slice(QDeadlineTimer(0));
        QVERIFY(first.ok);
        QVERIFY(first.more);
        QVERIFY(first.indexed > 0 && first.indexed < 1000);
        QCOMPARE(waitingCount(f), 1000 - first.indexed);
        const HistoryFts::IndexResult rest = slice(QDeadlineTimer(QDeadlineTimer::Forever));
        QVERIFY(rest.ok);
        QVERIFY(!rest.more);
        QCOMPARE(first.indexed + rest.indexed, 1000);
        QCOMPARE(waitingCount(f), 0);
        const HistoryFts::IndexResult none = slice(QDeadlineTimer(QDeadlineTimer::Forever));
        QVERIFY(none.ok && !none.more && none.indexed == 0);
        QVERIFY(indexIsConsistent(*f.database));
    }

    void everyEarlierSchemaMigratesAndItsMessagesAreStillFound_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void everyEarlierSchemaMigratesAndItsMessagesAreStillFound()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        const bool hasHistory = from >= 4;
        {
            Database old;
            QVERIFY(old.open(path, from).result().ok);
            // Schema 4 indexed each message by a trigger as it was inserted.
            if (hasHistory) {
                for (int i = 1; i <= 3; ++i) {
                    QVERIFY(
                        exec(old, u"INSERT INTO messages (id, conversation, direction, "
                                  u"sender_jid, type, body, timestamp, message_id) VALUES (%1, "
                                  u"'%2', 0, '%2/phone', 1, 'old message %1', %1, 'old%1')"_s.arg(i)
                                      .arg(Bob)));
                }
            }
        }
        HistoryFixture f(path);
        QCOMPARE(f.count(u"SELECT version FROM schema_version"_s), Migrations::latestVersion());
        // What schema 4 indexed is not indexed again; what schema 5 queued, or schema 6 stored
        // above its mark, still waits.
        QCOMPARE(waitingCount(f), from >= 5 ? 3 : 0);
        if (from < 5) // the check compares the index with every row
            QVERIFY(indexIsConsistent(*f.database));
        f.store->add(incoming(Bob, u"new message"_s, at(u"2024-01-01T10:00:00"_s)));
        const QStringList expected = hasHistory
                                         ? QStringList{u"new message"_s, u"old message 3"_s,
                                                       u"old message 2"_s, u"old message 1"_s}
                                         : QStringList{u"new message"_s};
        QCOMPARE(bodiesOf(f.store->search(u"message"_s, {}, 10).result()), expected);
        QVERIFY(indexIsConsistent(*f.database));
        if (hasHistory) {
            // Rows indexed under schema 4 are corrected and deleted with the index kept right.
            f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"old2"_s,
                                     u"fixed text"_s);
            f.settle();
            QVERIFY(exec(*f.database, u"DELETE FROM messages WHERE message_id = 'old3'"_s));
            QVERIFY(indexIsConsistent(*f.database));
            QCOMPARE(bodiesOf(f.store->search(u"message"_s, {}, 10).result()),
                     (QStringList{u"new message"_s, u"old message 1"_s}));
            QCOMPARE(bodiesOf(f.store->search(u"fixed"_s, {}, 10).result()),
                     QStringList{u"fixed text"_s});
        }
    }
};

QTEST_GUILESS_MAIN(HistoryFtsTest)
#include "tst_historyfts.moc"
