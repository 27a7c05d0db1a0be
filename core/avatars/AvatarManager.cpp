#include "avatars/AvatarManager.h"

#include "Logging.h"
#include "avatars/AvatarCache.h"
#include "avatars/AvatarStanzas.h"
#include "im/PresenceManager.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Linnet {

AvatarManager::AvatarManager(XmppStream &stream, PresenceManager *presence, AvatarCache *cache,
                             QObject *parent)
    : QObject(parent), m_stream(stream), m_cache(cache)
{
    m_assigned = m_cache->assignments();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(2000);
    connect(&m_saveTimer, &QTimer::timeout, this, &AvatarManager::saveAssignments);
    connect(&stream, &XmppStream::stanzaReceived, this, [this](const Element &stanza) {
        if (stanza.is(u"message", ns::Client))
            handleMessage(stanza);
        else if (stanza.is(u"presence", ns::Client) &&
                 !stanza.firstChild(u"x", ns::MucUser).isNull())
            handleOccupantPresence(stanza);
    });
    if (presence) {
        connect(presence, &PresenceManager::presenceReceived, this, &AvatarManager::handlePresence);
    }
    connect(&stream, &XmppStream::onlineChanged, this, [this](bool) {
        ++m_generation;
        m_pepKeys.clear();
        m_waiting.clear();
        m_failed.clear();
        m_queue.clear();
        m_running = 0;
    });
}

AvatarManager::~AvatarManager()
{
    if (m_saveTimer.isActive())
        saveAssignments();
}

QString AvatarManager::hashFor(const QString &key) const
{
    return m_assigned.value(key);
}

QByteArray AvatarManager::avatarFor(const QString &key) const
{
    const QString hash = m_assigned.value(key);
    return hash.isEmpty() ? QByteArray() : m_cache->load(hash);
}

bool AvatarManager::adopt(const QString &key, const QByteArray &data)
{
    const QString hash = AvatarStanzas::sha1Hex(data);
    if (!m_cache->store(hash, data))
        return false;
    m_wanted.insert(key, hash);
    assign(key, hash);
    return true;
}

bool AvatarManager::handleMessage(const Element &message)
{
    const auto metadata = AvatarStanzas::metadataEventOf(message);
    if (!metadata)
        return false;
    const QString fromText = message.attribute(u"from");
    const Jid from = fromText.isEmpty() ? m_stream.boundJid().bare() : Jid::parse(fromText);
    if (!from.isValid() || !from.isBare()) {
        qCWarning(lcIm) << "Ignored avatar metadata from" << fromText;
        return false;
    }
    const QString key = from.bareString();
    m_pepKeys.insert(key);
    if (metadata->isDisabled()) {
        m_wanted.insert(key, {});
        assign(key, {});
        return true;
    }
    const auto info = AvatarStanzas::pickPepInfo(*metadata, AvatarCache::MaxBytes);
    if (!info) {
        qCInfo(lcIm) << "No avatar in the metadata from" << key << "that we would fetch";
        Q_EMIT avatarRefused(key, tr("The avatar is too large or not stored in PEP."));
        return true;
    }
    learn(key, info->id, Source::Pep, key);
    return true;
}

void AvatarManager::handlePresence(const Presence &presence)
{
    if (presence.type != Presence::Type::Available || !presence.photoHash)
        return;
    const QString key = presence.from.bareString();
    if (m_pepKeys.contains(key))
        return; // XEP-0084 speaks for this contact
    learn(key, presence.photoHash->toLower(), Source::VCard, key);
}

void AvatarManager::handleOccupantPresence(const Element &stanza)
{
    const auto presence = Presence::fromElement(stanza);
    if (!presence || presence->type != Presence::Type::Available || !presence->photoHash ||
        !presence->from.isValid() || presence->from.isBare())
        return;
    // XEP-0153 §3.3: an occupant's vCard is asked of its occupant JID.
    const QString key = presence->from.toString();
    learn(key, presence->photoHash->toLower(), Source::VCard, key);
}

