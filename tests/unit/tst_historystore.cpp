// HistoryStore: batching, de-duplication and merging, delivery states, corrections, unread
// counts, search, paging, archive cursors and persistence.
#include "HistoryTestSupport.h"
#include "storage/FtsQuery.h"
#include "storage/HistoryBatch.h"
#include "storage/HistorySql.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const QString Bob = u"bob@example.org"_s;
const QString Carol = u"carol@example.org"_s;
const QString Room = u"room@muc.example.org"_s;

QStringList bodiesOf(const QList<HistoryMessage> &messages)
{
    QStringList bodies;
    for (const HistoryMessage &m : messages)
        bodies.append(m.body);
    return bodies;
}

QString queryPlan(Database &database, const QString &statement, const QVariantList &values)
{
    return database
        .run<QString>([=](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(u"EXPLAIN QUERY PLAN "_s + statement);
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            QStringList plan;
            if (!query.exec())
                return u"error"_s;
            while (query.next())
                plan.append(query.value(3).toString());
            return plan.join(u'\n');
        })
        .result();
}

} // namespace

class HistoryStoreTest : public QObject
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

    void addsAreCommittedTogetherAfterAShortDelay()
    {
        HistoryFixture f;
        QSignalSpy added(f.store.get(), &HistoryStore::messagesAdded);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i)
            f.store->add(incoming(Bob, u"hello %1"_s.arg(i), at(u"2024-01-01T10:00:0%1"_s.arg(i))));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 0); // still waiting
        QTRY_COMPARE(added.size(), 1);
        QVERIFY(timer.elapsed() >= 15);
        const auto rows = added.at(0).at(0).value<QList<HistoryMessage>>();
        QCOMPARE(bodiesOf(rows), (QStringList{u"hello 0"_s, u"hello 1"_s, u"hello 2"_s}));
        for (const HistoryMessage &row : rows)
            QVERIFY(row.rowId != 0);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 3);
    }

    void twoThousandWaitingAreCommittedAtOnce()
    {
        HistoryFixture f;
        for (int i = 0; i < 2000; ++i)
            f.store->add(incoming(Bob, u"m%1"_s.arg(i), at(u"2024-01-01T10:00:00"_s)));
        // No timer needed: the batch was handed to the worker with the 2000th.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 2000);
        f.store->add(incoming(Bob, u"one more"_s, at(u"2024-01-01T10:00:00"_s)));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 2000);
        f.settle();
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 2001);
    }

    void callbacksRunOnTheOwnerThreadUnlessTheContextIsGone()
    {
        HistoryFixture f;
        QThread *seenOn = nullptr;
        bool insertedFlag = false;
        auto gone = std::make_unique<QObject>();
        bool goneCalled = false;
        f.store->add(incoming(Bob, u"a"_s, at(u"2024-01-01T10:00:00"_s)), this,
                     [&](const HistoryMessage &stored, bool inserted) {
                         seenOn = QThread::currentThread();
                         insertedFlag = inserted && stored.rowId != 0;
                     });
        f.store->add(incoming(Bob, u"b"_s, at(u"2024-01-01T10:00:01"_s)), gone.get(),
                     [&](const HistoryMessage &, bool) { goneCalled = true; });
        gone.reset();
        QTRY_VERIFY(seenOn);
        QCOMPARE(seenOn, QThread::currentThread());
        QVERIFY(insertedFlag);
        QVERIFY(!goneCalled);
    }

    void sameServerIdIsADuplicate()
    {
        HistoryFixture f;
        HistoryMessage first = incoming(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"a1"_s);
        first.serverId = u"S1"_s;
        const auto [stored, inserted] = f.addNow(first);
        QVERIFY(inserted);
        HistoryMessage again = incoming(Bob, u"hi (other copy)"_s, at(u"2024-01-02T10:00:00"_s));
        again.serverId = u"S1"_s;
        again.senderJid = Bob + u"/laptop"_s;
        const auto [dup, dupInserted] = f.addNow(again);
        QVERIFY(!dupInserted);
        QCOMPARE(dup.rowId, stored.rowId);
        QCOMPARE(dup.body, u"hi"_s);
        HistoryMessage elsewhere = again;
        elsewhere.conversation = Carol;
        QVERIFY(f.addNow(elsewhere).second); // the same id in another conversation is new
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 2);
    }

    void sameOriginIdFromTheSameDirectionIsADuplicate()
    {
        HistoryFixture f;
        const HistoryMessage ours = outgoing(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"o1"_s);
        const qint64 rowId = f.addNow(ours).first.rowId;
        HistoryMessage copy = ours;
        copy.messageId = u"other-id"_s;
        QCOMPARE(f.addNow(copy).first.rowId, rowId);
        QVERIFY(!f.addNow(copy).second);
        HistoryMessage theirs = incoming(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s));
        theirs.originId = u"o1"_s;
        QVERIFY(f.addNow(theirs).second); // another direction: another message
    }

    void sameMessageIdDirectionAndSenderIsADuplicate()
    {
        HistoryFixture f;
        const HistoryMessage first = incoming(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"m1"_s);
        const qint64 rowId = f.addNow(first).first.rowId;
        QCOMPARE(f.addNow(first).first.rowId, rowId);
        QVERIFY(!f.addNow(first).second);

        HistoryMessage otherSender = first;
        otherSender.senderJid = Bob + u"/laptop"_s;
        QVERIFY(f.addNow(otherSender).second);
        HistoryMessage otherDirection = first;
        otherDirection.direction = MessageDirection::Outgoing;
        QVERIFY(f.addNow(otherDirection).second);
        // The rule is for messages without other ids: one with an origin-id is matched by it.
        HistoryMessage withOrigin = first;
        withOrigin.originId = u"new-origin"_s;
        QVERIFY(f.addNow(withOrigin).second);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 4);
    }

    void duplicatesInOneBatchAreStoredOnce()
    {
        HistoryFixture f;
        QSignalSpy added(f.store.get(), &HistoryStore::messagesAdded);
        HistoryMessage m = incoming(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s));
        m.serverId = u"S1"_s;
        QList<bool> inserted;
        for (int i = 0; i < 3; ++i)
            f.store->add(m, nullptr, [&](const HistoryMessage &, bool is) { inserted.append(is); });
        f.settle();
        QCOMPARE(inserted, (QList<bool>{true, false, false}));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<QList<HistoryMessage>>().size(), 1);
    }

    void theArchiveCopyOfOurMessageAddsItsServerIdAndKeepsOurTimestamp()
    {
        HistoryFixture f;
        const HistoryMessage ours = outgoing(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"o1"_s);
        const HistoryMessage stored = f.addNow(ours).first;
        QSignalSpy changed(f.store.get(), &HistoryStore::messageChanged);
        QSignalSpy added(f.store.get(), &HistoryStore::messagesAdded);
        HistoryMessage archived = ours;
        archived.serverId = u"archive-7"_s;
        archived.state = DeliveryState::None;
        archived.timestamp = at(u"2024-01-01T10:00:03"_s); // the server's stamp
        const auto [merged, inserted] = f.addNow(archived);
        QVERIFY(!inserted);
        QCOMPARE(merged.rowId, stored.rowId);
        QCOMPARE(merged.serverId, u"archive-7"_s);
        QCOMPARE(merged.timestamp, ours.timestamp);
        QCOMPARE(merged.state, DeliveryState::Sent); // the archive has it: it was sent
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<HistoryMessage>().serverId, u"archive-7"_s);
        QCOMPARE(added.size(), 0);
        QCOMPARE(f.store->oldestServerId(Bob).result(), u"archive-7"_s);
        // Nothing new to learn: no change signal.
        f.addNow(archived);
        QCOMPARE(changed.size(), 1);
    }

    void deliveryStatesOnlyMoveForward()
    {
        HistoryFixture f;
        f.addNow(outgoing(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"o1"_s));
        QSignalSpy changed(f.store.get(), &HistoryStore::messageChanged);
        const auto stateNow = [&f] { return f.store->lastOwnMessage(Bob).result().state; };
        const auto move = [&f](DeliveryState state, const QString &error = {}) {
            f.store->updateDelivery(Bob, u"o1"_s, state, error);
            f.settle();
        };
        move(DeliveryState::Sent);
        QCOMPARE(stateNow(), DeliveryState::Sent);
        move(DeliveryState::Queued); // backwards
        move(DeliveryState::Displayed);
        QCOMPARE(stateNow(), DeliveryState::Displayed);
        move(DeliveryState::Delivered); // a late receipt after the marker
        move(DeliveryState::Failed, u"too late"_s);
        QCOMPARE(stateNow(), DeliveryState::Displayed);
        QCOMPARE(changed.size(), 2);
        const HistoryMessage row = changed.last().at(0).value<HistoryMessage>();
        QCOMPARE(row.body, u"hi"_s); // the whole row
        QCOMPARE(row.state, DeliveryState::Displayed);
    }

    void failedMessagesCanBeRetried()
    {
        HistoryFixture f;
        f.addNow(outgoing(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"o1"_s));
        f.store->updateDelivery(Bob, u"o1"_s, DeliveryState::Failed, u"Bob is gone."_s);
        f.settle();
        HistoryMessage row = f.store->lastOwnMessage(Bob).result();
        QCOMPARE(row.state, DeliveryState::Failed);
        QCOMPARE(row.errorText, u"Bob is gone."_s);
        f.store->updateDelivery(Bob, u"o1"_s, DeliveryState::Delivered); // not from Failed
        f.store->updateDelivery(Bob, u"o1"_s, DeliveryState::Queued);
        f.settle();
        row = f.store->lastOwnMessage(Bob).result();
        QCOMPARE(row.state, DeliveryState::Queued);
        QVERIFY(row.errorText.isEmpty());
        QCOMPARE(f.store->queuedOutgoing().result().size(), 1);
    }

    void transitionTable_data()
    {
        QTest::addColumn<DeliveryState>("from");
        QTest::addColumn<DeliveryState>("to");
        QTest::addColumn<bool>("allowed");
        using S = DeliveryState;
        const auto row = [](S from, S to, bool allowed) {
            QTest::addRow("%d->%d", int(from), int(to)) << from << to << allowed;
        };
        row(S::Queued, S::Sent, true);
        row(S::Queued, S::Delivered, true);
        row(S::Sent, S::Delivered, true);
        row(S::Delivered, S::Displayed, true);
        row(S::Queued, S::Failed, true);
        row(S::Sent, S::Failed, true);
        row(S::Failed, S::Queued, true);
        row(S::Sent, S::Queued, false);
        row(S::Delivered, S::Sent, false);
        row(S::Displayed, S::Delivered, false);
        row(S::Delivered, S::Failed, false);
        row(S::Displayed, S::Failed, false);
        row(S::Failed, S::Sent, false);
        row(S::Failed, S::Displayed, false);
        row(S::Sent, S::Sent, false);
        row(S::Sent, S::None, false);
    }

    void transitionTable()
    {
        QFETCH(DeliveryState, from);
        QFETCH(DeliveryState, to);
        QFETCH(bool, allowed);
        QCOMPARE(HistoryBatch::canMove(from, to), allowed);
    }

    void deliveryFindsOurMessageByOriginIdOnly()
    {
        HistoryFixture f;
        HistoryMessage ours = outgoing(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"id1"_s);
        ours.originId = u"origin1"_s;
        f.addNow(ours);
        f.addNow(incoming(Bob, u"theirs"_s, at(u"2024-01-01T10:00:01"_s), u"id2"_s));
        QSignalSpy changed(f.store.get(), &HistoryStore::messageChanged);
        f.store->updateDelivery(Bob, u"origin1"_s, DeliveryState::Sent);
        f.store->updateDelivery(Bob, u"id2"_s, DeliveryState::Sent);   // not ours
        f.store->updateDelivery(Carol, u"id1"_s, DeliveryState::Sent); // not that conversation
        f.settle();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<HistoryMessage>().messageId, u"id1"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages WHERE state = 2"_s), 1);
    }

    void aStateSetBeforeTheCommitAppliesToTheNewRow()
    {
        HistoryFixture f;
        QSignalSpy added(f.store.get(), &HistoryStore::messagesAdded);
        f.store->add(outgoing(Bob, u"hi"_s, at(u"2024-01-01T10:00:00"_s), u"o1"_s));
        f.store->updateDelivery(Bob, u"o1"_s, DeliveryState::Sent); // the ack beat the timer
        f.settle();
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).value<QList<HistoryMessage>>().at(0).state, DeliveryState::Sent);
    }

    void correctionsReplaceTheBodyAndKeepTheFirstText()
    {
        HistoryFixture f;
        f.addNow(incoming(Bob, u"helo wrld"_s, at(u"2024-01-01T10:00:00"_s), u"m1"_s));
        QSignalSpy changed(f.store.get(), &HistoryStore::messageChanged);
        QSignalSpy conversations(f.store.get(), &HistoryStore::conversationChanged);
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"m1"_s, u"hello world"_s);
        f.settle();
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"m1"_s, u"hello, world"_s);
        f.settle();
        QCOMPARE(changed.size(), 2);
        const HistoryMessage row = changed.last().at(0).value<HistoryMessage>();
        QCOMPARE(row.body, u"hello, world"_s);
        QCOMPARE(row.originalBody, u"helo wrld"_s);
        QVERIFY(row.edited);
        QCOMPARE(conversations.size(), 2); // it was the last message: its preview changed
        QCOMPARE(conversations.last().at(0).value<ConversationSummary>().lastBody,
                 u"hello, world"_s);
        QVERIFY(f.store->search(u"wrld"_s, {}, 10).result().isEmpty());
        QCOMPARE(f.store->search(u"world"_s, {}, 10).result().size(), 1);
        // The index agrees with the bodies (rank 1: checked against the content table too).
        QVERIFY(f.database
                    ->run<bool>([](QSqlDatabase &db) {
                        return QSqlQuery(db).exec(u"INSERT INTO messages_fts (messages_fts, "
                                                  u"rank) VALUES ('integrity-check', 1)"_s);
                    })
                    .result());
    }

    void correctionsNeedTheSameSenderAndDirection()
    {
        HistoryFixture f;
        f.addNow(incoming(Bob, u"first"_s, at(u"2024-01-01T10:00:00"_s), u"m1"_s));
        f.addNow(incoming(Bob, u"second"_s, at(u"2024-01-01T10:00:01"_s), u"m2"_s));
        HistoryMessage ours = outgoing(Bob, u"mine"_s, at(u"2024-01-01T10:00:02"_s), u"o1"_s);
        ours.messageId = u"x1"_s;
        f.addNow(ours);
        QSignalSpy changed(f.store.get(), &HistoryStore::messageChanged);
        QSignalSpy conversations(f.store.get(), &HistoryStore::conversationChanged);
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Carol, u"m1"_s, u"spoof"_s);
        f.store->applyCorrection(Bob, MessageDirection::Outgoing, Bob, u"m1"_s, u"spoof"_s);
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"unknown"_s, u"x"_s);
        f.store->applyCorrection(Carol, MessageDirection::Incoming, Bob, u"m1"_s, u"x"_s);
        f.settle();
        QCOMPARE(changed.size(), 0);
        // By origin-id, and for a message that is not the last: the preview stays.
        f.store->applyCorrection(Bob, MessageDirection::Outgoing, u"me@example.org"_s, u"o1"_s,
                                 u"mine, fixed"_s);
        f.store->applyCorrection(Bob, MessageDirection::Incoming, Bob, u"m1"_s, u"first!"_s);
        f.settle();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(conversations.size(), 1);
        QCOMPARE(conversations.at(0).at(0).value<ConversationSummary>().lastBody, u"mine, fixed"_s);
        QCOMPARE(f.store->page(Bob, 0, 10).result().at(0).body, u"first!"_s);
    }

    void incomingMessagesCountAsUnreadUntilMarkedRead()
    {
        HistoryFixture f;
        QSignalSpy conversations(f.store.get(), &HistoryStore::conversationChanged);
        f.store->add(incoming(Bob, u"1"_s, at(u"2024-01-01T10:00:00"_s), u"a"_s));
        f.store->add(incoming(Bob, u"2"_s, at(u"2024-01-01T10:00:01"_s), u"b"_s));
        HistoryMessage seen = incoming(Bob, u"3"_s, at(u"2024-01-01T10:00:02"_s), u"c"_s);
        seen.read = true; // read on another device
        f.store->add(seen);
        f.store->add(outgoing(Bob, u"4"_s, at(u"2024-01-01T10:00:03"_s), u"d"_s));
        f.store->add(incoming(Bob, u"1"_s, at(u"2024-01-01T10:00:00"_s), u"a"_s)); // duplicate
        f.settle();
        QCOMPARE(conversations.size(), 1); // one batch, one summary
        ConversationSummary summary = conversations.last().at(0).value<ConversationSummary>();
        QCOMPARE(summary.unreadCount, 2);
        QCOMPARE(summary.lastBody, u"4"_s);
        QCOMPARE(summary.lastDirection, MessageDirection::Outgoing);
        QCOMPARE(summary.lastTimestamp, at(u"2024-01-01T10:00:03"_s));

        HistoryMessage nowRead = incoming(Bob, u"2"_s, at(u"2024-01-01T10:00:01"_s), u"b"_s);
        nowRead.read = true; // a duplicate that knows it was read
        f.addNow(nowRead);
        QCOMPARE(f.store->conversations().result().at(0).unreadCount, 1);

        f.store->markRead(Bob);
        f.settle();
        summary = conversations.last().at(0).value<ConversationSummary>();
        QCOMPARE(summary.unreadCount, 0);
        // New, read, and known again as read, all in one batch.
        f.store->add(incoming(Bob, u"5"_s, at(u"2024-01-01T10:00:05"_s), u"e"_s));
        f.store->markRead(Bob);
        f.store->add(nowRead);
        HistoryMessage fifthRead = incoming(Bob, u"5"_s, at(u"2024-01-01T10:00:05"_s), u"e"_s);
        fifthRead.read = true;
        f.store->add(fifthRead);
        f.store->add(incoming(Bob, u"6"_s, at(u"2024-01-01T10:00:06"_s), u"f"_s));
        f.settle();
        QCOMPARE(f.store->conversations().result().at(0).unreadCount, 1);
        f.store->markRead(Bob);
        f.settle();
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages WHERE read = 0 AND direction = 0"_s), 0);
        const int before = int(conversations.size());
        f.store->markRead(Bob); // nothing changes, nothing said
        f.store->markRead(u"nobody@example.org"_s);
        f.settle();
        QCOMPARE(conversations.size(), before);
        QCOMPARE(f.store->conversations().result().size(), 1);
    }

    void conversationsAreListedMostRecentFirst()
    {
        HistoryFixture f;
        f.store->add(incoming(Bob, u"old"_s, at(u"2024-01-01T10:00:00"_s)));
        HistoryMessage room = incoming(Room, u"room"_s, at(u"2024-01-03T10:00:00"_s));
        room.type = MessageType::Groupchat;
        room.senderJid = Room + u"/nick"_s;
        room.senderName = u"nick"_s;
        f.store->add(room);
        f.store->add(incoming(Carol, u"mid"_s, at(u"2024-01-02T10:00:00"_s)));
        // An archived older message does not become the preview.
        f.store->add(incoming(Carol, u"older"_s, at(u"2023-12-01T10:00:00"_s)));
        f.settle();
        const QList<ConversationSummary> list = f.store->conversations().result();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).jid, Room);
        QCOMPARE(list.at(0).type, MessageType::Groupchat);
        QCOMPARE(list.at(1).jid, Carol);
        QCOMPARE(list.at(1).lastBody, u"mid"_s);
        QCOMPARE(list.at(1).type, MessageType::Chat);
        QCOMPARE(list.at(2).jid, Bob);
    }

    void userTextBecomesASafeFtsQuery_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addRow("word") << u"hello"_s << u"\"hello\"*"_s;
        QTest::addRow("words") << u"  hello\tworld "_s << u"\"hello\" \"world\"*"_s;
        QTest::addRow("quote") << u"say \"hi"_s << u"\"say\" \"\"\"hi\"*"_s;
        QTest::addRow("operators") << u"a AND bc"_s << u"\"a\" \"AND\" \"bc\"*"_s;
        QTest::addRow("one letter is no prefix") << u"hello i"_s << u"\"hello\" \"i\""_s;
        QTest::addRow("one letter and a quote") << u"i\""_s << u"\"i\"\"\""_s;
        QTest::addRow("near") << u"NEAR(x"_s << u"\"NEAR(x\"*"_s;
        QTest::addRow("only punctuation") << u"\" * ( ) ^ -"_s << QString();
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("composed") << u"cafe\u0301"_s << u"\"caf\u00e9\"*"_s;
    }

    void userTextBecomesASafeFtsQuery()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QCOMPARE(FtsQuery::fromUserText(text), query);
    }

    void matchStringsFilterByColumn()
    {
        QCOMPARE(FtsQuery::conversationToken(u"a@b.c"_s), u"c6140622e63"_s);
        QCOMPARE(FtsQuery::matchBodies(u"\"x\"*"_s, {}), u"body : (\"x\"*)"_s);
        QCOMPARE(FtsQuery::matchBodies(u"\"x\"*"_s, u"a@b.c"_s),
                 u"conversation_token : \"c6140622e63\" AND body : (\"x\"*)"_s);
    }

    void searchTakesAnyInputWithoutErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("bodies");
        QTest::addRow("diacritics folded")
            << u"cafe"_s << QStringList{u"the cafe is closed"_s, u"Café au lait tomorrow"_s};
        QTest::addRow("diacritics typed")
            << u"CAFÉ"_s << QStringList{u"the cafe is closed"_s, u"Café au lait tomorrow"_s};
        QTest::addRow("prefix") << u"tomo"_s << QStringList{u"Café au lait tomorrow"_s};
        QTest::addRow("prefix on the last word only") << u"caf closed"_s << QStringList{};
        QTest::addRow("all words") << u"cafe clo"_s << QStringList{u"the cafe is closed"_s};
        QTest::addRow("quote") << u"\""_s << QStringList{};
        QTest::addRow("quoted words") << u"\"this\""_s << QStringList{u"quote \"this\" now"_s};
        QTest::addRow("star") << u"*"_s << QStringList{};
        QTest::addRow("AND") << u"AND"_s << QStringList{u"salt and pepper"_s};
        QTest::addRow("OR NOT") << u"salt OR NOT"_s << QStringList{};
        QTest::addRow("NEAR(") << u"NEAR("_s << QStringList{u"NEAR the station"_s};
        QTest::addRow("column filter") << u"body:salt"_s << QStringList{};
        QTest::addRow("caret and minus") << u"^salt -pepper"_s << QStringList{u"salt and pepper"_s};
        QTest::addRow("brackets") << u"(salt) {pepper}"_s << QStringList{u"salt and pepper"_s};
        QTest::addRow("empty") << u"   "_s << QStringList{};
    }

    void searchTakesAnyInputWithoutErrors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, bodies);
        HistoryFixture f;
        const QStringList all = {u"Café au lait tomorrow"_s, u"the cafe is closed"_s,
                                 u"NEAR the station"_s,      u"quote \"this\" now"_s,
                                 u"salt and pepper"_s,       u"nothing here"_s};
        for (int i = 0; i < all.size(); ++i)
            f.store->add(incoming(Bob, all.at(i), at(u"2024-01-01T10:00:00"_s).addSecs(i)));
        const QList<HistoryMessage> found = f.store->search(text, {}, 20).result();
        QCOMPARE(bodiesOf(found), bodies);
    }

    void searchIsNewestFirstAndFiltersByConversation()
    {
        HistoryFixture f;
        // Stored out of time order, as an archive fills in the past.
        f.store->add(incoming(Bob, u"lunch today?"_s, at(u"2024-03-01T12:00:00"_s)));
        f.store->add(incoming(Carol, u"lunch was nice"_s, at(u"2024-03-02T12:00:00"_s)));
        f.store->add(incoming(Bob, u"lunch again"_s, at(u"2024-02-01T12:00:00"_s)));
        f.store->add(outgoing(Bob, u"no lunch"_s, at(u"2024-03-03T12:00:00"_s), u"o1"_s));
        QCOMPARE(
            bodiesOf(f.store->search(u"lunch"_s, {}, 10).result()),
            (QStringList{u"no lunch"_s, u"lunch was nice"_s, u"lunch today?"_s, u"lunch again"_s}));
        QCOMPARE(bodiesOf(f.store->search(u"lunch"_s, Bob, 10).result()),
                 (QStringList{u"no lunch"_s, u"lunch today?"_s, u"lunch again"_s}));
        QCOMPARE(bodiesOf(f.store->search(u"lunch"_s, {}, 2).result()),
                 (QStringList{u"no lunch"_s, u"lunch was nice"_s}));
        QVERIFY(f.store->search(u"lunch"_s, u"nobody@example.org"_s, 10).result().isEmpty());
        // A conversation whose JID starts like another's is another conversation.
        f.store->add(incoming(Bob + u"anic"_s, u"lunch too"_s, at(u"2024-03-04T12:00:00"_s)));
        QCOMPARE(f.store->search(u"lunch"_s, Bob, 10).result().size(), 3);
        QCOMPARE(f.store->search(u"lunch"_s, Bob + u"anic"_s, 10).result().size(), 1);
        // Only bodies are searched, not the conversation column.
        QVERIFY(f.store->search(FtsQuery::conversationToken(Bob), {}, 10).result().isEmpty());
    }

    void pagesGoBackInTimestampOrder()
    {
        HistoryFixture f;
        // 120 messages in a shuffled order, some sharing a timestamp.
        QList<int> order;
        for (int i = 0; i < 120; ++i)
            order.append((i * 37) % 120);
        for (int i : order) {
            f.store->add(incoming(Bob, u"m%1"_s.arg(i, 3, 10, QChar(u'0')),
                                  at(u"2024-01-01T00:00:00"_s).addSecs(i / 2 * 60)));
        }
        f.store->add(incoming(Carol, u"other"_s, at(u"2024-01-01T00:30:00"_s)));
        QList<HistoryMessage> all;
        qint64 before = 0;
        QList<int> sizes;
        forever
        {
            const QList<HistoryMessage> page = f.store->page(Bob, before, 50).result();
            sizes.append(int(page.size()));
            if (page.isEmpty())
                break;
            all = page + all;
            before = page.first().rowId;
        }
        QCOMPARE(sizes, (QList<int>{50, 50, 20, 0}));
        for (int i = 1; i < all.size(); ++i) {
            const auto key = [](const HistoryMessage &m) {
                return std::pair(m.timestamp, m.rowId);
            };
            QVERIFY(key(all.at(i - 1)) < key(all.at(i)));
            QCOMPARE(all.at(i - 1).timestamp.secsTo(all.at(i).timestamp) >= 0, true);
        }
        QCOMPARE(all.first().body.left(3), u"m00"_s);
        QCOMPARE(all.last().body.left(3), u"m11"_s);
    }

    void readsUseTheIndexes()
    {
        HistoryFixture f;
        const QString page = queryPlan(*f.database, HistorySql::pageStatement(true),
                                       {Bob, qint64(1), qint64(1), 50});
        QVERIFY2(page.contains(u"messages_by_time"_s), qPrintable(page));
        QVERIFY2(!page.contains(u"TEMP B-TREE"_s), qPrintable(page));
        const QString first = queryPlan(*f.database, HistorySql::pageStatement(false), {Bob, 50});
        QVERIFY2(!first.contains(u"TEMP B-TREE"_s), qPrintable(first));
        for (bool filtered : {false, true}) {
            const QString match = FtsQuery::matchBodies(u"\"x\"*"_s, filtered ? Bob : QString());
            const QVariantList values =
                filtered ? QVariantList{match, Bob, 50} : QVariantList{match, 50};
            const QString search =
                queryPlan(*f.database, HistorySql::searchStatement(filtered), values);
            QVERIFY2(search.contains(u"VIRTUAL TABLE"_s), qPrintable(search));
            QVERIFY2(!search.contains(u"TEMP B-TREE"_s), qPrintable(search));
        }
    }

    void everyLookupOfAnAddedMessageUsesAnIndex_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QStringList>("searches");
        QTest::newRow("server-id")
            << HistoryBatch::duplicateByServerIdStatement() << QVariantList{u"S1"_s, Bob}
            << QStringList{u"messages_by_server_id (server_id=?)"_s};
        QTest::newRow("origin-id")
            << HistoryBatch::duplicateByOriginIdStatement() << QVariantList{u"O1"_s, Bob, 0}
            << QStringList{u"messages_by_origin_id (origin_id=?)"_s};
        QTest::newRow("message id") << HistoryBatch::duplicateByMessageIdStatement()
                                    << QVariantList{u"M1"_s, Bob, 0, QString(Bob + u"/phone"_s)}
                                    << QStringList{u"messages_by_message_id (message_id=?)"_s};
        // Receipts and corrections: either id, one index lookup for each.
        QTest::newRow("any id") << HistoryBatch::messageByAnyIdStatement()
                                << QVariantList{u"X"_s, Bob, 1, u"X"_s, Bob, 1}
                                << QStringList{u"messages_by_message_id (message_id=?)"_s,
                                               u"messages_by_origin_id (origin_id=?)"_s};
        QTest::newRow("page anchor")
            << HistoryBatch::rowByServerIdStatement() << QVariantList{u"S1"_s}
            << QStringList{u"messages_by_server_id (server_id=?)"_s};
    }

    void everyLookupOfAnAddedMessageUsesAnIndex()
    {
        QFETCH(QString, statement);
        QFETCH(QVariantList, values);
        QFETCH(QStringList, searches);
        HistoryFixture f;
        const QString plan = queryPlan(*f.database, statement, values);
        const QStringList steps = plan.split(u'\n');
        QCOMPARE(steps.filter(u"SEARCH messages"_s).size(), searches.size());
        for (const QString &search : searches)
            QVERIFY2(plan.contains(u"INDEX "_s + search), qPrintable(plan));
        QVERIFY2(!plan.contains(u"SCAN"_s), qPrintable(plan));
    }

    // Row ids without a look-up for messages stamped at or after the newest one stored; a
    // look-up for one stamped before it. Either way: distinct, in the millisecond of the stamp,
    // in the order stored within one millisecond.
    void rowIdsFollowTheStampWhetherOrNotTheyAreLookedUp()
    {
        HistoryFixture f;
        const QDateTime t = at(u"2024-01-01T10:00:00.500"_s);
        const qint64 base = t.toMSecsSinceEpoch() * HistorySql::RowIdsPerMillisecond;
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(f.addNow(incoming(Bob, u"same %1"_s.arg(i), t)).first.rowId);
        QCOMPARE(ids, (QList<qint64>{base + 1, base + 2, base + 3, base + 4, base + 5}));
        const qint64 later = f.addNow(incoming(Bob, u"later"_s, t.addMSecs(1))).first.rowId;
        QCOMPARE(later, base + HistorySql::RowIdsPerMillisecond + 1);
        // Stamped in a millisecond before the newest: its own millisecond, after what is there.
        const qint64 back = f.addNow(incoming(Bob, u"back"_s, t)).first.rowId;
        QCOMPARE(back, base + 6);
        const qint64 earlier = f.addNow(incoming(Bob, u"earlier"_s, t.addMSecs(-1))).first.rowId;
        QCOMPARE(earlier, base - HistorySql::RowIdsPerMillisecond + 1);
        // In one batch too.
        for (int i = 0; i < 3; ++i)
            f.store->add(incoming(Carol, u"batch %1"_s.arg(i), t.addMSecs(1)));
        f.settle();
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages WHERE id > %1 AND id <= %2"_s
                             .arg(base + HistorySql::RowIdsPerMillisecond)
                             .arg(base + HistorySql::RowIdsPerMillisecond + 4)),
                 4);
    }

    // The insert binds only what differs from the previous message: nothing of one message
    // may stay on the next, within a batch or across batches.
    void valuesOfOneMessageDoNotCarryOverToTheNext()
    {
        HistoryFixture f;
        HistoryMessage full = incoming(Bob, u"full"_s, at(u"2024-01-01T10:00:00"_s), u"m1"_s);
        full.senderName = u"Bobby"_s;
        full.subject = u"Subject"_s;
        full.thread = u"t1"_s;
        full.lang = u"en"_s;
        full.originId = u"o1"_s;
        full.serverId = u"s1"_s;
        full.markable = true;
        full.read = true;
        const HistoryMessage plain = incoming(Bob, u"plain"_s, at(u"2024-01-01T10:00:01"_s));
        HistoryMessage other = outgoing(Carol, u"other"_s, at(u"2024-01-01T10:00:02"_s), u"o3"_s);
        other.thread = u"t3"_s;
        f.store->add(full);
        f.store->add(plain);
        f.store->add(other);
        f.settle();
        f.addNow(incoming(Bob, u"again"_s, at(u"2024-01-01T10:00:03"_s))); // a later batch
        const QList<HistoryMessage> bob = f.store->page(Bob, 0, 10).result();
        QCOMPARE(bodiesOf(bob), (QStringList{u"full"_s, u"plain"_s, u"again"_s}));
        QCOMPARE(bob.at(0).senderName, u"Bobby"_s);
        QCOMPARE(bob.at(0).thread, u"t1"_s);
        QCOMPARE(bob.at(0).serverId, u"s1"_s);
        QVERIFY(bob.at(0).read && bob.at(0).markable);
        for (const HistoryMessage &m : {bob.at(1), bob.at(2)}) {
            QVERIFY(m.senderName.isEmpty() && m.subject.isEmpty() && m.thread.isEmpty());
            QVERIFY(m.lang.isEmpty() && m.originId.isEmpty() && m.serverId.isEmpty());
            QVERIFY(m.messageId.isEmpty() && !m.read && !m.markable);
            QCOMPARE(m.state, DeliveryState::None);
        }
        const HistoryMessage carol = f.store->page(Carol, 0, 10).result().value(0);
        QCOMPARE(carol.thread, u"t3"_s);
        QCOMPARE(carol.originId, u"o3"_s);
        QCOMPARE(carol.state, DeliveryState::Queued);
        QVERIFY(carol.subject.isEmpty() && carol.lang.isEmpty() && carol.senderName.isEmpty());
        // Exactly these rows exist with these columns (NULL, not '', for the empty ones).
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages WHERE thread IS NULL AND lang IS NULL "
                         u"AND subject IS NULL AND server_id IS NULL"_s),
                 2);
    }

    // SQLite compiles a statement again whenever a bare parameter that the planner compared
    // with a partial index's constant (messages_unread: direction = 0) is bound anew; every
    // look-up of an added message would then pay a compilation. sqlite_stmt counts them.
    void lookupsOfAddedMessagesAreNotCompiledAgain()
    {
        HistoryFixture f;
        for (int i = 0; i < 20; ++i) {
            HistoryMessage m = i % 2
                                   ? incoming(Bob, u"in %1"_s.arg(i), at(u"2024-01-01T10:00:00"_s))
                                   : outgoing(Bob, u"out %1"_s.arg(i), at(u"2024-01-01T10:00:00"_s),
                                              u"o%1"_s.arg(i));
            m.messageId = u"m%1"_s.arg(i);
            if (i % 3 == 0)
                m.originId = u"o%1"_s.arg(i);
            if (i % 4 == 0)
                m.serverId = u"s%1"_s.arg(i);
            f.store->add(m);
            f.store->updateDelivery(Bob, u"m%1"_s.arg(i), DeliveryState::Delivered);
        }
        f.settle();
        const QStringList recompiled =
            f.database
                ->run<QStringList>([](QSqlDatabase &db) {
                    QSqlQuery query(db);
                    QStringList found;
                    if (!query.exec(u"SELECT sql, reprep, run FROM sqlite_stmt"_s))
                        return QStringList{u"no sqlite_stmt: "_s + query.lastError().text()};
                    while (query.next()) {
                        if (query.value(1).toInt() > 0)
                            found.append(query.value(0).toString());
                    }
                    return found;
                })
                .result();
        QVERIFY2(recompiled.isEmpty(), qPrintable(recompiled.join(u"\n"_s)));
    }

    void aCursorSetAgainInOneBatchIsWrittenOnceWithTheLastValue()
    {
        HistoryFixture f;
        // Counts the writes to the cursors table on the store's own connection.
        f.database
            ->run<bool>([](QSqlDatabase &db) {
                QSqlQuery query(db);
                return query.exec(u"CREATE TEMP TABLE cursor_writes (archive TEXT)"_s) &&
                       query.exec(u"CREATE TEMP TRIGGER cursor_inserted AFTER INSERT ON "
                                  u"main.archive_cursors BEGIN INSERT INTO cursor_writes VALUES "
                                  u"(new.archive); END"_s) &&
                       query.exec(u"CREATE TEMP TRIGGER cursor_updated AFTER UPDATE ON "
                                  u"main.archive_cursors BEGIN INSERT INTO cursor_writes VALUES "
                                  u"(new.archive); END"_s);
            })
            .waitForFinished();
        for (int i = 0; i < 100; ++i) {
            HistoryMessage m = incoming(Bob, u"m%1"_s.arg(i), at(u"2024-01-01T10:00:00"_s));
            m.serverId = u"S%1"_s.arg(i);
            f.store->add(m);
            f.store->setArchiveCursor({}, m.serverId);
            if (i % 10 == 0)
                f.store->setArchiveCursor(Room, u"R%1"_s.arg(i));
        }
        f.settle();
        QCOMPARE(f.store->archiveCursor({}).result(), u"S99"_s);
        QCOMPARE(f.store->archiveCursor(Room).result(), u"R90"_s);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM messages"_s), 100);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM cursor_writes"_s), 2);
        // The next batch writes the cursor again.
        f.store->setArchiveCursor({}, u"S100"_s);
        f.settle();
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM cursor_writes"_s), 3);
        QCOMPARE(f.store->archiveCursor({}).result(), u"S100"_s);
    }

    void archiveCursorsAndSingleReads()
    {
        HistoryFixture f;
        QCOMPARE(f.store->archiveCursor({}).result(), QString());
        f.store->setArchiveCursor({}, u"A1"_s);
        f.store->setArchiveCursor(Room, u"R1"_s);
        f.store->setArchiveCursor({}, u"A2"_s);
        QCOMPARE(f.store->archiveCursor({}).result(), u"A2"_s);
        QCOMPARE(f.store->archiveCursor(Room).result(), u"R1"_s);

        const HistoryMessage stored =
            f.addNow(outgoing(Bob, u"x"_s, at(u"2024-01-01T10:00:00"_s), u"o1"_s)).first;
        QCOMPARE(f.store->message(stored.rowId).result().body, u"x"_s);
        QCOMPARE(f.store->message(stored.rowId + 999).result().rowId, 0);
        QCOMPARE(f.store->lastOwnMessage(Carol).result().rowId, 0);
        QCOMPARE(f.store->oldestServerId(Bob).result(), QString());
    }

    void everythingSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"persist.sqlite"_s);
        {
            HistoryFixture f(path);
            HistoryMessage m =
                incoming(Bob, u"Grüße aus Köln"_s, at(u"2024-05-01T08:00:00.123"_s), u"m1"_s);
            m.serverId = u"S1"_s;
            m.originId = u"O1"_s;
            m.lang = u"de"_s;
            m.thread = u"t1"_s;
            m.markable = true;
            f.store->add(m);
            f.store->setArchiveCursor({}, u"S1"_s);
            // Destroyed with the batch still waiting: the destructor commits it.
        }
        HistoryFixture f(path);
        const QList<HistoryMessage> page = f.store->page(Bob, 0, 10).result();
        QCOMPARE(page.size(), 1);
        const HistoryMessage &m = page.at(0);
        QCOMPARE(m.body, u"Grüße aus Köln"_s);
        QCOMPARE(m.timestamp, at(u"2024-05-01T08:00:00.123"_s));
        QCOMPARE(m.serverId, u"S1"_s);
        QCOMPARE(m.originId, u"O1"_s);
        QCOMPARE(m.messageId, u"m1"_s);
        QCOMPARE(m.lang, u"de"_s);
        QCOMPARE(m.thread, u"t1"_s);
        QVERIFY(m.markable);
        QCOMPARE(m.senderJid, Bob + u"/phone"_s);
        QCOMPARE(f.store->archiveCursor({}).result(), u"S1"_s);
        QCOMPARE(f.store->conversations().result().value(0).unreadCount, 1);
        QCOMPARE(f.store->search(u"gruße koln"_s, {}, 5).result().size(), 1);
        QVERIFY(!f.addNow(m).second); // still known as a duplicate
    }
};

QTEST_GUILESS_MAIN(HistoryStoreTest)
#include "tst_historystore.moc"
