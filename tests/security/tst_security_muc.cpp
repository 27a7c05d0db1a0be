// Security catalogue, group chat: messages and presences that claim to come from a room, and
// private messages that claim to come from a room's occupant. Driven through MucManager over
// the recording fake stream with a real HistoryStore.
#include "ContactsTestXml.h"
#include "HistoryTestSupport.h"
#include "RecordingStream.h"
#include "muc/Bookmarks.h"
#include "muc/MucManager.h"
#include "muc/MucRouting.h"
#include "muc/Room.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

namespace {

const Jid coven = Jid::parse(u"coven@chat.shakespeare.lit");

struct Setup
{
    RecordingStream stream{Jid::parse(u"hecate@shakespeare.lit/broom")};
    HistoryFixture history;
    Bookmarks bookmarks{stream};
    MucManager manager{stream, *history.store, bookmarks};

    // In coven as hecate, with thirdwitch there.
    Room *joinCoven()
    {
        Room *room = manager.join(coven, {u"hecate"_s, {}, {}});
        stream.receive(
            stanzaFromXml(u"<presence from='coven@chat.shakespeare.lit/thirdwitch'>"
                          u"<x xmlns='http://jabber.org/protocol/muc#user'>"
                          u"<item affiliation='none' role='participant'/></x></presence>"_s));
        stream.receive(
            stanzaFromXml(u"<presence from='coven@chat.shakespeare.lit/hecate'>"
                          u"<x xmlns='http://jabber.org/protocol/muc#user'>"
                          u"<item affiliation='member' role='participant'/><status code='110'/></x>"
                          u"</presence>"_s));
        return room;
    }
};

MucRoute::Target routeOf(const QString &xml, RoomPresenceState state)
{
    return routeMucStanza(stanzaFromXml(xml), [state](const Jid &) { return state; }).target;
}

} // namespace

class SecurityMucTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<HistoryMessage>();
        QLoggingCategory::setFilterRules(u"linnet.*.warning=false\nlinnet.*.info=false"_s);
    }

    // Class: MUC message spoofing (XEP-0045 §7.2; the class of the 2017 XEP-0313 0.6.1
    // "MUC message spoofing fix"). Anyone can send type='groupchat' from their own address,
    // or from a room we left, hoping it shows in a room's timeline as a participant's words.
    // Only rooms we are in (or joining) get group chat messages; nothing else is stored.
    void groupchatMessageFromOutsideTheRoomIsIgnored_XEP_0045()
    {
        Setup s;
        Room *room = s.joinCoven();
        QCOMPARE(room->state(), Room::State::Joined);
        QSignalSpy ignored(&s.manager, &MucManager::stanzaIgnored);
        QSignalSpy received(room, &Room::messageReceived);
        const QString forged = u"<message from='%1' type='groupchat' id='%2'>"
                               u"<body>the password is in the pinned message</body></message>"_s;
        s.stream.receive(stanzaFromXml(forged.arg(u"mallory@evil.example/x"_s, u"f1"_s)));
        s.stream.receive(stanzaFromXml(forged.arg(u"coven@evil.example/thirdwitch"_s, u"f2"_s)));
        s.stream.receive(stanzaFromXml(forged.arg(u"darkcave@chat.shakespeare.lit/x"_s, u"f3"_s)));
        QCOMPARE(ignored.count(), 3);
        // The real room's message passes, so the room was listening all along.
        s.stream.receive(
            stanzaFromXml(forged.arg(u"coven@chat.shakespeare.lit/thirdwitch"_s, u"real"_s)));
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(ignored.count(), 3);

        // After leaving, the room's address is no better than anyone's.
        s.manager.room(Jid::parse(u"darkcave@chat.shakespeare.lit"));
        s.stream.receive(stanzaFromXml(forged.arg(u"darkcave@chat.shakespeare.lit/x"_s, u"f4"_s)));
        QCOMPARE(ignored.count(), 4);
        s.history.store->flush().waitForFinished();
        auto page = s.history.store->page(u"mallory@evil.example"_s, 0, 10);
        QTRY_VERIFY(page.isFinished());
        QVERIFY(page.result().isEmpty());
        QVERIFY(!s.manager.isRoom(Jid::parse(u"mallory@evil.example")));
    }

    // Class: MUC presence spoofing (XEP-0045 §7.2.3). A muc#user presence with status 110
    // ("this is you") from a room we are not in could make the client believe it joined a
    // room, or show invented occupants. Ignored; no room comes into being.
    void roomPresenceFromOutsideTheRoomIsIgnored_XEP_0045()
    {
        Setup s;
        QSignalSpy ignored(&s.manager, &MucManager::stanzaIgnored);
        s.stream.receive(
            stanzaFromXml(u"<presence from='trap@conference.evil.example/hecate'>"
                          u"<x xmlns='http://jabber.org/protocol/muc#user'>"
                          u"<item affiliation='owner' role='moderator'/><status code='110'/>"
                          u"<status code='201'/></x></presence>"_s));
        QCOMPARE(ignored.count(), 1);
        QVERIFY(!s.manager.isRoom(Jid::parse(u"trap@conference.evil.example")));
        QVERIFY(s.manager.rooms().isEmpty());
    }

    // Class: MUC private-message spoofing (XEP-0045 §7.5: "receiving entities MUST NOT rely on
    // the existence of the <x/> element"). A contact adds <x xmlns='muc#user'/> to a chat
    // message hoping it is taken for a private message from a room occupant (shown under a
    // nick in a room, outside the contact's own conversation). What decides is the address:
    // only a room we are in sends occupants' private messages; the marker means nothing.
    void privateMessageMarkerFromAContactMakesNoOccupant_XEP_0045()
    {
        const QString marked = u"<message from='%1' type='chat'><body>it is me, your admin</body>"
                               u"<x xmlns='http://jabber.org/protocol/muc#user'/></message>"_s;
        using T = MucRoute::Target;
        using S = RoomPresenceState;
        QCOMPARE(routeOf(marked.arg(u"mallory@evil.example/x"_s), S::Unknown), T::NotMuc);
        QCOMPARE(routeOf(marked.arg(u"coven@chat.shakespeare.lit/firstwitch"_s), S::Active),
                 T::PrivateMessage);
        // Without the marker, an occupant's private message is still one (old servers).
        QCOMPARE(routeOf(u"<message from='coven@chat.shakespeare.lit/firstwitch' type='chat'>"
                         u"<body>psst</body></message>"_s,
                         S::Active),
                 T::PrivateMessage);

        // Through the manager: a marked message from a contact reaches no room.
        Setup s;
        Room *room = s.joinCoven();
        QSignalSpy received(room, &Room::messageReceived);
        QSignalSpy ignored(&s.manager, &MucManager::stanzaIgnored);
        s.stream.receive(stanzaFromXml(marked.arg(u"mallory@evil.example/x"_s)));
        s.stream.receive(stanzaFromXml(marked.arg(u"coven@evil.example/firstwitch"_s)));
        QTest::qWait(50);
        QCOMPARE(received.count(), 0);
        QCOMPARE(ignored.count(), 0); // an ordinary chat message, for ChatManager
        QVERIFY(!s.manager.isRoom(Jid::parse(u"coven@evil.example")));
    }
};

QTEST_GUILESS_MAIN(SecurityMucTest)
#include "tst_security_muc.moc"
