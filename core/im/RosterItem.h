#pragma once

#include "im/Jid.h"
#include "xml/Element.h"

#include <QStringList>
#include <optional>

namespace Linnet {

// RFC 6121 §2.1.2.5: the presence subscription state of a roster item.
enum class RosterSubscription { None, To, From, Both, Remove };

// One <item/> of a jabber:iq:roster query (RFC 6121 §2.1.2).
struct RosterItem
{
    Jid jid; // bare
    QString name;
    QStringList groups; // each at most once, in the order received
    RosterSubscription subscription = RosterSubscription::None;
    bool askSubscribe = false; // ask='subscribe': our request is pending
    bool approved = false;     // approved='true': pre-approved subscription from the contact

    // Reads an <item/> in the jabber:iq:roster namespace; nullopt when its jid is missing or
    // not a bare JID. Unknown subscription values read as none; empty and repeated groups are
    // dropped.
    static std::optional<RosterItem> fromElement(const Element &item);
    // Writes every attribute, as a server does in a roster result or push.
    Element toElement() const;
    // Writes what a client sends in a roster set (§2.3, §2.5): jid, name and groups, or
    // subscription='remove' alone — never ask, approved or another subscription value.
    Element toSetElement() const;

    // We receive the contact's presence (to, both) / the contact receives ours (from, both).
    bool weSeeTheirPresence() const;
    bool theySeeOurPresence() const;

    static QString subscriptionName(RosterSubscription subscription);
    static std::optional<RosterSubscription> subscriptionFromName(QStringView name);

    friend bool operator==(const RosterItem &, const RosterItem &) = default;
};

} // namespace Linnet
