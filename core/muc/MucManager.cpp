#include "muc/MucManager.h"

#include "muc/Bookmarks.h"
#include "storage/HistoryStore.h"
#include "stream/XmppStream.h"

// Stub of the contract: the manager helper replaces this.
namespace Linnet {

struct MucManager::Private
{
    XmppStream &stream;
    HistoryStore &history;
    Bookmarks &bookmarks;
    QHash<QString, Room *> rooms;
    QString defaultNick;
};

MucManager::MucManager(XmppStream &stream, HistoryStore &history, Bookmarks &bookmarks,
                       QObject *parent)
    : QObject(parent), d(new Private{stream, history, bookmarks, {}, {}})
{}

MucManager::~MucManager()
{
    delete d;
}

Room *MucManager::room(const Jid &roomJid)
{
    const QString key = roomJid.bare().toString();
    if (Room *existing = d->rooms.value(key))
        return existing;
    auto *created = new Room(d->stream, d->history, roomJid.bare(), this);
    d->rooms.insert(key, created);
    Q_EMIT roomAdded(created);
    return created;
}

Room *MucManager::existingRoom(const Jid &roomJid) const
{
    return d->rooms.value(roomJid.bare().toString());
}

QList<Room *> MucManager::rooms() const
{
    return d->rooms.values();
}
bool MucManager::isRoom(const Jid &bareJid) const
{
    return existingRoom(bareJid) != nullptr;
}

Room *MucManager::join(const Jid &roomJid, const JoinOptions &options)
{
    Room *target = room(roomJid);
    target->join(options);
    return target;
}

void MucManager::leave(const Jid &roomJid)
{
    if (Room *target = existingRoom(roomJid))
        target->leave();
}

void MucManager::listRooms(const Jid &,
                           std::function<void(const QList<RoomListing> &, const MucOutcome &)> done)
{
    done({}, MucOutcome::failure(QStringLiteral("Not implemented yet.")));
}

void MucManager::decline(const MucInvitation &, const QString &) {}
QString MucManager::defaultNick() const
{
    return d->defaultNick;
}
void MucManager::setDefaultNick(const QString &nick)
{
    d->defaultNick = nick;
}
void MucManager::setSelfPingInterval(int) {}

} // namespace Linnet
