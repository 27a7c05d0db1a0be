#pragma once

#include "im/Jid.h"
#include "muc/MucTypes.h"
#include "xml/Element.h"

#include <QList>
#include <QString>
#include <optional>

namespace Linnet {

// The <item/> of a muc#user payload (XEP-0045 §7.2.3 and the moderation use cases): who an
// occupant is in the room, and, when something was done to them, by whom and why.
struct MucUserItem
{
    std::optional<MucAffiliation> affiliation;
    std::optional<MucRole> role;
    Jid jid;           // the occupant's real JID, when the room shows it
    QString nick;      // 303: the new nick
    QString actorNick; // <actor nick=''/>
    Jid actorJid;      // <actor jid=''/>
    QString reason;
};

// <destroy/> of a room (XEP-0045 §10.9) as occupants receive it.
struct MucDestroy
{
    Jid alternateRoom;
    QString reason;
    QString password;
};

// <invite/> (§7.8.2) and <decline/> (§7.8.2 decline) of a mediated invitation.
struct MucUserInvite
{
    Jid from;
    Jid to;
    QString reason;
    bool continuation = false;
    QString thread;
};

// <x xmlns='http://jabber.org/protocol/muc#user'/> as a value. Parsing never fails: what is
// malformed (a status code that is not a number, an unknown role) is left out.
struct MucUserPayload
{
    bool present = false; // the stanza carried a muc#user <x/>
    QList<int> statusCodes;
    std::optional<MucUserItem> item;
    std::optional<MucDestroy> destroy;
    QList<MucUserInvite> invites;
    std::optional<MucUserInvite> decline;
    QString password;

    bool has(int code) const { return statusCodes.contains(code); }
    // The first muc#user <x/> child of a presence or message stanza.
    static MucUserPayload fromStanza(const Element &stanza);
    static MucUserPayload fromElement(const Element &x);
};

} // namespace Linnet
