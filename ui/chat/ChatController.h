#pragma once

#include "ChatServices.h"
#include "im/Jid.h"
#include "im/Message.h"
#include "storage/HistoryTypes.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <map>
#include <memory>

class QUrl;

namespace Linnet {

class ChatStateNotifier;
class ChatWindow;
class ConversationWidget;
class MessageModel;
class MessageSearchPanel;
class MessageSearchWindow;
class Notifier;

// The decisions behind the chat windows: which conversation has a tab, its MessageModel and
// ChatStateNotifier; what the composer's text becomes (a message, a correction, nothing);
// when a conversation counts as seen (its tab current in the active window: markDisplayed);
// when a message deserves a notification (it arrived live in a conversation not in front);
// and what searches run. Widgets only show and report.
class ChatController : public QObject
{
    Q_OBJECT
public:
    // window shows the conversations; it should outlive the controller.
    explicit ChatController(ChatWindow *window, QObject *parent = nullptr);
    ~ChatController() override;

    // The account's chat services; conversations of the previous ones close. Not owned.
    void setServices(const ChatServices &services);
    bool hasServices() const;
    // Where notifications go (not owned); null: none.
    void setNotifier(Notifier *notifier);
    // How links other than xmpp: addresses open (QDesktopServices::openUrl by default).
    void setUrlOpener(std::function<void(const QUrl &)> opener);

    // Who shows group chat rooms: asked first when a conversation opens (from the list, a
    // notification, a link); true means it opened the room, so no one-on-one tab opens.
    void setRoomOpener(std::function<bool(const Jid &room)> opener);
    // Which other pages of the chat window belong to this account (its rooms): when one is in
    // front, its conversation counts as seen here too. Pages of other accounts never do.
    void setSiblingPages(std::function<bool(const ConversationWidget *page)> isSibling);

    // Opens the conversation (or finds it) and brings it to the front. A full JID of a room
    // occupant opens the private conversation with that occupant.
    void openChat(const Jid &jid);
    // Opens the conversation and scrolls to one of its messages.
    void openMessage(const QString &conversation, qint64 rowId);
    void closeChat(const QString &conversation);
    void showSearchWindow();

    QString displayName(const QString &bareJid) const;
    int unreadCount(const QString &conversation) const;
    int totalUnread() const;
    ChatWindow *window() const;
    ConversationWidget *conversationWidget(const QString &conversation) const;
    MessageModel *messageModel(const QString &conversation) const;
    ChatStateNotifier *stateNotifier(const QString &conversation) const;
    MessageSearchWindow *searchWindow() const;

Q_SIGNALS:
    void totalUnreadChanged(int total);

private:
    struct Conversation;
    Conversation *find(const QString &conversation) const;
    Conversation *ensure(const QString &conversation);
    void connectPage(Conversation *conversation);
    void closePage(ConversationWidget *page, bool sayGone);
    void closeAll(bool sayGone);
    void send(const QString &conversation, const QString &text);
    void correct(const QString &conversation, const QString &text);
    void editLastMessage(const QString &conversation);
    void onMessageReceived(const HistoryMessage &message);
    void onPeerChatState(const QString &conversation, ChatState state);
    void onUnreadChanged(const QString &conversation, int count);
    QString frontConversation() const;
    void onFrontChanged();
    void markSeen(const QString &conversation);
    void refreshTitles();
    void refreshTitle(const QString &conversation);
    void search(MessageSearchPanel *panel, const QString &text, const QString &conversation);
    void openLink(const QUrl &url);

    QPointer<ChatWindow> m_window; // should outlive this; the pages are its children
    ChatServices m_services;
    // Every connection to the services has this as its context: replacing it cuts them all.
    std::unique_ptr<QObject> m_serviceContext;
    QPointer<Notifier> m_notifier;
    std::function<void(const QUrl &)> m_openUrl;
    std::function<bool(const Jid &)> m_openRoom;
    std::function<bool(const ConversationWidget *)> m_isSibling;
    std::map<QString, std::unique_ptr<Conversation>> m_conversations;
    QPointer<MessageSearchWindow> m_searchWindow;
};

} // namespace Linnet
