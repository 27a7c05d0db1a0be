// MucManager over a recording stream: routing of room stanzas (and the spoofing class),
// invitations from the XEPs' own examples, the decline, rejoin after a new session, autojoin
// bookmarks, room listing and mentions.
#include "HistoryTestSupport.h"
#include "PresenceTestSupport.h"
#include "RecordingStream.h"
#include "muc/Bookmarks.h"
#include "muc/Mentions.h"
#include "muc/MucInvitations.h"
#include "muc/MucManager.h"
#include "muc/MucRouting.h"
#include "xml/namespaces.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid coven = Jid::parse(u"coven@chat.shakespeare.lit");

Element stanza(const QString &xml)
{
    const Element element = parseClientStanza(xml);
    if (element.isNull())
        qFatal("bad test XML: %s", qPrintable(xml));
    return element;
}

Element reply(const Element &request, const QString &xml)
{
    Element answer = stanza(xml);
    answer.setAttribute(u"id"_s, request.attribute(u"id"));
    if (request.hasAttribute(u"to"))
        answer.setAttribute(u"from"_s, request.attribute(u"to"));
    return answer;
}

// Join presences (XEP-0045 §7.2.2) sent to this room.
QList<Element> joinsTo(const QList<Element> &sent, const Jid &room)
{
    QList<Element> joins;
    for (const Element &e : sent) {
        if (e.is(u"presence", ns::Client) && !e.firstChild(u"x", ns::Muc).isNull() &&
            Jid::parse(e.attribute(u"to")).bare() == room)
            joins.append(e);
    }
    return joins;
}

QList<Element> iqsWith(const QList<Element> &sent, QStringView child, QStringView ns)
{
    QList<Element> found;
    for (const Element &e : sent) {
        if (e.is(u"iq", ns::Client) && !e.firstChild(child, ns).isNull())
            found.append(e);
    }
    return found;
}

MucRoute::Target routeOf(const QString &xml, RoomPresenceState state)
{
    return routeMucStanza(stanza(xml), [state](const Jid &) { return state; }).target;
}

struct Setup
{
    RecordingStream stream{Jid::parse(u"hecate@shakespeare.lit/broom")};
    HistoryFixture history;
    Bookmarks bookmarks{stream};
    MucManager manager{stream, *history.store, bookmarks};
};

} // namespace

class MucManagerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routesByTypeAndRoomState()
    {
        using T = MucRoute::Target;
        using S = RoomPresenceState;
        const QString groupchat =
            u"<message from='coven@chat.shakespeare.lit/thirdwitch' type='groupchat'>"
            "<body>Harpier cries</body></message>"_s;
        QCOMPARE(routeOf(groupchat, S::Active), T::RoomMessage);
        QCOMPARE(routeOf(groupchat, S::Idle), T::Spoofed);
        QCOMPARE(routeOf(groupchat, S::Unknown), T::Spoofed);
        // XEP-0045 §7.5: a private message from an occupant is ChatManager's.
        const QString pm = u"<message from='coven@chat.shakespeare.lit/thirdwitch' type='chat'>"
                           "<body>I'll give thee a wind.</body>"
                           "<x xmlns='http://jabber.org/protocol/muc#user'/></message>"_s;
        QCOMPARE(routeOf(pm, S::Active), T::PrivateMessage);
        QCOMPARE(routeOf(pm, S::Unknown), T::NotMuc);
        // Without a body (a chat state), it is the room's.
        QCOMPARE(routeOf(u"<message from='coven@chat.shakespeare.lit/thirdwitch' type='chat'>"
                         "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>"_s,
                         S::Active),
                 T::RoomMessage);
        QCOMPARE(routeOf(u"<message from='coven@chat.shakespeare.lit' type='error'>"
                         "<error type='modify'><not-acceptable "
                         "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></message>"_s,
                         S::Active),
                 T::RoomMessage);
        QCOMPARE(routeOf(u"<presence from='coven@chat.shakespeare.lit/firstwitch'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'>"
                         "<item affiliation='owner' role='moderator'/></x></presence>"_s,
                         S::Active),
                 T::RoomPresence);
        QCOMPARE(routeOf(u"<presence from='coven@chat.shakespeare.lit/firstwitch'>"
                         "<x xmlns='http://jabber.org/protocol/muc#user'>"
                         "<item affiliation='owner' role='moderator'/></x></presence>"_s,
                         S::Unknown),
                 T::Spoofed);
        QCOMPARE(routeOf(u"<presence from='romeo@montague.lit/orchard'/>"_s, S::Unknown),
                 T::NotMuc);
        QCOMPARE(routeOf(u"<message from='romeo@montague.lit/orchard' type='chat'>"
                         "<body>hi</body></message>"_s,
                         S::Unknown),
                 T::NotMuc);
        QCOMPARE(routeOf(u"<iq from='coven@chat.shakespeare.lit' type='get' id='1'/>"_s, S::Active),
                 T::NotMuc);
    }

    void spoofedGroupchatIsIgnoredAndReported()
    {
        Setup s;
        QSignalSpy ignored(&s.manager, &MucManager::stanzaIgnored);
        s.stream.receive(stanza(u"<message from='mallory@evil.example/x' type='groupchat' "
                                "to='hecate@shakespeare.lit/broom'><body>fake</body></message>"_s));
        QCOMPARE(ignored.count(), 1);
        QVERIFY(ignored.at(0).at(0).toString().contains(u"mallory@evil.example"_s));
        QVERIFY(!s.manager.isRoom(Jid::parse(u"mallory@evil.example"_s)));
        // A room we have a Room for but are not in is no better.
        s.manager.room(coven);
        s.stream.receive(stanza(u"<message from='coven@chat.shakespeare.lit/x' type='groupchat'>"
                                "<body>fake</body></message>"_s));
        QCOMPARE(ignored.count(), 2);
    }

    void roomStanzasReachTheirRoom()
    {
        Setup s;
        QSignalSpy ignored(&s.manager, &MucManager::stanzaIgnored);
        Room *room = s.manager.join(coven, {u"hecate"_s, {}, {}});
        Room *other =
            s.manager.join(Jid::parse(u"darkcave@chat.shakespeare.lit"), {u"hecate"_s, {}, {}});
        QVERIFY(room && other);
        QSignalSpy received(room, &Room::messageReceived);
        QSignalSpy otherReceived(other, &Room::messageReceived);
        QVERIFY(s.manager.isRoom(coven));
        QCOMPARE(room->nick(), u"hecate"_s);
        // XEP-0045 §7.2.3: the room's presence of us (110) and a groupchat message.
        s.stream.receive(stanza(u"<presence from='coven@chat.shakespeare.lit/hecate' "
                                "to='hecate@shakespeare.lit/broom'>"
                                "<x xmlns='http://jabber.org/protocol/muc#user'>"
                                "<item affiliation='member' role='participant'/>"
                                "<status code='110'/></x></presence>"_s));
        s.stream.receive(stanza(
            u"<message from='coven@chat.shakespeare.lit/thirdwitch' type='groupchat' id='g1' "
            "to='hecate@shakespeare.lit/broom'><body>Harpier cries: 'tis time.</body></message>"_s));
        QCOMPARE(ignored.count(), 0);
        QCOMPARE(room->state(), Room::State::Joined);
        QCOMPARE(other->state(), Room::State::Joining);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).value<HistoryMessage>().senderName, u"thirdwitch"_s);
        QCOMPARE(otherReceived.count(), 0);
        // A live message naming us is a mention.
        QSignalSpy mentioned(&s.manager, &MucManager::mentioned);
        s.stream.receive(stanza(u"<message from='coven@chat.shakespeare.lit/thirdwitch' "
                                "type='groupchat' id='g2' to='hecate@shakespeare.lit/broom'>"
                                "<body>Hecate, the cauldron!</body></message>"_s));
        QTRY_COMPARE(mentioned.count(), 1);
        QCOMPARE(mentioned.at(0).at(0).value<Room *>(), room);
    }

    void mediatedInvitationFromTheXep()
    {
        Setup s;
        QSignalSpy invited(&s.manager, &MucManager::invitationReceived);
        // XEP-0045 §7.8.2, "Room Sends Invitation to Invitee on Behalf of Invitor".
        s.stream.receive(
            stanza(u"<message from='coven@chat.shakespeare.lit' id='nzd143v8' "
                   "to='hecate@shakespeare.lit'>"
                   "<x xmlns='http://jabber.org/protocol/muc#user'>"
                   "<invite from='crone1@shakespeare.lit/desktop'>"
                   "<reason>Hey Hecate, this is the place for all good witches!</reason>"
                   "</invite><password>cauldronburn</password></x></message>"_s));
        QCOMPARE(invited.count(), 1);
        const auto invitation = invited.at(0).at(0).value<MucInvitation>();
        QCOMPARE(invitation.kind, MucInvitation::Kind::Mediated);
        QCOMPARE(invitation.room, coven);
        QCOMPARE(invitation.inviter, Jid::parse(u"crone1@shakespeare.lit/desktop"));
        QCOMPARE(invitation.reason, u"Hey Hecate, this is the place for all good witches!"_s);
        QCOMPARE(invitation.password, u"cauldronburn"_s);
        QVERIFY(!invitation.continuation);
        // An invitation claiming a room but coming from an occupant's JID is not one.
        s.stream.receive(stanza(u"<message from='coven@chat.shakespeare.lit/mallory'>"
                                "<x xmlns='http://jabber.org/protocol/muc#user'>"
                                "<invite from='crone1@shakespeare.lit'/></x></message>"_s));
        QCOMPARE(invited.count(), 1);
    }

    void mediatedWinsOverTheDirectCopyARoomAdds()
    {
        // Prosody relays a mediated invitation with a jabber:x:conference copy beside it.
        const auto invitation = parseMucInvitation(
            stanza(u"<message from='coven@chat.shakespeare.lit' to='hecate@shakespeare.lit'>"
                   "<x xmlns='http://jabber.org/protocol/muc#user'>"
                   "<invite from='crone1@shakespeare.lit/desktop'><reason>Come</reason></invite>"
                   "</x><x xmlns='jabber:x:conference' jid='coven@chat.shakespeare.lit'/>"
                   "<body>crone1@shakespeare.lit/desktop invited you to the room</body>"
                   "</message>"_s));
        QVERIFY(invitation);
        QCOMPARE(invitation->kind, MucInvitation::Kind::Mediated);
        QCOMPARE(invitation->inviter, Jid::parse(u"crone1@shakespeare.lit/desktop"));
        QCOMPARE(invitation->reason, u"Come"_s);
    }

    void mediatedContinuation()
    {
        // XEP-0045 §7.9: converting a one-to-one chat (invite with <continue thread=''/>).
        const auto invitation = parseMucInvitation(
            stanza(u"<message from='darkcave@chat.shakespeare.lit' to='hecate@shakespeare.lit'>"
                   "<x xmlns='http://jabber.org/protocol/muc#user'>"
                   "<invite from='crone1@shakespeare.lit/desktop'>"
                   "<reason>This coven needs both wiccarocks and hag66.</reason>"
                   "<continue thread='e0ffe42b28561960c6b12b944a092794b9683a38'/>"
                   "</invite></x></message>"_s));
        QVERIFY(invitation);
        QVERIFY(invitation->continuation);
        QCOMPARE(invitation->thread, u"e0ffe42b28561960c6b12b944a092794b9683a38"_s);
    }

    void directInvitationsFromTheXep()
    {
        Setup s;
        QSignalSpy invited(&s.manager, &MucManager::invitationReceived);
        // XEP-0249 §2, Example 1.
        s.stream.receive(
            stanza(u"<message from='crone1@shakespeare.lit/desktop' to='hecate@shakespeare.lit'>"
                   "<x xmlns='jabber:x:conference' jid='darkcave@macbeth.shakespeare.lit' "
                   "password='cauldronburn' "
                   "reason='Hey Hecate, this is the place for all good witches!'/></message>"_s));
        // XEP-0249 §2, Example 2: continuing a one-to-one chat.
        s.stream.receive(
            stanza(u"<message from='crone1@shakespeare.lit/desktop' to='hecate@shakespeare.lit'>"
                   "<x xmlns='jabber:x:conference' continue='true' "
                   "jid='darkcave@macbeth.shakespeare.lit' password='cauldronburn' "
                   "reason='Hey Hecate, this is the place for all good witches!' "
                   "thread='e0ffe42b28561960c6b12b944a092794b9683a38'/></message>"_s));
        QCOMPARE(invited.count(), 2);
        const auto first = invited.at(0).at(0).value<MucInvitation>();
        QCOMPARE(first.kind, MucInvitation::Kind::Direct);
        QCOMPARE(first.room, Jid::parse(u"darkcave@macbeth.shakespeare.lit"));
        QCOMPARE(first.inviter, Jid::parse(u"crone1@shakespeare.lit/desktop"));
        QCOMPARE(first.password, u"cauldronburn"_s);
        QCOMPARE(first.reason, u"Hey Hecate, this is the place for all good witches!"_s);
        QVERIFY(!first.continuation);
        const auto second = invited.at(1).at(0).value<MucInvitation>();
        QVERIFY(second.continuation);
        QCOMPARE(second.thread, u"e0ffe42b28561960c6b12b944a092794b9683a38"_s);
        // Without a room address it is nothing.
        s.stream.receive(stanza(u"<message from='crone1@shakespeare.lit/desktop'>"
                                "<x xmlns='jabber:x:conference' reason='?'/></message>"_s));
        QCOMPARE(invited.count(), 2);
    }

    void declineHasTheXepShape()
    {
        Setup s;
        MucInvitation invitation;
        invitation.kind = MucInvitation::Kind::Mediated;
        invitation.room = coven;
        invitation.inviter = Jid::parse(u"crone1@shakespeare.lit");
        s.manager.decline(invitation, u"Sorry, I'm too busy right now."_s);
        QCOMPARE(s.stream.sent.size(), 1);
        Element sent = s.stream.sent.constFirst();
        sent.removeAttribute(u"id");
        // XEP-0045 §7.8.2, "Invitee Declines Invitation" (less the from the server adds).
        QCOMPARE(sent, stanza(u"<message to='coven@chat.shakespeare.lit'>"
                              "<x xmlns='http://jabber.org/protocol/muc#user'>"
                              "<decline to='crone1@shakespeare.lit'>"
                              "<reason>Sorry, I'm too busy right now.</reason>"
                              "</decline></x></message>"_s));
        // A direct invitation has no decline.
        invitation.kind = MucInvitation::Kind::Direct;
        s.manager.decline(invitation, {});
        QCOMPARE(s.stream.sent.size(), 1);
    }

    void rejoinsAfterANewSession()
    {
        Setup s;
        s.manager.join(coven, {u"hecate"_s, u"cauldronburn"_s, {}});
        s.manager.join(Jid::parse(u"darkcave@chat.shakespeare.lit"), {u"hecate"_s, {}, {}});
        s.manager.leave(Jid::parse(u"darkcave@chat.shakespeare.lit"));
        Q_EMIT s.stream.onlineChanged(false);
        s.stream.sent.clear();
        Q_EMIT s.stream.onlineChanged(true);
        QVERIFY(s.manager.isRoom(coven));
        QTRY_COMPARE(joinsTo(s.stream.sent, coven).size(), 1);
        const Element join = joinsTo(s.stream.sent, coven).constFirst();
        QCOMPARE(Jid::parse(join.attribute(u"to")).resource(), u"hecate"_s);
        QCOMPARE(join.firstChild(u"x", ns::Muc).childText(u"password", ns::Muc), u"cauldronburn"_s);
        QVERIFY(joinsTo(s.stream.sent, Jid::parse(u"darkcave@chat.shakespeare.lit")).isEmpty());
    }

    void rejoinAsksForWhatWasMissed()
    {
        Setup s;
        s.history.addNow(
            incoming(coven.toString(), u"the last one we saw"_s, at(u"2024-03-01T10:00:00Z"_s)));
        s.manager.join(coven, {u"hecate"_s, {}, {}});
        Q_EMIT s.stream.onlineChanged(false);
        s.stream.sent.clear();
        Q_EMIT s.stream.onlineChanged(true);
        QTRY_COMPARE(joinsTo(s.stream.sent, coven).size(), 1);
        // XEP-0045 §7.2.14: history since the last stored message.
        const Element history = joinsTo(s.stream.sent, coven)
                                    .constFirst()
                                    .firstChild(u"x", ns::Muc)
                                    .firstChild(u"history", ns::Muc);
        QCOMPARE(history.attribute(u"since"), u"2024-03-01T10:00:00Z"_s);
    }

    void autojoinBookmarksAfterLoad()
    {
        Setup s;
        QSignalSpy added(&s.manager, &MucManager::roomAdded);
        Q_EMIT s.stream.onlineChanged(true);
        // Bookmarks ask the account's disco#info, then the PEP node (XEP-0402 §3.2).
        const QList<Element> info = iqsWith(s.stream.sent, u"query", ns::DiscoInfo);
        QCOMPARE(info.size(), 1);
        s.stream.receive(reply(info.constFirst(),
                               u"<iq type='result'><query "
                               "xmlns='http://jabber.org/protocol/disco#info'>"
                               "<identity category='account' type='registered'/>"
                               "<feature var='urn:xmpp:bookmarks:1#compat'/></query></iq>"_s));
        const QList<Element> fetch = iqsWith(s.stream.sent, u"pubsub", ns::PubSub);
        QCOMPARE(fetch.size(), 1);
        s.stream.receive(
            reply(fetch.constFirst(),
                  u"<iq type='result'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                  "<items node='urn:xmpp:bookmarks:1'>"
                  "<item id='theplay@conference.shakespeare.lit'>"
                  "<conference xmlns='urn:xmpp:bookmarks:1' name='The Play&apos;s the Thing' "
                  "autojoin='true'><nick>JC</nick></conference></item>"
                  "<item id='orchard@conference.shakespeare.lit'>"
                  "<conference xmlns='urn:xmpp:bookmarks:1' name='The Orchard'/></item>"
                  "</items></pubsub></iq>"_s));
        QVERIFY(s.bookmarks.isLoaded());
        const Jid play = Jid::parse(u"theplay@conference.shakespeare.lit");
        QVERIFY(s.manager.isRoom(play));
        QVERIFY(!s.manager.isRoom(Jid::parse(u"orchard@conference.shakespeare.lit")));
        QCOMPARE(added.count(), 1);
        QTRY_COMPARE(joinsTo(s.stream.sent, play).size(), 1);
        QCOMPARE(Jid::parse(joinsTo(s.stream.sent, play).constFirst().attribute(u"to")).resource(),
                 u"JC"_s);
    }

    void defaultNickIsTheLocalpart()
    {
        Setup s;
        QCOMPARE(s.manager.defaultNick(), u"hecate"_s);
        s.manager.setDefaultNick(u"Hec"_s);
        QCOMPARE(s.manager.defaultNick(), u"Hec"_s);
        Room *room = s.manager.join(coven, {});
        QCOMPARE(room->nick(), u"Hec"_s);
    }

    void leaveForgetsTheRoom()
    {
        Setup s;
        QSignalSpy removed(&s.manager, &MucManager::roomRemoved);
        s.manager.join(coven, {u"hecate"_s, {}, {}});
        s.manager.leave(coven);
        // The room's answer (or, failing that, a grace period) ends it.
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 15000);
        QVERIFY(!s.manager.isRoom(coven));
        s.stream.sent.clear();
        Q_EMIT s.stream.onlineChanged(false);
        Q_EMIT s.stream.onlineChanged(true);
        QTest::qWait(50);
        QVERIFY(joinsTo(s.stream.sent, coven).isEmpty());
    }

    void selfPingRunsWhileJoined()
    {
        Setup s;
        s.manager.setSelfPingInterval(20);
        Room *room = s.manager.join(coven, {u"hecate"_s, {}, {}});
        QVERIFY(!s.manager.isSelfPinging(coven));
        s.stream.receive(stanza(u"<presence from='coven@chat.shakespeare.lit/hecate' "
                                "to='hecate@shakespeare.lit/broom'>"
                                "<x xmlns='http://jabber.org/protocol/muc#user'>"
                                "<item affiliation='member' role='participant'/>"
                                "<status code='110'/></x></presence>"_s));
        QCOMPARE(room->state(), Room::State::Joined);
        QVERIFY(s.manager.isSelfPinging(coven));
        QTRY_VERIFY(!iqsWith(s.stream.sent, u"ping", ns::Ping).isEmpty());
        const Element ping = iqsWith(s.stream.sent, u"ping", ns::Ping).constFirst();
        QCOMPARE(ping.attribute(u"to"), u"coven@chat.shakespeare.lit/hecate"_s);
        // The room forgets us: not-acceptable means rejoin, with the same nick.
        s.stream.sent.clear();
        s.stream.receive(reply(ping, u"<iq type='error'><error type='cancel' "
                                     "by='coven@chat.shakespeare.lit'><not-acceptable "
                                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>"
                                     "</error></iq>"_s));
        QTRY_COMPARE(joinsTo(s.stream.sent, coven).size(), 1);
        QCOMPARE(Jid::parse(joinsTo(s.stream.sent, coven).constFirst().attribute(u"to")),
                 coven.withResource(u"hecate"));
        QVERIFY(!s.manager.isSelfPinging(coven)); // until the room has us again
        // XEP-0045 §8.2: kicked: no pinging, no rejoin.
        s.stream.receive(stanza(u"<presence from='coven@chat.shakespeare.lit/hecate' "
                                "to='hecate@shakespeare.lit/broom'>"
                                "<x xmlns='http://jabber.org/protocol/muc#user'>"
                                "<item affiliation='member' role='participant'/>"
                                "<status code='110'/></x></presence>"_s));
        QVERIFY(s.manager.isSelfPinging(coven));
        s.stream.receive(stanza(u"<presence from='coven@chat.shakespeare.lit/hecate' "
                                "to='hecate@shakespeare.lit/broom' type='unavailable'>"
                                "<x xmlns='http://jabber.org/protocol/muc#user'>"
                                "<item affiliation='none' role='none'/>"
                                "<status code='307'/><status code='110'/></x></presence>"_s));
        QCOMPARE(room->state(), Room::State::NotJoined);
        QVERIFY(!s.manager.isSelfPinging(coven));
        s.stream.sent.clear();
        Q_EMIT s.stream.onlineChanged(false);
        Q_EMIT s.stream.onlineChanged(true);
        QTest::qWait(50);
        QVERIFY(joinsTo(s.stream.sent, coven).isEmpty());
    }

    void listsRoomsWithTheirInfo()
    {
        Setup s;
        QList<RoomListing> listed;
        MucOutcome outcome = MucOutcome::failure(u"not yet"_s);
        s.manager.listRooms(Jid::parse(u"chat.shakespeare.lit"),
                            [&](const QList<RoomListing> &rooms, const MucOutcome &o) {
                                listed = rooms;
                                outcome = o;
                            });
        const QList<Element> items = iqsWith(s.stream.sent, u"query", ns::DiscoItems);
        QCOMPARE(items.size(), 1);
        // XEP-0045 §6.3, "Service Returns Room Items".
        s.stream.receive(reply(items.constFirst(),
                               u"<iq type='result'><query "
                               "xmlns='http://jabber.org/protocol/disco#items'>"
                               "<item jid='heath@chat.shakespeare.lit' name='A Lonely Heath'/>"
                               "<item jid='coven@chat.shakespeare.lit' name='A Dark Cave'/>"
                               "</query></iq>"_s));
        const QList<Element> infos = iqsWith(s.stream.sent, u"query", ns::DiscoInfo);
        QCOMPARE(infos.size(), 2);
        for (const Element &request : infos) {
            if (request.attribute(u"to") == u"coven@chat.shakespeare.lit") {
                // XEP-0045 §6.4 with the muc#roominfo extension.
                s.stream.receive(
                    reply(request,
                          u"<iq type='result'><query xmlns='http://jabber.org/protocol/disco#info'>"
                          "<identity category='conference' name='A Dark Cave' type='text'/>"
                          "<feature var='http://jabber.org/protocol/muc'/>"
                          "<feature var='muc_passwordprotected'/>"
                          "<feature var='muc_membersonly'/>"
                          "<x xmlns='jabber:x:data' type='result'>"
                          "<field var='FORM_TYPE' type='hidden'>"
                          "<value>http://jabber.org/protocol/muc#roominfo</value></field>"
                          "<field var='muc#roominfo_description' label='Description'>"
                          "<value>The place for all good witches!</value></field>"
                          "<field var='muc#roominfo_occupants' label='Number of occupants'>"
                          "<value>3</value></field></x></query></iq>"_s));
            } else {
                s.stream.receive(reply(request, u"<iq type='error'><error type='cancel'>"
                                                "<item-not-found xmlns='urn:ietf:params:xml:"
                                                "ns:xmpp-stanzas'/></error></iq>"_s));
            }
        }
        QVERIFY(outcome.ok);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).name, u"A Lonely Heath"_s);
        QCOMPARE(listed.at(0).occupants, -1);
        QCOMPARE(listed.at(1).jid, coven);
        QCOMPARE(listed.at(1).name, u"A Dark Cave"_s);
        QCOMPARE(listed.at(1).occupants, 3);
        QCOMPARE(listed.at(1).description, u"The place for all good witches!"_s);
        QVERIFY(listed.at(1).passwordProtected);
        QVERIFY(listed.at(1).membersOnly);
    }

    void listingABigServiceAsksAFewAtATime()
    {
        Setup s;
        std::optional<QList<RoomListing>> listed;
        s.manager.listRooms(
            Jid::parse(u"chat.shakespeare.lit"),
            [&](const QList<RoomListing> &rooms, const MucOutcome &) { listed = rooms; });
        QString items;
        for (int i = 0; i < 20; ++i)
            items += u"<item jid='room%1@chat.shakespeare.lit'/>"_s.arg(i);
        s.stream.receive(
            reply(iqsWith(s.stream.sent, u"query", ns::DiscoItems).constFirst(),
                  u"<iq type='result'><query "
                  "xmlns='http://jabber.org/protocol/disco#items'>%1</query></iq>"_s.arg(items)));
        int answered = 0;
        while (answered < 20) {
            const QList<Element> asked = iqsWith(s.stream.sent, u"query", ns::DiscoInfo);
            QVERIFY(asked.size() - answered <= 8);
            QVERIFY(asked.size() > answered);
            s.stream.receive(reply(asked.at(answered),
                                   u"<iq type='result'><query "
                                   "xmlns='http://jabber.org/protocol/disco#info'>"
                                   "<identity category='conference' type='text' name='Room'/>"
                                   "</query></iq>"_s));
            ++answered;
        }
        QVERIFY(listed);
        QCOMPARE(listed->size(), 20);
        QCOMPARE(listed->at(19).jid, Jid::parse(u"room19@chat.shakespeare.lit"));
    }

    void mentionsAreWholeWords()
    {
        QVERIFY(mentionsNick(u"hecate: the cauldron"_s, u"Hecate"_s));
        QVERIFY(mentionsNick(u"ask @HECATE!"_s, u"hecate"_s));
        QVERIFY(mentionsNick(u"hecate"_s, u"hecate"_s));
        QVERIFY(!mentionsNick(u"hecates cat"_s, u"hecate"_s));
        QVERIFY(!mentionsNick(u"thehecate"_s, u"hecate"_s));
        QVERIFY(!mentionsNick(u"Joanna"_s, u"ann"_s));
        QVERIFY(mentionsNick(u"Joanna and ann"_s, u"ann"_s));
        QVERIFY(mentionsNick(u"hi [bot]!"_s, u"[bot]"_s));
        QVERIFY(!mentionsNick(u"anything"_s, u""_s));
    }

    void mentionSignalForOthersOnly()
    {
        Setup s;
        QSignalSpy mentioned(&s.manager, &MucManager::mentioned);
        Room *room = s.manager.join(coven, {u"hecate"_s, {}, {}});
        HistoryMessage message;
        message.conversation = coven.toString();
        message.senderName = u"thirdwitch"_s;
        message.type = MessageType::Groupchat;
        message.body = u"Hecate, come!"_s;
        Q_EMIT room->messageReceived(message);
        QCOMPARE(mentioned.count(), 1);
        message.body = u"the hecates are here"_s;
        Q_EMIT room->messageReceived(message);
        message.senderName = u"hecate"_s;
        message.body = u"I am hecate"_s;
        Q_EMIT room->messageReceived(message);
        QCOMPARE(mentioned.count(), 1);
    }
};

QTEST_GUILESS_MAIN(MucManagerTest)
#include "tst_mucmanager.moc"
