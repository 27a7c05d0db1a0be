#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace Linnet {

class AvatarCache;
class Element;
class Jid;
class Presence;
class PresenceManager;
class XmppStream;

// The avatars of others (XEP-0084 and XEP-0153), by key: a contact's bare JID, or a room
// occupant's JID (room@service/nick), whose avatar only the room's presence tells.
//
// Hashes are learned from the <photo/> of vcard-temp:x:update in presence and from XEP-0084
// metadata notifications. A notification counts only for the bare JID it is from (no 'from':
// our own account); one from a full JID is ignored, so a room occupant cannot speak for the
// room. Once a contact announced its avatar in PEP this session, its vCard hashes are ignored.
// The image is fetched only for hashes the cache lacks: the PEP data item from the contact's
// bare JID, or the vCard from the JID whose presence named the hash (the IQ tracker accepts
// answers only from there). The bytes are stored only when their SHA-1 is the announced hash
// and they are at most AvatarCache::MaxBytes; a hash that failed is not asked for again this
// session. At most MaxConcurrentFetches requests run at once, MaxQueuedFetches wait. Decoding is
// the UI's business.
class AvatarManager : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxConcurrentFetches = 4;
    // Announcements past this many waiting fetches are dropped (a room of nick changers).
    static constexpr int MaxQueuedFetches = 500;

    AvatarManager(XmppStream &stream, PresenceManager *presence, AvatarCache *cache,
                  QObject *parent = nullptr);
    ~AvatarManager() override;

    // The hash of key's avatar, empty when it has none (or none we hold yet).
    QString hashFor(const QString &key) const;
    // The image bytes of key's avatar from the cache, empty when none.
    QByteArray avatarFor(const QString &key) const;
    // Stores bytes we already hold (our own avatar) and gives them to key.
    bool adopt(const QString &key, const QByteArray &data);
    int pendingFetches() const { return int(m_queue.size()) + m_running; }

    // Taken from the stream by the manager itself; public for tests and tools.
    bool handleMessage(const Element &message);
    void handlePresence(const Presence &presence);

Q_SIGNALS:
    void avatarChanged(const QString &key);
    // A hash whose image was not taken: missing, malformed, too large, or not matching.
    void avatarRefused(const QString &key, const QString &reason);

private:
    enum class Source { Pep, VCard };
    struct Fetch
    {
        QString hash;
        QString from; // whom to ask
        Source source;
    };

    void handleOccupantPresence(const Element &stanza);
    void learn(const QString &key, const QString &hash, Source source, const QString &from);
    void assign(const QString &key, const QString &hash);
    void saveAssignments();
    void startFetches();
    void finishFetch(const Fetch &fetch, const QByteArray &data, const QString &failure);
    static QString fetchKey(const Fetch &fetch);

    XmppStream &m_stream;
    AvatarCache *m_cache;
    QHash<QString, QString> m_assigned;      // key -> hash ("" for no avatar)
    QHash<QString, QString> m_wanted;        // key -> the hash last announced for it
    QSet<QString> m_pepKeys;                 // keys that announced through PEP this session
    QHash<QString, QSet<QString>> m_waiting; // fetch key -> keys waiting for it
    QSet<QString> m_failed;                  // fetch keys that failed this session
    QList<Fetch> m_queue;
    int m_running = 0;
    quint64 m_generation = 0; // bumped per session: late answers are dropped
    QTimer m_saveTimer;       // one write of the contact list after a burst of changes
};

} // namespace Linnet
