// The rooms of an account against the real test Prosody (MUC at conference.localhost):
// XEP-0402 bookmarks with autojoin across sign-ins, invitations of both kinds, the decline,
// self-ping finding that the room forgot us (tests/server/modules/mod_linnet_test_muc_forget),
// room listing with names and occupant counts, and a spoofed group chat message.
#include "ChatPeer.h"
#include "muc/Bookmarks.h"
#include "muc/MucManager.h"
#include "storage/HistoryStore.h"
#include "stream/IqTracker.h"
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

QString unique(const QString &stem)
{
    return u"%1%2"_s.arg(stem).arg(QRandomGenerator::global()->generate());
}

// Sends an IQ and waits for its answer.
IqResponse ask(Client &client, const Element &iq, int timeoutMs = 10000)
{
    std::optional<IqResponse> answer;
    client.sendIq(
        iq, [&answer](const IqResponse &response) { answer = response; }, timeoutMs);
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs + 1000);
    return answer.value_or(IqResponse{IqResponse::Outcome::Timeout, {}, {}, u"no answer"_s});
}

// Joins by hand (XEP-0045 §7.2.2, §10.1.2): a raw presence, the room's presence of us, and
// for a new room the default or given configuration (name, public). Used by a peer whose
// MucManager is not what the test is about.
bool rawJoin(Client &client, const Jid &room, const QString &nick, const QString &name = {})
{
    bool joined = false, created = false;
    const auto connection =
        QObject::connect(&client, &XmppStream::stanzaReceived, [&](const Element &stanza) {
            if (!stanza.is(u"presence", ns::Client) ||
                Jid::parse(stanza.attribute(u"from")) != room.withResource(nick))
                return;
            const Element x = stanza.firstChild(u"x", ns::MucUser);
            for (const Element &status : x.childrenNamed(u"status", ns::MucUser)) {
                if (status.attribute(u"code") == u"110")
                    joined = true;
                if (status.attribute(u"code") == u"201")
                    created = true;
            }
        });
    Element presence(u"presence"_s, ns::Client.toString());
    presence.setAttribute(u"to"_s, room.withResource(nick).toString());
    presence.addChild(u"x"_s, ns::Muc.toString());
    client.send(presence);
    const bool ok = QTest::qWaitFor([&] { return joined; }, 10000);
    QObject::disconnect(connection);
    if (!ok || !created)
        return ok;
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, room.toString());
    Element &x =
        iq.addChild(u"query"_s, ns::MucOwner.toString()).addChild(u"x"_s, ns::DataForms.toString());
    x.setAttribute(u"type"_s, u"submit"_s);
    const auto field = [&x](const QString &var, const QString &value) {
        Element &f = x.addChild(u"field"_s, ns::DataForms.toString());
        f.setAttribute(u"var"_s, var);
        f.addChild(u"value"_s, ns::DataForms.toString()).setText(value);
    };
    field(u"FORM_TYPE"_s, ns::MucRoomConfig.toString());
    if (!name.isEmpty())
        field(u"muc#roomconfig_roomname"_s, name);
    field(u"muc#roomconfig_publicroom"_s, u"1"_s);
    return ask(client, iq).ok();
}

// tests/server/modules/mod_linnet_test_muc_forget: the room forgets our session silently.
IqResponse forgetMe(Client &client, const QString &service, const Jid &room)
{
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.setAttribute(u"to"_s, service);
    iq.addChild(u"forget"_s, u"urn:linnet:test:muc-forget"_s)
        .setAttribute(u"room"_s, room.toString());
    return ask(client, iq);
}

} // namespace

class MucManagerIntegrationTest : public QObject
{
    Q_OBJECT
private:
    TestServerInfo server;
    QTemporaryDir dir;

    QString database(const QString &name) { return dir.filePath(name + u".sqlite"_s); }
    Jid roomJid(const QString &stem)
    {
        return Jid::parse(QString(unique(stem) + u'@' + server.muc));
    }

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

