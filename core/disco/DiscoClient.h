#pragma once

#include "disco/DiscoInfo.h"
#include "im/Jid.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace Linnet {

class XmppStream;
struct IqResponse;

// XEP-0030 §4: one <item/> of a disco#items result.
struct DiscoItem
{
    Jid jid;
    QString node;
    QString name;
    friend bool operator==(const DiscoItem &, const DiscoItem &) = default;
};

struct DiscoItemsResult
{
    bool ok = false;
    QString error; // a sentence: item-not-found, service-unavailable, timeout, …
    QList<DiscoItem> items;
};

struct DiscoInfoResult
{
    bool ok = false;
    QString error;
    DiscoInfo info;
};

// Asks any entity (JID + node) for disco#items and disco#info. Answers are cached for the
// session (cleared when the stream goes offline) unless refresh is asked for; concurrent
// requests for the same target share one IQ. Errors are per request: a walk goes on.
class DiscoClient : public QObject
{
    Q_OBJECT
public:
    using ItemsCallback = std::function<void(const DiscoItemsResult &)>;
    using InfoCallback = std::function<void(const DiscoInfoResult &)>;

    explicit DiscoClient(XmppStream &stream, QObject *parent = nullptr);

    void items(const Jid &jid, const QString &node, ItemsCallback callback, bool refresh = false);
    void info(const Jid &jid, const QString &node, InfoCallback callback, bool refresh = false);
    // Callbacks run at once when the answer is cached, otherwise when it arrives.
    void clearCache();

    // Answers known for the session, for views that show what is there without asking.
    const DiscoItemsResult *cachedItems(const Jid &jid, const QString &node) const;
    const DiscoInfoResult *cachedInfo(const Jid &jid, const QString &node) const;
    // How long to wait for each answer (IqTracker's 30 s unless set).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Requests on the wire now (shared requests count once).
    int pendingCount() const { return int(m_pendingItems.size() + m_pendingInfo.size()); }

private:
    static QString keyOf(const Jid &jid, const QString &node);
    void onItems(const QString &key, quint64 generation, const Jid &jid, const QString &node,
                 const IqResponse &response);
    void onInfo(const QString &key, quint64 generation, const Jid &jid, const QString &node,
                const IqResponse &response);

    XmppStream &m_stream;
    // Only successful answers are kept: an error or a timeout is asked again next time.
    QHash<QString, DiscoItemsResult> m_items;
    QHash<QString, DiscoInfoResult> m_info;
    QHash<QString, QList<ItemsCallback>> m_pendingItems;
    QHash<QString, QList<InfoCallback>> m_pendingInfo;
    int m_timeoutMs = 30000;
    quint64 m_generation = 0; // bumped by clearCache: older answers are not cached
};

} // namespace Linnet
