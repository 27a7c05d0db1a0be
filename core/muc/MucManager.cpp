#include "muc/MucManager.h"

#include "disco/DiscoClient.h"
#include "models/FutureResult.h"
#include "muc/Bookmarks.h"
#include "muc/Mentions.h"
#include "muc/MucInvitations.h"
#include "muc/MucRouting.h"
#include "muc/RoomDirectory.h"
#include "muc/SelfPing.h"
#include "storage/HistoryStore.h"
#include "stream/XmppStream.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
Q_LOGGING_CATEGORY(lcMucManager, "linnet.muc.manager", QtInfoMsg)

// How long a left room waits for the room's answer before it is forgotten anyway.
constexpr int LeaveGraceMs = 10000;

QString keyOf(const Jid &room)
{
    return room.bare().toString();
}
} // namespace

struct MucManager::Private
{
    Private(XmppStream &s, HistoryStore &h, Bookmarks &b) : stream(s), history(h), bookmarks(b) {}

    XmppStream &stream;
    HistoryStore &history;
    Bookmarks &bookmarks;
    DiscoClient *disco = nullptr;
    RoomDirectory *directory = nullptr;
    QHash<QString, Room *> rooms;
    // The rooms we mean to be in, with how we join them: rejoined after a new sign-in.
    QHash<QString, JoinOptions> wanted;
    // Rooms we left: removed once the room confirms (or after a grace period).
    QSet<QString> leaving;
    QHash<QString, QPointer<SelfPing>> pings;
    QString defaultNick;
    int selfPingIntervalMs = SelfPing::DefaultIntervalMs;
    int selfPingTimeoutMs = 30000;
    bool autojoinDone = false; // autojoin bookmarks were joined in this session
    bool autojoinEnabled = true;
};

MucManager::MucManager(XmppStream &stream, HistoryStore &history, Bookmarks &bookmarks,
                       QObject *parent)
    : QObject(parent), d(new Private(stream, history, bookmarks))
{
    d->disco = new DiscoClient(stream, this);
    d->directory = new RoomDirectory(*d->disco, this);
    connect(&stream, &XmppStream::stanzaReceived, this, &MucManager::onStanza);
    connect(&stream, &XmppStream::onlineChanged, this, &MucManager::onOnlineChanged);
    connect(&bookmarks, &Bookmarks::loaded, this, &MucManager::joinAutojoinBookmarks);
    connect(&bookmarks, &Bookmarks::bookmarkChanged, this, [this](const Bookmark &bookmark) {
        // A bookmark set to autojoin (here or by another client) is joined at once.
        if (bookmark.autojoin && d->autojoinEnabled && d->autojoinDone && d->stream.isOnline())
            joinBookmark(bookmark);
    });
}

MucManager::~MucManager()
{
    for (const QPointer<SelfPing> &ping : std::as_const(d->pings))
        delete ping.data();
    // Rooms go while our state is still there for anything they emit on the way out.
    const QList<Room *> rooms = d->rooms.values();
    d->rooms.clear();
    for (Room *room : rooms) {
        room->disconnect(this);
        delete room;
    }
    delete d;
}

Room *MucManager::room(const Jid &roomJid)
{
    const QString key = keyOf(roomJid);
    if (Room *existing = d->rooms.value(key))
        return existing;
    auto *created = new Room(d->stream, d->history, roomJid.bare(), this);
    d->rooms.insert(key, created);
    watchRoom(created);
    Q_EMIT roomAdded(created);
    return created;
}

Room *MucManager::existingRoom(const Jid &roomJid) const
{
    return d->rooms.value(keyOf(roomJid));
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
    if (!roomJid.isValid() || roomJid.local().isEmpty())
        return nullptr;
    Room *target = room(roomJid);
    JoinOptions effective = options;
    if (effective.nick.isEmpty())
        effective.nick = defaultNick();
    const QString key = keyOf(roomJid);
    d->leaving.remove(key);
    d->wanted.insert(key, effective);
    target->join(effective);
    return target;
}

void MucManager::leave(const Jid &roomJid)
{
    const QString key = keyOf(roomJid);
    d->wanted.remove(key);
    stopSelfPing(key);
    Room *target = existingRoom(roomJid);
    if (!target)
        return;
    if (target->state() == Room::State::NotJoined) {
        removeRoom(key);
        return;
    }
    d->leaving.insert(key);
    target->leave();
    QTimer::singleShot(LeaveGraceMs, this, [this, key] {
        if (d->leaving.contains(key))
            removeRoom(key);
    });
}

void MucManager::listRooms(const Jid &service,
                           std::function<void(const QList<RoomListing> &, const MucOutcome &)> done)
{
    if (!service.isValid()) {
        done({}, MucOutcome::failure(tr("That is not a valid service address.")));
        return;
    }
    d->directory->list(service, std::move(done));
}

