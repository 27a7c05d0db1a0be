#include "im/PresenceManager.h"

#include "Logging.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <algorithm>

namespace Linnet {

PresenceManager::PresenceManager(XmppStream *stream, QObject *parent)
    : QObject(parent), m_stream(stream)
{
    connect(stream, &XmppStream::stanzaReceived, this, &PresenceManager::onStanza);
    connect(stream, &XmppStream::onlineChanged, this, &PresenceManager::onOnlineChanged);
}

void PresenceManager::sendInitialPresence()
{
    m_initialSent = true;
    broadcastOwn();
}

void PresenceManager::setOwnPresence(Presence::Show show, const QString &status, int priority)
{
    setOwnPresence(Presence::available(show, status, priority));
}

void PresenceManager::setOwnPresence(const Presence &presence)
{
    Presence own = presence;
    own.type = presence.type == Presence::Type::Unavailable ? Presence::Type::Unavailable
                                                            : Presence::Type::Available;
    own.priority = std::clamp(own.priority, -128, 127);
    own.to = Jid();
    own.from = Jid();
    own.error.reset();
    own.caps = CapsInfo();
    own.photoHash.reset();
    if (own == m_own)
        return;
    m_own = own;
    broadcastOwn();
    Q_EMIT ownPresenceChanged();
}

void PresenceManager::setOwnUnavailable(const QString &status)
{
    setOwnPresence(Presence::unavailable(status));
}

void PresenceManager::setOwnCaps(const CapsInfo &caps)
{
    if (caps == m_caps)
        return;
    m_caps = caps;
    if (m_own.isAvailable())
        broadcastOwn();
}

void PresenceManager::setOwnAvatarHash(const std::optional<QString> &hash)
{
    if (hash == m_photoHash)
        return;
    m_photoHash = hash;
    if (m_own.isAvailable())
        broadcastOwn();
}

void PresenceManager::sendDirectedPresence(const Jid &to)
{
    sendDirectedPresence(to, m_own);
}

void PresenceManager::sendDirectedPresence(const Jid &to, const Presence &presence)
{
    if (!m_stream->isOnline() || !to.isValid())
        return;
    Presence directed = outbound(presence);
    directed.to = to;
    m_stream->send(directed.toElement());
}

Presence PresenceManager::outbound(const Presence &presence) const
{
    Presence out = presence;
    out.from = Jid();
    out.error.reset();
    out.caps = out.isAvailable() ? m_caps : CapsInfo();
    out.photoHash = out.isAvailable() ? m_photoHash : std::nullopt;
    return out;
}

void PresenceManager::broadcastOwn()
{
    if (!m_initialSent || !m_stream->isOnline())
        return;
    m_stream->send(outbound(m_own).toElement());
}

QList<Jid> PresenceManager::contacts() const
{
    return m_contacts.keys();
}

QMap<QString, Presence> PresenceManager::resources(const Jid &bare) const
{
    QMap<QString, Presence> result;
    const auto it = m_contacts.constFind(bare.bare());
    if (it == m_contacts.cend())
        return result;
    for (auto r = it->available.cbegin(); r != it->available.cend(); ++r)
        result.insert(r.key(), r.value());
    return result;
}

Presence PresenceManager::presence(const Jid &fullJid) const
{
    const auto it = m_contacts.constFind(fullJid.bare());
    if (it != m_contacts.cend()) {
        const auto r = it->available.constFind(fullJid.resource());
        if (r != it->available.cend())
            return *r;
    }
    Presence none = Presence::unavailable();
    none.from = fullJid;
    return none;
}

Presence PresenceManager::aggregate(const Jid &bare) const
{
    const auto it = m_contacts.constFind(bare.bare());
    if (it == m_contacts.cend())
        return Presence::unavailable();
    const Contact &contact = *it;
    const Presence *best = nullptr;
    quint64 bestArrival = 0;
    for (auto r = contact.available.cbegin(); r != contact.available.cend(); ++r) {
        const quint64 arrival = contact.arrival.value(r.key());
        const Presence &p = r.value();
        const bool better =
            !best || p.priority > best->priority ||
            (p.priority == best->priority &&
             (Presence::availabilityRank(p.show) < Presence::availabilityRank(best->show) ||
              (p.show == best->show && arrival > bestArrival)));
        if (better) {
            best = &p;
            bestArrival = arrival;
        }
    }
    return best ? *best : contact.lastUnavailable;
}

std::optional<StanzaError> PresenceManager::presenceError(const Jid &bare) const
{
    const auto it = m_contacts.constFind(bare.bare());
    return it == m_contacts.cend() ? std::nullopt : it->error;
}

void PresenceManager::onStanza(const Element &stanza)
{
    if (!stanza.is(u"presence", ns::Client))
        return;
    if (!stanza.firstChild(u"x", ns::MucUser).isNull())
        return;
    const std::optional<Presence> presence = Presence::fromElement(stanza);
    if (!presence)
        return; // subscription types and probes are someone else's
    if (!presence->from.isValid()) {
        qCDebug(lcIm) << "Ignoring presence without a valid sender";
        return;
    }
    if (presence->from == m_stream->boundJid())
        return; // the server's echo of our own broadcast
    take(*presence);
}

void PresenceManager::take(const Presence &presence)
{
    const Jid bare = presence.from.bare();
    const QString resource = presence.from.resource();
    Contact &contact = m_contacts[bare];
    switch (presence.type) {
    case Presence::Type::Available:
        contact.available.insert(resource, presence);
        contact.arrival.insert(resource, ++m_arrivals);
        contact.error.reset();
        break;
    case Presence::Type::Unavailable:
        if (resource.isEmpty()) {
            contact.available.clear();
            contact.arrival.clear();
        } else {
            contact.available.remove(resource);
            contact.arrival.remove(resource);
        }
        contact.lastUnavailable = presence;
        break;
    case Presence::Type::Error:
        if (resource.isEmpty()) {
            contact.available.clear();
            contact.arrival.clear();
        } else {
            contact.available.remove(resource);
            contact.arrival.remove(resource);
        }
        contact.error = presence.error.value_or(StanzaError());
        qCInfo(lcIm) << "Presence error from" << presence.from.toString() << ":"
                     << contact.error->humanSentence();
        break;
    }
    Q_EMIT presenceReceived(presence);
    if (presence.type == Presence::Type::Error)
        Q_EMIT presenceErrorReceived(bare, *contact.error);
    Q_EMIT contactPresenceChanged(bare);
}

void PresenceManager::onOnlineChanged(bool online)
{
    if (online)
        return;
    m_initialSent = false;
    m_contacts.clear();
    Q_EMIT allPresenceCleared();
}

} // namespace Linnet
