#pragma once

#include "disco/CapsCache.h"
#include "disco/DiscoInfo.h"
#include "im/Presence.h"
#include "stream/IqTracker.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

namespace Linnet {

class PresenceManager;
class XmppStream;

// Learns what other clients are from the XEP-0115 caps in their presence (§5.4).
// An unknown sha-1 'ver' is asked for once (disco#info to "<node>#<ver>" at the full JID that
// announced it; others announcing the same ver meanwhile wait for that answer), verified and
// cached. A response that is ill-formed or does not hash to the ver is not cached, is reported
// with verificationFailed(), and the same ver is then asked of the next client waiting for
// it; the client that lied is not asked about that ver again this session. A ver with an
// unsupported hash is asked for but kept for that one JID only. The legacy format (no hash)
// is ignored.
class CapsManager : public QObject
{
    Q_OBJECT
public:
    // stream, presence and cache must outlive the manager.
    CapsManager(XmppStream *stream, PresenceManager *presence, CapsCache *cache,
                QObject *parent = nullptr);

    std::optional<DiscoInfo> clientInfo(const Jid &fullJid) const;
    // The client's name from its identity ("Linnet", "Psi 0.11"), or empty when unknown.
    QString clientName(const Jid &fullJid) const;
    int pendingQueries() const { return int(m_pending.size()); }

Q_SIGNALS:
    void clientInfoChanged(const Linnet::Jid &fullJid);
    void verificationFailed(const Linnet::Jid &fullJid, const QString &sentence);

private:
    struct Pending
    {
        CapsInfo caps;
        Jid asked;
        QList<Jid> waiting;
    };

    void onPresence(const Presence &presence);
    void forget(const Jid &fullJid);
    void assign(const Jid &fullJid, const DiscoInfo &info);
    void ask(const QString &key);
    void onReply(const QString &key, const Jid &asked, quint64 generation,
                 const IqResponse &response);
    void askNext(const QString &key);
    static QString keyFor(const CapsInfo &caps, const Jid &from);

    XmppStream *m_stream;
    CapsCache *m_cache;
    QHash<Jid, DiscoInfo> m_known;
    QHash<QString, Pending> m_pending;
    QSet<QString> m_refused; // "<full jid> <ver>" that answered wrongly
    quint64 m_generation = 0;
};

} // namespace Linnet
