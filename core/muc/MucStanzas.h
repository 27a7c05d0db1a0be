#pragma once

#include "disco/DataForm.h"
#include "im/Jid.h"
#include "im/Presence.h"
#include "muc/MucTypes.h"
#include "xml/Element.h"

namespace Linnet {

struct JoinOptions;

// The stanzas a room occupant sends (XEP-0045, XEP-0249), built as elements in jabber:client.
// IQs carry no id: IqTracker sets one.
namespace MucStanzas {

// §7.2: presence to room/nick with <x xmlns='muc'> (password, history).
Element joinPresence(const Jid &occupantJid, const JoinOptions &options, Presence::Show show,
                     const QString &status);
// Our availability in the room, or a nick change (§7.6): plain presence to room/nick.
Element availablePresence(const Jid &occupantJid, Presence::Show show, const QString &status);
// §7.14: leaving.
Element unavailablePresence(const Jid &occupantJid, const QString &status);

Element groupchatMessage(const Jid &room, const QString &id, const QString &body);
// §8.1: a message with a <subject/> and no body.
Element subjectMessage(const Jid &room, const QString &id, const QString &subject);

// §8–10: <query xmlns='muc#admin'><item nick role|jid affiliation><reason/></item></query>.
Element roleChange(const Jid &room, const QString &nick, MucRole role, const QString &reason);
Element affiliationChange(const Jid &room, const Jid &realJid, MucAffiliation affiliation,
                          const QString &reason);
Element affiliationListRequest(const Jid &room, MucAffiliation affiliation);

// §10: muc#owner configuration form get and set (instant room: empty submit; cancel), destroy.
Element configurationRequest(const Jid &room);
Element configurationSubmit(const Jid &room, const DataForm &form);
Element destroyRequest(const Jid &room, const QString &reason, const Jid &alternateRoom);

// §7.8.2: a mediated invitation, sent to the room.
Element mediatedInvite(const Jid &room, const Jid &invitee, const QString &reason);
// XEP-0249: a direct invitation, sent to the invitee.
Element directInvite(const Jid &room, const Jid &invitee, const QString &reason,
                     const QString &password);

Element discoInfoRequest(const Jid &room);

} // namespace MucStanzas

} // namespace Linnet
