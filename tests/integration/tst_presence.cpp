// Presence between two real accounts through the test Prosody: they subscribe to each other
// with raw stanzas, then every show, status, priority and unavailable arrives at the other.
#include "ClientHarness.h"
#include "im/PresenceManager.h"
#include "xml/namespaces.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {
Element subscription(const Jid &to, const QString &type)
{
    Element presence(u"presence"_s, ns::Client.toString());
    presence.setAttribute(u"to"_s, to.bareString());
    presence.setAttribute(u"type"_s, type);
    return presence;
}

// Approves every subscription request from `from`, and notes when `from` approved ours.
class SubscriptionHelper : public QObject
{
public:
    SubscriptionHelper(Client &client, const Jid &other) : m_client(client), m_other(other)
    {
        connect(&client, &XmppStream::stanzaReceived, this, [this](const Element &stanza) {
            if (!stanza.is(u"presence", ns::Client))
                return;
            if (Jid::parse(stanza.attribute(u"from")).bare() != m_other)
                return;
            const QString type = stanza.attribute(u"type");
            if (type == u"subscribe")
                m_client.send(subscription(m_other, u"subscribed"_s));
            else if (type == u"subscribed")
                approved = true;
        });
    }
    bool approved = false;

private:
    Client &m_client;
    Jid m_other;
};
} // namespace

class PresenceIntegrationTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    std::unique_ptr<ClientHarness> alice;
    std::unique_ptr<ClientHarness> bob;
    std::unique_ptr<PresenceManager> alicePresence;
    std::unique_ptr<PresenceManager> bobPresence;
    QList<Presence> bobReceived;

    Jid aliceFull() const { return alice->client().boundJid(); }

    // The last presence bob received from alice's full JID, once it satisfies pred.
    template <typename Pred> std::optional<Presence> waitAtBob(Pred pred)
    {
        std::optional<Presence> found;
        (void)QTest::qWaitFor(
            [&] {
                for (const Presence &p : std::as_const(bobReceived)) {
                    if (p.from == aliceFull() && pred(p))
                        found = p;
                }
                return found.has_value();
            },
            10000);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        const QString suffix = QString::number(QRandomGenerator::global()->generate(), 16);
        alice = std::make_unique<ClientHarness>(server, u"alice"_s);
        alice->settings().resource = u"presence-"_s + suffix;
        bob = std::make_unique<ClientHarness>(server, u"bob"_s);
        bob->settings().resource = u"presence-"_s + suffix;
        alicePresence = std::make_unique<PresenceManager>(&alice->client());
        bobPresence = std::make_unique<PresenceManager>(&bob->client());
        connect(bobPresence.get(), &PresenceManager::presenceReceived, this,
                [this](const Presence &p) { bobReceived.append(p); });
        alice->connectToServer();
        bob->connectToServer();
        QVERIFY2(alice->waitFor(ConnectionState::Online), qPrintable(alice->lastReason()));
        QVERIFY2(bob->waitFor(ConnectionState::Online), qPrintable(bob->lastReason()));

        const Jid aliceBare = Jid::parse(server.jid(u"alice"_s));
        const Jid bobBare = Jid::parse(server.jid(u"bob"_s));
        SubscriptionHelper aliceSide(alice->client(), bobBare);
        SubscriptionHelper bobSide(bob->client(), aliceBare);
        // Subscription stanzas reach only "interested" resources: those that asked for the
        // roster (RFC 6121 §2.1.6) and are available.
        for (ClientHarness *h : {alice.get(), bob.get()}) {
            Element rosterGet(u"iq"_s, ns::Client.toString());
            rosterGet.setAttribute(u"type"_s, u"get"_s);
            rosterGet.addChild(u"query"_s, u"jabber:iq:roster"_s);
            bool answered = false;
            h->client().sendIq(rosterGet, [&](const IqResponse &) { answered = true; });
            QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
        }
        alicePresence->sendInitialPresence();
        bobPresence->sendInitialPresence();
        alice->client().send(subscription(bobBare, u"subscribe"_s));
        bob->client().send(subscription(aliceBare, u"subscribe"_s));
        // Already subscribed accounts get 'subscribed' from the server at once (RFC 6121 §3.1.3).
        QVERIFY(QTest::qWaitFor([&] { return aliceSide.approved && bobSide.approved; }, 15000));
    }

    void eachShowArrivesWithStatusAndPriority_data()
    {
        QTest::addColumn<Presence::Show>("show");
        QTest::addColumn<int>("priority");
        QTest::newRow("chat") << Presence::Show::Chat << 7;
        QTest::newRow("away") << Presence::Show::Away << 3;
        QTest::newRow("xa") << Presence::Show::Xa << -2;
        QTest::newRow("dnd") << Presence::Show::Dnd << 0;
        QTest::newRow("plain") << Presence::Show::Online << 127;
    }
    void eachShowArrivesWithStatusAndPriority()
    {
        QFETCH(Presence::Show, show);
        QFETCH(int, priority);
        const QString status = u"status %1 ✓"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
        alicePresence->setOwnPresence(show, status, priority);
        const auto got = waitAtBob([&](const Presence &p) { return p.statusFor() == status; });
        QVERIFY2(got, "bob did not receive alice's presence");
        QCOMPARE(got->type, Presence::Type::Available);
        QCOMPARE(got->show, show);
        QCOMPARE(got->priority, priority);
        const Presence tracked = bobPresence->presence(aliceFull());
        QCOMPARE(tracked.show, show);
        QCOMPARE(tracked.statusFor(), status);
        QVERIFY(bobPresence->resources(aliceFull().bare()).contains(aliceFull().resource()));
    }

    void unavailableArrives()
    {
        alicePresence->setOwnUnavailable(u"gone fishing"_s);
        const auto got =
            waitAtBob([](const Presence &p) { return p.type == Presence::Type::Unavailable; });
        QVERIFY2(got, "bob did not receive alice's unavailable presence");
        QCOMPARE(got->statusFor(), u"gone fishing"_s);
        QVERIFY(!bobPresence->presence(aliceFull()).isAvailable());
        QVERIFY(!bobPresence->resources(aliceFull().bare()).contains(aliceFull().resource()));

        // And back again.
        alicePresence->setOwnPresence(Presence::Show::Online, u"back"_s);
        QVERIFY(waitAtBob([](const Presence &p) { return p.statusFor() == u"back"; }));
    }

    void offlineClearsTrackedPresence()
    {
        QVERIFY(!bobPresence->contacts().isEmpty());
        int cleared = 0;
        connect(bobPresence.get(), &PresenceManager::allPresenceCleared, this, [&] { ++cleared; });
        bob->client().disconnectFromServer();
        QVERIFY(bob->waitFor(ConnectionState::Disconnected));
        QCOMPARE(cleared, 1);
        QVERIFY(bobPresence->contacts().isEmpty());
    }

    void cleanupTestCase()
    {
        bobPresence.reset();
        alicePresence.reset();
        alice.reset();
        bob.reset();
    }
};

QTEST_GUILESS_MAIN(PresenceIntegrationTest)
#include "tst_presence.moc"