void AvatarManager::learn(const QString &key, const QString &hash, Source source,
                          const QString &from)
{
    m_wanted.insert(key, hash);
    if (hash.isEmpty()) {
        assign(key, {});
        return;
    }
    if (!AvatarStanzas::isWellFormedHash(hash)) {
        Q_EMIT avatarRefused(key, tr("The avatar's hash is not well-formed."));
        return;
    }
    if (m_cache->contains(hash)) {
        assign(key, hash);
        return;
    }
    const Fetch fetch{hash, from, source};
    const QString id = fetchKey(fetch);
    if (m_failed.contains(id))
        return;
    if (!m_waiting.contains(id) && m_queue.size() >= MaxQueuedFetches) {
        qCInfo(lcIm) << "Too many avatars to fetch; not asking" << from << "for now";
        return;
    }
    const bool queued = m_waiting.contains(id);
    m_waiting[id].insert(key);
    if (queued)
        return;
    m_queue.append(fetch);
    startFetches();
}

void AvatarManager::assign(const QString &key, const QString &hash)
{
    const auto it = m_assigned.constFind(key);
    if (it != m_assigned.cend() && *it == hash)
        return;
    m_assigned.insert(key, hash);
    if (Jid::parse(key).isBare() && !m_saveTimer.isActive())
        m_saveTimer.start();
    Q_EMIT avatarChanged(key);
}

void AvatarManager::saveAssignments()
{
    m_saveTimer.stop();
    // Occupants come and go with the room; contacts are remembered for the next start.
    QHash<QString, QString> remembered;
    for (auto a = m_assigned.cbegin(); a != m_assigned.cend(); ++a) {
        if (!a.value().isEmpty() && Jid::parse(a.key()).isBare())
            remembered.insert(a.key(), a.value());
    }
    m_cache->saveAssignments(remembered);
}

QString AvatarManager::fetchKey(const Fetch &fetch)
{
    return fetch.from + u'|' + fetch.hash + (fetch.source == Source::Pep ? u"|pep"_s : u"|vcard"_s);
}

void AvatarManager::startFetches()
{
    while (m_running < MaxConcurrentFetches && !m_queue.isEmpty() && m_stream.isOnline()) {
        const Fetch fetch = m_queue.takeFirst();
        ++m_running;
        QPointer<AvatarManager> guard(this);
        const quint64 generation = m_generation;
        const Jid from = Jid::parse(fetch.from);
        const Element request = fetch.source == Source::Pep
                                    ? AvatarStanzas::dataRequest(from, fetch.hash)
                                    : AvatarStanzas::vCardRequest(from);
        m_stream.sendIq(request, [guard, generation, fetch](const IqResponse &response) {
            if (!guard || guard->m_generation != generation)
                return;
            --guard->m_running;
            if (!response.ok()) {
                guard->finishFetch(fetch, {}, response.sentence);
            } else if (fetch.source == Source::Pep) {
                const auto data =
                    AvatarStanzas::dataFromResult(response.iq, fetch.hash, AvatarCache::MaxBytes);
                guard->finishFetch(fetch, data.value_or(QByteArray()),
                                   data ? QString() : tr("The avatar data is missing or broken."));
            } else {
                const auto photo = AvatarStanzas::photoFromVCard(
                    response.iq.firstChild(u"vCard", ns::VCardTemp), AvatarCache::MaxBytes);
                guard->finishFetch(fetch, photo.data,
                                   photo.state == AvatarStanzas::VCardPhoto::State::Valid
                                       ? QString()
                                       : tr("The vCard has no usable photo."));
            }
            guard->startFetches();
        });
    }
}

void AvatarManager::finishFetch(const Fetch &fetch, const QByteArray &data, const QString &failure)
{
    const QString id = fetchKey(fetch);
    const QSet<QString> keys = m_waiting.take(id);
    QString reason = failure;
    if (reason.isEmpty() && AvatarStanzas::sha1Hex(data) != fetch.hash)
        reason = tr("The avatar's data does not match its hash.");
    if (reason.isEmpty() && !m_cache->store(fetch.hash, data))
        reason = tr("The avatar could not be stored.");
    if (!reason.isEmpty()) {
        m_failed.insert(id);
        qCInfo(lcIm) << "Avatar" << fetch.hash << "from" << fetch.from << "refused:" << reason;
        for (const QString &key : keys)
            Q_EMIT avatarRefused(key, reason);
        return;
    }
    for (const QString &key : keys) {
        if (m_wanted.value(key) == fetch.hash)
            assign(key, fetch.hash);
    }
}

} // namespace Linnet
