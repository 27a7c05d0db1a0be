#pragma once

#include "im/Jid.h"
#include "stream/StanzaError.h"
#include "xml/Element.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Linnet {

enum class MessageType { Normal, Chat, Groupchat, Headline, Error };

// XEP-0085 chat states; None when the message carries none.
enum class ChatState { None, Active, Composing, Paused, Inactive, Gone };

// XEP-0359 <stanza-id/>: the id an archive (our server, a room) gave the message.
struct StanzaIdTag
{
    QString id;
    Jid by;
    friend bool operator==(const StanzaIdTag &, const StanzaIdTag &) = default;
};

// XEP-0184 receipts and XEP-0333 markers a message carries.
struct DeliveryMarkers
{
    bool receiptRequested = false; // <request xmlns='urn:xmpp:receipts'/>
    QString receivedId;            // <received id=''/>: the message with this id arrived
    bool markable = false;         // <markable xmlns='urn:xmpp:chat-markers:0'/>
    QString displayedId;           // <displayed id=''/>: the peer has seen it (and earlier ones)
    friend bool operator==(const DeliveryMarkers &, const DeliveryMarkers &) = default;
};

// One <message/> stanza (RFC 6121 §5) as a value: the core fields and the small typed
// payloads of the extensions Linnet speaks. Parsing never fails: what is malformed or unknown
// is dropped (an unknown type becomes Normal, RFC 6121 §5.2.2).
struct Message
{
    MessageType type = MessageType::Normal;
    Jid from;
    Jid to;
    QString id;   // the stanza's 'id' attribute
    QString lang; // xml:lang of the stanza
    QString body; // the <body/> in the stanza's language (or the first one)
    QString subject;
    QString thread;
    QString originId;             // XEP-0359 <origin-id/>
    QList<StanzaIdTag> stanzaIds; // XEP-0359 <stanza-id/>, one per archiving entity
    QDateTime delayedAt;          // XEP-0203 <delay stamp=''/>, UTC; invalid when absent
    ChatState chatState = ChatState::None;
    DeliveryMarkers markers;
    QString replaceId; // XEP-0308 <replace id=''/>: this corrects the message with that id
    std::optional<StanzaError> error; // type Error: the <error/> child
    bool noStore = false;             // XEP-0334 <no-store/> or <no-permanent-store/>

    static Message fromElement(const Element &stanza);
    // A <message/> in jabber:client with every field that is set.
    Element toElement() const;

    // The <stanza-id/> set by this entity, or empty.
    QString stanzaIdBy(const Jid &by) const;
    // Something a person wrote: a body (or a subject outside group chat).
    bool hasContent() const { return !body.isEmpty(); }

    static QString typeName(MessageType type);
    static MessageType typeFromName(QStringView name);
    static QString chatStateName(ChatState state);
    static ChatState chatStateFromName(QStringView name);
};

} // namespace Linnet
