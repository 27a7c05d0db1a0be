#include "muc/MucRouting.h"

#include "im/Jid.h"
#include "muc/MucInvitations.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {

MucRoute route(MucRoute::Target target)
{
    return {target, {}};
}

MucRoute spoofed(const QString &why)
{
    return {MucRoute::Target::Spoofed, why};
}

MucRoute routePresence(const Element &presence, const Jid &from, RoomPresenceState state)
{
    if (state != RoomPresenceState::Unknown)
        return route(MucRoute::Target::RoomPresence);
    if (!presence.firstChild(u"x", ns::MucUser).isNull())
        return spoofed(
            u"room presence from %1, which is not a room we are in"_s.arg(from.toString()));
    return route(MucRoute::Target::NotMuc);
}

MucRoute routeMessage(const Element &message, const Jid &from, RoomPresenceState state)
{
    const QString type = message.attribute(u"type");
    if (type != u"error" && type != u"groupchat" && parseMucInvitation(message))
        return route(MucRoute::Target::Invitation);
    if (state == RoomPresenceState::Unknown) {
        if (type == u"groupchat")
            return spoofed(u"a group chat message from %1, which is not a room we are in"_s.arg(
                from.toString()));
        return route(MucRoute::Target::NotMuc);
    }
    if (type == u"groupchat") {
        if (state == RoomPresenceState::Active)
            return route(MucRoute::Target::RoomMessage);
        return spoofed(
            u"a group chat message from %1, a room we are not in"_s.arg(from.toString()));
    }
    if (type == u"error")
        return route(MucRoute::Target::RoomMessage);
    // chat, normal, headline: from an occupant with something to read, it is a private
    // message (ChatManager's); the rest (room notices, declines, voice requests) is the room's.
    const bool hasBody = !message.firstChild(u"body", ns::Client).isNull();
    if (from.isFull() && hasBody && !hasMucInviteOrDecline(message))
        return route(MucRoute::Target::PrivateMessage);
    return route(MucRoute::Target::RoomMessage);
}

} // namespace

MucRoute routeMucStanza(const Element &stanza, const RoomStateLookup &roomState)
{
    const bool isPresence = stanza.is(u"presence", ns::Client);
    const bool isMessage = stanza.is(u"message", ns::Client);
    if (!isPresence && !isMessage)
        return route(MucRoute::Target::NotMuc);
    const Jid from = Jid::parse(stanza.attribute(u"from"));
    if (!from.isValid())
        return route(MucRoute::Target::NotMuc);
    const RoomPresenceState state = roomState(from.bare());
    return isPresence ? routePresence(stanza, from, state) : routeMessage(stanza, from, state);
}

} // namespace Linnet
