#pragma once

#include "muc/MucTypes.h"
#include "muc/Room.h"

#include <QObject>

namespace Linnet {

class Bookmarks;
struct Bookmark;
class ChatManager;
class DiscoClient;
class Element;
class HistoryStore;
class XmppStream;

// The rooms of one account. Routes presence and groupchat messages from a room's JID to its
// Room; a groupchat message (or room presence) from a room we are not in is ignored and
// reported (the spoofing class), as is anything claiming to be a room's but coming from
// elsewhere. Receives invitations (mediated and direct), keeps one SelfPing per joined room,
// rejoins the rooms we were in after a fresh sign-in and joins the bookmarks with autojoin.
// Private messages with occupants are one-on-one conversations keyed by the occupant's full
// JID; ChatManager stores them and asks isRoom() to tell.
class MucManager : public QObject
{
    Q_OBJECT
public:
    MucManager(XmppStream &stream, HistoryStore &history, Bookmarks &bookmarks,
               QObject *parent = nullptr);
    ~MucManager() override;

    // The room object for this JID, created (NotJoined) when there is none yet.
    Room *room(const Jid &roomJid);
    Room *existingRoom(const Jid &roomJid) const;
    QList<Room *> rooms() const;
    bool isRoom(const Jid &bareJid) const;
    // Joins (creating the Room) and remembers the room for rejoin after a new sign-in.
    Room *join(const Jid &roomJid, const JoinOptions &options);
    // Leaves and forgets the room (no rejoin).
    void leave(const Jid &roomJid);

    // Rooms of a MUC service with names and occupant counts (disco#items, then disco#info of
    // each room for muc#roominfo).
    void listRooms(const Jid &service,
                   std::function<void(const QList<RoomListing> &, const MucOutcome &)> done);
    // Declines a mediated invitation (§7.8.2).
    void decline(const MucInvitation &invitation, const QString &reason);

    // The default nick for joins: the account's localpart unless set.
    QString defaultNick() const;
    void setDefaultNick(const QString &nick);
    // Whether bookmarks with autojoin are joined after sign-in (on; one-shot CLI commands turn
    // it off).
    void setAutojoinEnabled(bool enabled);
    // Self-ping interval for every joined room (tests make it short).
    void setSelfPingInterval(int milliseconds);
    // How long each self-ping waits for its answer before asking again.
    void setSelfPingTimeout(int milliseconds);
    // Whether a self-ping runs for this room (it does while we are joined).
    bool isSelfPinging(const Jid &roomJid) const;

Q_SIGNALS:
    void roomAdded(Linnet::Room *room);
    void roomRemoved(const Linnet::Jid &roomJid);
    void invitationReceived(const Linnet::MucInvitation &invitation);
    // A mention of our nick in a room message (live, not history).
    void mentioned(Linnet::Room *room, const Linnet::HistoryMessage &message);
    void stanzaIgnored(const QString &why);

private:
    void onStanza(const Element &stanza);
    void onOnlineChanged(bool online);
    void watchRoom(Room *room);
    void noteActivity(Room *room, const Element &stanza);
    void startSelfPing(Room *room);
    void stopSelfPing(const QString &key);
    void removeRoom(const QString &key);
    void rejoin(Room *room, JoinOptions options);
    void joinAutojoinBookmarks();
    void joinBookmark(const Bookmark &bookmark);

    struct Private;
    Private *d;
};

} // namespace Linnet
