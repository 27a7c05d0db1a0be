// Room: moderation (XEP-0045 §8 voice and kick, §9 ban and lists, §10 admins and owners)
// through muc#admin IQs. What our standing does not allow is refused here, before the wire.
#include "muc/MucPermissions.h"
#include "muc/MucStanzas.h"
#include "muc/RoomPrivate.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// The occupant with this real JID, when the room shows it.
std::optional<Occupant> occupantWithJid(const QList<Occupant> &occupants, const Jid &realJid)
{
    for (const Occupant &occupant : occupants) {
        if (occupant.realJid.isValid() && occupant.realJid.bare() == realJid.bare())
            return occupant;
    }
    return std::nullopt;
}

} // namespace

void Room::setRole(const QString &nick, MucRole role, const QString &reason, MucCallback done)
{
    if (d->state != State::Joined) {
        failOutcome(done, Private::notInRoomSentence());
        return;
    }
    const std::optional<Occupant> target = occupant(nick);
    if (!target) {
        failOutcome(done, tr("%1 is not in the room.").arg(nick));
        return;
    }
    if (!canChangeRole(*target, role)) {
        failOutcome(
            done, role == MucRole::None
                      ? tr("You may not kick %1 from this room.").arg(nick)
                      : tr("You may not make %1 a %2 in this room.").arg(nick, mucRoleName(role)));
        return;
    }
    d->requestOutcome(MucStanzas::roleChange(d->jid, nick, role, reason), std::move(done));
}

void Room::kick(const QString &nick, const QString &reason, MucCallback done)
{
    setRole(nick, MucRole::None, reason, std::move(done));
}

void Room::setAffiliation(const Jid &realJid, MucAffiliation affiliation, const QString &reason,
                          MucCallback done)
{
    if (d->state != State::Joined) {
        failOutcome(done, Private::notInRoomSentence());
        return;
    }
    if (!realJid.isValid()) {
        failOutcome(done, tr("The address is not valid."));
        return;
    }
    const Occupant self = d->self();
    bool allowed = false;
    if (const std::optional<Occupant> target = occupantWithJid(occupants(), realJid)) {
        allowed = affiliation == MucAffiliation::Outcast
                      ? MucPermissions::canBan(self, *target)
                      : MucPermissions::canChangeAffiliation(self, *target, affiliation);
    } else {
        // Someone not in the room: owners may do anything; admins handle members and bans
        // (the room refuses it when the person turns out to be an admin or owner).
        allowed =
            self.affiliation == MucAffiliation::Owner ||
            (self.affiliation == MucAffiliation::Admin && affiliation < MucAffiliation::Admin);
    }
    if (!allowed) {
        failOutcome(done, affiliation == MucAffiliation::Outcast
                              ? tr("You may not ban %1 from this room.").arg(realJid.bareString())
                              : tr("You may not make %1 %2 of this room.")
                                    .arg(realJid.bareString(), mucAffiliationName(affiliation)));
        return;
    }
    d->requestOutcome(MucStanzas::affiliationChange(d->jid, realJid, affiliation, reason),
                      std::move(done));
}

void Room::ban(const Jid &realJid, const QString &reason, MucCallback done)
{
    setAffiliation(realJid, MucAffiliation::Outcast, reason, std::move(done));
}

void Room::requestAffiliationList(MucAffiliation affiliation,
                                  std::function<void(const QList<Jid> &, const MucOutcome &)> done)
{
    if (d->state != State::Joined) {
        if (done)
            done({}, MucOutcome::failure(Private::notInRoomSentence()));
        return;
    }
    d->request(MucStanzas::affiliationListRequest(d->jid, affiliation),
               [done = std::move(done)](const IqResponse &response) {
                   if (!done)
                       return;
                   if (!response.ok()) {
                       done({}, MucOutcome::failure(response.sentence));
                       return;
                   }
                   QList<Jid> jids;
                   const Element query = response.iq.firstChild(u"query", ns::MucAdmin);
                   for (const Element &item : query.childrenNamed(u"item", ns::MucAdmin)) {
                       const Jid jid = Jid::parse(item.attribute(u"jid"));
                       if (jid.isValid())
                           jids.append(jid);
                   }
                   done(jids, MucOutcome::success());
               });
}

} // namespace Linnet
