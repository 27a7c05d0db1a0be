#include "im/Roster.h"

#include "Logging.h"
#include "im/PushOrigin.h"
#include "storage/Database.h"
#include "storage/RosterCache.h"
#include "stream/XmppStream.h"
#include "xml/namespaces.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linnet {

Roster::Roster(XmppStream &stream, RosterCache *cache, QObject *parent)
    : QObject(parent), m_stream(&stream), m_cache(cache)
{
    stream.iqRouter().addHandler(u"set"_s, u"query"_s, ns::Roster.toString(),
                                 [this](const Element &iq) { return handlePush(iq); });
    connect(&stream, &XmppStream::onlineChanged, this, &Roster::onOnlineChanged);
    if (m_cache) {
        m_cache->database().deliver(m_cache->load(), this, [this](const RosterSnapshot &snapshot) {
            onCacheLoaded(snapshot);
        });
    } else {
        m_cacheLoaded = true;
    }
    // Already online: fetch from the event loop, after the caller has configured us.
    if (stream.isOnline()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_stream && m_stream->isOnline() && m_lastFetch == FetchKind::None)
                    onOnlineChanged(true);
            },
            Qt::QueuedConnection);
    }
}

Roster::~Roster()
{
    if (m_stream)
        m_stream->iqRouter().removeHandler(u"set"_s, u"query"_s, ns::Roster.toString());
}

std::optional<RosterItem> Roster::item(const Jid &jid) const
{
    const auto it = m_items.constFind(jid.bare());
    if (it == m_items.constEnd())
        return std::nullopt;
    return *it;
}

void Roster::onOnlineChanged(bool online)
{
    m_loaded = false;
    m_fetching = false;
    if (!online)
        return;
    if (m_cacheLoaded)
        fetch();
    else
        m_fetchWaitsForCache = true;
}

void Roster::onCacheLoaded(const RosterSnapshot &snapshot)
{
    m_cacheLoaded = true;
    // A fetch that already answered is newer than the cache.
    if (m_lastFetch == FetchKind::None && m_items.isEmpty()) {
        m_version = snapshot.version;
        m_items.reserve(snapshot.items.size());
        for (const RosterItem &item : snapshot.items)
            m_items.insert(item.jid, item);
        qCDebug(lcIm) << "Roster cache loaded:" << m_items.size() << "items at version"
                      << m_version;
        Q_EMIT rosterReset();
    }
    if (m_fetchWaitsForCache) {
        m_fetchWaitsForCache = false;
        fetch();
    }
}

void Roster::fetch()
{
    if (!m_stream || m_fetching)
        return;
    m_fetching = true;
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"get"_s);
    Element &query = iq.addChild(u"query"_s, ns::Roster.toString());
    if (m_versioning)
        query.setAttribute(u"ver"_s, m_version); // "" bootstraps versioning (RFC 6121 §2.6.3)
    // A big roster arrives as one stanza larger than the everyday limit.
    m_stream->setLargeStanzasExpected(true);
    QPointer<XmppStream> stream = m_stream;
    m_stream->sendIq(iq, [self = QPointer(this), stream](const IqResponse &response) {
        if (stream)
            stream->setLargeStanzasExpected(false);
        if (self)
            self->onFetched(response);
    });
}

void Roster::onFetched(const IqResponse &response)
{
    m_fetching = false;
    if (!response.ok()) {
        qCWarning(lcIm) << "Roster fetch failed:" << response.sentence;
        Q_EMIT fetchFailed(response.sentence);
        return;
    }
    const Element query = response.payload();
    if (!query.is(u"query", ns::Roster)) {
        // An empty result: the cached version is current; pushes bring what changed.
        m_lastFetch = FetchKind::Unchanged;
        qCDebug(lcIm) << "Roster unchanged at version" << m_version;
    } else {
        QHash<Jid, RosterItem> items;
        const QList<Element> elements = query.childrenNamed(u"item", ns::Roster);
        items.reserve(elements.size());
        for (const Element &element : elements) {
            const auto item = RosterItem::fromElement(element);
            if (!item || item->subscription == RosterSubscription::Remove)
                continue;
            items.insert(item->jid, *item);
        }
        m_items = std::move(items);
        m_version = query.attribute(u"ver");
        m_lastFetch = FetchKind::Full;
        qCDebug(lcIm) << "Full roster:" << m_items.size() << "items at version" << m_version;
        if (m_cache)
            m_cache->replaceAll(m_version, m_items.values());
        Q_EMIT rosterReset();
    }
    m_loaded = true;
    Q_EMIT loaded();
}