void MucManager::decline(const MucInvitation &invitation, const QString &reason)
{
    // XEP-0249 has no decline: a direct invitation is simply not acted upon.
    if (invitation.kind != MucInvitation::Kind::Mediated || !invitation.room.isValid())
        return;
    d->stream.send(mucDeclineStanza(invitation, reason));
}

QString MucManager::defaultNick() const
{
    if (!d->defaultNick.isEmpty())
        return d->defaultNick;
    const Jid own = d->stream.boundJid();
    return own.local().isEmpty() ? own.domain() : own.local();
}

void MucManager::setDefaultNick(const QString &nick)
{
    d->defaultNick = nick.trimmed();
}

void MucManager::setSelfPingInterval(int milliseconds)
{
    d->selfPingIntervalMs = milliseconds;
    for (const QPointer<SelfPing> &ping : std::as_const(d->pings)) {
        if (ping)
            ping->setInterval(milliseconds);
    }
}

void MucManager::setSelfPingTimeout(int milliseconds)
{
    d->selfPingTimeoutMs = milliseconds;
    for (const QPointer<SelfPing> &ping : std::as_const(d->pings)) {
        if (ping)
            ping->setTimeout(milliseconds);
    }
}

bool MucManager::isSelfPinging(const Jid &roomJid) const
{
    return !d->pings.value(keyOf(roomJid)).isNull();
}

// ---- routing ------------------------------------------------------------------------------

void MucManager::onStanza(const Element &stanza)
{
    const MucRoute route = routeMucStanza(stanza, [this](const Jid &bare) {
        const Room *target = existingRoom(bare);
        if (!target)
            return RoomPresenceState::Unknown;
        if (target->state() != Room::State::NotJoined || d->wanted.contains(keyOf(bare)) ||
            d->leaving.contains(keyOf(bare)))
            return RoomPresenceState::Active;
        return RoomPresenceState::Idle;
    });
    // Parsed only for a room's stanza: most messages are not, and this runs for every stanza.
    const auto room = [this, &stanza] {
        return existingRoom(Jid::parse(stanza.attribute(u"from")));
    };
    switch (route.target) {
    case MucRoute::Target::NotMuc:
    case MucRoute::Target::PrivateMessage:
        return;
    case MucRoute::Target::RoomPresence:
        if (Room *target = room()) {
            noteActivity(target, stanza);
            target->handlePresence(stanza);
        }
        return;
    case MucRoute::Target::RoomMessage:
        if (Room *target = room()) {
            noteActivity(target, stanza);
            target->handleMessage(Message::fromElement(stanza), stanza);
        }
        return;
    case MucRoute::Target::Invitation:
        if (const auto invitation = parseMucInvitation(stanza)) {
            qCInfo(lcMucManager) << "Invitation to" << invitation->room.toString() << "from"
                                 << invitation->inviter.toString();
            Q_EMIT invitationReceived(*invitation);
        }
        return;
    case MucRoute::Target::Spoofed:
        qCWarning(lcMucManager) << "Ignored" << route.why;
        Q_EMIT stanzaIgnored(route.why);
        return;
    }
}

// ---- rooms: self-ping, mentions, exits -------------------------------------------------

void MucManager::noteActivity(Room *target, const Element &stanza)
{
    // What the room sends us while we are in it shows we still are; errors show nothing.
    if (stanza.attribute(u"type") == u"error" || target->state() != Room::State::Joined)
        return;
    if (SelfPing *ping = d->pings.value(keyOf(target->jid())))
        ping->noteActivity();
}

void MucManager::watchRoom(Room *target)
{
    const QString key = keyOf(target->jid());
    connect(target, &Room::joined, this, [this, target, key] {
        // Remember the nick the room gave us, so a rejoin asks for it again.
        if (d->wanted.contains(key))
            d->wanted[key].nick = target->nick();
        else if (!d->leaving.contains(key))
            d->wanted.insert(key, JoinOptions{target->nick(), {}, {}});
        startSelfPing(target);
    });
    connect(target, &Room::nickChanged, this,
            [this, key](const QString &, const QString &newNick, bool isSelf) {
                if (isSelf && d->wanted.contains(key))
                    d->wanted[key].nick = newNick;
            });
    connect(target, &Room::exited, this, [this, key](const RoomExit &exit) {
        stopSelfPing(key);
        if (exit.reason != RoomExit::Reason::ConnectionLost)
            d->wanted.remove(key);
        if (d->leaving.contains(key))
            QTimer::singleShot(0, this, [this, key] {
                if (d->leaving.contains(key))
                    removeRoom(key);
            });
    });
    connect(target, &Room::messageReceived, this, [this, target](const HistoryMessage &message) {
        if (message.isOwn() || message.senderName == target->nick())
            return;
        if (mentionsNick(message.body, target->nick()))
            Q_EMIT mentioned(target, message);
    });
}

