#pragma once

#include "im/Message.h"
#include "storage/HistoryTypes.h"

namespace Linnet {

// The stored form of a message with a body. peer is the conversation's bare JID, sender the
// author's JID (ours for outgoing). Ids from archives are filled in by the caller, who knows
// which archive can be trusted.
HistoryMessage historyFromMessage(const Message &message, const QString &peer, bool outgoing,
                                  const Jid &sender);

} // namespace Linnet
