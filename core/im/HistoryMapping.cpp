#include "im/HistoryMapping.h"

namespace Linnet {

QDateTime storedTimestamp(const QDateTime &delayedAt, const QDateTime &arrival)
{
    if (!delayedAt.isValid() || delayedAt > arrival)
        return arrival;
    // Delay stamps have whole seconds; a message held back only briefly (a resumed stream,
    // a short offline spell) keeps its arrival time, which is the server's delivery order.
    if (delayedAt.secsTo(arrival) < RecentDelaySeconds)
        return arrival;
    return delayedAt;
}

HistoryMessage historyFromMessage(const Message &message, const QString &peer, bool outgoing,
                                  const Jid &sender)
{
    HistoryMessage entry;
    entry.conversation = peer;
    entry.direction = outgoing ? MessageDirection::Outgoing : MessageDirection::Incoming;
    entry.senderJid = sender.full();
    entry.type = message.type;
    entry.body = message.body;
    entry.subject = message.subject;
    entry.thread = message.thread;
    entry.lang = message.lang;
    entry.timestamp = storedTimestamp(message.delayedAt, QDateTime::currentDateTimeUtc());
    entry.messageId = message.id;
    entry.originId = message.originId;
    entry.state = outgoing ? DeliveryState::Sent : DeliveryState::None;
    entry.markable = message.markers.markable;
    entry.read = outgoing;
    return entry;
}

} // namespace Linnet
