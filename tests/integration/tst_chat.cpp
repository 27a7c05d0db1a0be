// One-on-one chat against the real test Prosody: both directions, receipts and markers,
// corrections, carbons between two resources, archive catch-up, and hostile messages.
#include "ChatPeer.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "storage/HistoryStore.h"
#include "xml/ElementFromXml.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

bool containsBody(const QList<HistoryMessage> &messages, const QString &body)
{
    return bodiesOf(messages).contains(body);
}

const HistoryMessage *findBody(const QList<HistoryMessage> &messages, const QString &body)
{
    for (const HistoryMessage &message : messages) {
        if (message.body == body)
            return &message;
    }
    return nullptr;
}

} // namespace

class ChatTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;

    QString newUser(const QString &stem) { return registerFreshUser(server, stem); }
    QString database(const QString &name) { return dir.filePath(name + u".sqlite"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        QVERIFY(dir.isValid());
    }

    void twoAccountsChatBothWaysWithReceiptsAndMarkers()
    {
        const QString alice = newUser(u"alice"_s), bob = newUser(u"bob"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer b(server, bob, u"desk"_s, database(bob));
        QVERIFY2(a.signIn(), qPrintable(a.harness().lastReason()));
        QVERIFY2(b.signIn(), qPrintable(b.harness().lastReason()));
        const QString aliceBare = a.jid().bareString(), bobBare = b.jid().bareString();

        QSignalSpy received(b.services().chats(), &ChatManager::messageReceived);
        a.services().chats()->sendMessage(b.jid().bare(), u"Hello Bob"_s);
        QVERIFY(b.waitForHistory(aliceBare,
                                 [](const auto &m) { return containsBody(m, u"Hello Bob"_s); }));
        QCOMPARE(received.count(), 1);
        const auto bobSide = b.history(aliceBare);
        QCOMPARE(bobSide.size(), 1);
        QCOMPARE(bobSide.first().direction, MessageDirection::Incoming);
        QCOMPARE(Jid::parse(bobSide.first().senderJid).bareString(), aliceBare);

        // Bob's client answered the receipt request: Delivered on Alice's side.
        QVERIFY(a.waitForHistory(bobBare, [](const auto &m) {
            return m.size() == 1 && m.first().state == DeliveryState::Delivered;
        }));
        // Bob looks at the conversation: a displayed marker goes back.
        b.services().chats()->markDisplayed(a.jid().bare());
        QVERIFY(a.waitForHistory(bobBare, [](const auto &m) {
            return m.size() == 1 && m.first().state == DeliveryState::Displayed;
        }));

        b.services().chats()->sendMessage(a.jid().bare(), u"Hi Alice"_s);
        QVERIFY(a.waitForHistory(bobBare, [](const auto &m) {
            return bodiesOf(m) == QStringList{u"Hello Bob"_s, u"Hi Alice"_s};
        }));
        QVERIFY(b.waitForHistory(aliceBare, [](const auto &m) {
            return bodiesOf(m) == QStringList{u"Hello Bob"_s, u"Hi Alice"_s};
        }));
    }

    void correctionReplacesTheLastMessage()
    {
        const QString alice = newUser(u"alice"_s), bob = newUser(u"bob"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer b(server, bob, u"desk"_s, database(bob));
        QVERIFY(a.signIn());
        QVERIFY(b.signIn());
        const QString aliceBare = a.jid().bareString(), bobBare = b.jid().bareString();
        a.services().chats()->sendMessage(b.jid().bare(), u"See you at 5"_s);
        QVERIFY(b.waitForHistory(aliceBare,
                                 [](const auto &m) { return containsBody(m, u"See you at 5"_s); }));
        QVERIFY(a.waitForHistory(bobBare, [](const auto &m) { return m.size() == 1; }));
        a.services().chats()->correctLastMessage(b.jid().bare(), u"See you at 6"_s);
        for (ChatPeer *peer : {&b, &a}) {
            const QString conversation = peer == &b ? aliceBare : bobBare;
            QVERIFY(peer->waitForHistory(conversation, [](const auto &m) {
                return m.size() == 1 && m.first().body == u"See you at 6"_s && m.first().edited;
            }));
            QCOMPARE(peer->history(conversation).first().originalBody, u"See you at 5"_s);
        }
    }

    void carbonsReachTheOtherResource()
    {
        const QString alice = newUser(u"alice"_s), bob = newUser(u"bob"_s);
        ChatPeer desk(server, alice, u"desk"_s, database(alice + u"-desk"_s));
        ChatPeer laptop(server, alice, u"laptop"_s, database(alice + u"-laptop"_s));
        ChatPeer b(server, bob, u"desk"_s, database(bob));
        QVERIFY(desk.signIn());
        QVERIFY(laptop.signIn());
        QVERIFY(b.signIn());
        QTRY_VERIFY_WITH_TIMEOUT(laptop.services().carbons()->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.services().carbons()->isEnabled(), 10000);
        const QString bobBare = b.jid().bareString();

        // Sent from the desk: the laptop gets a sent carbon, stored as our own message.
        desk.services().chats()->sendMessage(b.jid().bare(), u"from the desk"_s);
        QVERIFY(laptop.waitForHistory(bobBare, [](const auto &m) {
            const HistoryMessage *found = findBody(m, u"from the desk"_s);
            return found && found->isOwn();
        }));
        // Bob writes to the desk's full JID: the laptop gets a received carbon.
        b.services().chats()->sendMessage(desk.jid(), u"to the desk"_s);
        QVERIFY(laptop.waitForHistory(bobBare, [](const auto &m) {
            const HistoryMessage *found = findBody(m, u"to the desk"_s);
            return found && !found->isOwn();
        }));
        QVERIFY(desk.waitForHistory(
            bobBare, [](const auto &m) { return containsBody(m, u"to the desk"_s); }));
    }

    void archiveCatchUpAfterBeingOffline()
    {
        const QString alice = newUser(u"alice"_s), bob = newUser(u"bob"_s);
        const QString aliceDb = database(alice);
        ChatPeer b(server, bob, u"desk"_s, database(bob));
        QVERIFY(b.signIn());
        {
            // The first sign-in sets the archive cursor.
            ChatPeer a(server, alice, u"desk"_s, aliceDb);
            QVERIFY(a.signIn());
            a.services().chats()->sendMessage(b.jid().bare(), u"before"_s);
            QVERIFY(a.waitForHistory(b.jid().bareString(), [](const auto &m) {
                return m.size() == 1 && m.first().state >= DeliveryState::Sent;
            }));
            a.signOut();
        }
        QTest::qWait(1100); // archive stamps have whole seconds: keep "before" first
        for (int i = 1; i <= 3; ++i)
            b.services().chats()->sendMessage(Jid::parse(server.jid(alice)),
                                              u"offline %1"_s.arg(i));
        QVERIFY(b.waitForHistory(Jid::parse(server.jid(alice)).bareString(), [](const auto &m) {
            return m.size() == 4 && m.last().state >= DeliveryState::Sent;
        }));

        // A new resource, so only the archive (and offline storage) can bring them.
        ChatPeer again(server, alice, u"laptop"_s, aliceDb);
        QVERIFY(again.signIn());
        const QStringList expected{u"before"_s, u"offline 1"_s, u"offline 2"_s, u"offline 3"_s};
        QVERIFY(again.waitForHistory(b.jid().bareString(),
                                     [&](const auto &m) { return bodiesOf(m) == expected; }));
        QTest::qWait(500); // offline delivery and archive both done: still exactly once
        QCOMPARE(bodiesOf(again.history(b.jid().bareString())), expected);
    }

    void spoofedCarbonsAndArchiveResultsAreIgnored()
    {
        const QString alice = newUser(u"alice"_s), mallory = newUser(u"mallory"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer m(server, mallory, u"desk"_s, database(mallory));
        QVERIFY(a.signIn());
        QVERIFY(m.signIn());
        QSignalSpy ignored(a.services().chats(), &ChatManager::stanzaIgnored);
        QSignalSpy spoofedResults(a.services().archive(), &Archive::spoofedResultIgnored);
        const QString to = a.jid().full();
        const QString victim = u"boss@localhost"_s;
        m.client().send(elementFromXml(
            u"<message xmlns='jabber:client' to='%1' type='chat'><received "
            "xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'><message "
            "xmlns='jabber:client' from='%2/x' to='%1' type='chat'><body>spoofed carbon</body>"
            "</message></forwarded></received></message>"_s.arg(to, victim)
                .toUtf8()));
        m.client().send(elementFromXml(
            u"<message xmlns='jabber:client' to='%1'><result xmlns='urn:xmpp:mam:2' "
            "queryid='guess' id='x1'><forwarded xmlns='urn:xmpp:forward:0'><delay "
            "xmlns='urn:xmpp:delay' stamp='2020-01-01T00:00:00Z'/><message "
            "xmlns='jabber:client' from='%2/x' to='%1' type='chat'><body>spoofed archive</body>"
            "</message></forwarded></result></message>"_s.arg(to, victim)
                .toUtf8()));
        m.services().chats()->sendMessage(a.jid().bare(), u"after the spoofs"_s);
        QVERIFY(a.waitForHistory(m.jid().bareString(), [](const auto &h) {
            return containsBody(h, u"after the spoofs"_s);
        }));
        QTRY_VERIFY_WITH_TIMEOUT(ignored.count() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(spoofedResults.count() >= 1, 5000);
        QVERIFY(a.history(victim).isEmpty());
        QCOMPARE(a.history(m.jid().bareString()).size(), 1);
    }

    void malformedMessagesDoNotBreakTheStream()
    {
        const QString alice = newUser(u"alice"_s), mallory = newUser(u"mallory"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer m(server, mallory, u"desk"_s, database(mallory));
        QVERIFY(a.signIn());
        QVERIFY(m.signIn());
        const QString to = a.jid().full();
        const QStringList hostile{
            u"<message xmlns='jabber:client' to='%1' type='bogus'><body>odd type</body></message>"_s,
            u"<message xmlns='jabber:client' to='%1' type='chat'><delay xmlns='urn:xmpp:delay' "
            "stamp='yesterday'/><body>bad stamp</body></message>"_s,
            u"<message xmlns='jabber:client' to='%1' type='chat'><body>one</body><body>two</body>"
            "<thread/><subject><b>x</b></subject></message>"_s,
            u"<message xmlns='jabber:client' to='%1' type='chat'><received "
            "xmlns='urn:xmpp:receipts'/><displayed xmlns='urn:xmpp:chat-markers:0'/>"
            "<replace xmlns='urn:xmpp:message-correct:0'/></message>"_s,
            u"<message xmlns='jabber:client' to='%1' type='chat'><received "
            "xmlns='urn:xmpp:carbons:2'/></message>"_s,
            u"<message xmlns='jabber:client' to='%1' type='error'><body>no error child</body>"
            "</message>"_s,
            u"<message xmlns='jabber:client' to='%1' type='chat' id='%2'><body>%3</body>"
            "</message>"_s.arg(u"%1"_s, QString(4000, u'i'), QString(20000, u'w')),
        };
        for (const QString &xml : hostile)
            m.client().send(elementFromXml(xml.arg(to).toUtf8()));
        m.services().chats()->sendMessage(a.jid().bare(), u"still here"_s);
        QVERIFY(a.waitForHistory(m.jid().bareString(),
                                 [](const auto &h) { return containsBody(h, u"still here"_s); }));
        QVERIFY(a.client().isOnline());
        QVERIFY(m.client().isOnline());
        const QStringList bodies = bodiesOf(a.history(m.jid().bareString()));
        QVERIFY(bodies.contains(u"odd type"_s)); // unknown type is normal (RFC 6121 §5.2.2)
        QVERIFY(bodies.contains(u"bad stamp"_s));
        QVERIFY(!bodies.contains(u"no error child"_s)); // errors are not conversation text
    }
};

QTEST_GUILESS_MAIN(ChatTest)
#include "tst_chat.moc"