void MucManager::startSelfPing(Room *target)
{
    const QString key = keyOf(target->jid());
    if (d->pings.value(key))
        return;
    auto *ping = new SelfPing(d->stream, *target, this);
    ping->setInterval(d->selfPingIntervalMs);
    ping->setTimeout(d->selfPingTimeoutMs);
    connect(ping, &SelfPing::rejoinNeeded, this, [this, key] {
        Room *current = d->rooms.value(key);
        if (!current || !d->stream.isOnline())
            return;
        qCInfo(lcMucManager) << "Rejoining" << key << "after self-ping";
        JoinOptions options = d->wanted.value(key, JoinOptions{current->nick(), {}, {}});
        if (options.nick.isEmpty())
            options.nick = current->nick().isEmpty() ? defaultNick() : current->nick();
        // The room forgot us: our state there is stale. The exit keeps the room wanted.
        current->connectionLost();
        d->wanted.insert(key, options);
        rejoin(current, options);
    });
    d->pings.insert(key, ping);
}

void MucManager::stopSelfPing(const QString &key)
{
    if (QPointer<SelfPing> ping = d->pings.take(key))
        ping->deleteLater(); // it may be the one emitting right now
}

void MucManager::removeRoom(const QString &key)
{
    d->leaving.remove(key);
    d->wanted.remove(key);
    stopSelfPing(key);
    Room *target = d->rooms.take(key);
    if (!target)
        return;
    const Jid jid = target->jid();
    target->disconnect(this);
    target->deleteLater();
    Q_EMIT roomRemoved(jid);
}

// ---- sessions: rejoin and autojoin -------------------------------------------------------

void MucManager::onOnlineChanged(bool online)
{
    if (!online) {
        d->autojoinDone = false;
        const QStringList keys = d->pings.keys();
        for (const QString &key : keys)
            stopSelfPing(key);
        for (Room *target : std::as_const(d->rooms)) {
            if (target->state() != Room::State::NotJoined)
                target->connectionLost();
        }
        // Rooms being left are gone with the session.
        const QStringList leaving(d->leaving.cbegin(), d->leaving.cend());
        for (const QString &key : leaving)
            removeRoom(key);
        return;
    }
    // A fresh session (a resumption emits nothing): the rooms we were in are joined again.
    const QStringList wanted = d->wanted.keys(); // a join may fail at once and change it
    for (const QString &key : wanted) {
        Room *target = room(Jid::parse(key));
        if (target->state() == Room::State::NotJoined && d->wanted.contains(key))
            rejoin(target, d->wanted.value(key));
    }
    if (d->bookmarks.isLoaded())
        joinAutojoinBookmarks();
}

void MucManager::rejoin(Room *target, JoinOptions options)
{
    if (target->hasArchive()) {
        options.history.kind = JoinHistory::Kind::FromArchive;
        target->join(options);
        return;
    }
    // Ask for what we missed since the last message we hold.
    QPointer<Room> guard(target);
    const QString key = keyOf(target->jid());
    onResult(d->history.page(key, 0, 1), this,
             [this, guard, key, options](const QList<HistoryMessage> &last) mutable {
                 if (!guard || !d->stream.isOnline() || !d->wanted.contains(key) ||
                     guard->state() != Room::State::NotJoined)
                     return;
                 if (!last.isEmpty() && last.constLast().timestamp.isValid()) {
                     options.history.kind = JoinHistory::Kind::Since;
                     options.history.since = last.constLast().timestamp;
                 }
                 guard->join(options);
             });
}

void MucManager::setAutojoinEnabled(bool enabled)
{
    d->autojoinEnabled = enabled;
}

void MucManager::joinAutojoinBookmarks()
{
    if (!d->autojoinEnabled || !d->stream.isOnline() || d->autojoinDone)
        return;
    d->autojoinDone = true;
    const QList<Bookmark> bookmarks = d->bookmarks.bookmarks();
    for (const Bookmark &bookmark : bookmarks) {
        if (bookmark.autojoin)
            joinBookmark(bookmark);
    }
}

void MucManager::joinBookmark(const Bookmark &bookmark)
{
    if (!bookmark.room.isValid() || bookmark.room.local().isEmpty())
        return;
    const QString key = keyOf(bookmark.room);
    if (d->wanted.contains(key))
        return; // joined, joining, or being rejoined already
    if (Room *existing = existingRoom(bookmark.room);
        existing && existing->state() != Room::State::NotJoined)
        return;
    JoinOptions options;
    options.nick = bookmark.nick.isEmpty() ? defaultNick() : bookmark.nick;
    options.password = bookmark.password;
    qCInfo(lcMucManager) << "Joining bookmarked room" << key;
    Room *target = room(bookmark.room);
    d->leaving.remove(key);
    d->wanted.insert(key, options);
    rejoin(target, options);
}

} // namespace Linnet
