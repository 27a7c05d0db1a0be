#include "disco/CapsManager.h"

#include "Logging.h"
#include "disco/Caps.h"
#include "im/PresenceManager.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

using namespace Qt::StringLiterals;

namespace Linnet {

CapsManager::CapsManager(XmppStream *stream, PresenceManager *presence, CapsCache *cache,
                         QObject *parent)
    : QObject(parent), m_stream(stream), m_cache(cache)
{
    connect(presence, &PresenceManager::presenceReceived, this, &CapsManager::onPresence);
    connect(presence, &PresenceManager::allPresenceCleared, this, [this] {
        ++m_generation; // replies to earlier queries are no longer wanted
        m_known.clear();
        m_pending.clear();
        m_refused.clear();
    });
}

std::optional<DiscoInfo> CapsManager::clientInfo(const Jid &fullJid) const
{
    const auto it = m_known.constFind(fullJid);
    return it == m_known.cend() ? std::nullopt : std::optional<DiscoInfo>(*it);
}

QString CapsManager::clientName(const Jid &fullJid) const
{
    const auto info = clientInfo(fullJid);
    return info ? info->clientName() : QString();
}

QString CapsManager::keyFor(const CapsInfo &caps, const Jid &from)
{
    // Unsupported hashes are never shared between JIDs, so their key names the JID.
    const QString key = caps.hash + u' ' + caps.ver;
    return Caps::isSupportedHash(caps.hash) ? key : key + u' ' + from.toString();
}

void CapsManager::onPresence(const Presence &presence)
{
    const Jid from = presence.from;
    if (!from.isFull())
        return;
    if (!presence.isAvailable()) {
        forget(from);
        return;
    }
    if (presence.caps.isNull() || presence.caps.hash.isEmpty())
        return; // no caps (a server may strip repeats), or the legacy format
    const CapsInfo &caps = presence.caps;
    if (Caps::isSupportedHash(caps.hash)) {
        if (const auto cached = m_cache->lookup(caps.hash, caps.ver)) {
            assign(from, *cached);
            return;
        }
    }
    if (m_refused.contains(from.toString() + u' ' + caps.ver))
        return;
    const QString key = keyFor(caps, from);
    auto it = m_pending.find(key);
    if (it != m_pending.end()) {
        if (it->asked != from && !it->waiting.contains(from))
            it->waiting.append(from);
        return;
    }
    m_pending.insert(key, Pending{caps, from, {}});
    ask(key);
}

void CapsManager::forget(const Jid &fullJid)
{
    for (Pending &pending : m_pending)
        pending.waiting.removeAll(fullJid);
    if (m_known.remove(fullJid) > 0)
        Q_EMIT clientInfoChanged(fullJid);
}

void CapsManager::assign(const Jid &fullJid, const DiscoInfo &info)
{
    const auto it = m_known.constFind(fullJid);
    if (it != m_known.cend() && *it == info)
        return;
    m_known.insert(fullJid, info);
    Q_EMIT clientInfoChanged(fullJid);
}

void CapsManager::ask(const QString &key)
{
    const Pending &pending = m_pending[key];
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    iq.setAttribute(u"to"_s, pending.asked.toString());
    iq.addChild(u"query"_s, ns::DiscoInfo.toString())
        .setAttribute(u"node"_s, pending.caps.node + u'#' + pending.caps.ver);
    const Jid asked = pending.asked;
    const quint64 generation = m_generation;
    m_stream->sendIq(iq, [this, key, asked, generation](const IqResponse &response) {
        onReply(key, asked, generation, response);
    });
}

void CapsManager::onReply(const QString &key, const Jid &asked, quint64 generation,
                          const IqResponse &response)
{
    if (generation != m_generation)
        return;
    const auto it = m_pending.find(key);
    if (it == m_pending.end() || it->asked != asked)
        return;
    const CapsInfo caps = it->caps;
    const Element query = response.payload();
    if (!response.ok() || !query.is(u"query", ns::DiscoInfo)) {
        qCDebug(lcIm) << "No disco#info for caps from" << asked.toString() << response.sentence;
        m_refused.insert(asked.toString() + u' ' + caps.ver);
        askNext(key);
        return;
    }
    const DiscoInfo info = DiscoInfo::fromElement(query);
    if (!Caps::isSupportedHash(caps.hash)) {
        m_pending.erase(it);
        assign(asked, info);
        return;
    }
    const CapsVerification verification = Caps::verify(info, caps);
    if (!verification.valid) {
        qCWarning(lcIm) << "Caps verification failed for" << asked.toString() << caps.ver << ":"
                        << verification.sentence;
        m_refused.insert(asked.toString() + u' ' + caps.ver);
        Q_EMIT verificationFailed(asked, verification.sentence);
        askNext(key);
        return;
    }
    m_cache->insert(caps.hash, caps.ver, info);
    const QList<Jid> waiting = it->waiting;
    m_pending.erase(it);
    assign(asked, info);
    for (const Jid &jid : waiting)
        assign(jid, info);
}

void CapsManager::askNext(const QString &key)
{
    auto it = m_pending.find(key);
    while (it != m_pending.end() && !it->waiting.isEmpty()) {
        it->asked = it->waiting.takeFirst();
        if (!m_refused.contains(it->asked.toString() + u' ' + it->caps.ver)) {
            ask(key);
            return;
        }
    }
    if (it != m_pending.end())
        m_pending.erase(it);
}

} // namespace Linnet
