#pragma once

#include "muc/MucTypes.h"
#include "xml/Element.h"

#include <optional>

namespace Linnet {

// Invitations in a <message/>: mediated through a room (XEP-0045 §7.8.2, a muc#user <invite/>
// from the room's bare JID) or direct (XEP-0249, <x xmlns='jabber:x:conference'/>).
// Anything else, or an invitation without a usable room address, is nullopt.
std::optional<MucInvitation> parseMucInvitation(const Element &message);

// Whether the message carries a muc#user <invite/> or <decline/> (so it is not a private
// message, whatever its type).
bool hasMucInviteOrDecline(const Element &message);

// XEP-0045 §7.8.2: the <message/> that declines a mediated invitation, sent to the room and
// addressed to the inviter.
Element mucDeclineStanza(const MucInvitation &invitation, const QString &reason);

} // namespace Linnet
