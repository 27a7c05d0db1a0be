#pragma once

#include "im/Message.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Linnet {

enum class MessageDirection { Incoming, Outgoing };

// Where one of our own messages is. Incoming messages stay None. Order matters: a message
// only moves forward (Queued < Sent < Delivered < Displayed); Failed can go back to Queued
// when the user retries.
enum class DeliveryState { None, Queued, Sent, Delivered, Displayed, Failed };

// One stored message of a conversation.
struct HistoryMessage
{
    qint64 rowId = 0;     // set by the store
    QString conversation; // bare JID of the peer (the room for group chat)
    MessageDirection direction = MessageDirection::Incoming;
    QString senderJid;  // full JID of the sender as seen (our own for outgoing)
    QString senderName; // group chat: the nick; empty otherwise
    MessageType type = MessageType::Chat;
    QString body;
    QString subject;
    QString thread;
    QString lang;
    QDateTime timestamp; // UTC: the delay stamp, or when it arrived / was written
    QString messageId;   // the stanza's 'id'
    QString originId;    // XEP-0359 origin-id
    QString serverId;    // XEP-0359 stanza-id of the archive that holds it (ours, or the room's)
    DeliveryState state = DeliveryState::None;
    QString errorText;     // Failed, or an incoming error: the error in words
    bool edited = false;   // XEP-0308: body is the corrected text
    QString originalBody;  // the text before the first correction
    bool markable = false; // XEP-0333: the sender wants a displayed marker
    bool read = false;     // incoming: the user has seen it

    bool isOwn() const { return direction == MessageDirection::Outgoing; }
};

// One row of the conversation list.
struct ConversationSummary
{
    QString jid; // bare JID of the peer or room
    MessageType type = MessageType::Chat;
    QString lastBody;
    QDateTime lastTimestamp;
    MessageDirection lastDirection = MessageDirection::Incoming;
    int unreadCount = 0;
};

} // namespace Linnet

Q_DECLARE_METATYPE(Linnet::HistoryMessage)
Q_DECLARE_METATYPE(Linnet::ConversationSummary)