IqAnswer Roster::handlePush(const Element &iq)
{
    if (!m_stream || !isPushFromOwnServer(iq, m_stream->boundJid())) {
        qCWarning(lcIm) << "Ignoring a roster push from" << iq.attribute(u"from")
                        << ": only the account's server may change the roster";
        return IqAnswer::failure(
            StanzaError::make(StanzaErrorType::Cancel, StanzaErrorCondition::ServiceUnavailable));
    }
    const Element query = iq.children().constFirst();
    const QList<Element> elements = query.childrenNamed(u"item", ns::Roster);
    const auto item =
        elements.size() == 1 ? RosterItem::fromElement(elements.constFirst()) : std::nullopt;
    if (!item) {
        qCWarning(lcIm) << "Rejecting a malformed roster push";
        return IqAnswer::failure(
            StanzaError::make(StanzaErrorType::Modify, StanzaErrorCondition::BadRequest));
    }
    const QString version = query.attribute(u"ver");
    if (!version.isEmpty())
        m_version = version;
    applyItem(*item);
    if (m_cache)
        m_cache->applyPush(version, *item);
    return IqAnswer::result();
}

void Roster::applyItem(const RosterItem &item)
{
    if (item.subscription == RosterSubscription::Remove) {
        if (m_items.remove(item.jid))
            Q_EMIT itemRemoved(item.jid);
        return;
    }
    auto it = m_items.find(item.jid);
    if (it == m_items.end()) {
        m_items.insert(item.jid, item);
        Q_EMIT itemAdded(item.jid);
    } else if (*it != item) {
        *it = item;
        Q_EMIT itemChanged(item.jid);
    }
}

void Roster::add(const Jid &jid, const QString &name, const QStringList &groups, Callback callback)
{
    RosterItem item;
    item.jid = jid.bare();
    item.name = name;
    item.groups = groups;
    sendSet(item, std::move(callback));
}

static RosterItem itemFor(const std::optional<RosterItem> &current, const Jid &jid)
{
    if (current)
        return *current;
    RosterItem item;
    item.jid = jid.bare();
    return item;
}

void Roster::rename(const Jid &jid, const QString &name, Callback callback)
{
    RosterItem item = itemFor(this->item(jid), jid);
    item.name = name;
    sendSet(item, std::move(callback));
}

void Roster::setGroups(const Jid &jid, const QStringList &groups, Callback callback)
{
    RosterItem item = itemFor(this->item(jid), jid);
    item.groups = groups;
    sendSet(item, std::move(callback));
}

void Roster::remove(const Jid &jid, Callback callback)
{
    RosterItem item;
    item.jid = jid.bare();
    item.subscription = RosterSubscription::Remove;
    sendSet(item, std::move(callback));
}

void Roster::failLater(Callback callback, const QString &sentence)
{
    if (!callback)
        return;
    IqResponse response;
    response.outcome = IqResponse::Outcome::Error;
    response.error = StanzaError::make(StanzaErrorType::Modify, StanzaErrorCondition::JidMalformed);
    response.sentence = sentence;
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback), response] { callback(response); },
        Qt::QueuedConnection);
}

void Roster::sendSet(const RosterItem &item, Callback callback)
{
    if (!item.jid.isBare()) {
        failLater(std::move(callback),
                  QCoreApplication::translate("Linnet", "This is not a valid contact address."));
        return;
    }
    if (!m_stream)
        return;
    RosterItem clean = item;
    clean.groups.removeDuplicates();
    clean.groups.removeAll(QString());
    Element iq(u"iq"_s, ns::Client.toString());
    iq.setAttribute(u"type"_s, u"set"_s);
    iq.addChild(u"query"_s, ns::Roster.toString()).appendChild(clean.toSetElement());
    m_stream->sendIq(iq, [callback = std::move(callback)](const IqResponse &response) {
        if (!response.ok())
            qCInfo(lcIm) << "Roster change refused:" << response.sentence;
        if (callback)
            callback(response);
    });
}

} // namespace Linnet
