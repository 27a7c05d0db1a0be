// The muc#user payload (XEP-0045 examples) parsed, the stanzas a room occupant sends built
// (MucStanzas), and the sentences of removals and refused joins (RoomSentences).
#include "muc/MucStanzas.h"
#include "muc/MucUserPayload.h"
#include "muc/Room.h"
#include "muc/RoomSentences.h"
#include "xml/ElementFromXml.h"
#include "xml/namespaces.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Linnet;

namespace {

Element xml(const QString &text)
{
    return elementFromXml(text.toUtf8());
}

const Jid Coven = Jid::parse(u"coven@chat.shakespeare.lit");

} // namespace

class MucUserPayloadTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfPresenceItemAndStatus()
    {
        // §7.2.3 example: our own presence, non-anonymous room.
        const MucUserPayload payload = MucUserPayload::fromStanza(
            xml(u"<presence xmlns='jabber:client' from='coven@chat.shakespeare.lit/thirdwitch' "
                "id='n13mt3l' to='hag66@shakespeare.lit/pda'><x "
                "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                "jid='hag66@shakespeare.lit/pda' role='participant'/><status code='100'/><status "
                "code='110'/><status code='210'/></x></presence>"_s));
        QVERIFY(payload.present);
        QCOMPARE(payload.statusCodes, (QList<int>{100, 110, 210}));
        QVERIFY(payload.has(110));
        QVERIFY(payload.item);
        QCOMPARE(*payload.item->affiliation, MucAffiliation::Member);
        QCOMPARE(*payload.item->role, MucRole::Participant);
        QCOMPARE(payload.item->jid.full(), u"hag66@shakespeare.lit/pda"_s);
        QVERIFY(!payload.destroy);
    }

    void kickWithActorAndReason()
    {
        const MucUserPayload payload = MucUserPayload::fromStanza(
            xml(u"<presence xmlns='jabber:client' from='harfleur@chat.shakespeare.lit/pistol' "
                "type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                "affiliation='none' role='none'><actor nick='Fluellen' "
                "jid='fluellen@shakespeare.lit'/><reason>Avaunt, you cullion!</reason></item>"
                "<status code='110'/><status code='307'/></x></presence>"_s));
        QCOMPARE(payload.item->actorNick, u"Fluellen"_s);
        QCOMPARE(payload.item->actorJid.full(), u"fluellen@shakespeare.lit"_s);
        QCOMPARE(payload.item->reason, u"Avaunt, you cullion!"_s);
        QCOMPARE(*payload.item->role, MucRole::None);
        const RoomExit exit = RoomSentences::exitFrom(payload, false);
        QCOMPARE(exit.reason, RoomExit::Reason::Kicked);
        QCOMPARE(exit.actor, u"Fluellen"_s);
        QCOMPARE(exit.sentence,
                 u"You have been kicked from this room by Fluellen: Avaunt, you cullion!"_s);
        QCOMPARE(RoomSentences::occupantLeft(u"pistol"_s, payload, {}),
                 u"pistol has been kicked from the room by Fluellen: Avaunt, you cullion!"_s);
    }

    void nickChangeAndDestroy()
    {
        const MucUserPayload renamed = MucUserPayload::fromStanza(
            xml(u"<presence xmlns='jabber:client' type='unavailable'><x "
                "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='member' "
                "nick='oldhag' role='participant'/><status code='303'/></x></presence>"_s));
        QCOMPARE(renamed.item->nick, u"oldhag"_s);
        QVERIFY(renamed.has(303));

        const MucUserPayload destroyed = MucUserPayload::fromStanza(
            xml(u"<presence xmlns='jabber:client' type='unavailable'><x "
                "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' "
                "role='none'/><destroy jid='coven@chat.shakespeare.lit'><reason>Macbeth doth "
                "come.</reason><password>cauldronburn</password></destroy></x></presence>"_s));
        QVERIFY(destroyed.destroy);
        QCOMPARE(destroyed.destroy->alternateRoom, Coven);
        QCOMPARE(destroyed.destroy->reason, u"Macbeth doth come."_s);
        QCOMPARE(destroyed.destroy->password, u"cauldronburn"_s);
        const RoomExit exit = RoomSentences::exitFrom(destroyed, false);
        QCOMPARE(exit.reason, RoomExit::Reason::Destroyed);
        QCOMPARE(exit.sentence, u"The room has been destroyed: Macbeth doth come. It continues "
                                "at coven@chat.shakespeare.lit."_s);
    }

    void invitesAndDecline()
    {
        // §7.8.2 example, as the invitee receives it.
        const MucUserPayload invite = MucUserPayload::fromStanza(xml(
            u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit' "
            "id='nzd143v8' to='hecate@shakespeare.lit'><x "
            "xmlns='http://jabber.org/protocol/muc#user'><invite "
            "from='crone1@shakespeare.lit/desktop'><reason>Hey Hecate, this is the place for all "
            "good witches!</reason><continue thread='e0ffe42b28561960c6b12b944a092794b9683a38'/>"
            "</invite><password>cauldronburn</password></x></message>"_s));
        QCOMPARE(invite.invites.size(), 1);
        QCOMPARE(invite.invites.first().from.full(), u"crone1@shakespeare.lit/desktop"_s);
        QVERIFY(invite.invites.first().continuation);
        QCOMPARE(invite.invites.first().thread, u"e0ffe42b28561960c6b12b944a092794b9683a38"_s);
        QCOMPARE(invite.password, u"cauldronburn"_s);

        const MucUserPayload decline = MucUserPayload::fromStanza(
            xml(u"<message xmlns='jabber:client' from='coven@chat.shakespeare.lit'><x "
                "xmlns='http://jabber.org/protocol/muc#user'><decline "
                "from='hecate@shakespeare.lit'><reason>Sorry, I'm too busy right now."
                "</reason></decline></x></message>"_s));
        QVERIFY(decline.decline);
        QCOMPARE(decline.decline->reason, u"Sorry, I'm too busy right now."_s);
    }

    void malformedPartsAreLeftOut()
    {
        const MucUserPayload payload = MucUserPayload::fromStanza(
            xml(u"<presence xmlns='jabber:client'><x xmlns='http://jabber.org/protocol/muc#user'>"
                "<status code='abc'/><status code='42'/><status code='110'/><status code='110'/>"
                "<item affiliation='emperor' role='jester'/></x></presence>"_s));
        QCOMPARE(payload.statusCodes, QList<int>{110});
        QVERIFY(payload.item);
        QVERIFY(!payload.item->affiliation);
        QVERIFY(!payload.item->role);
        // Same name, other namespace: not a muc#user payload.
        QVERIFY(!MucUserPayload::fromStanza(
                     xml(u"<presence xmlns='jabber:client'><x "
                         "xmlns='http://jabber.org/protocol/muc'/></presence>"_s))
                     .present);
    }

    void joinRefusedSentences()
    {
        const auto sentence = [](StanzaErrorCondition condition, const QString &text = {}) {
            StanzaError error = StanzaError::make(StanzaError::usualType(condition), condition);
            error.text = text;
            return RoomSentences::joinRefused(error);
        };
        QVERIFY(sentence(StanzaErrorCondition::RegistrationRequired).contains(u"members only"_s));
        QVERIFY(sentence(StanzaErrorCondition::Forbidden).contains(u"banned"_s));
        QVERIFY(sentence(StanzaErrorCondition::ServiceUnavailable).contains(u"full"_s));
        QCOMPARE(sentence(StanzaErrorCondition::Forbidden, u"Go away"_s),
                 u"You are banned from the room. (Go away)"_s);
        QVERIFY(!sentence(StanzaErrorCondition::InternalServerError).isEmpty());
    }

    void stanzasHaveTheXepShapes()
    {
        JoinOptions options{u"thirdwitch"_s, u"cauldronburn"_s, {}};
        options.history.kind = JoinHistory::Kind::MaxStanzas;
        options.history.maxStanzas = 20;
        const Element join = MucStanzas::joinPresence(Coven.withResource(u"thirdwitch"), options,
                                                      Presence::Show::Away, u"brb"_s);
        QCOMPARE(join.toXml(ns::Client),
                 u"<presence to=\"coven@chat.shakespeare.lit/thirdwitch\"><show>away</show>"
                 "<status>brb</status><x xmlns=\"http://jabber.org/protocol/muc\"><history "
                 "maxstanzas=\"20\"/><password>cauldronburn</password></x></presence>"_s);

        const Element kick =
            MucStanzas::roleChange(Coven, u"pistol"_s, MucRole::None, u"Avaunt, you cullion!"_s);
        QCOMPARE(kick.toXml(ns::Client),
                 u"<iq to=\"coven@chat.shakespeare.lit\" type=\"set\"><query "
                 "xmlns=\"http://jabber.org/protocol/muc#admin\"><item nick=\"pistol\" "
                 "role=\"none\"><reason>Avaunt, you cullion!</reason></item></query></iq>"_s);

        const Element ban = MucStanzas::affiliationChange(
            Coven, Jid::parse(u"earlofcambridge@shakespeare.lit/stabber"), MucAffiliation::Outcast,
            u"Treason"_s);
        QCOMPARE(ban.toXml(ns::Client),
                 u"<iq to=\"coven@chat.shakespeare.lit\" type=\"set\"><query "
                 "xmlns=\"http://jabber.org/protocol/muc#admin\"><item "
                 "affiliation=\"outcast\" jid=\"earlofcambridge@shakespeare.lit\"><reason>Treason"
                 "</reason></item></query></iq>"_s);

        const Element destroy = MucStanzas::destroyRequest(
            Coven, u"Macbeth doth come."_s, Jid::parse(u"heath@chat.shakespeare.lit"));
        QCOMPARE(destroy.toXml(ns::Client),
                 u"<iq to=\"coven@chat.shakespeare.lit\" type=\"set\"><query "
                 "xmlns=\"http://jabber.org/protocol/muc#owner\"><destroy "
                 "jid=\"heath@chat.shakespeare.lit\"><reason>Macbeth doth come.</reason>"
                 "</destroy></query></iq>"_s);

        DataForm instant;
        instant.type = u"submit"_s;
        QCOMPARE(MucStanzas::configurationSubmit(Coven, instant).toXml(ns::Client),
                 u"<iq to=\"coven@chat.shakespeare.lit\" type=\"set\"><query "
                 "xmlns=\"http://jabber.org/protocol/muc#owner\"><x xmlns=\"jabber:x:data\" "
                 "type=\"submit\"/></query></iq>"_s);

        QCOMPARE(
            MucStanzas::directInvite(Coven, Jid::parse(u"crone1@shakespeare.lit"), u"Join us"_s, {})
                .toXml(ns::Client),
            u"<message to=\"crone1@shakespeare.lit\"><x xmlns=\"jabber:x:conference\" "
            "jid=\"coven@chat.shakespeare.lit\" reason=\"Join us\"/></message>"_s);
    }
};

QTEST_GUILESS_MAIN(MucUserPayloadTest)
#include "tst_mucuserpayload.moc"
