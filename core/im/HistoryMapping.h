#pragma once

#include "im/Message.h"
#include "storage/HistoryTypes.h"

namespace Linnet {

// Within this many seconds of arrival a delay stamp is not used for ordering.
inline constexpr int RecentDelaySeconds = 60;
// The time a live message is stored under: its delay stamp when it was held back for long
// (offline storage), otherwise when it arrived.
QDateTime storedTimestamp(const QDateTime &delayedAt, const QDateTime &arrival);

// The stored form of a message with a body. peer is the conversation's bare JID, sender the
// author's JID (ours for outgoing). Ids from archives are filled in by the caller, who knows
// which archive can be trusted.
HistoryMessage historyFromMessage(const Message &message, const QString &peer, bool outgoing,
                                  const Jid &sender);

} // namespace Linnet
