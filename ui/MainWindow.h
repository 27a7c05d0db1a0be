#pragma once

#include "account/Account.h"
#include "chat/ChatServices.h"
#include "models/ContactManagers.h"
#include "muc/RoomServices.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <vector>

class QAction;
class QDialog;

namespace Linnet {

class AccountOverview;
class AccountSession;
class AccountsMenu;
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

// Linnet's main window: the contact list of every open account with our presence in the
// centre, the current account's overview in the Account Details dialog and its connection
// state in the status bar, and the Account, Chats, Tools and Help menus with every shortcut.
// It shows Accounts and emits what the user asks for; AccountController acts on it. It owns
// the chat window and, per account, an AccountSession (its ChatController and
// RoomController); opening a contact opens its conversation with the contact's account;
// the quick switcher (Ctrl+K), New Chat (Ctrl+N), Join Room and the tools act on the current
// account.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows only this account (the others go); nullptr shows the signed-out page. Not owned.
    void setAccount(Account *account);
    // Shows the account next to the others (the first one added becomes current). Not owned.
    void addAccount(Account *account);
    void removeAccount(Account *account);
    // The account the Account and Tools menus, New Chat and Join Room act on.
    void setCurrentAccount(Account *account);
    Account *account() const { return m_account; }
    QList<Account *> accounts() const;
    AccountsMenu *accountsMenu() const { return m_accountsMenu; }
    // Unread messages over all accounts.
    int totalUnread() const;
    // Where every account's notifications go (not owned).
    void setNotifier(Notifier *notifier);

    ConnectionStatusWidget *statusWidget() const { return m_status; }
    AccountOverview *overview() const { return m_overview; }
    ContactListPanel *contactList() const { return m_contacts; }
    QDialog *accountDialog() const { return m_accountDialog; }
    // Shows only these managers in the contact list (built by a test). Not owned.
    void setContactManagers(const ContactManagers &managers);
    // The chat services of the current account (from the account, or built by a test).
    void setChatServices(const ChatServices &services);
    // The current account's controllers.
    ChatController *chatController() const;
    ChatController *chatController(const Account *account) const;
    // The group chat services of the current account (from the account, or built by a test).
    void setRoomServices(const RoomServices &services);
    RoomController *roomController() const;
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
    void addAccountRequested();
    void currentAccountRequested(Linnet::Account *account);
    void totalUnreadChanged(int total);
    void preferencesRequested();
    void openChatRequested(const Linnet::Jid &jid);

private:
    void createMenus();
    AccountSession *sessionOf(const Account *account) const;
    void forgetSession(AccountSession *session, const QString &accountId);
    void applyCurrentServices();
    QList<Account *> statusScopeAccounts() const;
    void onUnreadChanged();
    void onStatusSignIn();
    void onStatusSignOut();
    void refreshStatusScope();
    void showSetAvatarDialog();
    void openSwitcher(bool newChat);
    void openChat(const Jid &jid, const QString &account = QString());
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
    QAction *m_signOut = nullptr;
    QAction *m_addContact = nullptr;
    QAction *m_searchMessages = nullptr;
    QAction *m_newChat = nullptr;
    QAction *m_quickSwitcher = nullptr;
    QPointer<QuickSwitcher> m_switcher;
    QAction *m_serviceBrowser = nullptr;
    QAction *m_xmlConsole = nullptr;
    QAction *m_joinRoom = nullptr;
    BookmarksMenu *m_bookmarksMenu = nullptr;
    BookmarkModel *m_bookmarkModel = nullptr;
    DiscoServices *m_discoServices = nullptr;
    XmlConsole *m_console = nullptr;
    QPointer<ServiceBrowser> m_browserWindow;
    QPointer<XmlConsoleWindow> m_consoleWindow;
    AccountsMenu *m_accountsMenu = nullptr;
    ChatWindow *m_chatWindow;
    Notifier *m_notifier;
    // The first one is there from the start: tests give it services, the first account takes it.
    std::vector<std::unique_ptr<AccountSession>> m_sessions;
    AccountSession *m_session;                 // the current account's
    std::unique_ptr<QObject> m_currentContext; // connections to the current account
    QString m_notice;
};

} // namespace Linnet
