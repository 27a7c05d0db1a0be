#pragma once

#include "im/RosterItem.h"
#include "stream/IqRouter.h"
#include "stream/IqTracker.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace Linnet {

class RosterCache;
struct RosterSnapshot;
class XmppStream;

// The account's contact list (RFC 6121 §2): fetched when the stream comes online — with the
// cached version when the server offers roster versioning (XEP-0237), so an unchanged roster
// costs an empty result — and kept current by roster pushes, which are accepted only from the
// account's own server. Items are keyed by bare JID.
class Roster : public QObject
{
    Q_OBJECT
public:
    // How the last fetch went: a full roster arrived, or the server said the cached one is
    // current (the pushes that follow carry the changes).
    enum class FetchKind { None, Full, Unchanged };
    // Called once with the server's answer (IqResponse::ok(), or an error with its sentence).
    using Callback = std::function<void(const IqResponse &)>;

    // cache may be null (nothing survives a restart then). The cache is loaded at once; a
    // fetch waits for it.
    explicit Roster(XmppStream &stream, RosterCache *cache = nullptr, QObject *parent = nullptr);
    ~Roster() override;

    // Set from the stream feature urn:xmpp:features:rosterver; without it no 'ver' is sent.
    void setVersioningSupported(bool supported) { m_versioning = supported; }
    bool versioningSupported() const { return m_versioning; }

    // True once the roster is current for this session (after the fetch answered).
    bool isLoaded() const { return m_loaded; }
    bool isCacheLoaded() const { return m_cacheLoaded; }
    QString version() const { return m_version; }
    FetchKind lastFetchKind() const { return m_lastFetch; }

    int count() const { return int(m_items.size()); }
    bool contains(const Jid &jid) const { return m_items.contains(jid.bare()); }
    std::optional<RosterItem> item(const Jid &jid) const;
    QList<RosterItem> items() const { return m_items.values(); }

    // Requests the roster now (done automatically when the stream comes online).
    void fetch();

    // Adds or updates a contact (RFC 6121 §2.3, §2.4); the change itself arrives as a push.
    void add(const Jid &jid, const QString &name = {}, const QStringList &groups = {},
             Callback callback = {});
    void rename(const Jid &jid, const QString &name, Callback callback = {});
    void setGroups(const Jid &jid, const QStringList &groups, Callback callback = {});
    // Removes a contact, cancelling subscriptions both ways (§2.5).
    void remove(const Jid &jid, Callback callback = {});

Q_SIGNALS:
    void itemAdded(const Linnet::Jid &jid);
    void itemChanged(const Linnet::Jid &jid);
    void itemRemoved(const Linnet::Jid &jid);
    // Every item was replaced (from the cache or a full roster result).
    void rosterReset();
    // The roster is current for this session.
    void loaded();
    void fetchFailed(const QString &sentence);

private:
    void onOnlineChanged(bool online);
    void onCacheLoaded(const RosterSnapshot &snapshot);
    void onFetched(const IqResponse &response);
    IqAnswer handlePush(const Element &iq);
    void applyItem(const RosterItem &item);
    void sendSet(const RosterItem &item, Callback callback);
    void failLater(Callback callback, const QString &sentence);

    QPointer<XmppStream> m_stream;
    RosterCache *m_cache;
    QHash<Jid, RosterItem> m_items;
    QString m_version;
    FetchKind m_lastFetch = FetchKind::None;
    bool m_versioning = false;
    bool m_loaded = false;
    bool m_cacheLoaded = false;
    bool m_fetchWaitsForCache = false;
    bool m_fetching = false;
};

} // namespace Linnet
