#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace Linnet {

class Archive;
class AvatarCache;
class AvatarManager;
class AutoAway;
class Carbons;
class ChatManager;
class ConversationListModel;
class HistoryStore;
class CapsCache;
class Blocking;
class Bookmarks;
class MucManager;
class OwnAvatarPublisher;
class CapsManager;
class Client;
class Database;
class DiscoResponder;
class EntityTimeResponder;
class IdleSource;
class PresenceManager;
class Roster;
class RosterCache;
class SoftwareVersionResponder;
class Subscriptions;

// The protocol managers one account runs over its Client, and the order they work in:
// the roster (versioned, cached in the account's database) comes first after sign-in, then
// our initial presence; disco, caps, version and time answer others.
class AccountServices : public QObject
{
    Q_OBJECT
public:
    // databasePath empty: no on-disk cache (tests, CLI one-shots). client must outlive this.
    // avatarDirectory empty: the XDG cache's avatars/ with a database file, memory without.
    AccountServices(Client *client, const QString &databasePath, QObject *parent = nullptr,
                    const QString &avatarDirectory = {});
    ~AccountServices() override;

    Roster *roster() const { return m_roster; }
    Subscriptions *subscriptions() const { return m_subscriptions; }
    Blocking *blocking() const { return m_blocking; }
    PresenceManager *presence() const { return m_presence; }
    CapsManager *caps() const { return m_caps; }
    DiscoResponder *disco() const { return m_disco; }
    SoftwareVersionResponder *version() const { return m_version; }
    AutoAway *autoAway() const { return m_autoAway; }
    // One-on-one chat: history (always there; in memory when there is no database file),
    // the conversation list, and the manager that sends and receives.
    HistoryStore *history() const { return m_history.get(); }
    ConversationListModel *conversationList() const { return m_conversationList; }
    ChatManager *chats() const { return m_chats; }
    Carbons *carbons() const { return m_carbons; }
    Archive *archive() const { return m_archive; }
    // Group chat: the rooms of the account and its bookmarks.
    MucManager *muc() const { return m_muc; }
    Bookmarks *bookmarks() const { return m_bookmarks; }
    // Avatars (XEP-0084, XEP-0153): others' by hash in the cache, and our own.
    AvatarManager *avatars() const { return m_avatars; }
    OwnAvatarPublisher *ownAvatar() const { return m_ownAvatar; }

    // Turns auto-away on with this desktop idle source (owned by the caller).
    void setIdleSource(IdleSource *idle);

    // The avatar cache directory (shared by the accounts: files are named by content hash).
    static QString defaultAvatarDirectory();
    // The per-account database file under the XDG data dir.
    static QString defaultDatabasePath(const QString &accountId);

private:
    void onOnlineChanged(bool online);

    Client *m_client;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RosterCache> m_rosterCache;
    std::unique_ptr<CapsCache> m_capsCache; // declared after the database it may use
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<AvatarCache> m_avatarCache;
    Roster *m_roster = nullptr;
    Subscriptions *m_subscriptions = nullptr;
    Blocking *m_blocking = nullptr;
    PresenceManager *m_presence = nullptr;
    DiscoResponder *m_disco = nullptr;
    CapsManager *m_caps = nullptr;
    SoftwareVersionResponder *m_version = nullptr;
    EntityTimeResponder *m_time = nullptr;
    AutoAway *m_autoAway = nullptr;
    Carbons *m_carbons = nullptr;
    Archive *m_archive = nullptr;
    ChatManager *m_chats = nullptr;
    Bookmarks *m_bookmarks = nullptr;
    MucManager *m_muc = nullptr;
    ConversationListModel *m_conversationList = nullptr;
    AvatarManager *m_avatars = nullptr;
    OwnAvatarPublisher *m_ownAvatar = nullptr;
    bool m_initialPresenceSent = false;
};

} // namespace Linnet
