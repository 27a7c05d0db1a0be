#pragma once

#include "account/Account.h"
#include "chat/ChatServices.h"
#include "models/ContactManagers.h"
#include "muc/RoomServices.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDialog;

namespace Linnet {

class AccountOverview;
class AvatarImages;
struct Bookmark;
class BookmarkModel;
class BookmarksMenu;
class ChatController;
class ChatWindow;
class ConnectionStatusWidget;
class ContactListPanel;
class DiscoServices;
class Notifier;
class QuickSwitcher;
class RoomController;
class ServiceBrowser;
class XmlConsole;
class XmlConsoleWindow;

// Linnet's main window: the contact list with our presence in the centre, the account
// overview in the Account Details dialog, the connection state always in the status bar,
// and the Account, Chats, Tools and Help menus with every shortcut. It shows an Account and
// emits what the user asks for; AccountController acts on it. It owns the chat window and its
// ChatController; opening a contact, or picking one in the quick switcher (Ctrl+K) or New
// Chat (Ctrl+N), opens its conversation there.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The account to show; nullptr shows the signed-out page. Not owned.
    void setAccount(Account *account);
    Account *account() const { return m_account; }

    ConnectionStatusWidget *statusWidget() const { return m_status; }
    AccountOverview *overview() const { return m_overview; }
    ContactListPanel *contactList() const { return m_contacts; }
    QDialog *accountDialog() const { return m_accountDialog; }
    // The managers of the account shown (from the account, or built by a test). Not owned.
    void setContactManagers(const ContactManagers &managers);
    // The chat services of the account shown (from the account, or built by a test).
    void setChatServices(const ChatServices &services);
    ChatController *chatController() const { return m_chats; }
    // The group chat services of the account shown (from the account, or built by a test).
    void setRoomServices(const RoomServices &services);
    RoomController *roomController() const { return m_rooms; }
    QAction *joinRoomAction() const { return m_joinRoom; }
    BookmarksMenu *bookmarksMenu() const { return m_bookmarksMenu; }
    // Opens the Join Room dialog (with the room filled in when given).
    void showJoinRoomDialog(const Jid &room = {});
    ChatWindow *chatWindow() const { return m_chatWindow; }
    QAction *searchMessagesAction() const { return m_searchMessages; }
    QAction *newChatAction() const { return m_newChat; }
    QAction *quickSwitcherAction() const { return m_quickSwitcher; }
    QAction *addContactAction() const { return m_addContact; }
    // The quick switcher or New Chat prompt while it is open; nullptr otherwise.
    QuickSwitcher *quickSwitcher() const;
    // Opens the quick switcher (or the New Chat prompt) over the active Linnet window.
    void showQuickSwitcher();
    void showNewChat();
    void showAccountDetails();
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *setAvatarAction() const { return m_setAvatar; }
    QAction *preferencesAction() const { return m_preferences; }
    QAction *serviceBrowserAction() const { return m_serviceBrowser; }
    QAction *xmlConsoleAction() const { return m_xmlConsole; }
    // The tool windows of the account shown, once opened; nullptr before.
    ServiceBrowser *serviceBrowser() const;
    XmlConsoleWindow *xmlConsoleWindow() const;
    void showServiceBrowser();
    void showXmlConsole();

    // A problem the user should see in the overview until the next state change.
    void showNotice(const QString &sentence);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void preferencesRequested();
    void openChatRequested(const Linnet::Jid &jid);

private:
    void createMenus();
    // Replaces (and deletes) the avatar images of the account shown; null for none.
    void setAvatarImages(AvatarImages *images);
    void showSetAvatarDialog();
    void openSwitcher(bool newChat);
    void openChat(const Jid &jid);
    void openRoom(const Jid &room);
    void joinBookmarked(const Bookmark &bookmark);
    void closeToolWindows();
    void refresh();
    void showAbout();

    QPointer<Account> m_account;
    ContactListPanel *m_contacts;
    QDialog *m_accountDialog;
    AccountOverview *m_overview;
    ConnectionStatusWidget *m_status;
    QAction *m_signIn = nullptr;
    QAction *m_setAvatar = nullptr;
    QAction *m_preferences = nullptr;
    AvatarImages *m_avatarImages = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_addContact = nullptr;
    QAction *m_searchMessages = nullptr;
    QAction *m_newChat = nullptr;
    QAction *m_quickSwitcher = nullptr;
    QPointer<QuickSwitcher> m_switcher;
    ChatServices m_chatServices;
    QAction *m_serviceBrowser = nullptr;
    QAction *m_xmlConsole = nullptr;
    QAction *m_joinRoom = nullptr;
    BookmarksMenu *m_bookmarksMenu = nullptr;
    BookmarkModel *m_bookmarkModel = nullptr;
    DiscoServices *m_discoServices = nullptr;
    XmlConsole *m_console = nullptr;
    QPointer<ServiceBrowser> m_browserWindow;
    QPointer<XmlConsoleWindow> m_consoleWindow;
    ChatWindow *m_chatWindow;
    ChatController *m_chats;
    RoomController *m_rooms;
    Notifier *m_notifier;
    QString m_notice;
};

} // namespace Linnet
