#pragma once

#include "xml/Element.h"

#include <QString>
#include <functional>

namespace Linnet {

class Jid;

// Where a presence or message stanza goes in group chat, decided from its 'from', its type and
// what we know of the room at that address (XEP-0045 §7). Pure: MucManager acts on it.
struct MucRoute
{
    enum class Target {
        NotMuc,         // not group chat's business (a contact's presence, a chat message, …)
        RoomPresence,   // Room::handlePresence
        RoomMessage,    // Room::handleMessage (groupchat, errors, room notices, declines)
        PrivateMessage, // one-on-one with an occupant: ChatManager stores it
        Invitation,     // mediated or direct: MucManager::invitationReceived
        Spoofed,        // claims to be group chat from somewhere that is not our room
    };
    Target target = Target::NotMuc;
    QString why; // Spoofed: what was ignored, in words
};

// What we know of a room at a bare JID.
enum class RoomPresenceState {
    Unknown, // no Room for this address
    Idle,    // a Room, but we are neither in it nor joining it
    Active,  // joined or joining (or meant to be: rejoining)
};

using RoomStateLookup = std::function<RoomPresenceState(const Jid &bareJid)>;

MucRoute routeMucStanza(const Element &stanza, const RoomStateLookup &roomState);

} // namespace Linnet
