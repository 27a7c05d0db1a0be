#include "account/AccountServices.h"

#include "Logging.h"
#include "avatars/AvatarCache.h"
#include "avatars/AvatarManager.h"
#include "avatars/OwnAvatarPublisher.h"
#include "disco/CapsCache.h"
#include "disco/CapsManager.h"
#include "disco/DiscoResponder.h"
#include "disco/EntityTimeResponder.h"
#include "disco/SoftwareVersionResponder.h"
#include "im/Archive.h"
#include "im/AutoAway.h"
#include "im/Blocking.h"
#include "im/Carbons.h"
#include "im/ChatManager.h"
#include "im/PresenceManager.h"
#include "im/Roster.h"
#include "im/Subscriptions.h"
#include "models/ConversationListModel.h"
#include "muc/Bookmarks.h"
#include "muc/MucManager.h"
#include "muc/Room.h"
#include "storage/CapsStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/RosterCache.h"
#include "stream/Client.h"
#include "stream/Session.h"
#include "xml/namespaces.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Linnet {

AccountServices::AccountServices(Client *client, const QString &databasePath, QObject *parent,
                                 const QString &avatarDirectory)
    : QObject(parent), m_client(client),
      m_avatarCache(std::make_unique<AvatarCache>(
          !avatarDirectory.isEmpty() || databasePath.isEmpty() ? avatarDirectory
                                                               : AvatarCache::defaultDirectory()))
{
    m_database = std::make_unique<Database>();
    if (!databasePath.isEmpty()) {
        QDir().mkpath(QFileInfo(databasePath).absolutePath());
        m_database->open(databasePath);
        m_rosterCache = std::make_unique<RosterCache>(*m_database);
        m_capsCache = std::make_unique<CapsStore>(*m_database);
    } else {
        // History needs somewhere to live even for a one-shot session.
        m_database->open(u":memory:"_s);
        m_capsCache = std::make_unique<MemoryCapsCache>();
    }
    m_history = std::make_unique<HistoryStore>(*m_database);
    // Connected before the managers, so the stream's features are known when they start.
    connect(client, &XmppStream::onlineChanged, this, &AccountServices::onOnlineChanged);

    m_roster = new Roster(*client, m_rosterCache.get(), this);
    m_subscriptions = new Subscriptions(*client, m_rosterCache.get(), m_roster, this);
    m_blocking = new Blocking(*client, this);
    m_presence = new PresenceManager(client, this);
    m_disco = new DiscoResponder(client, this);
    m_disco->addFeature(ns::Ping.toString());
    m_disco->addFeature(ns::Idle.toString());
    for (QStringView feature :
         {ns::Receipts, ns::ChatStates, ns::ChatMarkers, ns::MessageCorrect, ns::Styling})
        m_disco->addFeature(feature.toString());
    m_version = new SoftwareVersionResponder(client, m_disco, this);
    m_time = new EntityTimeResponder(client, m_disco, this);
    m_caps = new CapsManager(client, m_presence, m_capsCache.get(), this);
    m_carbons = new Carbons(*client, this);
    m_archive = new Archive(*client, this);
    m_chats = new ChatManager(*client, *m_history, *m_carbons, *m_archive, this);
    m_bookmarks = new Bookmarks(*client, this);
    m_muc = new MucManager(*client, *m_history, *m_bookmarks, this);
    m_chats->setRoomLookup([this](const Jid &bareJid) { return m_muc->isRoom(bareJid); });
    // XEP-0045 §7.7: our availability goes to every room we are in.
    connect(m_presence, &PresenceManager::ownPresenceChanged, this, [this] {
        const Presence own = m_presence->ownPresence();
        if (!own.isAvailable())
            return;
        for (Room *room : m_muc->rooms()) {
            if (room->state() == Room::State::Joined)
                room->sendPresence(own.show, own.statusFor());
        }
    });
    // One archive client for the account, so rooms' queries are not foreign results to it.
    connect(m_muc, &MucManager::roomAdded, this,
            [this](Room *room) { room->setArchive(m_archive); });
    for (QStringView feature : {ns::Muc, ns::DirectInvitation, ns::BookmarksNotify})
        m_disco->addFeature(feature.toString());
    // XEP-0084 §4.1: +notify in our caps is how the server learns to send avatar metadata.
    m_avatars = new AvatarManager(*client, m_presence, m_avatarCache.get(), this);
    m_ownAvatar = new OwnAvatarPublisher(*client, m_presence, m_avatars, this);
    m_disco->addFeature(ns::AvatarMetadataNotify.toString());
    m_conversationList = new ConversationListModel(*m_history, this);
    m_conversationList->setNameResolver([this](const QString &bareJid) {
        const auto item = m_roster->item(Jid::parse(bareJid));
        return item && !item->name.isEmpty() ? item->name : bareJid;
    });
    m_presence->setOwnCaps(m_disco->caps());
    connect(m_disco, &DiscoResponder::capsChanged, m_presence, &PresenceManager::setOwnCaps);

    // RFC 6121 §2.2: ask for the roster before sending initial presence.
    const auto sendInitialPresence = [this] {
        if (m_initialPresenceSent || !m_client->isOnline())
            return;
        m_initialPresenceSent = true;
        m_presence->sendInitialPresence();
        m_chats->catchUpAgain();
    };
    connect(m_roster, &Roster::loaded, this, sendInitialPresence);
    connect(m_roster, &Roster::fetchFailed, this, [sendInitialPresence](const QString &why) {
        qCWarning(lcIm) << "Roster fetch failed:" << why;
        sendInitialPresence();
    });
}

AccountServices::~AccountServices()
{
    // Managers go before the caches and the database they use (members die after this body,
    // QObject children only after the members).
    delete m_conversationList;
    delete m_ownAvatar;
    delete m_avatars;
    delete m_muc;
    delete m_bookmarks;
    delete m_chats;
    delete m_archive;
    delete m_carbons;
    delete m_autoAway;
    delete m_caps;
    delete m_time;
    delete m_version;
    delete m_disco;
    delete m_presence;
    delete m_blocking;
    delete m_subscriptions;
    delete m_roster;
}

void AccountServices::onOnlineChanged(bool online)
{
    if (!online) {
        m_initialPresenceSent = false;
        return;
    }
    if (Session *session = m_client->session()) {
        const StreamFeatures features = session->features();
        m_roster->setVersioningSupported(features.rosterVersioning);
        m_subscriptions->setPreApprovalSupported(features.preApproval);
    }
}

void AccountServices::setIdleSource(IdleSource *idle)
{
    delete m_autoAway;
    m_autoAway = idle ? new AutoAway(m_presence, idle, this) : nullptr;
    if (m_autoAway)
        m_autoAway->setEnabled(true);
}

QString AccountServices::defaultAvatarDirectory()
{
    return AvatarCache::defaultDirectory();
}

QString AccountServices::defaultDatabasePath(const QString &accountId)
{
    QString safe = accountId;
    safe.replace(u'/', u'_');
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/accounts/"_s +
           safe + u"/account.sqlite"_s;
}

} // namespace Linnet
