// Roster, subscriptions and blocking against the real test Prosody. Each run registers fresh
// accounts, so other tests signing in alice, bob and carol never disturb these rosters.
#include "ClientHarness.h"
#include "im/Blocking.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "storage/Database.h"
#include "storage/RosterCache.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

// One signed-in resource of an account with its roster, subscriptions and blocklist.
class Person
{
public:
    Person(const TestServerInfo &server, const QString &user, const QString &resource,
           RosterCache *cache = nullptr)
        : harness(server, user)
    {
        harness.settings().resource = resource;
        roster = std::make_unique<Roster>(harness.client(), cache);
        roster->setVersioningSupported(true); // the server offers it; Account wires the feature
        subscriptions = std::make_unique<Subscriptions>(harness.client(), cache, roster.get());
        blocking = std::make_unique<Blocking>(harness.client());
        QObject::connect(&harness.client(), &XmppStream::stanzaReceived, &harness,
                         [this](const Element &stanza) { received.append(stanza); });
    }

    // Signs in, sends initial presence and waits for the roster and the blocklist.
    bool signIn()
    {
        harness.connectToServer();
        if (!harness.waitFor(ConnectionState::Online))
            return false;
        client().send(Element(u"presence"_s, ns::Client.toString()));
        return QTest::qWaitFor([this] { return roster->isLoaded() && blocking->isLoaded(); },
                               15000);
    }
    void signOut()
    {
        client().disconnectFromServer();
        harness.waitFor(ConnectionState::Disconnected);
    }

    Client &client() { return harness.client(); }
    Jid bare() { return client().boundJid().bare(); }
    Jid full() { return client().boundJid(); }
    RosterSubscription subscriptionTo(const Jid &contact) const
    {
        const auto item = roster->item(contact);
        return item ? item->subscription : RosterSubscription::Remove;
    }
    int presencesFrom(const Jid &contact) const
    {
        int count = 0;
        for (const Element &stanza : received) {
            if (stanza.is(u"presence", ns::Client) &&
                Jid::parse(stanza.attribute(u"from")).bare() == contact.bare() &&
                !stanza.hasAttribute(u"type"))
                ++count;
        }
        return count;
    }

    ClientHarness harness; // first: destroyed last
    std::unique_ptr<Roster> roster;
    std::unique_ptr<Subscriptions> subscriptions;
    std::unique_ptr<Blocking> blocking;
    QList<Element> received;
};

std::optional<IqResponse> ask(Client &client, const Element &iq)
{
    std::optional<IqResponse> response;
    client.sendIq(
        iq, [&](const IqResponse &r) { response = r; }, 10000);
    if (!QTest::qWaitFor([&] { return response.has_value(); }, 15000))
        return std::nullopt;
    return response;
}

} // namespace

class RosterIntegrationTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;
    QString userA, userB, userC;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir.isValid());
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        const QString run = QString::number(QRandomGenerator::global()->generate(), 36);
        userA = u"roster-a-"_s + run;
        userB = u"roster-b-"_s + run;
        userC = u"roster-c-"_s + run;
        for (const QString &user : {userA, userB, userC})
            QVERIFY2(server.registerAccount(user, server.password, &error), qPrintable(error));
    }

    void subscribeBothWays()
    {
        Person a(server, userA, u"one"_s);
        Person b(server, userB, u"one"_s);
        QVERIFY2(a.signIn(), qPrintable(a.harness.lastReason()));
        QVERIFY2(b.signIn(), qPrintable(b.harness.lastReason()));

        a.subscriptions->request(b.bare(), u"Hello from A"_s);
        QTRY_VERIFY_WITH_TIMEOUT(b.subscriptions->hasPendingRequest(a.bare()), 10000);
        QCOMPARE(b.subscriptions->pendingRequests().first().message, u"Hello from A"_s);
        QVERIFY(b.subscriptions->approve(a.bare()));
        b.subscriptions->request(a.bare());
        QTRY_VERIFY_WITH_TIMEOUT(a.subscriptions->hasPendingRequest(b.bare()), 10000);
        QVERIFY(a.subscriptions->approve(b.bare()));

        QTRY_COMPARE_WITH_TIMEOUT(a.subscriptionTo(b.bare()), RosterSubscription::Both, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(b.subscriptionTo(a.bare()), RosterSubscription::Both, 10000);
        QVERIFY(a.subscriptions->pendingRequests().isEmpty());
        QVERIFY(b.subscriptions->pendingRequests().isEmpty());
        // Subscribed both ways: each sees the other's presence.
        QTRY_VERIFY_WITH_TIMEOUT(a.presencesFrom(b.bare()) > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(b.presencesFrom(a.bare()) > 0, 10000);
    }

    void changeIsPushedToAnotherResource()
    {
        Person one(server, userA, u"one"_s);
        Person two(server, userA, u"two"_s);
        QVERIFY(one.signIn());
        QVERIFY(two.signIn());
        const Jid contact = Jid::parse(u"pushed-%1@%2"_s.arg(userA, server.domain));

        std::optional<IqResponse> added;
        one.roster->add(contact, u"Pushed"_s, {u"Tests"_s},
                        [&](const IqResponse &r) { added = r; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 10000);
        QVERIFY2(added->ok(), qPrintable(added->sentence));
        QTRY_VERIFY_WITH_TIMEOUT(two.roster->contains(contact), 10000);
        QCOMPARE(two.roster->item(contact)->name, u"Pushed"_s);
        QCOMPARE(two.roster->item(contact)->groups, QStringList{u"Tests"_s});

        one.roster->rename(contact, u"Renamed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(two.roster->item(contact)->name, u"Renamed"_s, 10000);
        QCOMPARE(two.roster->item(contact)->groups, QStringList{u"Tests"_s});

        one.roster->remove(contact);
        QTRY_VERIFY_WITH_TIMEOUT(!two.roster->contains(contact), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!one.roster->contains(contact), 10000);
    }

    void versionedSignInGetsNoFullRoster()
    {
        Database database;
        QVERIFY(database.open(dir.filePath(u"a.sqlite"_s)).result().ok);
        RosterCache cache(database);
        int itemsSeen = 0;
        {
            Person first(server, userA, u"cached"_s, &cache);
            QVERIFY(first.signIn());
            QCOMPARE(first.roster->lastFetchKind(), Roster::FetchKind::Full);
            QVERIFY2(!first.roster->version().isEmpty(), "the server offers roster versioning");
            itemsSeen = first.roster->count();
            QVERIFY(itemsSeen > 0); // B from subscribeBothWays
            first.signOut();
        }
        // A fresh Roster over the same cache: the server answers "unchanged".
        Person second(server, userA, u"cached"_s, &cache);
        QVERIFY(second.signIn());
        QCOMPARE(second.roster->lastFetchKind(), Roster::FetchKind::Unchanged);
        QCOMPARE(second.roster->count(), itemsSeen);
        QVERIFY(second.roster->contains(Jid::parse(server.jid(userB))));
    }

    void spoofedPushFromAContactIsIgnored()
    {
        Person a(server, userA, u"one"_s);
        Person b(server, userB, u"spoofer"_s);
        QVERIFY(a.signIn());
        QVERIFY(b.signIn());
        const int before = a.roster->count();
        const Jid evil = Jid::parse(u"evil-%1@%2"_s.arg(userB, server.domain));

        Element iq(u"iq"_s, ns::Client.toString());
        iq.setAttribute(u"type"_s, u"set"_s);
        iq.setAttribute(u"to"_s, a.full().toString());
        Element &query = iq.addChild(u"query"_s, ns::Roster.toString());
        RosterItem item;
        item.jid = evil;
        item.subscription = RosterSubscription::Both;
        query.appendChild(item.toElement());
        const auto response = ask(b.client(), iq);
        QVERIFY(response);
        QCOMPARE(response->outcome, IqResponse::Outcome::Error); // never a result
        QCOMPARE(response->error.condition, StanzaErrorCondition::ServiceUnavailable);

        // And a removal of a real contact.
        Element removal(u"iq"_s, ns::Client.toString());
        removal.setAttribute(u"type"_s, u"set"_s);
        removal.setAttribute(u"to"_s, a.full().toString());
        RosterItem remove;
        remove.jid = b.bare();
        remove.subscription = RosterSubscription::Remove;
        removal.addChild(u"query"_s, ns::Roster.toString()).appendChild(remove.toElement());
        const auto removed = ask(b.client(), removal);
        QVERIFY(removed);
        QCOMPARE(removed->outcome, IqResponse::Outcome::Error);

        QVERIFY(!a.roster->contains(evil));
        QCOMPARE(a.subscriptionTo(b.bare()), RosterSubscription::Both);
        QCOMPARE(a.roster->count(), before);
    }

    void blockingStopsPresenceAndUnblockingRestoresIt()
    {
        Person a(server, userA, u"one"_s);
        Person c(server, userC, u"one"_s);
        QVERIFY(a.signIn());
        QVERIFY(c.signIn());
        QVERIFY(!a.blocking->isBlocked(c.bare()));

        // Directed presence from C, followed by a ping: once the ping is answered (or refused),
        // the server has handled the presence before it.
        auto presenceThenPing = [&] {
            Element presence(u"presence"_s, ns::Client.toString());
            presence.setAttribute(u"to"_s, a.full().toString());
            c.client().send(presence);
            Element ping(u"iq"_s, ns::Client.toString());
            ping.setAttribute(u"type"_s, u"get"_s);
            ping.setAttribute(u"to"_s, a.full().toString());
            ping.addChild(u"ping"_s, ns::Ping.toString());
            return ask(c.client(), ping);
        };

        auto response = presenceThenPing();
        QVERIFY(response && response->ok());
        QTRY_COMPARE_WITH_TIMEOUT(a.presencesFrom(c.bare()), 1, 5000);

        std::optional<IqResponse> blocked;
        a.blocking->block({c.bare()}, [&](const IqResponse &r) { blocked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(blocked.has_value(), 10000);
        QVERIFY2(blocked->ok(), qPrintable(blocked->sentence));
        QVERIFY(a.blocking->isBlocked(c.bare()));
        QVERIFY(a.blocking->isBlocked(c.full()));

        response = presenceThenPing();
        QVERIFY(response);
        QVERIFY(!response->ok()); // blocked: the server refuses for A
        QTest::qWait(200);
        QCOMPARE(a.presencesFrom(c.bare()), 1);

        std::optional<IqResponse> unblocked;
        a.blocking->unblock({c.bare()}, [&](const IqResponse &r) { unblocked = r; });
        QTRY_VERIFY_WITH_TIMEOUT(unblocked.has_value(), 10000);
        QVERIFY2(unblocked->ok(), qPrintable(unblocked->sentence));
        QVERIFY(!a.blocking->isBlocked(c.bare()));

        response = presenceThenPing();
        QVERIFY(response && response->ok());
        QTRY_COMPARE_WITH_TIMEOUT(a.presencesFrom(c.bare()), 2, 5000);
    }

    void cleanupTestCase()
    {
        // Leave the fresh accounts' rosters empty.
        for (const QString &user : {userA, userB}) {
            Person person(server, user, u"cleanup"_s);
            if (!person.signIn())
                continue;
            int pending = 0;
            for (const RosterItem &item : person.roster->items()) {
                ++pending;
                person.roster->remove(item.jid, [&](const IqResponse &) { --pending; });
            }
            QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 10000));
            person.signOut();
        }
    }
};

QTEST_GUILESS_MAIN(RosterIntegrationTest)
#include "tst_roster.moc"
