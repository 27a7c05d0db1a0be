#pragma once

#include "chat/ChatServices.h"
#include "muc/RoomServices.h"

#include <QObject>
#include <QPointer>

namespace Linnet {

class Account;
class AvatarImages;
class ChatController;
class ChatWindow;
class Notifier;
class RoomController;

// What the main window runs for one open account: its conversations (ChatController), its
// rooms (RoomController) and its avatar pictures. Several sessions share one ChatWindow, so
// the tabs of all accounts sit side by side. A session without an account is what tests (and
// the window before any sign-in) give services to directly.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    explicit AccountSession(ChatWindow *window, QObject *parent = nullptr);
    // The controllers close their conversations in the chat window, so they go first.
    ~AccountSession() override;

    // Shows this account's chats and rooms; null closes them. Not owned.
    void setAccount(Account *account);
    Account *account() const { return m_account; }
    // Whether it holds an account, or services a test gave it.
    bool isInUse() const
    {
        return m_account || m_chatServices.isValid() || m_roomServices.isValid();
    }

    void setChatServices(const ChatServices &services);
    void setRoomServices(const RoomServices &services);
    const ChatServices &chatServices() const { return m_chatServices; }
    const RoomServices &roomServices() const { return m_roomServices; }
    void setNotifier(Notifier *notifier);

    ChatController *chats() const { return m_chats; }
    RoomController *rooms() const { return m_rooms; }
    AvatarImages *avatars() const { return m_avatars; }

Q_SIGNALS:
    void totalUnreadChanged();

private:
    QPointer<Account> m_account;
    ChatController *m_chats;
    RoomController *m_rooms;
    AvatarImages *m_avatars = nullptr;
    ChatServices m_chatServices;
    RoomServices m_roomServices;
};

} // namespace Linnet
