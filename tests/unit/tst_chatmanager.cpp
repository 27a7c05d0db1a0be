// ChatManager over a fake stream and a real HistoryStore: the outbox order (disk before
// wire), delivery states from acks, receipts, markers and errors, carbons and archive checks,
// de-duplication, corrections and the archive catch-up.
#include "RecordingStream.h"
#include "im/Archive.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "im/XmppDateTime.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "xml/ElementFromXml.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

// A stream that can be offline and can pretend to run XEP-0198.
class FakeStream : public RecordingStream
{
public:
    bool online = true;
    bool sm = false;
    bool isOnline() const override { return online; }
    bool streamManagementActive() const override { return sm; }
    void setOnline(bool on)
    {
        online = on;
        if (!on)
            endSession(u"offline"_s); // as Client does: pending IQs fail at once
        Q_EMIT onlineChanged(on);
    }
    void ack(const Element &stanza) { Q_EMIT stanzaAcknowledged(stanza); }
    void feed(const QString &xml) { receive(elementFromXml(xml.toUtf8())); }

    QList<Element> sentMessages() const
    {
        QList<Element> messages;
        for (const Element &stanza : sent) {
            if (stanza.name() == u"message")
                messages.append(stanza);
        }
        return messages;
    }
    Element lastIq() const
    {
        for (auto it = sent.crbegin(); it != sent.crend(); ++it) {
            if (it->name() == u"iq")
                return *it;
        }
        return {};
    }
};

const QString Peer = u"bob@localhost"_s;

} // namespace

class ChatManagerTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<FakeStream> stream;
    std::unique_ptr<Database> database;
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<Carbons> carbons;
    std::unique_ptr<Archive> archive;
    std::unique_ptr<ChatManager> chats;

    QList<HistoryMessage> stored(const QString &conversation = Peer)
    {
        history->flush();
        auto future = history->page(conversation, 0, 1000);
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 5000))
            return {};
        return future.result();
    }
    bool waitStored(const std::function<bool(const QList<HistoryMessage> &)> &done,
                    const QString &conversation = Peer)
    {
        return QTest::qWaitFor([&] { return done(stored(conversation)); }, 5000);
    }
    // Answers the archive query the manager sent with an empty, complete page.
    void answerCatchUp()
    {
        const Element iq = stream->lastIq();
        QVERIFY(iq.firstChild(u"query", ns::Mam));
        stream->feed(
            u"<iq xmlns='jabber:client' type='result' id='%1'><fin "
            "xmlns='urn:xmpp:mam:2' complete='true'><set "
            "xmlns='http://jabber.org/protocol/rsm'/></fin></iq>"_s.arg(iq.attribute(u"id")));
    }

    QString cursorNow()
    {
        QFuture<QString> cursor = history->archiveCursor(QString());
        if (!QTest::qWaitFor([&] { return cursor.isFinished(); }, 5000))
            return u"(no answer)"_s;
        return cursor.result();
    }

    // A fresh session: returns once its catch-up query is out.
    void signInAgain()
    {
        stream->setOnline(false);
        stream->sent.clear();
        stream->setOnline(true);
        QTRY_VERIFY(stream->lastIq().firstChild(u"query", ns::Mam));
    }
    // A fresh session whose catch-up finds nothing new.
    void signInAndCatchUp()
    {
        signInAgain();
        answerCatchUp();
        QTRY_VERIFY(!chats->isCatchingUp());
    }

    // What AccountServices does once initial presence is out; answered at once.
    void catchUpAfterPresence()
    {
        stream->sent.clear();
        chats->catchUpAgain();
        QTRY_VERIFY(stream->lastIq().firstChild(u"query", ns::Mam));
        answerCatchUp();
        QTRY_VERIFY(!chats->isCatchingUp());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Until our initial presence, messages to our bare address go to our other resources
    // (a killed session hibernates for minutes): one that reached only the archive in that
    // time must not be skipped because a later one came live first.
    void liveMessagesMoveTheCursorOnlyAfterThePresenceCatchUp()
    {
        signInAndCatchUp();
        // Live before the catch-up that follows presence: stored, the cursor stays.
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' "
                     "to='alice@localhost/desk' type='chat' id='e1'><body>early</body><stanza-id "
                     "xmlns='urn:xmpp:sid:0' by='alice@localhost' id='s-early'/></message>"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        QVERIFY2(cursorNow() != u"s-early"_s, qPrintable(cursorNow()));
        // After it: live messages move it.
        catchUpAfterPresence();
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' "
                     "to='alice@localhost/desk' type='chat' id='l1'><body>later</body><stanza-id "
                     "xmlns='urn:xmpp:sid:0' by='alice@localhost' id='s-later'/></message>"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 2; }));
        QCOMPARE(cursorNow(), u"s-later"_s);
    }

    void init()
    {
        dir = std::make_unique<QTemporaryDir>();
        stream = std::make_unique<FakeStream>();
        database = std::make_unique<Database>();
        database->open(dir->filePath(u"history.sqlite"_s));
        history = std::make_unique<HistoryStore>(*database);
        carbons = std::make_unique<Carbons>(*stream);
        archive = std::make_unique<Archive>(*stream);
        chats = std::make_unique<ChatManager>(*stream, *history, *carbons, *archive);
        QTest::qWait(50); // the manager's start-up work for an online stream
        // Incoming messages wait for the catch-up of a fresh session: let it complete.
        QTRY_VERIFY(stream->lastIq().firstChild(u"query", ns::Mam));
        answerCatchUp();
        QTRY_VERIFY(!chats->isCatchingUp());
    }

    void cleanup()
    {
        chats.reset();
        archive.reset();
        carbons.reset();
        history.reset();
        database.reset();
        stream.reset();
        dir.reset();
    }

    void outboxWritesBeforeSendingAndAckMarksSent()
    {
        stream->sm = true;
        stream->sent.clear();
        const QString id = chats->sendMessage(Jid::parse(Peer), u"hello"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(stream->sentMessages().isEmpty()); // not before it is on disk
        QTRY_COMPARE(stream->sentMessages().size(), 1);
        const Element sent = stream->sentMessages().first();
        QCOMPARE(sent.attribute(u"id"), id);
        QCOMPARE(sent.childText(u"body", ns::Client), u"hello"_s);
        QCOMPARE(sent.firstChild(u"origin-id", ns::StanzaId).attribute(u"id"), id);
        QVERIFY(sent.firstChild(u"request", ns::Receipts));
        QVERIFY(sent.firstChild(u"markable", ns::ChatMarkers));
        QCOMPARE(stored().first().state, DeliveryState::Queued);

        stream->ack(sent);
        QVERIFY(waitStored([](const auto &m) { return m.first().state == DeliveryState::Sent; }));
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' type='chat'><received "
                     "xmlns='urn:xmpp:receipts' id='%1'/></message>"_s.arg(id));
        QVERIFY(
            waitStored([](const auto &m) { return m.first().state == DeliveryState::Delivered; }));
        stream->feed(
            u"<message xmlns='jabber:client' from='bob@localhost/x' type='chat'><displayed "
            "xmlns='urn:xmpp:chat-markers:0' id='%1'/></message>"_s.arg(id));
        QVERIFY(
            waitStored([](const auto &m) { return m.first().state == DeliveryState::Displayed; }));
    }

    void offlineMessagesGoOutOnceAfterSignIn()
    {
        stream->online = false;
        stream->sent.clear();
        chats->sendMessage(Jid::parse(Peer), u"one"_s);
        chats->sendMessage(Jid::parse(Peer), u"two"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 2; }));
        QTest::qWait(50);
        QVERIFY(stream->sentMessages().isEmpty());

        stream->setOnline(true);
        QTRY_COMPARE(stream->sentMessages().size(), 2);
        QCOMPARE(stream->sentMessages().at(0).childText(u"body", ns::Client), u"one"_s);
        QCOMPARE(stream->sentMessages().at(1).childText(u"body", ns::Client), u"two"_s);
        // Without stream management, handed to the socket counts as sent.
        QVERIFY(waitStored([](const auto &m) {
            return m.size() == 2 && m.at(0).state == DeliveryState::Sent &&
                   m.at(1).state == DeliveryState::Sent;
        }));
        // Another fresh sign-in: nothing Queued is left, nothing goes out again.
        stream->setOnline(false);
        stream->sent.clear();
        stream->setOnline(true);
        QTest::qWait(100);
        QVERIFY(stream->sentMessages().isEmpty());
    }

    void incomingIsStoredOnceAndReceiptAnswered()
    {
        QSignalSpy received(chats.get(), &ChatManager::messageReceived);
        const QString xml =
            u"<message xmlns='jabber:client' from='bob@localhost/phone' to='alice@localhost/desk' "
            "type='chat' id='m1'><body>hi</body><request xmlns='urn:xmpp:receipts'/><stanza-id "
            "xmlns='urn:xmpp:sid:0' by='alice@localhost' id='s1'/></message>"_s;
        stream->sent.clear();
        stream->feed(xml);
        stream->feed(xml); // the same message again (a resend)
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        QTest::qWait(100);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().serverId, u"s1"_s);
        QCOMPARE(received.count(), 1);
        const auto receipts = stream->sentMessages();
        QVERIFY(!receipts.isEmpty());
        QCOMPARE(receipts.first().attribute(u"to"), u"bob@localhost/phone"_s);
        QCOMPARE(receipts.first().firstChild(u"received", ns::Receipts).attribute(u"id"), u"m1"_s);
    }

    void errorReplyFailsOurMessage()
    {
        const QString id = chats->sendMessage(Jid::parse(Peer), u"lost"_s);
        QTRY_COMPARE(stream->sentMessages().size(), 1);
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost' type='error' "
                     "id='%1'><error type='cancel'><service-unavailable "
                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"_s.arg(id));
        QVERIFY(waitStored([](const auto &m) {
            return m.size() == 1 && m.first().state == DeliveryState::Failed &&
                   !m.first().errorText.isEmpty();
        }));
        // Retry puts it back on the wire with the same id.
        stream->sent.clear();
        chats->retry(stored().first().rowId);
        QTRY_COMPARE(stream->sentMessages().size(), 1);
        QCOMPARE(stream->sentMessages().first().attribute(u"id"), id);
    }

    void carbonsOnlyFromOurOwnBareJid()
    {
        QSignalSpy ignored(chats.get(), &ChatManager::stanzaIgnored);
        const QString carbon =
            u"<message xmlns='jabber:client' from='%1' to='alice@localhost/desk'><sent "
            "xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'><message "
            "xmlns='jabber:client' from='alice@localhost/phone' to='bob@localhost' type='chat' "
            "id='c1'><body>%2</body></message></forwarded></sent></message>"_s;
        stream->feed(carbon.arg(u"mallory@localhost"_s, u"spoofed"_s));
        stream->feed(carbon.arg(u"alice@localhost/phone"_s, u"full jid"_s));
        stream->feed(carbon.arg(u"alice@localhost"_s, u"genuine"_s));
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        QTest::qWait(100);
        const auto messages = stored();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().body, u"genuine"_s);
        QVERIFY(messages.first().isOwn());
        QCOMPARE(ignored.count(), 2);
    }

    void incomingCorrectionEditsTheMessage()
    {
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' type='chat' "
                     "id='orig'><body>teh</body></message>"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' type='chat' "
                     "id='fix'><body>the</body><replace xmlns='urn:xmpp:message-correct:0' "
                     "id='orig'/></message>"_s);
        QVERIFY(waitStored([](const auto &m) {
            return m.size() == 1 && m.first().body == u"the"_s && m.first().edited;
        }));
        // Someone else cannot correct Bob's message.
        stream->feed(u"<message xmlns='jabber:client' from='mallory@localhost/x' type='chat' "
                     "id='evil'><body>pwned</body><replace xmlns='urn:xmpp:message-correct:0' "
                     "id='orig'/></message>"_s);
        QTest::qWait(100);
        QCOMPARE(stored().first().body, u"the"_s);
    }

    void chatStatesReachTheView()
    {
        QSignalSpy states(chats.get(), &ChatManager::peerChatStateChanged);
        stream->feed(
            u"<message xmlns='jabber:client' from='bob@localhost/x' type='chat'><composing "
            "xmlns='http://jabber.org/protocol/chatstates'/></message>"_s);
        QCOMPARE(states.count(), 1);
        QCOMPARE(chats->peerChatState(Peer), ChatState::Composing);
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' type='chat' "
                     "id='b'><body>done typing</body></message>"_s);
        QCOMPARE(chats->peerChatState(Peer), ChatState::Active);
    }

    void catchUpStoresArchivedMessagesAndMovesTheCursor()
    {
        signInAgain();
        const Element query = stream->lastIq();
        const QString queryId = query.firstChild(u"query", ns::Mam).attribute(u"queryid");
        const QString result =
            u"<message xmlns='jabber:client' to='alice@localhost/desk'><result "
            "xmlns='urn:xmpp:mam:2' queryid='%1' id='%2'><forwarded xmlns='urn:xmpp:forward:0'>"
            "<delay xmlns='urn:xmpp:delay' stamp='2026-11-01T10:00:0%3Z'/><message "
            "xmlns='jabber:client' from='%4' to='%5' type='chat' id='%2'><body>%6</body>"
            "</message></forwarded></result></message>"_s;
        stream->feed(result.arg(queryId, u"a1"_s, u"1"_s, u"bob@localhost/x"_s,
                                u"alice@localhost"_s, u"from the archive"_s));
        stream->feed(result.arg(queryId, u"a2"_s, u"2"_s, u"alice@localhost/phone"_s,
                                u"bob@localhost"_s, u"ours from the archive"_s));
        // A result for a query we never sent is ignored.
        stream->feed(result.arg(u"forged"_s, u"a3"_s, u"3"_s, u"bob@localhost/x"_s,
                                u"alice@localhost"_s, u"forged"_s));
        stream->feed(u"<iq xmlns='jabber:client' type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' "
                     "complete='true'><set xmlns='http://jabber.org/protocol/rsm'><first>a1</first>"
                     "<last>a2</last></set></fin></iq>"_s.arg(query.attribute(u"id")));
        QVERIFY(waitStored([](const auto &m) { return m.size() == 2; }));
        const auto messages = stored();
        QCOMPARE(messages.at(0).body, u"from the archive"_s);
        QVERIFY(!messages.at(0).isOwn());
        QCOMPARE(messages.at(1).body, u"ours from the archive"_s);
        QVERIFY(messages.at(1).isOwn());
        QTRY_VERIFY(!chats->isCatchingUp());

        // The next sign-in asks only for what came after a2.
        signInAgain();
        const Element next = stream->lastIq().firstChild(u"query", ns::Mam);
        QCOMPARE(next.firstChild(u"set", ns::Rsm).childText(u"after", ns::Rsm), u"a2"_s);
        answerCatchUp();
    }

    void catchUpAfterOurOwnMessageFollowsTheLastIncoming()
    {
        signInAndCatchUp();
        catchUpAfterPresence();
        const QString mine = chats->sendMessage(Jid::parse(Peer), u"mine"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        QTest::qWait(20);
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' "
                     "to='alice@localhost/desk' type='chat' id='b1'><body>b1</body><stanza-id "
                     "xmlns='urn:xmpp:sid:0' by='alice@localhost' id='s1'/></message>"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 2; }));

        // A fresh session that is lost before its catch-up completes; b24 came live meanwhile.
        signInAgain();
        QTest::qWait(20);
        stream->feed(u"<message xmlns='jabber:client' from='bob@localhost/x' "
                     "to='alice@localhost/desk' type='chat' id='b24'><body>b24</body><stanza-id "
                     "xmlns='urn:xmpp:sid:0' by='alice@localhost' id='s24'/></message>"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 3; }));

        // Another fresh session. The archive took b24, then our message (it went out again
        // from the outbox), then b2: b2 belongs after b24, although the page before it ends
        // with our message, which keeps the earlier time it was written.
        signInAgain();
        Element query = stream->lastIq();
        QCOMPARE(query.firstChild(u"query", ns::Mam)
                     .firstChild(u"set", ns::Rsm)
                     .childText(u"after", ns::Rsm),
                 u"s1"_s);
        const QString now = XmppDateTime::format(QDateTime::currentDateTimeUtc());
        const QString result =
            u"<message xmlns='jabber:client' to='alice@localhost/desk'><result "
            "xmlns='urn:xmpp:mam:2' queryid='%1' id='%2'><forwarded xmlns='urn:xmpp:forward:0'>"
            "<delay xmlns='urn:xmpp:delay' stamp='%3'/><message xmlns='jabber:client' from='%4' "
            "to='%5' type='chat' id='%6'><body>%7</body><origin-id xmlns='urn:xmpp:sid:0' id='%6'/>"
            "</message></forwarded></result>"
            "</message>"_s;
        QString queryId = query.firstChild(u"query", ns::Mam).attribute(u"queryid");
        stream->feed(result.arg(queryId, u"s24"_s, now, u"bob@localhost/x"_s, u"alice@localhost"_s,
                                u"b24"_s, u"b24"_s));
        stream->feed(result.arg(queryId, u"a-mine"_s, now, u"alice@localhost/desk"_s, Peer, mine,
                                u"mine"_s));
        stream->feed(u"<iq xmlns='jabber:client' type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' "
                     "complete='false'><set xmlns='http://jabber.org/protocol/rsm'><first>s24"
                     "</first><last>a-mine</last></set></fin></iq>"_s.arg(query.attribute(u"id")));
        QTRY_VERIFY(stream->lastIq().attribute(u"id") != query.attribute(u"id"));
        query = stream->lastIq();
        queryId = query.firstChild(u"query", ns::Mam).attribute(u"queryid");
        stream->feed(result.arg(queryId, u"s2"_s, now, u"bob@localhost/x"_s, u"alice@localhost"_s,
                                u"b2"_s, u"b2"_s));
        stream->feed(u"<iq xmlns='jabber:client' type='result' id='%1'><fin xmlns='urn:xmpp:mam:2' "
                     "complete='true'><set xmlns='http://jabber.org/protocol/rsm'><first>s2</first>"
                     "<last>s2</last></set></fin></iq>"_s.arg(query.attribute(u"id")));
        QVERIFY(waitStored([](const auto &m) { return m.size() == 4; }));
        QStringList bodies;
        for (const HistoryMessage &message : stored())
            bodies.append(message.body);
        QCOMPARE(bodies, QStringList({u"mine"_s, u"b1"_s, u"b24"_s, u"b2"_s}));
    }
};

QTEST_GUILESS_MAIN(ChatManagerTest)
#include "tst_chatmanager.moc"