    void bookmarkWithAutojoinIsJoinedAtTheNextSignIn()
    {
        const QString user = registerFreshUser(server, u"marks"_s);
        const Jid room = roomJid(u"autojoin"_s);
        {
            ChatPeer desk(server, user, u"desk"_s, database(user + u"desk"_s));
            QVERIFY2(desk.signIn(), qPrintable(desk.harness().lastReason()));
            Bookmarks *bookmarks = desk.services().bookmarks();
            QTRY_VERIFY_WITH_TIMEOUT(bookmarks->isLoaded(), 10000);
            // Prosody 0.12's mod_bookmarks offers urn:xmpp:bookmarks:1#compat.
            QCOMPARE(bookmarks->backend(), Bookmarks::Backend::Pep);
            QVERIFY(bookmarks->bookmarks().isEmpty());
            QSignalSpy failed(bookmarks, &Bookmarks::failed);
            bookmarks->set({room, u"Autojoin room"_s, u"marker"_s, {}, true});
            // The publish is answered before we sign out.
            QTest::qWait(500);
            QCOMPARE(failed.count(), 0);
            desk.signOut();
        }
        // A new sign-in (another resource, another database): loaded from the server, joined.
        ChatPeer laptop(server, user, u"laptop"_s, database(user + u"laptop"_s));
        QVERIFY2(laptop.signIn(), qPrintable(laptop.harness().lastReason()));
        Bookmarks *bookmarks = laptop.services().bookmarks();
        QTRY_VERIFY_WITH_TIMEOUT(bookmarks->isLoaded(), 10000);
        const auto bookmark = bookmarks->bookmark(room);
        QVERIFY(bookmark);
        QCOMPARE(bookmark->name, u"Autojoin room"_s);
        QCOMPARE(bookmark->nick, u"marker"_s);
        QVERIFY(bookmark->autojoin);
        MucManager *muc = laptop.services().muc();
        QTRY_VERIFY(muc->isRoom(room));
        QTRY_COMPARE_WITH_TIMEOUT(muc->existingRoom(room)->state(), Room::State::Joined, 10000);
        QCOMPARE(muc->existingRoom(room)->nick(), u"marker"_s);
    }

