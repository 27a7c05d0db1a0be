#include "AccountSession.h"

#include "account/Account.h"
#include "account/AccountServices.h"
#include "avatars/AvatarImages.h"
#include "chat/ChatController.h"
#include "chat/ChatWindow.h"
#include "chat/ConversationWidget.h"
#include "muc/JoinFlow.h"
#include "muc/RoomController.h"
#include "muc/RoomPage.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Linnet {

AccountSession::AccountSession(ChatWindow *window, QObject *parent)
    : QObject(parent), m_chats(new ChatController(window, this)),
      m_rooms(new RoomController(window, this))
{
    // Rooms open in their own tabs; private messages with occupants are one-on-one chats.
    m_chats->setRoomOpener([this](const Jid &room) { return m_rooms->showRoom(room); });
    m_rooms->setPrivateChatOpener([this](const Jid &occupant) { m_chats->openChat(occupant); });
    m_chats->setSiblingPages([this](const ConversationWidget *page) {
        return m_rooms->page(Jid::parse(page->conversation())) == page;
    });
    connect(m_chats, &ChatController::totalUnreadChanged, this,
            &AccountSession::totalUnreadChanged);
    // "Search all" and "Join room" in the shared chat window are about the current account:
    // the main window routes them, not every session.
    disconnect(window, &ChatWindow::searchAllRequested, m_chats, nullptr);
    disconnect(window, &ChatWindow::joinRoomRequested, m_rooms, nullptr);
}

AccountSession::~AccountSession()
{
    delete m_rooms;
    delete m_chats;
}

void AccountSession::setAccount(Account *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    if (!account) {
        setRoomServices({});
        setChatServices({});
        delete std::exchange(m_avatars, nullptr);
        return;
    }
    connect(account, &QObject::destroyed, this, [this] { setAccount(nullptr); });
    const AccountServices *services = account->services();
    delete std::exchange(m_avatars, new AvatarImages(services->avatars(), this));
    setChatServices({services->chats(), services->history(), services->conversationList(),
                     services->roster(), m_avatars});
    setRoomServices({services->muc(), services->history(), services->bookmarks(),
                     services->conversationList(), m_avatars});
    const QString domain = account->settings().connection.jid.domain();
    m_rooms->joinFlow()->setDefaultService(Jid::parse(QString(u"conference."_s + domain)));
}

void AccountSession::setChatServices(const ChatServices &services)
{
    m_chatServices = services;
    m_chats->setServices(services);
}

void AccountSession::setRoomServices(const RoomServices &services)
{
    m_roomServices = services;
    m_rooms->setServices(services);
}

void AccountSession::setNotifier(Notifier *notifier)
{
    m_chats->setNotifier(notifier);
    m_rooms->setNotifier(notifier);
}

} // namespace Linnet
