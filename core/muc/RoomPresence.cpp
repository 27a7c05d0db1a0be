// Room: presence from the room — joining, occupants, nick changes, and being removed.
#include "muc/MucStatus.h"
#include "muc/MucUserPayload.h"
#include "muc/RoomPrivate.h"
#include "muc/RoomSentences.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

// One occupant as their presence shows them (§7.2.3).
Occupant occupantFrom(const QString &nick, const MucUserPayload &payload, const Element &presence)
{
    Occupant occupant;
    occupant.nick = nick;
    if (payload.item) {
        occupant.role = payload.item->role.value_or(MucRole::Participant);
        occupant.affiliation = payload.item->affiliation.value_or(MucAffiliation::None);
        occupant.realJid = payload.item->jid;
    }
    occupant.occupantId = presence.firstChild(u"occupant-id", ns::OccupantId).attribute(u"id");
    if (const std::optional<Presence> parsed = Presence::fromElement(presence)) {
        occupant.show = parsed->show;
        occupant.status = parsed->statusFor();
    }
    return occupant;
}

QString statusOf(const Element &presence)
{
    const std::optional<Presence> parsed = Presence::fromElement(presence);
    return parsed ? parsed->statusFor() : QString();
}

} // namespace

void Room::handlePresence(const Element &presence)
{
    const Jid from = Jid::parse(presence.attribute(u"from"));
    if (!presence.is(u"presence", ns::Client) || !from.isValid() || from.bare() != d->jid) {
        qCWarning(lcMucRoom) << "Ignoring a presence for" << d->jid.bareString() << "from"
                             << presence.attribute(u"from");
        return;
    }
    const QString type = presence.attribute(u"type");
    if (type == u"error") {
        d->onErrorPresence(from, presence);
        return;
    }
    if (d->state == State::NotJoined || !from.isFull())
        return; // not ours to track (left already), or the room's own presence
    const MucUserPayload payload = MucUserPayload::fromStanza(presence);
    if (type == u"unavailable")
        d->onUnavailable(from.resource(), payload, presence);
    else if (type.isEmpty())
        d->onAvailable(from.resource(), payload, presence);
}

void Room::Private::onAvailable(const QString &occupantNick, const MucUserPayload &payload,
                                const Element &presence)
{
    Occupant occupant = occupantFrom(occupantNick, payload, presence);
    // Status 110 marks presence about us (§7.2.3); once joined our nick is ours alone. Old
    // services without 110 still show us our own full JID at the nick we asked for.
    const bool showsOurJid =
        occupantNick == nick && occupant.realJid.isValid() && occupant.realJid == stream.boundJid();
    occupant.isSelf = payload.has(110) || (state == State::Joined && occupantNick == nick) ||
                      (state == State::Joining && showsOurJid);
    if (occupant.isSelf && state == State::Joining) {
        onSelfJoined(occupant, payload);
        return;
    }
    const auto it = occupants.constFind(occupantNick);
    if (it == occupants.cend()) {
        occupants.insert(occupantNick, occupant);
        Q_EMIT q.occupantJoined(occupant);
        return;
    }
    const Occupant before = *it;
    if (before == occupant)
        return;
    occupants.insert(occupantNick, occupant);
    if (occupant.isSelf) {
        if (ownOccupantId.isEmpty())
            ownOccupantId = occupant.occupantId;
        const QString change = RoomSentences::selfStandingChanged(before, occupant);
        if (!change.isEmpty())
            Q_EMIT q.notice(change);
    }
    Q_EMIT q.occupantChanged(before, occupant);
}