    void bookmarkChangesReachOurOtherResources()
    {
        const QString user = registerFreshUser(server, u"notify"_s);
        ChatPeer desk(server, user, u"desk"_s, database(user + u"desk"_s));
        ChatPeer laptop(server, user, u"laptop"_s, database(user + u"laptop"_s));
        QVERIFY(desk.signIn());
        QVERIFY(laptop.signIn());
        QTRY_VERIFY_WITH_TIMEOUT(desk.services().bookmarks()->isLoaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(laptop.services().bookmarks()->isLoaded(), 10000);
        Bookmarks *there = laptop.services().bookmarks();
        QSignalSpy changed(there, &Bookmarks::bookmarkChanged);
        QSignalSpy removed(there, &Bookmarks::bookmarkRemoved);
        const Jid room = roomJid(u"notified"_s);
        // Prosody sends +notify events to resources whose caps ask for them (XEP-0402 §3.5).
        desk.services().bookmarks()->set({room, u"Shared"_s, {}, {}, false});
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(there->bookmark(room)->name, u"Shared"_s);
        desk.services().bookmarks()->remove(room);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        QVERIFY(!there->bookmark(room));
    }

    void roomsWeWereInAreRejoinedAfterANewSession()
    {
        const QString user = registerFreshUser(server, u"back"_s);
        ChatPeer a(server, user, u"desk"_s, database(user));
        QVERIFY(a.signIn());
        MucManager *muc = a.services().muc();
        const Jid room = roomJid(u"rejoin"_s);
        Room *joined = muc->join(room, {u"returning"_s, {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(joined->state(), Room::State::Joined, 10000);
        a.signOut();
        QCOMPARE(joined->state(), Room::State::NotJoined);
        QSignalSpy rejoined(joined, &Room::joined);
        QVERIFY(a.signIn());
        QTRY_COMPARE_WITH_TIMEOUT(rejoined.count(), 1, 10000);
        QCOMPARE(joined->state(), Room::State::Joined);
        QCOMPARE(joined->nick(), u"returning"_s);
        // A room we left stays left.
        muc->leave(room);
        QTRY_VERIFY_WITH_TIMEOUT(!muc->isRoom(room), 10000);
        a.signOut();
        QVERIFY(a.signIn());
        QTest::qWait(1000);
        QVERIFY(!muc->isRoom(room));
    }

    void directInvitationReaches()
    {
        const QString alice = registerFreshUser(server, u"inva"_s);
        const QString bob = registerFreshUser(server, u"invb"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer b(server, bob, u"desk"_s, database(bob));
        QVERIFY(a.signIn());
        QVERIFY(b.signIn());
        QSignalSpy invited(a.services().muc(), &MucManager::invitationReceived);
        const Jid room = roomJid(u"direct"_s);
        // XEP-0249 §2, sent raw from Bob's real JID.
        Element message(u"message"_s, ns::Client.toString());
        message.setAttribute(u"to"_s, a.jid().bareString());
        Element &x = message.addChild(u"x"_s, ns::DirectInvitation.toString());
        x.setAttribute(u"jid"_s, room.toString());
        x.setAttribute(u"password"_s, u"cauldronburn"_s);
        x.setAttribute(u"reason"_s, u"Come in"_s);
        b.client().send(message);
        QTRY_COMPARE_WITH_TIMEOUT(invited.count(), 1, 10000);
        const auto invitation = invited.at(0).at(0).value<MucInvitation>();
        QCOMPARE(invitation.kind, MucInvitation::Kind::Direct);
        QCOMPARE(invitation.room, room);
        QCOMPARE(invitation.inviter, b.client().boundJid());
        QCOMPARE(invitation.password, u"cauldronburn"_s);
        QCOMPARE(invitation.reason, u"Come in"_s);
    }

    void mediatedInvitationReachesAndIsDeclined()
    {
        const QString alice = registerFreshUser(server, u"meda"_s);
        const QString bob = registerFreshUser(server, u"medb"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer b(server, bob, u"desk"_s, database(bob));
        QVERIFY(a.signIn());
        QVERIFY(b.signIn());
        const Jid room = roomJid(u"mediated"_s);
        QVERIFY(rawJoin(b.client(), room, u"bob"_s));
        QSignalSpy invited(a.services().muc(), &MucManager::invitationReceived);
        // XEP-0045 §7.8.2, "Occupant Sends a Mediated Invitation", raw through the room.
        Element message(u"message"_s, ns::Client.toString());
        message.setAttribute(u"to"_s, room.toString());
        Element &invite = message.addChild(u"x"_s, ns::MucUser.toString())
                              .addChild(u"invite"_s, ns::MucUser.toString());
        invite.setAttribute(u"to"_s, a.jid().bareString());
        invite.addChild(u"reason"_s, ns::MucUser.toString()).setText(u"Join us"_s);
        b.client().send(message);
        QTRY_COMPARE_WITH_TIMEOUT(invited.count(), 1, 10000);
        const auto invitation = invited.at(0).at(0).value<MucInvitation>();
        QCOMPARE(invitation.kind, MucInvitation::Kind::Mediated);
        QCOMPARE(invitation.room, room);
        // The inviter as the room says: Prosody 0.12 gives the inviter's occupant JID.
        QVERIFY2(invitation.inviter.bare() == b.jid().bare() ||
                     invitation.inviter == room.withResource(u"bob"),
                 qPrintable(invitation.inviter.toString()));
        QCOMPARE(invitation.reason, u"Join us"_s);

        // The decline reaches Bob through the room.
        QString declineReason;
        QObject::connect(&b.client(), &XmppStream::stanzaReceived, [&](const Element &stanza) {
            const Element decline =
                stanza.firstChild(u"x", ns::MucUser).firstChild(u"decline", ns::MucUser);
            if (!decline.isNull())
                declineReason = decline.childText(u"reason", ns::MucUser);
        });
        a.services().muc()->decline(invitation, u"Too busy"_s);
        QTRY_COMPARE_WITH_TIMEOUT(declineReason, u"Too busy"_s, 10000);
    }

    void listsRoomsWithNamesAndOccupants()
    {
        const QString alice = registerFreshUser(server, u"lista"_s);
        const QString bob = registerFreshUser(server, u"listb"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer b(server, bob, u"desk"_s, database(bob));
        QVERIFY(a.signIn());
        QVERIFY(b.signIn());
        const Jid first = roomJid(u"listed"_s), second = roomJid(u"listed"_s);
        QVERIFY(rawJoin(b.client(), first, u"bob"_s, u"First listed room"_s));
        QVERIFY(rawJoin(b.client(), second, u"bob"_s, u"Second listed room"_s));
        QList<RoomListing> rooms;
        std::optional<MucOutcome> outcome;
        a.services().muc()->listRooms(Jid::parse(server.muc),
                                      [&](const QList<RoomListing> &listed, const MucOutcome &o) {
                                          rooms = listed;
                                          outcome = o;
                                      });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY2(outcome->ok, qPrintable(outcome->sentence));
        int found = 0;
        for (const RoomListing &listing : std::as_const(rooms)) {
            if (listing.jid == first) {
                QCOMPARE(listing.name, u"First listed room"_s);
                QCOMPARE(listing.occupants, 1);
                ++found;
            } else if (listing.jid == second) {
                QCOMPARE(listing.name, u"Second listed room"_s);
                QCOMPARE(listing.occupants, 1);
                ++found;
            }
        }
        QCOMPARE(found, 2);
    }

    void spoofedGroupchatIsNotStored()
    {
        const QString alice = registerFreshUser(server, u"spoa"_s);
        const QString carol = registerFreshUser(server, u"spoc"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        ChatPeer c(server, carol, u"desk"_s, database(carol));
        QVERIFY(a.signIn());
        QVERIFY(c.signIn());
        const Jid room = roomJid(u"spoofed"_s);
        Room *joined = a.services().muc()->join(room, {u"alice"_s, {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(joined->state(), Room::State::Joined, 10000);
        QSignalSpy ignored(a.services().muc(), &MucManager::stanzaIgnored);
        // Carol sends a group chat message straight to Alice: it arrives with Carol's 'from'.
        const QString body = unique(u"spoofed text "_s);
        Element message(u"message"_s, ns::Client.toString());
        message.setAttribute(u"to"_s, a.client().boundJid().toString());
        message.setAttribute(u"type"_s, u"groupchat"_s);
        message.addChild(u"body"_s, ns::Client.toString()).setText(body);
        c.client().send(message);
        QTRY_COMPARE_WITH_TIMEOUT(ignored.count(), 1, 10000);
        QVERIFY(ignored.at(0).at(0).toString().contains(c.jid().bareString()));
        // Stored nowhere: neither in the room nor as a conversation with Carol.
        a.services().history()->flush().waitForFinished();
        auto found = a.services().history()->search(body, {}, 10);
        QVERIFY(QTest::qWaitFor([&] { return found.isFinished(); }, 5000));
        QVERIFY(found.result().isEmpty());
        QVERIFY(a.history(room.toString()).isEmpty() ||
                !bodiesOf(a.history(room.toString())).contains(body));
        QVERIFY(a.history(c.jid().bareString()).isEmpty());
    }

    void selfPingRejoinsWhenTheRoomForgetsUs()
    {
        const QString alice = registerFreshUser(server, u"pinga"_s);
        ChatPeer a(server, alice, u"desk"_s, database(alice));
        QVERIFY(a.signIn());
        MucManager *muc = a.services().muc();
        muc->setSelfPingInterval(300);
        const Jid room = roomJid(u"selfping"_s);
        Room *joined = muc->join(room, {u"alice"_s, {}, {}});
        QTRY_COMPARE_WITH_TIMEOUT(joined->state(), Room::State::Joined, 10000);
        if (joined->isAwaitingConfiguration()) {
            std::optional<MucOutcome> created;
            joined->createInstant([&](const MucOutcome &o) { created = o; });
            QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
            QVERIFY2(created->ok, qPrintable(created->sentence));
        }
        QSignalSpy rejoined(joined, &Room::joined);
        // The room forgets us without a word: only self-ping can tell.
        QVERIFY2(forgetMe(a.client(), server.muc, room).ok(), "the test module did not answer");
        QTRY_VERIFY_WITH_TIMEOUT(rejoined.count() >= 1, 10000);
        QCOMPARE(joined->state(), Room::State::Joined);
        // The room knows us again: forgetting works a second time.
        QVERIFY(forgetMe(a.client(), server.muc, room).ok());
    }
};

QTEST_GUILESS_MAIN(MucManagerIntegrationTest)
#include "tst_muc_manager.moc"
