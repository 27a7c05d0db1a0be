// One room end to end against the real test Prosody (MUC at conference.localhost, muc_mam):
// instant and configured rooms, two occupants talking both ways, private messages between
// occupants, nick change, kick and ban with reasons, password-protected and members-only
// rooms, destroy, and a spoofed group chat message from a third account.
#include "ChatPeer.h"
#include "disco/DiscoInfo.h"
#include "im/ChatManager.h"
#include "im/PresenceManager.h"
#include "muc/MucManager.h"
#include "storage/HistoryStore.h"
#include "xml/namespaces.h"

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

std::optional<HistoryMessage> findBody(const QList<HistoryMessage> &messages, const QString &body)
{
    for (const HistoryMessage &message : messages) {
        if (message.body == body)
            return message;
    }
    return std::nullopt;
}

// Waits for a MucCallback's answer.
struct OutcomeWaiter
{
    std::optional<MucOutcome> outcome;
    MucCallback callback()
    {
        return [this](const MucOutcome &o) { outcome = o; };
    }
    bool wait(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return outcome.has_value(); }, timeoutMs);
    }
    bool succeeded(int timeoutMs = 10000)
    {
        if (!wait(timeoutMs))
            return false;
        if (!outcome->ok)
            qWarning() << "Room operation failed:" << outcome->sentence;
        return outcome->ok;
    }
};

} // namespace

class MucRoomTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;

    QString database(const QString &name) { return dir.filePath(name + u".sqlite"_s); }
    Jid newRoom(const QString &stem)
    {
        return Jid::parse(
            u"%1%2@%3"_s.arg(stem).arg(QRandomGenerator::global()->generate()).arg(server.muc));
    }
    std::unique_ptr<ChatPeer> signedIn(const QString &stem)
    {
        const QString user = registerFreshUser(server, stem);
        auto peer = std::make_unique<ChatPeer>(server, user, u"desk"_s, database(user));
        if (!peer->signIn())
            qWarning() << "Sign-in failed:" << peer->harness().lastReason();
        return peer;
    }
    static bool waitJoined(Room *room, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([room] { return room->state() == Room::State::Joined; }, timeoutMs);
    }
    // Joins a new room and accepts the default configuration (§10.1.2).
    Room *createInstant(ChatPeer &owner, const Jid &roomJid, const QString &nick)
    {
        Room *room = owner.services().muc()->join(roomJid, {nick, {}, {}});
        if (!waitJoined(room))
            return nullptr;
        if (!room->isAwaitingConfiguration()) {
            qWarning() << "The room was not new";
            return nullptr;
        }
        OutcomeWaiter instant;
        room->createInstant(instant.callback());
        return instant.succeeded() ? room : nullptr;
    }
    // Joins a new room and submits its form with changes (var -> values).
    Room *createConfigured(ChatPeer &owner, const Jid &roomJid, const QString &nick,
                           const QMap<QString, QStringList> &changes)
    {
        Room *room = owner.services().muc()->join(roomJid, {nick, {}, {}});
        if (!waitJoined(room) || !room->isAwaitingConfiguration())
            return nullptr;
        std::optional<DataForm> form;
        room->requestConfiguration([&form](const DataForm &received, const MucOutcome &outcome) {
            if (outcome.ok)
                form = received;
            else
                qWarning() << "No configuration form:" << outcome.sentence;
        });
        if (!QTest::qWaitFor([&] { return form.has_value(); }, 10000))
            return nullptr;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            DataForm::Field *field = form->field(it.key());
            if (!field) {
                qWarning() << "The form has no field" << it.key();
                return nullptr;
            }
            field->values = it.value();
        }
        OutcomeWaiter submitted;
        room->submitConfiguration(*form, submitted.callback());
        return submitted.succeeded() && !room->isAwaitingConfiguration() ? room : nullptr;
    }
    static DiscoInfo discoInfo(ChatPeer &peer, const Jid &jid)
    {
        Element iq(u"iq"_s, ns::Client.toString());
        iq.setAttribute(u"type"_s, u"get"_s);
        iq.setAttribute(u"to"_s, jid.toString());
        iq.addChild(u"query"_s, ns::DiscoInfo.toString());
        std::optional<IqResponse> answer;
        peer.client().sendIq(iq, [&answer](const IqResponse &response) { answer = response; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
            return {};
        return DiscoInfo::fromElement(answer->iq.firstChild(u"query", ns::DiscoInfo));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<Occupant>();
        qRegisterMetaType<RoomExit>();
        qRegisterMetaType<HistoryMessage>();
        QString error;
        const auto info = TestServerInfo::load(&error);
        QVERIFY2(info, qPrintable(error));
        server = *info;
        QVERIFY(dir.isValid());
        QVERIFY(!server.muc.isEmpty());
    }

    void instantRoomOthersCanJoin()
    {
        auto a = signedIn(u"ownr"_s);
        auto b = signedIn(u"gst"_s);
        const Jid roomJid = newRoom(u"instant"_s);
        QSignalSpy needed(a->services().muc()->room(roomJid), &Room::configurationNeeded);
        Room *room = createInstant(*a, roomJid, u"owner"_s);
        QVERIFY(room);
        QCOMPARE(needed.count(), 1);
        QCOMPARE(room->self().affiliation, MucAffiliation::Owner);
        QVERIFY(room->canConfigure());
        Room *guest = b->services().muc()->join(roomJid, {u"guest"_s, {}, {}});
        QVERIFY(waitJoined(guest));
        QVERIFY(!guest->isAwaitingConfiguration());
        QCOMPARE(guest->self().affiliation, MucAffiliation::None);
        QVERIFY(guest->occupant(u"owner"_s));
        QTRY_VERIFY(room->occupant(u"guest"_s).has_value());
    }

    void configuredRoomHasItsName()
    {
        auto a = signedIn(u"ownr"_s);
        const Jid roomJid = newRoom(u"configured"_s);
        const QString name = u"Linnet test room %1"_s.arg(QRandomGenerator::global()->generate());
        Room *room = createConfigured(*a, roomJid, u"owner"_s,
                                      {{u"muc#roomconfig_roomname"_s, {name}},
                                       {u"muc#roomconfig_persistentroom"_s, {u"1"_s}}});
        QVERIFY(room);
        const DiscoInfo info = discoInfo(*a, roomJid);
        QVERIFY(!info.identities.isEmpty());
        QCOMPARE(info.identities.first().category, u"conference"_s);
        QCOMPARE(info.identities.first().name, name);
        QVERIFY(info.hasFeature(u"muc_persistent"));
        // The persistent room outlives its last occupant.
        QSignalSpy exited(room, &Room::exited);
        room->leave();
        QTRY_COMPARE(exited.count(), 1);
        QCOMPARE(exited.first().first().value<RoomExit>().reason, RoomExit::Reason::Left);
        QCOMPARE(discoInfo(*a, roomJid).identities.value(0).name, name);
    }

    void twoOccupantsTalkBothWays()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"talk"_s);
        const QString conversation = roomJid.bareString();
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));

        QSignalSpy receivedB(roomB, &Room::messageReceived);
        const QString id = roomA->sendMessage(u"Hello from Alice"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(b->waitForHistory(
            conversation, [](const auto &m) { return containsBody(m, u"Hello from Alice"_s); }));
        const HistoryMessage atBob = *findBody(b->history(conversation), u"Hello from Alice"_s);
        QCOMPARE(atBob.direction, MessageDirection::Incoming);
        QCOMPARE(atBob.senderName, u"alice"_s);
        QCOMPARE(atBob.type, MessageType::Groupchat);
        QCOMPARE(atBob.senderJid, roomJid.withResource(u"alice").full());
        QVERIFY(!atBob.serverId.isEmpty()); // the room's stanza-id (muc_mam)
        QTRY_COMPARE(receivedB.count(), 1);
        QCOMPARE(receivedB.first().first().value<HistoryMessage>().body, u"Hello from Alice"_s);
        // Alice's own copy: one row, Sent once the room reflected it.
        QVERIFY(a->waitForHistory(conversation, [](const auto &m) {
            const auto own = findBody(m, u"Hello from Alice"_s);
            return own && own->state == DeliveryState::Sent && !own->serverId.isEmpty();
        }));
        QCOMPARE(a->history(conversation).size(), 1);
        QCOMPARE(a->history(conversation).first().direction, MessageDirection::Outgoing);

        roomB->sendMessage(u"Hello from Bob"_s);
        QVERIFY(a->waitForHistory(
            conversation, [](const auto &m) { return containsBody(m, u"Hello from Bob"_s); }));
        const HistoryMessage atAlice = *findBody(a->history(conversation), u"Hello from Bob"_s);
        QCOMPARE(atAlice.senderName, u"bob"_s);
        QCOMPARE(atAlice.direction, MessageDirection::Incoming);
        QVERIFY(b->waitForHistory(conversation, [](const auto &m) {
            const auto own = findBody(m, u"Hello from Bob"_s);
            return own && own->state == DeliveryState::Sent && own->isOwn();
        }));
        QCOMPARE(b->history(conversation).size(), 2);

        // A third occupant joining later gets the history once, with the right senders.
        auto c = signedIn(u"carl"_s);
        Room *roomC = c->services().muc()->join(roomJid, {u"carol"_s, {}, {}});
        QVERIFY(waitJoined(roomC));
        QVERIFY(c->waitForHistory(conversation, [](const auto &m) { return m.size() == 2; }));
        QCOMPARE(findBody(c->history(conversation), u"Hello from Bob"_s)->senderName, u"bob"_s);
    }

    void subjectSetByModeratorSeenByAll()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"subject"_s);
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QVERIFY(roomA->canSetSubject());
        QVERIFY(!roomB->canSetSubject()); // Prosody: only moderators by default

        QSignalSpy subjectB(roomB, &Room::subjectChanged);
        OutcomeWaiter set;
        roomA->setSubject(u"Fire burn and cauldron bubble"_s, set.callback());
        QVERIFY(set.succeeded());
        QTRY_VERIFY(!subjectB.isEmpty());
        QCOMPARE(roomB->subject(), u"Fire burn and cauldron bubble"_s);
        QCOMPARE(roomB->subjectSetBy(), u"alice"_s);
        QVERIFY(b->history(roomJid.bareString()).isEmpty()); // a subject is no message

        OutcomeWaiter refused;
        roomB->setSubject(u"Mine now"_s, refused.callback());
        QVERIFY(refused.wait());
        QVERIFY(!refused.outcome->ok);

        // A later occupant gets the subject with the join.
        auto c = signedIn(u"carl"_s);
        Room *roomC = c->services().muc()->join(roomJid, {u"carol"_s, {}, {}});
        QVERIFY(waitJoined(roomC));
        QTRY_COMPARE(roomC->subject(), u"Fire burn and cauldron bubble"_s);
    }

    void historyFromTheRoomArchive()
    {
        auto a = signedIn(u"alic"_s);
        auto c = signedIn(u"carl"_s);
        const Jid roomJid = newRoom(u"archive"_s);
        const QString conversation = roomJid.bareString();
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        for (const QString &body : {u"one"_s, u"two"_s, u"three"_s})
            roomA->sendMessage(body);
        QVERIFY(a->waitForHistory(conversation, [](const auto &m) {
            return m.size() == 3 && m.last().state == DeliveryState::Sent;
        }));

        // Joining with no join history and the archive instead (XEP-0313 on the room).
        JoinHistory fromArchive;
        fromArchive.kind = JoinHistory::Kind::FromArchive;
        Room *roomC = c->services().muc()->join(roomJid, {u"carol"_s, {}, fromArchive});
        QVERIFY(waitJoined(roomC));
        QVERIFY(c->waitForHistory(conversation, [](const auto &m) { return m.size() == 3; }));
        QCOMPARE(bodiesOf(c->history(conversation)), (QStringList{u"one"_s, u"two"_s, u"three"_s}));
        for (const HistoryMessage &message : c->history(conversation)) {
            QCOMPARE(message.senderName, u"alice"_s);
            QVERIFY(!message.serverId.isEmpty());
        }
        QTRY_VERIFY(roomC->hasArchive());

        // Out, two more messages, back in from the archive: the gap is filled, nothing twice.
        QSignalSpy exited(roomC, &Room::exited);
        roomC->leave();
        QTRY_COMPARE(exited.count(), 1);
        roomA->sendMessage(u"four"_s);
        roomA->sendMessage(u"five"_s);
        QVERIFY(a->waitForHistory(conversation, [](const auto &m) {
            return m.size() == 5 && m.last().state == DeliveryState::Sent;
        }));
        roomC->join({u"carol"_s, {}, fromArchive});
        QVERIFY(waitJoined(roomC));
        QVERIFY(c->waitForHistory(conversation, [](const auto &m) { return m.size() == 5; }));
        QTest::qWait(300);
        QCOMPARE(bodiesOf(c->history(conversation)),
                 (QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s}));
    }

    void privateMessagesBetweenOccupants()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"private"_s);
        QVERIFY(createInstant(*a, roomJid, u"alice"_s));
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));

        const Jid bobInRoom = roomJid.withResource(u"bob");
        const Jid aliceInRoom = roomJid.withResource(u"alice");
        a->services().chats()->sendMessage(bobInRoom, u"Psst, Bob"_s);
        QVERIFY(b->waitForHistory(aliceInRoom.full(),
                                  [](const auto &m) { return containsBody(m, u"Psst, Bob"_s); }));
        b->services().chats()->sendMessage(aliceInRoom, u"Psst yourself"_s);
        QVERIFY(a->waitForHistory(
            bobInRoom.full(), [](const auto &m) { return containsBody(m, u"Psst yourself"_s); }));
        // Not in the room's conversation.
        QVERIFY(!containsBody(a->history(roomJid.bareString()), u"Psst yourself"_s));
        QVERIFY(!containsBody(b->history(roomJid.bareString()), u"Psst, Bob"_s));
    }

    // XEP-0045 §7.7: changing our status (here: Do not disturb) reaches every room we are in.
    void ourStatusReachesTheRoom()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"status"_s);
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QTRY_VERIFY(roomA->occupant(u"bob"_s).has_value());

        b->services().presence()->setOwnPresence(Presence::Show::Dnd, u"In a meeting"_s);
        QTRY_COMPARE(roomA->occupant(u"bob"_s)->show, Presence::Show::Dnd);
        QCOMPARE(roomA->occupant(u"bob"_s)->status, u"In a meeting"_s);
    }

    void nickChangeSeenByBoth()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"nick"_s);
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QTRY_VERIFY(roomA->occupant(u"bob"_s).has_value());

        QSignalSpy renamedA(roomA, &Room::nickChanged);
        QSignalSpy renamedB(roomB, &Room::nickChanged);
        QSignalSpy leftA(roomA, &Room::occupantLeft);
        roomB->changeNick(u"robert"_s);
        QTRY_COMPARE(renamedB.count(), 1);
        QTRY_COMPARE(renamedA.count(), 1);
        QCOMPARE(renamedB.first().at(2).toBool(), true);
        QCOMPARE(renamedA.first().at(0).toString(), u"bob"_s);
        QCOMPARE(renamedA.first().at(1).toString(), u"robert"_s);
        QCOMPARE(renamedA.first().at(2).toBool(), false);
        QCOMPARE(roomB->nick(), u"robert"_s);
        QTRY_VERIFY(roomA->occupant(u"robert"_s).has_value());
        QVERIFY(!roomA->occupant(u"bob"_s));
        QCOMPARE(leftA.count(), 0);
        QCOMPARE(roomB->state(), Room::State::Joined);

        // Taken nicks are refused and the old one stays.
        QSignalSpy notices(roomB, &Room::notice);
        roomB->changeNick(u"alice"_s);
        QTRY_VERIFY(!notices.isEmpty());
        QCOMPARE(roomB->nick(), u"robert"_s);

        // Messages after the change carry the new nick.
        roomB->sendMessage(u"I am Robert now"_s);
        QVERIFY(a->waitForHistory(roomJid.bareString(), [](const auto &m) {
            const auto found = findBody(m, u"I am Robert now"_s);
            return found && found->senderName == u"robert";
        }));
    }

    void kickSeenByBothWithReason()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"kick"_s);
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QTRY_VERIFY(roomA->occupant(u"bob"_s).has_value());
        QVERIFY(roomA->canKick(*roomA->occupant(u"bob"_s)));
        QVERIFY(!roomB->canKick(*roomB->occupant(u"alice"_s)));

        QSignalSpy leftA(roomA, &Room::occupantLeft);
        QSignalSpy exitedB(roomB, &Room::exited);
        OutcomeWaiter kicked;
        roomA->kick(u"bob"_s, u"Too much noise"_s, kicked.callback());
        QVERIFY(kicked.succeeded());
        QTRY_COMPARE(exitedB.count(), 1);
        const RoomExit exit = exitedB.first().first().value<RoomExit>();
        QCOMPARE(exit.reason, RoomExit::Reason::Kicked);
        QCOMPARE(exit.why, u"Too much noise"_s);
        QVERIFY2(exit.sentence.contains(u"Too much noise"_s), qPrintable(exit.sentence));
        QCOMPARE(roomB->state(), Room::State::NotJoined);
        QTRY_COMPARE(leftA.count(), 1);
        const QString sentence = leftA.first().at(1).toString();
        QVERIFY2(sentence.contains(u"kicked"_s) && sentence.contains(u"Too much noise"_s),
                 qPrintable(sentence));
        QVERIFY(!roomA->occupant(u"bob"_s));
        // A kick is not a ban: Bob may come back.
        b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
    }

    void banSeenByBothWithReason()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"ban"_s);
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QTRY_VERIFY(roomA->occupant(u"bob"_s).has_value());
        const Occupant bob = *roomA->occupant(u"bob"_s);
        QCOMPARE(bob.realJid.bare(), b->jid().bare()); // moderators see real JIDs
        QVERIFY(roomA->canBan(bob));

        QSignalSpy leftA(roomA, &Room::occupantLeft);
        QSignalSpy exitedB(roomB, &Room::exited);
        OutcomeWaiter banned;
        roomA->ban(bob.realJid, u"Spam"_s, banned.callback());
        QVERIFY(banned.succeeded());
        QTRY_COMPARE(exitedB.count(), 1);
        const RoomExit exit = exitedB.first().first().value<RoomExit>();
        QCOMPARE(exit.reason, RoomExit::Reason::Banned);
        QCOMPARE(exit.why, u"Spam"_s);
        QTRY_COMPARE(leftA.count(), 1);
        QVERIFY2(leftA.first().at(1).toString().contains(u"banned"_s),
                 qPrintable(leftA.first().at(1).toString()));
        QVERIFY(leftA.first().at(1).toString().contains(u"Spam"_s));

        // The outcast list has Bob, and he cannot come back.
        QList<Jid> outcasts;
        bool listed = false;
        roomA->requestAffiliationList(MucAffiliation::Outcast,
                                      [&](const QList<Jid> &jids, const MucOutcome &outcome) {
                                          listed = outcome.ok;
                                          outcasts = jids;
                                      });
        QTRY_VERIFY(listed);
        QVERIFY(outcasts.contains(b->jid().bare()));
        QSignalSpy refused(roomB, &Room::exited);
        b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QTRY_COMPARE(refused.count(), 1);
        const RoomExit again = refused.first().first().value<RoomExit>();
        QCOMPARE(again.reason, RoomExit::Reason::JoinRefused);
        QVERIFY2(again.sentence.contains(u"banned"_s), qPrintable(again.sentence));
    }

    void voiceInAModeratedRoom()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"moderated"_s);
        Room *roomA = createConfigured(*a, roomJid, u"alice"_s,
                                       {{u"muc#roomconfig_moderatedroom"_s, {u"1"_s}}});
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QCOMPARE(roomB->self().role, MucRole::Visitor);

        // A visitor's message is refused by the room: Failed, with the room's words.
        const QString conversation = roomJid.bareString();
        roomB->sendMessage(u"May I speak?"_s);
        QVERIFY(b->waitForHistory(conversation, [](const auto &m) {
            const auto own = findBody(m, u"May I speak?"_s);
            return own && own->state == DeliveryState::Failed && !own->errorText.isEmpty();
        }));

        QTRY_VERIFY(roomA->occupant(u"bob"_s).has_value());
        QVERIFY(roomA->canChangeRole(*roomA->occupant(u"bob"_s), MucRole::Participant));
        QSignalSpy changedB(roomB, &Room::occupantChanged);
        OutcomeWaiter voiced;
        roomA->setRole(u"bob"_s, MucRole::Participant, u"Speak up"_s, voiced.callback());
        QVERIFY(voiced.succeeded());
        QTRY_COMPARE(roomB->self().role, MucRole::Participant);
        QVERIFY(!changedB.isEmpty());
        roomB->sendMessage(u"Thank you"_s);
        QVERIFY(a->waitForHistory(conversation,
                                  [](const auto &m) { return containsBody(m, u"Thank you"_s); }));
        QVERIFY(!containsBody(a->history(conversation), u"May I speak?"_s));
    }

    void passwordProtectedRoom()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"secret"_s);
        // Prosody's form has the secret alone (a non-empty one protects the room).
        QVERIFY(createConfigured(*a, roomJid, u"alice"_s,
                                 {{u"muc#roomconfig_roomsecret"_s, {u"cauldron"_s}}}));
        Room *roomB = b->services().muc()->room(roomJid);
        QSignalSpy password(roomB, &Room::passwordRequired);
        roomB->join({u"bob"_s, {}, {}});
        QTRY_COMPARE(password.count(), 1);
        QCOMPARE(roomB->state(), Room::State::NotJoined);
        roomB->join({u"bob"_s, u"wrong"_s, {}});
        QTRY_COMPARE(password.count(), 2);
        QCOMPARE(roomB->state(), Room::State::NotJoined);
        roomB->join({u"bob"_s, u"cauldron"_s, {}});
        QVERIFY(waitJoined(roomB));
    }

    void membersOnlyRoom()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"members"_s);
        Room *roomA = createConfigured(*a, roomJid, u"alice"_s,
                                       {{u"muc#roomconfig_membersonly"_s, {u"1"_s}}});
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->room(roomJid);
        QSignalSpy exited(roomB, &Room::exited);
        roomB->join({u"bob"_s, {}, {}});
        QTRY_COMPARE(exited.count(), 1);
        const RoomExit refused = exited.first().first().value<RoomExit>();
        QCOMPARE(refused.reason, RoomExit::Reason::JoinRefused);
        QVERIFY2(refused.sentence.contains(u"members"_s), qPrintable(refused.sentence));

        OutcomeWaiter member;
        roomA->setAffiliation(b->jid().bare(), MucAffiliation::Member, u"Welcome"_s,
                              member.callback());
        QVERIFY(member.succeeded());
        roomB->join({u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QCOMPARE(roomB->self().affiliation, MucAffiliation::Member);
    }

    void destroyEndsTheRoomForEveryone()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        const Jid roomJid = newRoom(u"doomed"_s);
        const Jid venue = newRoom(u"venue"_s);
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));
        QSignalSpy exitedA(roomA, &Room::exited);
        QSignalSpy exitedB(roomB, &Room::exited);
        OutcomeWaiter destroyed;
        roomA->destroy(u"Macbeth doth come."_s, venue, destroyed.callback());
        QVERIFY(destroyed.succeeded());
        QTRY_COMPARE(exitedB.count(), 1);
        const RoomExit exit = exitedB.first().first().value<RoomExit>();
        QCOMPARE(exit.reason, RoomExit::Reason::Destroyed);
        QCOMPARE(exit.why, u"Macbeth doth come."_s);
        QCOMPARE(exit.alternateRoom, venue);
        QCOMPARE(roomB->state(), Room::State::NotJoined);
        QTRY_COMPARE(exitedA.count(), 1);
        QCOMPARE(exitedA.first().first().value<RoomExit>().reason, RoomExit::Reason::Destroyed);
    }

    void spoofedGroupchatIsNotStored()
    {
        auto a = signedIn(u"alic"_s);
        auto b = signedIn(u"bobb"_s);
        auto mallory = signedIn(u"mall"_s);
        const Jid roomJid = newRoom(u"spoof"_s);
        Room *roomA = createInstant(*a, roomJid, u"alice"_s);
        QVERIFY(roomA);
        Room *roomB = b->services().muc()->join(roomJid, {u"bob"_s, {}, {}});
        QVERIFY(waitJoined(roomB));

        // Mallory writes a group chat message straight to Bob, dressed as the room's (its
        // stanza-id); the server routes by 'to' and stamps Mallory's own address as 'from'.
        Element spoof(u"message"_s, ns::Client.toString());
        spoof.setAttribute(u"type"_s, u"groupchat"_s);
        spoof.setAttribute(u"to"_s, b->client().boundJid().full());
        spoof.setAttribute(u"id"_s, u"spoof-1"_s);
        spoof.addChild(u"body"_s, ns::Client.toString()).setText(u"Spoofed words"_s);
        spoof.addChild(u"stanza-id"_s, ns::StanzaId.toString())
            .setAttribute(u"by"_s, roomJid.bareString())
            .setAttribute(u"id"_s, u"fake-id"_s);
        bool spoofArrived = false;
        QObject::connect(b->services().chats(), &ChatManager::groupchatMessageReceived,
                         [&spoofArrived, &mallory](const Message &message) {
                             if (message.from.bare() == mallory->jid().bare())
                                 spoofArrived = true;
                         });
        mallory->client().send(spoof);
        QTRY_VERIFY(spoofArrived); // it did reach Bob's client
        // Then a real message through the room: once it is there, the spoof had its chance.
        roomA->sendMessage(u"Real words"_s);
        QVERIFY(b->waitForHistory(roomJid.bareString(),
                                  [](const auto &m) { return containsBody(m, u"Real words"_s); }));
        QTest::qWait(300);
        QVERIFY(!containsBody(b->history(roomJid.bareString()), u"Spoofed words"_s));
        QVERIFY(!containsBody(b->history(mallory->jid().bareString()), u"Spoofed words"_s));
        QCOMPARE(b->history(roomJid.bareString()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(MucRoomTest)
#include "tst_muc_room.moc"