void Room::Private::onSelfJoined(const Occupant &occupant, const MucUserPayload &payload)
{
    joinTimer.stop();
    // 210: the service chose (or changed) our nick.
    if (occupant.nick != nick) {
        qCInfo(lcMucRoom) << "The room gave us the nick" << occupant.nick << "instead of" << nick;
        nick = occupant.nick;
    }
    ownOccupantId = occupant.occupantId;
    occupants.insert(occupant.nick, occupant);
    nonAnonymous = payload.has(100) || payload.has(172);
    logged = payload.has(170);
    awaitingConfiguration = payload.has(201);
    qCInfo(lcMucRoom) << "Joined" << jid.bareString() << "as" << nick;
    Q_EMIT q.occupantJoined(occupant);
    setState(State::Joined);
    for (int code : payload.statusCodes) {
        if (code == 210 || code == 201 || MucStatus::isRoomNotice(code))
            Q_EMIT q.notice(MucStatus::describe(code, nick, true));
    }
    if (awaitingConfiguration)
        Q_EMIT q.configurationNeeded();
    afterJoin();
}

void Room::Private::afterJoin()
{
    requestInfo();
    if (options.history.kind == JoinHistory::Kind::FromArchive)
        startArchiveCatchUp();
    flushQueued();
}

void Room::Private::onUnavailable(const QString &occupantNick, const MucUserPayload &payload,
                                  const Element &presence)
{
    const bool isSelf = payload.has(110) || occupantNick == nick;
    // §7.6: a nick change is unavailable from the old nick with 303 and the new nick, then
    // available from the new one. Nobody left.
    if (payload.has(303) && payload.item && !payload.item->nick.isEmpty()) {
        const QString newNick = payload.item->nick;
        Occupant renamed = occupants.contains(occupantNick)
                               ? occupants.take(occupantNick)
                               : occupantFrom(occupantNick, payload, presence);
        renamed.nick = newNick;
        renamed.isSelf = isSelf;
        occupants.insert(newNick, renamed);
        if (isSelf) {
            nick = newNick;
            pendingNick.clear();
        }
        Q_EMIT q.nickChanged(occupantNick, newNick, isSelf);
        Q_EMIT q.notice(RoomSentences::nickChanged(occupantNick, newNick, isSelf));
        return;
    }
    if (isSelf) {
        exitWith(RoomSentences::exitFrom(payload, leaving));
        return;
    }
    const Occupant gone = occupants.contains(occupantNick)
                              ? occupants.take(occupantNick)
                              : occupantFrom(occupantNick, payload, presence);
    Q_EMIT q.occupantLeft(gone,
                          RoomSentences::occupantLeft(occupantNick, payload, statusOf(presence)));
}

void Room::Private::onErrorPresence(const Jid &from, const Element &presence)
{
    const StanzaError error = StanzaError::fromElement(presence.firstChild(u"error", ns::Client));
    if (state == State::Joining) {
        const QString sentence = RoomSentences::joinRefused(error);
        const RoomExit refused{RoomExit::Reason::JoinRefused, {}, {}, {}, sentence};
        qCInfo(lcMucRoom) << "Join of" << jid.bareString() << "refused:" << sentence;
        if (error.condition == StanzaErrorCondition::Conflict) {
            // The UI offers the suggestion; nothing is over yet, so no exited().
            joinTimer.stop();
            lastExit = refused;
            setState(State::NotJoined);
            Q_EMIT q.nickConflict(suggestNick(nick));
            return;
        }
        if (error.condition == StanzaErrorCondition::NotAuthorized) {
            joinTimer.stop();
            lastExit = refused;
            setState(State::NotJoined);
            Q_EMIT q.passwordRequired();
            return;
        }
        exitWith(refused);
        return;
    }
    if (state != State::Joined)
        return;
    if (!pendingNick.isEmpty() && from.resource() == pendingNick) {
        const QString wanted = std::exchange(pendingNick, {});
        const QString why = error.condition == StanzaErrorCondition::Conflict
                                ? tr("someone in the room already uses it.")
                                : error.humanSentence();
        Q_EMIT q.notice(tr("Your nickname could not be changed to %1: %2").arg(wanted, why));
        return;
    }
    Q_EMIT q.notice(tr("The room reported an error: %1").arg(error.humanSentence()));
}

} // namespace Linnet
