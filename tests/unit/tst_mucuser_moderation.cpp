// Room over a recording stream, the powers of an occupant: moderation (XEP-0045 §8–9:
// kick, voice, ban, affiliation lists) as muc#admin IQs, the permission tables of §5, the
// owner's configuration, creation and destroy (§10, muc#owner), and invitations (§7.8.2,
// XEP-0249). Joining, occupants and messages are in tst_room.cpp.
#include "RoomTestSupport.h"
#include "xml/namespaces.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Linnet;
using namespace Linnet::Test;

class RoomModerationTest : public RoomTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerTypes(); }
    void init() { setUpRoom(); }
    void cleanup() { tearDownRoom(); }

    // ---- creation and configuration (§10) ---------------------------------------------------

    void creation201AndInstantRoom()
    {
        QSignalSpy needed(room.get(), &Room::configurationNeeded);
        room->join({u"thirdwitch"_s, {}, {}});
        presence(occupantPresence(u"thirdwitch"_s, u"owner"_s, u"moderator"_s,
                                  u"<status code='110'/><status code='201'/>"_s, Own));
        QCOMPARE(needed.count(), 1);
        QVERIFY(room->isAwaitingConfiguration());
        QVERIFY(room->canConfigure());
        std::optional<MucOutcome> outcome;
        room->createInstant([&](const MucOutcome &o) { outcome = o; });
        const Element iq = lastSent(u"iq");
        QCOMPARE(iq.attribute(u"type"), u"set"_s);
        QCOMPARE(iq.attribute(u"to"), RoomJid);
        const Element x = iq.firstChild(u"query", ns::MucOwner).firstChild(u"x", ns::DataForms);
        QCOMPARE(x.attribute(u"type"), u"submit"_s);
        QVERIFY(x.children().isEmpty());
        answerLastIq();
        QVERIFY(outcome && outcome->ok);
        QVERIFY(!room->isAwaitingConfiguration());
    }

    void configurationFormRoundTrip()
    {
        joinAs(u"owner"_s, u"moderator"_s);
        std::optional<DataForm> received;
        room->requestConfiguration([&](const DataForm &form, const MucOutcome &outcome) {
            QVERIFY(outcome.ok);
            received = form;
        });
        const Element get = lastSent(u"iq");
        QCOMPARE(get.attribute(u"type"), u"get"_s);
        QVERIFY(!get.firstChild(u"query", ns::MucOwner).isNull());
        answerLastIq(u"<query xmlns='http://jabber.org/protocol/muc#owner'><x "
                     "xmlns='jabber:x:data' type='form'><title>Configuration for coven</title>"
                     "<field type='hidden' var='FORM_TYPE'><value>http://jabber.org/protocol/"
                     "muc#roomconfig</value></field><field label='Natural-Language Room Name' "
                     "type='text-single' var='muc#roomconfig_roomname'><value>A Dark Cave"
                     "</value></field><field label='Make Room Persistent?' type='boolean' "
                     "var='muc#roomconfig_persistentroom'><value>0</value></field>"
                     "<field type='fixed'><value>Fixed text</value></field></x></query>"_s);
        QVERIFY(received);
        QCOMPARE(received->field(u"muc#roomconfig_roomname")->values,
                 QStringList{u"A Dark Cave"_s});
        DataForm form = *received;
        form.field(u"muc#roomconfig_persistentroom")->values = {u"1"_s};
        std::optional<MucOutcome> outcome;
        room->submitConfiguration(form, [&](const MucOutcome &o) { outcome = o; });
        const Element x =
            lastSent(u"iq").firstChild(u"query", ns::MucOwner).firstChild(u"x", ns::DataForms);
        QCOMPARE(x.attribute(u"type"), u"submit"_s);
        const DataForm submitted = DataForm::fromElement(x);
        QCOMPARE(submitted.formType(), u"http://jabber.org/protocol/muc#roomconfig"_s);
        QCOMPARE(submitted.field(u"muc#roomconfig_persistentroom")->values, QStringList{u"1"_s});
        answerLastIq();
        QVERIFY(outcome && outcome->ok);
    }

    void cancelAndDestroyRequests()
    {
        joinAs(u"owner"_s, u"moderator"_s);
        room->cancelConfiguration({});
        QCOMPARE(lastSent(u"iq")
                     .firstChild(u"query", ns::MucOwner)
                     .firstChild(u"x", ns::DataForms)
                     .attribute(u"type"),
                 u"cancel"_s);
        std::optional<MucOutcome> outcome;
        room->destroy(u"Macbeth doth come."_s, Jid::parse(u"heath@chat.shakespeare.lit"_s),
                      [&](const MucOutcome &o) { outcome = o; });
        const Element destroy =
            lastSent(u"iq").firstChild(u"query", ns::MucOwner).firstChild(u"destroy", ns::MucOwner);
        QCOMPARE(destroy.attribute(u"jid"), u"heath@chat.shakespeare.lit"_s);
        QCOMPARE(destroy.childText(u"reason", ns::MucOwner), u"Macbeth doth come."_s);
        answerLastIqWithError(u"forbidden"_s);
        QVERIFY(outcome && !outcome->ok);
        QVERIFY(!outcome->sentence.isEmpty());
    }

    void cancellingCreationLeavesTheRoom()
    {
        room->join({u"thirdwitch"_s, {}, {}});
        presence(occupantPresence(u"thirdwitch"_s, u"owner"_s, u"moderator"_s,
                                  u"<status code='110'/><status code='201'/>"_s, Own));
        std::optional<MucOutcome> outcome;
        room->cancelConfiguration([&](const MucOutcome &o) { outcome = o; });
        answerLastIq();
        QVERIFY(outcome && outcome->ok);
        QCOMPARE(lastSent(u"presence").attribute(u"type"), u"unavailable"_s);
    }

    void configurationNeedsOwner()
    {
        joinAs();
        const qsizetype before = stream->sent.size();
        std::optional<MucOutcome> outcome;
        room->destroy({}, {}, [&](const MucOutcome &o) { outcome = o; });
        QVERIFY(outcome && !outcome->ok);
        QCOMPARE(stream->sent.size(), before);
    }

    // ---- moderation (§8–9) ------------------------------------------------------------------

    void kickSendsAdminIqWithReason()
    {
        joinAs(u"none"_s, u"moderator"_s);
        presence(occupantPresence(u"pistol"_s, u"none"_s, u"participant"_s));
        std::optional<MucOutcome> outcome;
        room->kick(u"pistol"_s, u"Avaunt, you cullion!"_s,
                   [&](const MucOutcome &o) { outcome = o; });
        const Element iq = lastSent(u"iq");
        QCOMPARE(iq.attribute(u"type"), u"set"_s);
        QCOMPARE(iq.attribute(u"to"), RoomJid);
        const Element item =
            iq.firstChild(u"query", ns::MucAdmin).firstChild(u"item", ns::MucAdmin);
        QCOMPARE(item.attribute(u"nick"), u"pistol"_s);
        QCOMPARE(item.attribute(u"role"), u"none"_s);
        QCOMPARE(item.childText(u"reason", ns::MucAdmin), u"Avaunt, you cullion!"_s);
        answerLastIq();
        QVERIFY(outcome && outcome->ok);
    }

    void voiceAndModeratorChanges()
    {
        joinAs(u"admin"_s, u"moderator"_s);
        presence(occupantPresence(u"pistol"_s, u"none"_s, u"participant"_s));
        room->setRole(u"pistol"_s, MucRole::Visitor, {}, {});
        QCOMPARE(lastSent(u"iq")
                     .firstChild(u"query", ns::MucAdmin)
                     .firstChild(u"item", ns::MucAdmin)
                     .attribute(u"role"),
                 u"visitor"_s);
        room->setRole(u"pistol"_s, MucRole::Moderator, {}, {});
        QCOMPARE(lastSent(u"iq")
                     .firstChild(u"query", ns::MucAdmin)
                     .firstChild(u"item", ns::MucAdmin)
                     .attribute(u"role"),
                 u"moderator"_s);
    }

    void banSendsOutcastByBareJid()
    {
        joinAs(u"admin"_s, u"moderator"_s);
        presence(occupantPresence(u"pistol"_s, u"none"_s, u"participant"_s, {},
                                  u"pistol@shakespeare.lit/field"_s));
        QVERIFY(room->canBan(*room->occupant(u"pistol"_s)));
        std::optional<MucOutcome> outcome;
        room->ban(Jid::parse(u"pistol@shakespeare.lit/field"_s), u"Treason"_s,
                  [&](const MucOutcome &o) { outcome = o; });
        const Element item =
            lastSent(u"iq").firstChild(u"query", ns::MucAdmin).firstChild(u"item", ns::MucAdmin);
        QCOMPARE(item.attribute(u"affiliation"), u"outcast"_s);
        QCOMPARE(item.attribute(u"jid"), u"pistol@shakespeare.lit"_s);
        QCOMPARE(item.childText(u"reason", ns::MucAdmin), u"Treason"_s);
        answerLastIqWithError(u"not-allowed"_s);
        QVERIFY(outcome && !outcome->ok);
    }

    void memberGrantAndList()
    {
        joinAs(u"admin"_s, u"moderator"_s);
        room->setAffiliation(Jid::parse(u"hecate@shakespeare.lit"_s), MucAffiliation::Member,
                             u"A worthy witch"_s, {});
        QCOMPARE(lastSent(u"iq")
                     .firstChild(u"query", ns::MucAdmin)
                     .firstChild(u"item", ns::MucAdmin)
                     .attribute(u"affiliation"),
                 u"member"_s);
        QList<Jid> members;
        room->requestAffiliationList(MucAffiliation::Member,
                                     [&](const QList<Jid> &jids, const MucOutcome &outcome) {
                                         QVERIFY(outcome.ok);
                                         members = jids;
                                     });
        const Element get = lastSent(u"iq");
        QCOMPARE(get.attribute(u"type"), u"get"_s);
        QCOMPARE(get.firstChild(u"query", ns::MucAdmin)
                     .firstChild(u"item", ns::MucAdmin)
                     .attribute(u"affiliation"),
                 u"member"_s);
        answerLastIq(u"<query xmlns='http://jabber.org/protocol/muc#admin'><item "
                     "affiliation='member' jid='hag66@shakespeare.lit' nick='thirdwitch' "
                     "role='participant'/><item affiliation='member' "
                     "jid='hecate@shakespeare.lit'/></query>"_s);
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(1).toString(), u"hecate@shakespeare.lit"_s);
    }

    void refusedModerationSendsNothing()
    {
        joinAs(); // a participant
        const qsizetype before = stream->sent.size();
        std::optional<MucOutcome> kicked, banned, owner;
        room->kick(u"secondwitch"_s, {}, [&](const MucOutcome &o) { kicked = o; });
        room->ban(Jid::parse(u"wiccarocks@shakespeare.lit"_s), {},
                  [&](const MucOutcome &o) { banned = o; });
        room->setAffiliation(Jid::parse(u"x@shakespeare.lit"_s), MucAffiliation::Owner, {},
                             [&](const MucOutcome &o) { owner = o; });
        QVERIFY(kicked && !kicked->ok && !kicked->sentence.isEmpty());
        QVERIFY(banned && !banned->ok);
        QVERIFY(owner && !owner->ok);
        QCOMPARE(stream->sent.size(), before);
        std::optional<MucOutcome> unknown;
        room->kick(u"nobody"_s, {}, [&](const MucOutcome &o) { unknown = o; });
        QVERIFY(unknown && !unknown->ok);
    }

    // XEP-0045 §5.1–5.2 as a table: self role/affiliation, target role/affiliation, action.
    void permissionTables_data()
    {
        QTest::addColumn<int>("selfRole");
        QTest::addColumn<int>("selfAffiliation");
        QTest::addColumn<int>("targetRole");
        QTest::addColumn<int>("targetAffiliation");
        QTest::addColumn<bool>("kick");
        QTest::addColumn<bool>("ban");
        QTest::addColumn<bool>("revokeVoice");
        QTest::addColumn<bool>("grantModerator");
        QTest::addColumn<bool>("makeMember");
        QTest::addColumn<bool>("makeAdmin");
        using R = MucRole;
        using A = MucAffiliation;
        const auto row = [](const char *name, R sr, A sa, R tr, A ta, bool kick, bool ban,
                            bool voice, bool moderator, bool member, bool admin) {
            QTest::newRow(name) << int(sr) << int(sa) << int(tr) << int(ta) << kick << ban << voice
                                << moderator << member << admin;
        };
        row("participant: nothing", R::Participant, A::None, R::Participant, A::None, false, false,
            false, false, false, false);
        row("member: nothing", R::Participant, A::Member, R::Participant, A::None, false, false,
            false, false, false, false);
        row("moderator kicks participant", R::Moderator, A::None, R::Participant, A::None, true,
            false, true, false, false, false);
        row("moderator cannot touch member", R::Moderator, A::None, R::Participant, A::Member,
            false, false, false, false, false, false);
        row("moderator cannot kick moderator", R::Moderator, A::None, R::Moderator, A::None, false,
            false, false, false, false, false);
        row("admin over participant", R::Moderator, A::Admin, R::Participant, A::None, true, true,
            true, true, true, false);
        row("admin over member", R::Moderator, A::Admin, R::Participant, A::Member, true, true,
            true, true, false, false);
        row("admin cannot touch admin", R::Moderator, A::Admin, R::Moderator, A::Admin, false,
            false, false, false, false, false);
        row("admin cannot touch owner", R::Moderator, A::Admin, R::Moderator, A::Owner, false,
            false, false, false, false, false);
        row("owner over participant", R::Moderator, A::Owner, R::Participant, A::None, true, true,
            true, true, true, true);
        row("owner over admin: affiliation only", R::Moderator, A::Owner, R::Moderator, A::Admin,
            false, false, false, false, true, false);
        row("owner over visitor", R::Moderator, A::Owner, R::Visitor, A::None, true, true, false,
            true, true, true);
    }

    void permissionTables()
    {
        QFETCH(int, selfRole);
        QFETCH(int, selfAffiliation);
        QFETCH(int, targetRole);
        QFETCH(int, targetAffiliation);
        QFETCH(bool, kick);
        QFETCH(bool, ban);
        QFETCH(bool, revokeVoice);
        QFETCH(bool, grantModerator);
        QFETCH(bool, makeMember);
        QFETCH(bool, makeAdmin);
        joinAs(mucAffiliationName(MucAffiliation(selfAffiliation)), mucRoleName(MucRole(selfRole)));
        presence(
            occupantPresence(u"target"_s, mucAffiliationName(MucAffiliation(targetAffiliation)),
                             mucRoleName(MucRole(targetRole)), {}, u"target@shakespeare.lit/x"_s));
        const Occupant target = *room->occupant(u"target"_s);
        QCOMPARE(room->canKick(target), kick);
        QCOMPARE(room->canBan(target), ban);
        QCOMPARE(room->canChangeRole(target, MucRole::Visitor), revokeVoice);
        QCOMPARE(room->canChangeRole(target, MucRole::Moderator), grantModerator);
        QCOMPARE(room->canChangeAffiliation(target, MucAffiliation::Member), makeMember);
        QCOMPARE(room->canChangeAffiliation(target, MucAffiliation::Admin), makeAdmin);
        // Never ourselves, and nothing once out of the room.
        QVERIFY(!room->canKick(room->self()));
        room->connectionLost();
        QVERIFY(!room->canKick(target));
    }

    // ---- invitations ------------------------------------------------------------------------

    void invitations()
    {
        room->join({u"thirdwitch"_s, u"cauldronburn"_s, {}});
        presence(occupantPresence(u"thirdwitch"_s, u"none"_s, u"participant"_s,
                                  u"<status code='110'/>"_s));
        room->inviteMediated(Jid::parse(u"hecate@shakespeare.lit"_s),
                             u"Hey Hecate, this is the place for all good witches!"_s);
        const Element mediated = lastSent(u"message");
        QCOMPARE(mediated.attribute(u"to"), RoomJid);
        const Element invite =
            mediated.firstChild(u"x", ns::MucUser).firstChild(u"invite", ns::MucUser);
        QCOMPARE(invite.attribute(u"to"), u"hecate@shakespeare.lit"_s);
        QCOMPARE(invite.childText(u"reason", ns::MucUser),
                 u"Hey Hecate, this is the place for all good witches!"_s);
        room->inviteDirect(Jid::parse(u"hecate@shakespeare.lit"_s), u"Join us"_s);
        const Element direct = lastSent(u"message");
        QCOMPARE(direct.attribute(u"to"), u"hecate@shakespeare.lit"_s);
        const Element x = direct.firstChild(u"x", ns::DirectInvitation);
        QCOMPARE(x.attribute(u"jid"), RoomJid);
        QCOMPARE(x.attribute(u"reason"), u"Join us"_s);
        QCOMPARE(x.attribute(u"password"), u"cauldronburn"_s);
    }

    void declineBecomesNotice()
    {
        joinAs();
        QSignalSpy notices(room.get(), &Room::notice);
        message(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' "
                "to='crone1@shakespeare.lit/desktop'><x "
                "xmlns='http://jabber.org/protocol/muc#user'><decline "
                "from='hecate@shakespeare.lit'><reason>Sorry, I'm too busy right now."
                "</reason></decline></x></message>"_s);
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.first().first().toString(),
                 u"hecate@shakespeare.lit declined your invitation: Sorry, I'm too busy right "
                 "now.."_s.chopped(1));
    }
};

QTEST_GUILESS_MAIN(RoomModerationTest)
#include "tst_mucuser_moderation.moc"
