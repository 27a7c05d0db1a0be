// Room over a recording stream and a real HistoryStore: the XEP-0045 examples (join,
// self-presence, occupants, nick change, kick, ban, destroy, subject, join errors) fed
// through Room, what Room sends for them, our own messages through the history, and the
// room's archive. Moderation, configuration and invitations: tst_mucuser_moderation.cpp.
#include "RoomTestSupport.h"
#include "xml/namespaces.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class RoomTest : public RoomTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerTypes(); }
    void init() { setUpRoom(); }
    void cleanup() { tearDownRoom(); }

    // ---- joining ------------------------------------------------------------------------

    void joinPresenceCarriesMucPayloadPasswordAndHistory()
    {
        QCOMPARE(room->jid().toString(), RoomJid);
        QSignalSpy states(room.get(), &Room::stateChanged);
        JoinHistory history;
        history.kind = JoinHistory::Kind::MaxStanzas;
        history.maxStanzas = 20;
        room->join({u"thirdwitch"_s, u"cauldronburn"_s, history});
        QCOMPARE(room->state(), Room::State::Joining);
        QCOMPARE(states.count(), 1);
        QCOMPARE(room->nick(), u"thirdwitch"_s);
        const Element sent = lastSent(u"presence");
        QCOMPARE(sent.attribute(u"to"), u"coven@chat.shakespeare.lit/thirdwitch"_s);
        QVERIFY(sent.attribute(u"type").isEmpty());
        const Element x = sent.firstChild(u"x", ns::Muc);
        QVERIFY(!x.isNull());
        QCOMPARE(x.childText(u"password", ns::Muc), u"cauldronburn"_s);
        QCOMPARE(x.firstChild(u"history", ns::Muc).attribute(u"maxstanzas"), u"20"_s);
    }

    void joinHistoryVariants()
    {
        JoinHistory none;
        none.kind = JoinHistory::Kind::None;
        room->join({u"thirdwitch"_s, {}, none});
        QCOMPARE(lastSent(u"presence")
                     .firstChild(u"x", ns::Muc)
                     .firstChild(u"history", ns::Muc)
                     .attribute(u"maxstanzas"),
                 u"0"_s);
        room->leave();
        JoinHistory since;
        since.kind = JoinHistory::Kind::Since;
        since.since = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        room->join({u"thirdwitch"_s, {}, since});
        QCOMPARE(lastSent(u"presence")
                     .firstChild(u"x", ns::Muc)
                     .firstChild(u"history", ns::Muc)
                     .attribute(u"since"),
                 u"1970-01-01T00:00:00Z"_s);
        room->leave();
        room->join({u"thirdwitch"_s, {}, {}});
        const Element x = lastSent(u"presence").firstChild(u"x", ns::Muc);
        QVERIFY(!x.isNull());
        QVERIFY(x.firstChild(u"history", ns::Muc).isNull());
        QVERIFY(x.firstChild(u"password", ns::Muc).isNull());
    }

    void joinWithoutNickUsesLocalpart()
    {
        room->join({});
        QCOMPARE(room->nick(), u"hag66"_s);
        QCOMPARE(lastSent(u"presence").attribute(u"to"), u"coven@chat.shakespeare.lit/hag66"_s);
    }

    void selfPresenceCompletesJoinWithOccupants()
    {
        QSignalSpy joinedSpy(room.get(), &Room::joined);
        QSignalSpy occupantJoined(room.get(), &Room::occupantJoined);
        QSignalSpy notices(room.get(), &Room::notice);
        joinAs();
        QCOMPARE(joinedSpy.count(), 1);
        QCOMPARE(occupantJoined.count(), 3);
        QCOMPARE(room->occupants().size(), 3);
        const Occupant first = *room->occupant(u"firstwitch"_s);
        QCOMPARE(first.role, MucRole::Moderator);
        QCOMPARE(first.affiliation, MucAffiliation::Owner);
        QCOMPARE(first.realJid.full(), u"crone1@shakespeare.lit/desktop"_s);
        QVERIFY(!first.isSelf);
        const Occupant self = room->self();
        QVERIFY(self.isSelf);
        QCOMPARE(self.nick, u"thirdwitch"_s);
        QCOMPARE(self.role, MucRole::Participant);
        QVERIFY(room->isNonAnonymous()); // status 100
        QVERIFY(!notices.isEmpty());
        // The room's disco#info is asked after the join.
        const Element iq = lastSent(u"iq");
        QCOMPARE(iq.attribute(u"to"), RoomJid);
        QVERIFY(!iq.firstChild(u"query", ns::DiscoInfo).isNull());
    }

    void occupantPresenceChangesAndOccupantId()
    {
        joinAs();
        QSignalSpy changed(room.get(), &Room::occupantChanged);
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/secondwitch'>"
                 "<show>away</show><status>brewing</status>"
                 "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='dd72603d'/>"
                 "<x xmlns='http://jabber.org/protocol/muc#user'>"
                 "<item affiliation='admin' role='moderator'/></x></presence>"_s);
        QCOMPARE(changed.count(), 1);
        const Occupant after = changed.first().at(1).value<Occupant>();
        QCOMPARE(after.show, Presence::Show::Away);
        QCOMPARE(after.status, u"brewing"_s);
        QCOMPARE(after.occupantId, u"dd72603d"_s);
        QVERIFY(!after.realJid.isValid()); // this presence did not show it
    }

    void selfPresenceWithout110FromAnOldService()
    {
        room->join({u"thirdwitch"_s, {}, {}});
        presence(occupantPresence(u"firstwitch"_s, u"owner"_s, u"moderator"_s, {},
                                  u"crone1@shakespeare.lit/desktop"_s));
        QCOMPARE(room->state(), Room::State::Joining);
        presence(occupantPresence(u"thirdwitch"_s, u"none"_s, u"participant"_s, {}, Own));
        QCOMPARE(room->state(), Room::State::Joined);
        QVERIFY(room->self().isSelf);
    }

    void serviceAssignedNick210()
    {
        room->join({u"thirdwitch"_s, {}, {}});
        presence(occupantPresence(u"oldhag"_s, u"member"_s, u"participant"_s,
                                  u"<status code='110'/><status code='210'/>"_s));
        QCOMPARE(room->state(), Room::State::Joined);
        QCOMPARE(room->nick(), u"oldhag"_s);
        QVERIFY(room->self().isSelf);
    }

    void nickConflictSuggestsFreeNick()
    {
        QSignalSpy conflict(room.get(), &Room::nickConflict);
        QSignalSpy exited(room.get(), &Room::exited);
        room->join({u"thirdwitch"_s, {}, {}});
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='error'><x xmlns='http://jabber.org/protocol/muc'/><error by='" +
                 RoomJid +
                 u"' type='cancel'><conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                 "</error></presence>"_s);
        QCOMPARE(conflict.count(), 1);
        QCOMPARE(conflict.first().first().toString(), u"thirdwitch_"_s);
        QCOMPARE(room->state(), Room::State::NotJoined);
        QCOMPARE(exited.count(), 0);
        QCOMPARE(room->lastExit().reason, RoomExit::Reason::JoinRefused);
    }

    void notAuthorizedAsksForPassword()
    {
        QSignalSpy password(room.get(), &Room::passwordRequired);
        room->join({u"thirdwitch"_s, {}, {}});
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='error'><error type='auth'><not-authorized "
                 "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>"_s);
        QCOMPARE(password.count(), 1);
        QCOMPARE(room->state(), Room::State::NotJoined);
    }

    void refusedJoinsExitWithSentence_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("words");
        QTest::newRow("members-only") << u"registration-required"_s << u"members only"_s;
        QTest::newRow("banned") << u"forbidden"_s << u"banned"_s;
        QTest::newRow("full") << u"service-unavailable"_s << u"full"_s;
        QTest::newRow("locked") << u"item-not-found"_s << u"does not exist"_s;
        QTest::newRow("nick lockdown") << u"not-acceptable"_s << u"registered nickname"_s;
    }

    void refusedJoinsExitWithSentence()
    {
        QFETCH(QString, condition);
        QFETCH(QString, words);
        QSignalSpy exited(room.get(), &Room::exited);
        room->join({u"thirdwitch"_s, {}, {}});
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='error'><error type='cancel'><%1 xmlns='urn:ietf:params:xml:ns:xmpp-"
                 "stanzas'/></error></presence>"_s.arg(condition));
        QCOMPARE(exited.count(), 1);
        const RoomExit exit = exited.first().first().value<RoomExit>();
        QCOMPARE(exit.reason, RoomExit::Reason::JoinRefused);
        QVERIFY2(exit.sentence.contains(words), qPrintable(exit.sentence));
        QVERIFY(exit.sentence.endsWith(u'.'));
        QCOMPARE(room->state(), Room::State::NotJoined);
    }

    // ---- occupants coming and going ---------------------------------------------------------

    void nickChange303IsNotALeave()
    {
        joinAs();
        QSignalSpy left(room.get(), &Room::occupantLeft);
        QSignalSpy joined(room.get(), &Room::occupantJoined);
        QSignalSpy renamed(room.get(), &Room::nickChanged);
        // §7.6 example: secondwitch becomes oldhag.
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/secondwitch' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='admin' jid='wiccarocks@shakespeare.lit/laptop' nick='oldhag' "
                 "role='moderator'/><status code='303'/></x></presence>"_s);
        presence(occupantPresence(u"oldhag"_s, u"admin"_s, u"moderator"_s, {},
                                  u"wiccarocks@shakespeare.lit/laptop"_s));
        QCOMPARE(left.count(), 0);
        QCOMPARE(joined.count(), 0);
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.first().at(0).toString(), u"secondwitch"_s);
        QCOMPARE(renamed.first().at(1).toString(), u"oldhag"_s);
        QCOMPARE(renamed.first().at(2).toBool(), false);
        QVERIFY(!room->occupant(u"secondwitch"_s));
        QVERIFY(room->occupant(u"oldhag"_s));
        QCOMPARE(room->occupants().size(), 3);
    }

    void ownNickChange()
    {
        joinAs();
        QSignalSpy renamed(room.get(), &Room::nickChanged);
        room->changeNick(u"hecate"_s);
        const Element sent = lastSent(u"presence");
        QCOMPARE(sent.attribute(u"to"), u"coven@chat.shakespeare.lit/hecate"_s);
        QVERIFY(sent.firstChild(u"x", ns::Muc).isNull());
        QCOMPARE(room->nick(), u"thirdwitch"_s); // until the room says so
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='none' nick='hecate' role='participant'/><status code='303'/>"
                 "<status code='110'/></x></presence>"_s);
        presence(
            occupantPresence(u"hecate"_s, u"none"_s, u"participant"_s, u"<status code='110'/>"_s));
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.first().at(2).toBool(), true);
        QCOMPARE(room->nick(), u"hecate"_s);
        QCOMPARE(room->state(), Room::State::Joined);
        QVERIFY(room->self().isSelf);
        QCOMPARE(room->self().nick, u"hecate"_s);
    }

    void nickChangeConflictKeepsOldNick()
    {
        joinAs();
        QSignalSpy notices(room.get(), &Room::notice);
        room->changeNick(u"firstwitch"_s);
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/firstwitch' "
                 "type='error'><error type='cancel'><conflict "
                 "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></presence>"_s);
        QCOMPARE(room->nick(), u"thirdwitch"_s);
        QCOMPARE(room->state(), Room::State::Joined);
        QCOMPARE(notices.count(), 1);
    }

    void occupantLeavesWithStatus()
    {
        joinAs();
        QSignalSpy left(room.get(), &Room::occupantLeft);
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/secondwitch' "
                 "type='unavailable'><status>gone where the goblins go</status><x "
                 "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='admin' "
                 "role='none'/></x></presence>"_s);
        QCOMPARE(left.count(), 1);
        QCOMPARE(left.first().at(0).value<Occupant>().nick, u"secondwitch"_s);
        QCOMPARE(left.first().at(1).toString(),
                 u"secondwitch left the room (gone where the goblins go)."_s);
        QCOMPARE(room->occupants().size(), 2);
    }

    void otherKicked307WithActorAndReason()
    {
        joinAs();
        QSignalSpy left(room.get(), &Room::occupantLeft);
        // §8.2 example, as the other occupants see it.
        presence(occupantPresence(u"pistol"_s, u"none"_s, u"participant"_s));
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/pistol' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='none' role='none'><actor nick='Fluellen'/><reason>Avaunt, you "
                 "cullion!</reason></item><status code='307'/></x></presence>"_s);
        QCOMPARE(left.count(), 1);
        const QString sentence = left.first().at(1).toString();
        QVERIFY2(sentence.contains(u"pistol has been kicked"_s), qPrintable(sentence));
        QVERIFY2(sentence.contains(u"Fluellen"_s), qPrintable(sentence));
        QVERIFY2(sentence.contains(u"Avaunt, you cullion!"_s), qPrintable(sentence));
    }

    void weAreKicked307()
    {
        joinAs();
        QSignalSpy exited(room.get(), &Room::exited);
        QSignalSpy states(room.get(), &Room::stateChanged);
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='none' role='none'><actor nick='Fluellen'/><reason>Avaunt, you "
                 "cullion!</reason></item><status code='110'/><status code='307'/></x>"
                 "</presence>"_s);
        QCOMPARE(exited.count(), 1);
        const RoomExit exit = exited.first().first().value<RoomExit>();
        QCOMPARE(exit.reason, RoomExit::Reason::Kicked);
        QCOMPARE(exit.actor, u"Fluellen"_s);
        QCOMPARE(exit.why, u"Avaunt, you cullion!"_s);
        QVERIFY(exit.sentence.contains(u"kicked"_s));
        QCOMPARE(room->state(), Room::State::NotJoined);
        QVERIFY(room->occupants().isEmpty());
        QCOMPARE(states.count(), 1);
        QCOMPARE(room->lastExit().reason, RoomExit::Reason::Kicked);
    }

    void weAreBanned301()
    {
        joinAs();
        QSignalSpy exited(room.get(), &Room::exited);
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='outcast' role='none'><actor nick='firstwitch'/><reason>Treason"
                 "</reason></item><status code='301'/><status code='110'/></x></presence>"_s);
        QCOMPARE(exited.count(), 1);
        const RoomExit exit = exited.first().first().value<RoomExit>();
        QCOMPARE(exit.reason, RoomExit::Reason::Banned);
        QCOMPARE(exit.why, u"Treason"_s);
        QCOMPARE(exit.sentence, u"You have been banned from this room by firstwitch: Treason."_s);
    }

    void otherRemovalCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("reason");
        QTest::newRow("321") << 321 << int(RoomExit::Reason::AffiliationChange);
        QTest::newRow("322") << 322 << int(RoomExit::Reason::MembersOnly);
        QTest::newRow("332") << 332 << int(RoomExit::Reason::Shutdown);
        QTest::newRow("333") << 333 << int(RoomExit::Reason::ConnectionLost);
    }

    void otherRemovalCodes()
    {
        QFETCH(int, code);
        QFETCH(int, reason);
        joinAs();
        QSignalSpy exited(room.get(), &Room::exited);
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='none' role='none'/><status code='%1'/><status code='110'/></x>"
                 "</presence>"_s.arg(code));
        QCOMPARE(exited.count(), 1);
        QCOMPARE(int(exited.first().first().value<RoomExit>().reason), reason);
    }

    void destroyWithAlternateVenue()
    {
        joinAs();
        QSignalSpy exited(room.get(), &Room::exited);
        // §10.9 example, as an occupant receives it.
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='none' role='none'/><destroy jid='coven@chat.shakespeare.lit'>"
                 "<reason>Macbeth doth come.</reason></destroy></x></presence>"_s);
        QCOMPARE(exited.count(), 1);
        const RoomExit exit = exited.first().first().value<RoomExit>();
        QCOMPARE(exit.reason, RoomExit::Reason::Destroyed);
        QCOMPARE(exit.why, u"Macbeth doth come."_s);
        QCOMPARE(exit.alternateRoom.toString(), RoomJid);
        QVERIFY(exit.sentence.contains(u"Macbeth doth come."_s));
        QVERIFY(exit.sentence.contains(RoomJid));
    }

    void leaveIsConfirmedByTheRoom()
    {
        joinAs();
        QSignalSpy exited(room.get(), &Room::exited);
        room->leave(u"Exeunt"_s);
        const Element sent = lastSent(u"presence");
        QCOMPARE(sent.attribute(u"type"), u"unavailable"_s);
        QCOMPARE(sent.attribute(u"to"), u"coven@chat.shakespeare.lit/thirdwitch"_s);
        QCOMPARE(sent.childText(u"status", ns::Client), u"Exeunt"_s);
        QCOMPARE(room->state(), Room::State::Joined);
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                 "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                 "affiliation='none' role='none'/><status code='110'/></x></presence>"_s);
        QCOMPARE(exited.count(), 1);
        QCOMPARE(exited.first().first().value<RoomExit>().reason, RoomExit::Reason::Left);
        QCOMPARE(room->state(), Room::State::NotJoined);
    }

    void connectionLostClearsTheRoom()
    {
        joinAs();
        QSignalSpy exited(room.get(), &Room::exited);
        QSignalSpy states(room.get(), &Room::stateChanged);
        room->connectionLost();
        QCOMPARE(room->state(), Room::State::NotJoined);
        QVERIFY(room->occupants().isEmpty());
        QCOMPARE(states.count(), 1);
        QCOMPARE(exited.count(), 1);
        QCOMPARE(exited.first().first().value<RoomExit>().reason, RoomExit::Reason::ConnectionLost);
        // A rejoin starts over.
        room->join(room->joinOptions());
        QCOMPARE(room->state(), Room::State::Joining);
        QCOMPARE(lastSent(u"presence").attribute(u"to"),
                 u"coven@chat.shakespeare.lit/thirdwitch"_s);
    }

    void sendPresenceGoesToOurOccupantJid()
    {
        joinAs();
        room->sendPresence(Presence::Show::Dnd, u"busy"_s);
        const Element sent = lastSent(u"presence");
        QCOMPARE(sent.attribute(u"to"), u"coven@chat.shakespeare.lit/thirdwitch"_s);
        QCOMPARE(sent.childText(u"show", ns::Client), u"dnd"_s);
        QCOMPARE(sent.childText(u"status", ns::Client), u"busy"_s);
    }

    // ---- subject --------------------------------------------------------------------------

    void subjectFromOccupant()
    {
        joinAs();
        QSignalSpy subject(room.get(), &Room::subjectChanged);
        // §8.1 example.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/secondwitch' "
                "id='F437C672' to='crone1@shakespeare.lit/desktop' type='groupchat'><subject>Fire "
                "Burn and Cauldron Bubble!</subject></message>"_s);
        QCOMPARE(subject.count(), 1);
        QCOMPARE(room->subject(), u"Fire Burn and Cauldron Bubble!"_s);
        QCOMPARE(room->subjectSetBy(), u"secondwitch"_s);
        QVERIFY(stored().isEmpty()); // a subject is not a message
        // An empty subject clears it.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' "
                "type='groupchat'><subject/></message>"_s);
        QCOMPARE(room->subject(), QString());
    }

    void setSubjectAsModerator()
    {
        joinAs(u"none"_s, u"moderator"_s);
        QVERIFY(room->canSetSubject());
        std::optional<MucOutcome> outcome;
        room->setSubject(u"Cauldron"_s, [&](const MucOutcome &o) { outcome = o; });
        const Element sent = lastSent(u"message");
        QCOMPARE(sent.attribute(u"type"), u"groupchat"_s);
        QCOMPARE(sent.attribute(u"to"), RoomJid);
        QCOMPARE(sent.childText(u"subject", ns::Client), u"Cauldron"_s);
        QVERIFY(sent.firstChild(u"body", ns::Client).isNull());
        QVERIFY(!outcome);
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                "type='groupchat'><subject>Cauldron</subject></message>"_s);
        QVERIFY(outcome && outcome->ok);
    }

    void setSubjectRefused()
    {
        joinAs(u"none"_s, u"moderator"_s);
        std::optional<MucOutcome> outcome;
        room->setSubject(u"Cauldron"_s, [&](const MucOutcome &o) { outcome = o; });
        const QString id = lastSent(u"message").attribute(u"id");
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' id='%1' "
                "type='error'><subject>Cauldron</subject><error type='auth'><forbidden "
                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"_s.arg(id));
        QVERIFY(outcome && !outcome->ok);
    }

    void participantMaySetSubjectOnlyWhenRoomAllows()
    {
        joinAs();
        QVERIFY(!room->canSetSubject());
        std::optional<MucOutcome> outcome;
        room->setSubject(u"x"_s, [&](const MucOutcome &o) { outcome = o; });
        QVERIFY(outcome && !outcome->ok);
        // The disco#info asked after the join says occupants may change it.
        const Element iq = sentNamed(u"iq").first();
        QVERIFY(!iq.firstChild(u"query", ns::DiscoInfo).isNull());
        stream->receive(
            xml(u"<iq xmlns='jabber:client' type='result' from='%1' id='%2'><query "
                "xmlns='http://jabber.org/protocol/disco#info'><identity category='conference' "
                "type='text' name='Coven'/><feature var='http://jabber.org/protocol/muc'/><feature "
                "var='muc_semianonymous'/><x xmlns='jabber:x:data' type='result'><field "
                "var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/muc#roominfo"
                "</value></field><field var='muc#roomconfig_changesubject' type='boolean'><value>1"
                "</value></field></x></query></iq>"_s.arg(RoomJid, iq.attribute(u"id"))));
        QVERIFY(room->canSetSubject());
        QVERIFY(!room->isNonAnonymous());
    }

    // ---- messages ---------------------------------------------------------------------------

    void liveMessageIsStoredWithNickAndRoomStanzaId()
    {
        joinAs();
        QSignalSpy received(room.get(), &Room::messageReceived);
        // §7.4 example, with the room's stanza-id and a forged one from elsewhere.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                "id='hysf1v37' to='crone1@shakespeare.lit/desktop' type='groupchat'>"
                "<body>Harpier cries: 'tis time, 'tis time.</body></message>"_s
                    .replace(u"thirdwitch"_s, u"secondwitch"_s)
                    .replace(u"</body>"_s,
                             u"</body><stanza-id xmlns='urn:xmpp:sid:0' by='evil@example.org' "
                             "id='forged'/><stanza-id xmlns='urn:xmpp:sid:0' "
                             "by='coven@chat.shakespeare.lit' id='room-1'/>"_s));
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        const HistoryMessage entry = stored().first();
        QCOMPARE(entry.conversation, RoomJid);
        QCOMPARE(entry.type, MessageType::Groupchat);
        QCOMPARE(entry.direction, MessageDirection::Incoming);
        QCOMPARE(entry.senderName, u"secondwitch"_s);
        QCOMPARE(entry.senderJid, u"coven@chat.shakespeare.lit/secondwitch"_s);
        QCOMPARE(entry.serverId, u"room-1"_s);
        QCOMPARE(entry.body, u"Harpier cries: 'tis time, 'tis time."_s);
        QTRY_COMPARE(received.count(), 1);
        // The same message again (archive, rejoin history) is not stored twice.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/secondwitch' "
                "id='other' type='groupchat'><body>Harpier cries: 'tis time, 'tis time.</body>"
                "<delay xmlns='urn:xmpp:delay' stamp='2002-10-13T23:58:37Z'/><stanza-id "
                "xmlns='urn:xmpp:sid:0' by='coven@chat.shakespeare.lit' id='room-1'/>"
                "</message>"_s);
        history->flush().waitForFinished();
        QTest::qWait(20);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(received.count(), 1);
    }

    void joinHistoryIsStoredButNotAnnounced()
    {
        joinAs();
        QSignalSpy received(room.get(), &Room::messageReceived);
        // §7.2.15 example.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/firstwitch' "
                "id='162BEBB1' to='hag66@shakespeare.lit/pda' type='groupchat'><body>Thrice the "
                "brinded cat hath mew'd.</body><delay xmlns='urn:xmpp:delay' "
                "from='coven@chat.shakespeare.lit' stamp='2002-10-13T23:58:37Z'/></message>"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        const HistoryMessage entry = stored().first();
        QCOMPARE(entry.timestamp, QDateTime(QDate(2002, 10, 13), QTime(23, 58, 37), Qt::UTC));
        QCOMPARE(entry.senderName, u"firstwitch"_s);
        QTest::qWait(20);
        QCOMPARE(received.count(), 0);
    }

    void ownMessageIsQueuedThenSentOnReflection()
    {
        joinAs();
        stream->sent.clear();
        QSignalSpy received(room.get(), &Room::messageReceived);
        const QString id = room->sendMessage(u"Double, double toil and trouble"_s);
        QVERIFY(!id.isEmpty());
        QVERIFY(sentNamed(u"message").isEmpty()); // on disk before on the wire
        QTRY_COMPARE(sentNamed(u"message").size(), 1);
        const Element sent = sentNamed(u"message").first();
        QCOMPARE(sent.attribute(u"to"), RoomJid);
        QCOMPARE(sent.attribute(u"type"), u"groupchat"_s);
        QCOMPARE(sent.attribute(u"id"), id);
        QCOMPARE(sent.firstChild(u"origin-id", ns::StanzaId).attribute(u"id"), id);
        QCOMPARE(sent.childText(u"body", ns::Client), u"Double, double toil and trouble"_s);
        QList<HistoryMessage> rows = stored();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().state, DeliveryState::Queued);
        QCOMPARE(rows.first().direction, MessageDirection::Outgoing);
        QCOMPARE(rows.first().senderName, u"thirdwitch"_s);
        // The room reflects it with its stanza-id.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                "id='%1' type='groupchat'><body>Double, double toil and trouble</body><origin-id "
                "xmlns='urn:xmpp:sid:0' id='%1'/><stanza-id xmlns='urn:xmpp:sid:0' "
                "by='coven@chat.shakespeare.lit' id='room-7'/></message>"_s.arg(id));
        QVERIFY(waitStored([](const auto &m) {
            return m.size() == 1 && m.first().state == DeliveryState::Sent &&
                   m.first().serverId == u"room-7";
        }));
        QTest::qWait(20);
        QCOMPARE(received.count(), 0);
    }

    void ownMessageByOccupantIdAfterNickChange()
    {
        room->join({u"thirdwitch"_s, {}, {}});
        presence(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch'>"
                 "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='me-42'/><x "
                 "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
                 "role='participant'/><status code='110'/></x></presence>"_s);
        QCOMPARE(room->state(), Room::State::Joined);
        // An older message of ours under another nick, from the join history.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/oldname' "
                "id='a1' type='groupchat'><body>mine</body><occupant-id "
                "xmlns='urn:xmpp:occupant-id:0' id='me-42'/><delay xmlns='urn:xmpp:delay' "
                "stamp='2020-01-01T00:00:00Z'/></message>"_s);
        // Someone else using our nick in a message is not us when the ids differ.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                "id='a2' type='groupchat'><body>not mine</body><occupant-id "
                "xmlns='urn:xmpp:occupant-id:0' id='other'/><delay xmlns='urn:xmpp:delay' "
                "stamp='2020-01-01T00:00:01Z'/></message>"_s);
        QVERIFY(waitStored([](const auto &m) { return m.size() == 2; }));
        const QList<HistoryMessage> rows = stored();
        QCOMPARE(rows.at(0).direction, MessageDirection::Outgoing);
        QCOMPARE(rows.at(1).direction, MessageDirection::Incoming);
    }

    void messageSentBeforeJoinWaitsForIt()
    {
        const QString id = room->sendMessage(u"early"_s);
        QTest::qWait(50);
        QVERIFY(sentNamed(u"message").isEmpty());
        joinAs();
        QTRY_COMPARE(sentNamed(u"message").size(), 1);
        QCOMPARE(sentNamed(u"message").first().attribute(u"id"), id);
    }

    void errorForOurMessageMarksItFailed()
    {
        joinAs();
        const QString id = room->sendMessage(u"Fair is foul"_s);
        QTRY_COMPARE(sentNamed(u"message").size(), 1);
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' id='%1' "
                "type='error'><body>Fair is foul</body><error type='modify'><not-acceptable "
                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/><text "
                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>You are not currently connected to "
                "this chat</text></error></message>"_s.arg(id));
        QVERIFY(waitStored([](const auto &m) {
            return m.size() == 1 && m.first().state == DeliveryState::Failed &&
                   m.first().errorText.contains(u"not currently connected");
        }));
    }

    void failedMessageIsSentAgainOnRetry()
    {
        joinAs();
        const QString id = room->sendMessage(u"Fair is foul"_s);
        QTRY_COMPARE(sentNamed(u"message").size(), 1);
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' id='%1' "
                "type='error'><error type='wait'><resource-constraint "
                "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"_s.arg(id));
        QVERIFY(waitStored([](const auto &m) {
            return m.size() == 1 && m.first().state == DeliveryState::Failed;
        }));
        room->retry(stored().first().rowId);
        QTRY_COMPARE(sentNamed(u"message").size(), 2);
        QCOMPARE(sentNamed(u"message").last().attribute(u"id"), id);
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                "id='%1' type='groupchat'><body>Fair is foul</body></message>"_s.arg(id));
        QVERIFY(waitStored(
            [](const auto &m) { return m.size() == 1 && m.first().state == DeliveryState::Sent; }));
    }

    void roomStatusMessagesBecomeNotices()
    {
        joinAs();
        QSignalSpy notices(room.get(), &Room::notice);
        // §10.2.1 example: the room is now logged.
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' "
                "id='80349046-F26A-44F3-A7A6-54825064DD9E' to='crone1@shakespeare.lit/desktop' "
                "type='groupchat'><x xmlns='http://jabber.org/protocol/muc#user'><status "
                "code='170'/></x></message>"_s);
        QCOMPARE(notices.count(), 1);
        QVERIFY(room->isLogged());
        QCOMPARE(notices.first().first().toString(), u"Messages in this room are now logged."_s);
        QTest::qWait(20);
        QVERIFY(stored().isEmpty());
    }

    void messagesFromElsewhereAreIgnored()
    {
        joinAs();
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit.evil.org/x' "
                "type='groupchat'><body>spoof</body></message>"_s);
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit/secondwitch' "
                "type='chat'><body>a private message</body></message>"_s);
        QTest::qWait(50);
        QVERIFY(stored().isEmpty());
    }

    void archiveAfterJoinFillsHistory()
    {
        JoinHistory fromArchive;
        fromArchive.kind = JoinHistory::Kind::FromArchive;
        joinAs(u"none"_s, u"participant"_s, fromArchive);
        QCOMPARE(sentNamed(u"presence")
                     .first()
                     .firstChild(u"x", ns::Muc)
                     .firstChild(u"history", ns::Muc)
                     .attribute(u"maxstanzas"),
                 u"0"_s);
        Element query;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Element &iq : sentNamed(u"iq")) {
                    if (!iq.firstChild(u"query", ns::Mam).isNull())
                        query = iq;
                }
                return !query.isNull();
            },
            5000));
        QCOMPARE(query.attribute(u"to"), RoomJid);
        const Element mam = query.firstChild(u"query", ns::Mam);
        QVERIFY(!mam.firstChild(u"set", ns::Rsm).firstChild(u"before", ns::Rsm).isNull());
        const QString queryId = mam.attribute(u"queryid");
        stream->receive(xml(
            u"<message xmlns='jabber:client' from='%1' to='%2'><result xmlns='urn:xmpp:mam:2' "
            "queryid='%3' id='arch-1'><forwarded xmlns='urn:xmpp:forward:0'><delay "
            "xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/><message xmlns='jabber:client' "
            "from='%1/firstwitch' type='groupchat'><body>When shall we three meet again</body>"
            "</message></forwarded></result></message>"_s.arg(RoomJid, Own, queryId)));
        stream->receive(
            xml(u"<iq xmlns='jabber:client' type='result' from='%1' id='%2'><fin "
                "xmlns='urn:xmpp:mam:2' complete='true'><set "
                "xmlns='http://jabber.org/protocol/rsm'><first>arch-1</first><last>arch-1</last>"
                "</set></fin></iq>"_s.arg(RoomJid, query.attribute(u"id"))));
        QVERIFY(waitStored([](const auto &m) { return m.size() == 1; }));
        const HistoryMessage entry = stored().first();
        QCOMPARE(entry.serverId, u"arch-1"_s);
        QCOMPARE(entry.senderName, u"firstwitch"_s);
        QCOMPARE(entry.timestamp, QDateTime(QDate(2010, 7, 10), QTime(23, 8, 25), Qt::UTC));
        QTRY_VERIFY(room->hasArchive());
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto cursor = history->archiveCursor(RoomJid);
                cursor.waitForFinished();
                return cursor.result() == u"arch-1";
            },
            5000));
    }
};

QTEST_GUILESS_MAIN(RoomTest)
#include "tst_room.moc"
