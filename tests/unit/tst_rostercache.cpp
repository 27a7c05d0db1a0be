// RosterCache: the roster and pending subscription requests survive in the Database.
#include "storage/Database.h"
#include "storage/RosterCache.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

RosterItem makeItem(const QString &jid, const QString &name = {}, const QStringList &groups = {},
                    RosterSubscription subscription = RosterSubscription::Both)
{
    RosterItem item;
    item.jid = Jid::parse(jid);
    item.name = name;
    item.groups = groups;
    item.subscription = subscription;
    return item;
}

QList<RosterItem> sorted(QList<RosterItem> items)
{
    std::sort(items.begin(), items.end(), [](const RosterItem &a, const RosterItem &b) {
        return a.jid.bareString() < b.jid.bareString();
    });
    return items;
}

} // namespace

class RosterCacheTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir dir;
    int counter = 0;
    QString nextPath() { return dir.filePath(u"cache-%1.sqlite"_s.arg(++counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
    }

    void emptyCacheLoadsNothing()
    {
        Database database;
        QVERIFY(database.open(nextPath()).result().ok);
        RosterCache cache(database);
        const RosterSnapshot snapshot = cache.load().result();
        QVERIFY(snapshot.version.isEmpty());
        QVERIFY(snapshot.items.isEmpty());
    }

    void replaceAllThenLoadRoundTrips()
    {
        const QString path = nextPath();
        QList<RosterItem> items = {
            makeItem(u"romeo@example.net"_s, u"Romeo"_s, {u"Friends"_s, u"Lovers"_s}),
            makeItem(u"mercutio@example.com"_s, u"Mercutio"_s, {}, RosterSubscription::From),
        };
        items[1].askSubscribe = true;
        items[1].approved = true;
        {
            Database database;
            QVERIFY(database.open(path).result().ok);
            RosterCache cache(database);
            QVERIFY(cache.replaceAll(u"ver1"_s, {makeItem(u"old@example.org"_s)}).result().ok);
            QVERIFY(cache.replaceAll(u"ver11"_s, items).result().ok);
        }
        Database database;
        QVERIFY(database.open(path).result().ok);
        RosterCache cache(database);
        const RosterSnapshot snapshot = cache.load().result();
        QCOMPARE(snapshot.version, u"ver11"_s);
        QCOMPARE(sorted(snapshot.items), sorted(items));
    }

    void pushesAddChangeAndRemove()
    {
        Database database;
        QVERIFY(database.open(nextPath()).result().ok);
        RosterCache cache(database);
        QVERIFY(
            cache.replaceAll(u"v1"_s, {makeItem(u"romeo@example.net"_s, u"Romeo"_s)}).result().ok);
        QVERIFY(cache
                    .applyPush(u"v2"_s, makeItem(u"nurse@example.com"_s, u"Nurse"_s,
                                                 {u"Servants"_s}, RosterSubscription::None))
                    .result()
                    .ok);
        QVERIFY(cache.applyPush(u"v3"_s, makeItem(u"romeo@example.net"_s, u"R."_s, {u"G"_s}))
                    .result()
                    .ok);
        RosterSnapshot snapshot = cache.load().result();
        QCOMPARE(snapshot.version, u"v3"_s);
        QCOMPARE(sorted(snapshot.items),
                 sorted({makeItem(u"nurse@example.com"_s, u"Nurse"_s, {u"Servants"_s},
                                  RosterSubscription::None),
                         makeItem(u"romeo@example.net"_s, u"R."_s, {u"G"_s})}));

        // A push without a version keeps the stored one.
        QVERIFY(cache
                    .applyPush(QString(),
                               makeItem(u"romeo@example.net"_s, {}, {}, RosterSubscription::Remove))
                    .result()
                    .ok);
        snapshot = cache.load().result();
        QCOMPARE(snapshot.version, u"v3"_s);
        QCOMPARE(snapshot.items.size(), 1);
        QCOMPARE(snapshot.items.first().jid, Jid::parse(u"nurse@example.com"));
    }

    void pendingRequestsPersistUntilRemoved()
    {
        const QString path = nextPath();
        const QDateTime t1 = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        const QDateTime t2 = t1.addSecs(60);
        {
            Database database;
            QVERIFY(database.open(path).result().ok);
            RosterCache cache(database);
            QVERIFY(
                cache.addPendingRequest({Jid::parse(u"b@example.com"), u"hi"_s, t2}).result().ok);
            QVERIFY(cache.addPendingRequest({Jid::parse(u"a@example.com"), u"first"_s, t1})
                        .result()
                        .ok);
            QVERIFY(cache.addPendingRequest({Jid::parse(u"c@example.com"), {}, t2}).result().ok);
            QVERIFY(cache.removePendingRequest(Jid::parse(u"c@example.com")).result().ok);
        }
        Database database;
        QVERIFY(database.open(path).result().ok);
        RosterCache cache(database);
        const QList<SubscriptionRequest> requests = cache.pendingRequests().result();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0),
                 (SubscriptionRequest{Jid::parse(u"a@example.com"), u"first"_s, t1}));
        QCOMPARE(requests.at(1), (SubscriptionRequest{Jid::parse(u"b@example.com"), u"hi"_s, t2}));
    }

    void tenThousandItemsInOneBatch()
    {
        Database database;
        QVERIFY(database.open(nextPath()).result().ok);
        RosterCache cache(database);
        QList<RosterItem> items;
        for (int i = 0; i < 10000; ++i)
            items.append(makeItem(u"user%1@example.com"_s.arg(i), u"User %1"_s.arg(i),
                                  {u"Group %1"_s.arg(i % 10)}));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(cache.replaceAll(u"big"_s, items).result().ok);
        const RosterSnapshot snapshot = cache.load().result();
        QCOMPARE(snapshot.items.size(), 10000);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(RosterCacheTest)
#include "tst_rostercache.moc"
