#pragma once

#include "RoomServices.h"
#include "im/Jid.h"
#include "muc/MucTypes.h"
#include "storage/HistoryTypes.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <map>
#include <memory>

namespace Linnet {

class ChatWindow;
class ConversationWidget;
class JoinFlow;
class MessageModel;
class Notifier;
class OccupantModel;
class Room;
class RoomActionFlows;
class RoomPage;
class RoomPresenter;
class RoomTimelineModel;

// The decisions behind the room tabs, next to ChatController in the same chat window: a tab
// per room of the account (opened when the room is created by a join), its models (messages
// merged with notices, occupants), what the room's signals become on screen (notice lines,
// subject, banner when we are out, permissions), what the composer's text becomes
// (Room::sendMessage), when a mention deserves a notification (the room is not in front),
// unread counts on tabs, and leaving when the tab closes. What a room's signals show is its
// RoomPresenter's. The dialogs behind the room's
// actions are RoomActionFlows'; joining, passwords, nick conflicts and invitations JoinFlow's.
class RoomController : public QObject
{
    Q_OBJECT
public:
    // window shows the rooms; it should outlive the controller. dialogParent: where prompts go.
    explicit RoomController(ChatWindow *window, QObject *parent = nullptr);
    ~RoomController() override;

    void setServices(const RoomServices &services);
    bool hasServices() const;
    RoomServices services() const { return m_services; }
    void setNotifier(Notifier *notifier);
    // Opens the private conversation with an occupant (ChatController::openChat).
    void setPrivateChatOpener(std::function<void(const Jid &occupant)> opener);

    // Brings the room's tab to the front (opening it for a room the account is in or joining);
    // false when there is no such tab or room.
    bool openRoom(const Jid &room);
    // What opening a conversation with this address means for group chat: the room's tab when
    // we are in it; the Join Room dialog for a room we know (bookmarked, or a group chat in the
    // history) but are not in; false for anything else (a one-on-one chat).
    bool showRoom(const Jid &room);
    bool isKnownRoom(const Jid &room) const;
    // Leaves the room and closes its tab.
    void closeRoom(const Jid &room);

    RoomPage *page(const Jid &room) const;
    RoomTimelineModel *timeline(const Jid &room) const;
    OccupantModel *occupantModel(const Jid &room) const;
    JoinFlow *joinFlow() const { return m_join; }
    RoomActionFlows *actionFlows() const { return m_actions; }
    ChatWindow *window() const { return m_window; }

private:
    struct Entry;
    Entry *find(const Jid &room) const;
    Entry *ensure(Room *room, bool inFront);
    // Shows room (a new one after a rejoin too) in the entry's page.
    void bind(Entry *entry, Room *room);
    void connectPage(Entry *entry);
    void closePage(ConversationWidget *page, bool leave);
    void closeAll();
    void send(const Jid &room, const QString &text);
    void refreshTitle(const Jid &room);
    void onMentioned(Room *room, const HistoryMessage &message);
    void onBookmarkToggled(const Jid &room, bool on);

    QPointer<ChatWindow> m_window;
    RoomServices m_services;
    std::unique_ptr<QObject> m_serviceContext;
    QPointer<Notifier> m_notifier;
    std::function<void(const Jid &)> m_openPrivate;
    std::map<QString, std::unique_ptr<Entry>> m_rooms;
    JoinFlow *m_join;
    RoomActionFlows *m_actions;
};

} // namespace Linnet
