// Harnesses for presence and the contact lists: roster, subscriptions, blocking.
#include "FuzzSupport.h"
#include "FuzzTargets.h"
#include "disco/CapsCache.h"
#include "disco/CapsManager.h"
#include "im/Blocking.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "im/RosterItem.h"
#include "im/Subscriptions.h"
#include "xml/namespaces.h"

#include <QLocale>

namespace Linnet::Fuzz {

namespace {

const Jid Own = Jid::parse(u"juliet@capulet.lit/balcony");

} // namespace

// The presence managers see every stanza; an IQ result in the input answers the disco#info
// query CapsManager sends for an unknown caps 'ver'.
void fuzzPresence(const uint8_t *data, size_t size)
{
    const QList<Element> stanzas = stanzasOf(bytesOf(data, size));
    if (stanzas.isEmpty())
        return;
    for (const Element &stanza : stanzas) {
        if (const auto presence = Presence::fromElement(stanza)) {
            (void)presence->toElement();
            (void)presence->statusFor(QLocale(QLocale::German));
        }
    }
    Test::RecordingStream stream(Own);
    PresenceManager presence(&stream);
    MemoryCapsCache cache;
    CapsManager caps(&stream, &presence, &cache);
    Roster roster(stream);
    Subscriptions subscriptions(stream, nullptr, &roster);
    presence.sendInitialPresence();
    deliver(stream, stanzas);
    for (const Jid &contact : presence.contacts()) {
        (void)presence.aggregate(contact);
        (void)presence.presenceError(contact);
        const QMap<QString, Presence> resources = presence.resources(contact);
        for (auto it = resources.cbegin(); it != resources.cend(); ++it)
            (void)caps.clientName(contact.withResource(it.key()));
    }
}

// The first IQ result answers the roster fetch, the next one the blocklist fetch; IQ sets are
// roster and blocking pushes.
void fuzzRoster(const uint8_t *data, size_t size)
{
    const QList<Element> stanzas = stanzasOf(bytesOf(data, size));
    if (stanzas.isEmpty())
        return;
    for (const Element &stanza : stanzas) {
        for (const Element &item :
             stanza.firstChild(u"query", ns::Roster).childrenNamed(u"item", ns::Roster))
            (void)RosterItem::fromElement(item);
    }
    Test::RecordingStream stream(Own);
    Roster roster(stream);
    Subscriptions subscriptions(stream, nullptr, &roster);
    Blocking blocking(stream);
    roster.setVersioningSupported(true);
    roster.fetch();
    blocking.fetch();
    deliver(stream, stanzas);
    for (const RosterItem &item : roster.items())
        (void)item.toElement();
    (void)blocking.blocklist();
}

} // namespace Linnet::Fuzz
