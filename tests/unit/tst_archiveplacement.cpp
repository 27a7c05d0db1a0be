// Messages fetched from an archive take their place by the archive's order among the messages
// already held, whatever their whole-second stamps say.
#include "HistoryTestSupport.h"
#include "storage/ArchivePlacement.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const QString Bob = u"bob@example.org"_s;

HistoryMessage archived(const QString &body, const QDateTime &stamp, const QString &serverId,
                        const QString &originId = {})
{
    HistoryMessage m = incoming(Bob, body, stamp);
    m.serverId = serverId;
    m.originId = originId;
    return m;
}

// Another archive copy of message (the sender resent it): its own archive id and, when given,
// its own stamp.
HistoryMessage copyOf(const HistoryMessage &message, const QString &serverId,
                      const QDateTime &stamp = {})
{
    HistoryMessage copy = message;
    copy.serverId = serverId;
    if (stamp.isValid())
        copy.timestamp = stamp;
    return copy;
}

QStringList bodies(HistoryFixture &f)
{
    const QList<HistoryMessage> page = f.store->page(Bob, 0, 100).result();
    QStringList result;
    for (const HistoryMessage &m : page)
        result.append(m.body);
    return result;
}

} // namespace

class ArchivePlacementTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<HistoryMessage>();
        qRegisterMetaType<ConversationSummary>();
    }

    void choosesTheDesiredIdWhenTheBoundsAllowIt()
    {
        const auto free = [](qint64) { return true; };
        QCOMPARE(ArchivePlacement::choose(std::nullopt, std::nullopt, 500, free), 500);
        QCOMPARE(ArchivePlacement::choose(100, 1000, 500, free), 500);
    }

    void staysStrictlyBetweenTheNeighbours()
    {
        const auto free = [](qint64) { return true; };
        QCOMPARE(ArchivePlacement::choose(100, 1000, 50, free), 101);
        QCOMPARE(ArchivePlacement::choose(100, 1000, 5000, free), 550);
        QCOMPARE(ArchivePlacement::choose(std::nullopt, 1000, 5000, free), 999);
        QCOMPARE(ArchivePlacement::choose(100, 101, 100, free), std::nullopt);
    }

    void skipsTakenIds()
    {
        const QSet<qint64> taken = {550, 551};
        const auto free = [&taken](qint64 id) { return !taken.contains(id); };
        QCOMPARE(ArchivePlacement::choose(100, 1000, 5000, free), 552);
        const QSet<qint64> full = {101, 102};
        QCOMPARE(ArchivePlacement::choose(100, 103, 0,
                                          [&full](qint64 id) { return !full.contains(id); }),
                 std::nullopt);
    }

    // Live: B1 and B3 in the same millisecond region; the archive says B2 came between them
    // although its whole-second stamp is later than both.
    void aMissingMessageGoesBetweenItsArchiveNeighbours()
    {
        HistoryFixture f;
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00.100"_s), u"s1"_s));
        f.addNow(archived(u"B3"_s, at(u"2024-01-01T10:00:00.300"_s), u"s3"_s));
        f.addNow(archived(u"B5"_s, at(u"2024-01-01T10:00:00.500"_s), u"s5"_s));
        f.store->addArchivedPage({archived(u"B1"_s, at(u"2024-01-01T10:00:00"_s), u"s1"_s),
                                  archived(u"B2"_s, at(u"2024-01-01T10:00:00.999"_s), u"s2"_s),
                                  archived(u"B3"_s, at(u"2024-01-01T10:00:00"_s), u"s3"_s),
                                  archived(u"B4"_s, at(u"2024-01-01T09:59:59"_s), u"s4"_s),
                                  archived(u"B5"_s, at(u"2024-01-01T10:00:00"_s), u"s5"_s),
                                  archived(u"B6"_s, at(u"2024-01-01T10:00:00"_s), u"s6"_s)},
                                 {});
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B5"_s, u"B6"_s}));
    }

    // Two catch-ups fill one gap: the second brings an older message than the first did.
    void aLaterPageCanPlaceAnOlderMessage()
    {
        HistoryFixture f;
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00.100"_s), u"s1"_s));
        f.store->addArchivedPage({archived(u"B9"_s, at(u"2024-01-01T10:00:01"_s), u"s9"_s)}, {});
        f.settle();
        f.store->addArchivedPage({archived(u"B1"_s, at(u"2024-01-01T10:00:00"_s), u"s1"_s),
                                  archived(u"B5"_s, at(u"2024-01-01T10:00:01"_s), u"s5"_s),
                                  archived(u"B9"_s, at(u"2024-01-01T10:00:01"_s), u"s9"_s)},
                                 {});
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s, u"B5"_s, u"B9"_s}));
    }

    // A catch-up page that holds nothing yet: its messages follow the message the page
    // continues from, and precede what arrived live later, whatever their stamps say.
    void aCatchUpPageFollowsTheMessageItContinues()
    {
        HistoryFixture f;
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00.100"_s), u"s1"_s));
        f.addNow(archived(u"B9"_s, at(u"2024-01-01T10:00:00.800"_s), u"s9"_s));
        HistoryStore::ArchivePlacementHint hint;
        hint.afterServerId = u"s1"_s;
        f.store->addArchivedPage({archived(u"B2"_s, at(u"2024-01-01T10:00:00.999"_s), u"s2"_s),
                                  archived(u"B3"_s, at(u"2024-01-01T10:00:00.999"_s), u"s3"_s)},
                                 hint);
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s, u"B2"_s, u"B3"_s, u"B9"_s}));
    }

    // Our own messages keep the time they were written, not the server's: no anchor.
    void ourOwnMessagesAreNoAnchors()
    {
        HistoryFixture f;
        HistoryMessage mine = outgoing(Bob, u"A1"_s, at(u"2024-01-01T09:00:00"_s), u"o1"_s);
        f.addNow(mine);
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00.100"_s), u"s1"_s));
        mine.serverId = u"sA"_s;
        mine.state = DeliveryState::Sent;
        f.store->addArchivedPage({archived(u"B1"_s, at(u"2024-01-01T10:00:00"_s), u"s1"_s), mine,
                                  archived(u"B2"_s, at(u"2024-01-01T10:00:01"_s), u"s2"_s)},
                                 {});
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"A1"_s, u"B1"_s, u"B2"_s}));
    }

    void olderMessagesGoBeforeTheOldestHeld()
    {
        HistoryFixture f;
        f.addNow(archived(u"B5"_s, at(u"2024-01-01T10:00:00.100"_s), u"s5"_s));
        HistoryStore::ArchivePlacementHint hint;
        hint.older = true;
        f.store->addArchivedPage({archived(u"B3"_s, at(u"2024-01-01T10:00:00.999"_s), u"s3"_s),
                                  archived(u"B4"_s, at(u"2024-01-01T10:00:00.999"_s), u"s4"_s)},
                                 hint);
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B3"_s, u"B4"_s, u"B5"_s}));
    }

    void aMessageTwiceInOnePageIsStoredOnce()
    {
        HistoryFixture f;
        const HistoryMessage first =
            archived(u"B1"_s, at(u"2024-01-01T10:00:00"_s), u"s1"_s, u"o1"_s);
        f.store->addArchivedPage({first, copyOf(first, u"s2"_s)}, {});
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s}));
    }

    // B2 was received live once (s2); the sender resent it and the archive holds a second copy
    // (s2b) after B5. That copy says nothing about where B2 was received.
    void aSecondArchiveCopyIsNoAnchor()
    {
        HistoryFixture f;
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00.100"_s), u"s1"_s));
        const HistoryMessage b2 =
            archived(u"B2"_s, at(u"2024-01-01T10:00:00.200"_s), u"s2"_s, u"o2"_s);
        f.addNow(b2);
        const HistoryMessage copy = copyOf(b2, u"s2b"_s);
        HistoryStore::ArchivePlacementHint hint;
        hint.afterServerId = u"s2"_s;
        f.store->addArchivedPage({archived(u"B3"_s, at(u"2024-01-01T10:00:01"_s), u"s3"_s),
                                  archived(u"B4"_s, at(u"2024-01-01T10:00:01"_s), u"s4"_s), copy,
                                  archived(u"B5"_s, at(u"2024-01-01T10:00:01"_s), u"s5"_s)},
                                 hint);
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B5"_s}));
    }

    // Bob's first copy of B3 (s3) never reached us live: his session was lost, and his outbox
    // sent it again (s3b), which came live before the catch-up reached s3. B3 moves from where
    // the resend put it to the place of its first copy; it is not new to anyone.
    void aResendHeldBeforeItsFirstCopyMovesToTheFirstCopy()
    {
        HistoryFixture f;
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00.100"_s), u"s1"_s));
        const HistoryMessage resend =
            archived(u"B3"_s, at(u"2024-01-01T10:00:05.000"_s), u"s3b"_s, u"o3"_s);
        const HistoryMessage held = f.addNow(resend).first;
        f.addNow(archived(u"B9"_s, at(u"2024-01-01T10:00:06.000"_s), u"s9"_s));
        // Indexed for search before it moves.
        QCOMPARE(f.store->search(u"B3"_s, Bob, 10).result().size(), 1);
        QList<std::pair<HistoryMessage, HistoryMessage>> moves;
        connect(f.store.get(), &HistoryStore::messageMoved, this,
                [&moves](const HistoryMessage &from, const HistoryMessage &to) {
                    moves.append({from, to});
                });
        QStringList added;
        connect(f.store.get(), &HistoryStore::messagesAdded, this,
                [&added](const QList<HistoryMessage> &messages) {
                    for (const HistoryMessage &m : messages)
                        added.append(m.body);
                });
        const HistoryMessage first = copyOf(resend, u"s3"_s, at(u"2024-01-01T10:00:01.999"_s));
        HistoryStore::ArchivePlacementHint hint;
        hint.afterServerId = u"s1"_s;
        QList<bool> inserted;
        f.store->addArchivedPage(
            {archived(u"B2"_s, at(u"2024-01-01T10:00:01.999"_s), u"s2"_s), first,
             archived(u"B4"_s, at(u"2024-01-01T10:00:01.999"_s), u"s4"_s)},
            hint, this,
            [&inserted](const HistoryMessage &, bool isNew) { inserted.append(isNew); });
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B9"_s}));
        QCOMPARE(inserted, QList<bool>({true, false, true}));
        QCOMPARE(added, QStringList({u"B2"_s, u"B4"_s}));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves.first().first.rowId, held.rowId);
        QCOMPARE(moves.first().second.body, u"B3"_s);
        QCOMPARE(moves.first().second.serverId, u"s3"_s);
        QVERIFY(moves.first().second.rowId < held.rowId);
        // Once: the unread count and the search index know it once.
        const QList<ConversationSummary> summaries = f.store->conversations().result();
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries.first().unreadCount, 5);
        const QList<HistoryMessage> found = f.store->search(u"B3"_s, Bob, 10).result();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rowId, moves.first().second.rowId);
        // A later page with the resent copy changes nothing.
        hint.afterServerId = u"s9"_s;
        f.store->addArchivedPage({resend}, hint);
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B9"_s}));
        QCOMPARE(moves.size(), 1);
    }

    // The same with a page that follows nothing we hold (it continues from one of our own
    // messages, or from an id we never stored): the stamps decide. A copy stamped in the same
    // second as the row we hold is no reason to move it.
    void aResendHeldBeforeItsFirstCopyMovesAlsoWithoutAnAnchor()
    {
        HistoryFixture f;
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00.100"_s), u"s1"_s));
        const HistoryMessage b2 =
            archived(u"B2"_s, at(u"2024-01-01T10:00:01.500"_s), u"s2"_s, u"o2"_s);
        f.addNow(b2);
        const HistoryMessage resend =
            archived(u"B3"_s, at(u"2024-01-01T10:00:08.000"_s), u"s3b"_s, u"o3"_s);
        f.addNow(resend);
        f.addNow(archived(u"B9"_s, at(u"2024-01-01T10:00:09.000"_s), u"s9"_s));
        int moves = 0;
        connect(f.store.get(), &HistoryStore::messageMoved, this, [&moves] { ++moves; });
        const HistoryMessage b2Copy = copyOf(b2, u"s2b"_s, at(u"2024-01-01T10:00:01.000"_s));
        const HistoryMessage first = copyOf(resend, u"s3"_s, at(u"2024-01-01T10:00:02.999"_s));
        f.store->addArchivedPage(
            {b2Copy, first, archived(u"B4"_s, at(u"2024-01-01T10:00:02.999"_s), u"s4"_s)}, {});
        f.settle();
        QCOMPARE(bodies(f), QStringList({u"B1"_s, u"B2"_s, u"B3"_s, u"B4"_s, u"B9"_s}));
        QCOMPARE(moves, 1);
    }

    void everyMessageOfAPageGetsItsCallback()
    {
        HistoryFixture f;
        f.addNow(archived(u"B1"_s, at(u"2024-01-01T10:00:00"_s), u"s1"_s));
        QList<bool> inserted;
        f.store->addArchivedPage(
            {archived(u"B1"_s, at(u"2024-01-01T10:00:00"_s), u"s1"_s),
             archived(u"B2"_s, at(u"2024-01-01T10:00:01"_s), u"s2"_s)},
            {}, this, [&inserted](const HistoryMessage &, bool isNew) { inserted.append(isNew); });
        f.settle();
        QCOMPARE(inserted, QList<bool>({false, true}));
    }
};

QTEST_GUILESS_MAIN(ArchivePlacementTest)
#include "tst_archiveplacement.moc"
