#include "MainWindow.h"

#include "AccountOverview.h"
#include "ConnectionStatusWidget.h"
#include "ContactActions.h"
#include "ContactDelegate.h"
#include "ContactListPanel.h"
#include "ContactListView.h"
#include "StatusSelector.h"
#include "account/Account.h"
#include "account/AccountServices.h"
#include "accounts/AccountSession.h"
#include "accounts/AccountsMenu.h"
#include "avatars/AvatarImages.h"
#include "avatars/SetAvatarDialog.h"
#include "browser/ServiceBrowser.h"
#include "chat/ChatController.h"
#include "chat/ChatTexts.h"
#include "chat/ChatWindow.h"
#include "chat/DesktopNotifier.h"
#include "console/XmlConsole.h"
#include "console/XmlConsoleWindow.h"
#include "keyboard/QuickSwitcher.h"
#include "keyboard/ShortcutPriority.h"
#include "models/BookmarkModel.h"
#include "models/DiscoServices.h"
#include "muc/Bookmarks.h"
#include "muc/BookmarksMenu.h"
#include "muc/JoinFlow.h"
#include "muc/MucManager.h"
#include "muc/RoomController.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
QIcon actionIcon(const QString &name)
{
    return QIcon(u":/icons/actions/%1.svg"_s.arg(name));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_contacts(new ContactListPanel(this)),
      m_accountDialog(new QDialog(this)), m_overview(new AccountOverview(m_accountDialog)),
      m_status(new ConnectionStatusWidget(this)), m_chatWindow(new ChatWindow(this)),
      m_notifier(new DesktopNotifier(this)), m_currentContext(std::make_unique<QObject>())
{
    m_sessions.push_back(std::make_unique<AccountSession>(m_chatWindow));
    m_session = m_sessions.front().get();
    m_session->setNotifier(m_notifier);
    connect(m_session, &AccountSession::totalUnreadChanged, this, &MainWindow::onUnreadChanged);
    // The chat window's own requests are about the current account.
    connect(m_chatWindow, &ChatWindow::searchAllRequested, this,
            [this] { chatController()->showSearchWindow(); });
    connect(m_chatWindow, &ChatWindow::joinRoomRequested, this, [this] {
        if (roomController()->hasServices())
            showJoinRoomDialog();
    });
    setObjectName(u"mainWindow"_s);
    setCentralWidget(m_contacts);
    m_accountDialog->setObjectName(u"accountDialog"_s);
    m_accountDialog->setWindowTitle(tr("Account Details"));
    auto *dialogButtons = new QDialogButtonBox(QDialogButtonBox::Close, m_accountDialog);
    connect(dialogButtons, &QDialogButtonBox::rejected, m_accountDialog, &QDialog::hide);
    auto *dialogLayout = new QVBoxLayout(m_accountDialog);
    dialogLayout->addWidget(m_overview);
    dialogLayout->addWidget(dialogButtons);
    m_accountDialog->resize(640, 440);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    createMenus();
    connect(m_overview, &AccountOverview::signInRequested, this, &MainWindow::signInRequested);
    connect(m_overview, &AccountOverview::signOutRequested, this, &MainWindow::signOutRequested);
    StatusSelector *selector = m_contacts->statusSelector();
    connect(selector, &StatusSelector::signOutRequested, this, &MainWindow::onStatusSignOut);
    connect(selector, &StatusSelector::signInRequested, this, &MainWindow::onStatusSignIn);
    connect(m_contacts, &ContactListPanel::statusScopeChanged, this,
            &MainWindow::refreshStatusScope);
    connect(m_contacts, &ContactListPanel::openChatRequested, this,
            [this](const Jid &jid) { Q_EMIT openChatRequested(jid); });
    connect(m_contacts, &ContactListPanel::openChatRequested, this, &MainWindow::openChat);
    connect(m_chatWindow, &ChatWindow::newChatRequested, this, &MainWindow::showNewChat);
    connect(m_chatWindow, &ChatWindow::quickSwitcherRequested, this,
            &MainWindow::showQuickSwitcher);
    auto *priority = new ShortcutPriority(this);
    priority->add(m_quickSwitcher);
    priority->add(m_chatWindow->quickSwitcherAction());
    qApp->installEventFilter(priority);
    connect(m_contacts->actions(), &ContactActions::errorOccurred, this,
            [this](const QString &sentence) { statusBar()->showMessage(sentence, 8000); });
    resize(420, 640);
    refresh();
}

MainWindow::~MainWindow()
{
    // The controllers close their conversations in the chat window, so they go first.
    m_sessions.clear();
}

void MainWindow::createMenus()
{
    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    m_signIn = accountMenu->addAction(actionIcon(u"sign-in"_s), tr("&Sign In…"), this,
                                      &MainWindow::signInRequested);
    m_signIn->setObjectName(u"signInAction"_s);
    m_signIn->setShortcut(tr("Ctrl+Shift+I", "Sign in"));
    m_signOut = accountMenu->addAction(actionIcon(u"sign-out"_s), tr("Sign &Out"), this,
                                       &MainWindow::signOutRequested);
    m_signOut->setObjectName(u"signOutAction"_s);
    m_signOut->setShortcut(tr("Ctrl+Shift+O", "Sign out"));
    QAction *details = accountMenu->addAction(actionIcon(u"avatar"_s), tr("Account &Details…"),
                                              this, &MainWindow::showAccountDetails);
    details->setObjectName(u"accountDetailsAction"_s);
    m_setAvatar = accountMenu->addAction(actionIcon(u"avatar"_s), tr("Set &Avatar…"), this,
                                         &MainWindow::showSetAvatarDialog);
    m_setAvatar->setObjectName(u"setAvatarAction"_s);
    m_accountsMenu = new AccountsMenu(tr("A&ccounts"), accountMenu);
    accountMenu->addMenu(m_accountsMenu);
    connect(m_accountsMenu, &AccountsMenu::addAccountRequested, this,
            &MainWindow::addAccountRequested);
    connect(m_accountsMenu, &AccountsMenu::currentRequested, this,
            &MainWindow::currentAccountRequested);
    accountMenu->addSeparator();
    m_addContact =
        accountMenu->addAction(actionIcon(u"add-contact"_s), tr("&Add Contact…"),
                               m_contacts->actions(), &ContactActions::showAddContactDialog);
    m_addContact->setObjectName(u"addContactAction"_s);
    m_addContact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // Ctrl+N: New Chat
    m_addContact->setEnabled(false);
    accountMenu->addSeparator();
    QAction *quit =
        accountMenu->addAction(actionIcon(u"quit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *chatsMenu = menuBar()->addMenu(tr("&Chats"));
    m_newChat = chatsMenu->addAction(actionIcon(u"new-chat"_s), tr("&New Chat…"), this,
                                     &MainWindow::showNewChat);
    m_newChat->setObjectName(u"newChatAction"_s);
    m_newChat->setShortcut(QKeySequence::New);
    m_newChat->setEnabled(false);
    m_quickSwitcher =
        chatsMenu->addAction(actionIcon(u"quick-switcher"_s), tr("&Go to Conversation…"), this,
                             &MainWindow::showQuickSwitcher);
    m_quickSwitcher->setObjectName(u"quickSwitcherAction"_s);
    m_quickSwitcher->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_quickSwitcher->setEnabled(false);
    QAction *showChats = chatsMenu->addAction(tr("Show &Chat Window"), this, [this] {
        m_chatWindow->show();
        m_chatWindow->raise();
        m_chatWindow->activateWindow();
    });
    showChats->setObjectName(u"showChatWindowAction"_s);
    m_searchMessages = chatsMenu->addAction(actionIcon(u"search"_s), tr("&Search Messages…"), this,
                                            [this] { chatController()->showSearchWindow(); });
    m_searchMessages->setObjectName(u"searchMessagesAction"_s);
    m_searchMessages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchMessages->setEnabled(false);
    chatsMenu->addSeparator();
    m_joinRoom = chatsMenu->addAction(actionIcon(u"join-room"_s), tr("&Join Room…"), this,
                                      [this] { showJoinRoomDialog(); });
    m_joinRoom->setObjectName(u"joinRoomAction"_s);
    m_joinRoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_joinRoom->setEnabled(false);
    m_bookmarksMenu = new BookmarksMenu(tr("&Rooms"), chatsMenu);
    chatsMenu->addMenu(m_bookmarksMenu);
    connect(m_bookmarksMenu, &BookmarksMenu::joinRequested, this, &MainWindow::joinBookmarked);
    chatsMenu->addSeparator();
    chatsMenu->addAction(m_chatWindow->separateWindowsAction());

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_serviceBrowser =
        toolsMenu->addAction(actionIcon(u"service-browser"_s), tr("Service &Browser…"), this,
                             &MainWindow::showServiceBrowser);
    m_serviceBrowser->setObjectName(u"serviceBrowserAction"_s);
    m_serviceBrowser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_serviceBrowser->setEnabled(false);
    m_xmlConsole = toolsMenu->addAction(actionIcon(u"console"_s), tr("&XML Console…"), this,
                                        &MainWindow::showXmlConsole);
    m_xmlConsole->setObjectName(u"xmlConsoleAction"_s);
    m_xmlConsole->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_xmlConsole->setEnabled(false);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_preferences = editMenu->addAction(actionIcon(u"settings"_s), tr("&Preferences…"), this,
                                        &MainWindow::preferencesRequested);
    m_preferences->setObjectName(u"preferencesMenuAction"_s);
    m_preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Linnet"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::openChat(const Jid &jid, const QString &account)
{
    AccountSession *session = m_session;
    for (const auto &candidate : m_sessions) {
        if (candidate->account() && candidate->account()->id() == account)
            session = candidate.get();
    }
    if (session->chats()->hasServices())
        session->chats()->openChat(jid);
    else
        statusBar()->showMessage(tr("Sign in to chat with %1.").arg(jid.bareString()), 4000);
}

void MainWindow::openRoom(const Jid &room)
{
    if (roomController()->openRoom(room))
        return;
    const RoomServices services = roomController()->services();
    if (services.bookmarks) {
        if (const std::optional<Bookmark> bookmark = services.bookmarks->bookmark(room)) {
            joinBookmarked(*bookmark);
            return;
        }
    }
    showJoinRoomDialog(room);
}

void MainWindow::joinBookmarked(const Bookmark &bookmark)
{
    if (roomController()->openRoom(bookmark.room))
        return;
    JoinRequest request;
    request.room = bookmark.room;
    request.nick = bookmark.nick;
    request.password = bookmark.password;
    if (roomController()->hasServices())
        roomController()->joinFlow()->join(request);
}

QuickSwitcher *MainWindow::quickSwitcher() const
{
    return m_switcher;
}

void MainWindow::showQuickSwitcher()
{
    openSwitcher(false);
}

void MainWindow::showNewChat()
{
    openSwitcher(true);
}

void MainWindow::openSwitcher(bool newChat)
{
    const ChatServices chats = m_session->chatServices();
    if (!chats.isValid()) {
        statusBar()->showMessage(tr("Sign in to chat."), 4000);
        return;
    }
    delete m_switcher;
    const RoomServices rooms = roomController()->services();
    m_switcher = QuickSwitcher::open(
        {chats.conversations, chats.roster, rooms.bookmarks, rooms.muc},
        newChat ? QuickSwitcher::Mode::NewChat : QuickSwitcher::Mode::Switch, this);
    connect(m_switcher, &QuickSwitcher::chatChosen, this,
            [this](const Jid &jid) { openChat(jid); });
    connect(m_switcher, &QuickSwitcher::roomChosen, this, &MainWindow::openRoom);
}

void MainWindow::showSetAvatarDialog()
{
    if (!m_account)
        return;
    SetAvatarDialog dialog(m_account->services()->ownAvatar(), this);
    dialog.exec();
}

void MainWindow::closeToolWindows()
{
    // The windows and the managers under them belong to the account that goes.
    delete m_browserWindow;
    delete m_consoleWindow;
    delete m_console;
    m_console = nullptr;
    delete m_discoServices;
    m_discoServices = nullptr;
}

ServiceBrowser *MainWindow::serviceBrowser() const
{
    return m_browserWindow;
}

XmlConsoleWindow *MainWindow::xmlConsoleWindow() const
{
    return m_consoleWindow;
}

void MainWindow::showServiceBrowser()
{
    if (!m_account || !m_discoServices)
        return;
    if (!m_browserWindow) {
        m_browserWindow = new ServiceBrowser({m_discoServices->disco(), m_discoServices->commands(),
                                              m_discoServices->registration()},
                                             this);
        connect(m_browserWindow, &ServiceBrowser::joinRoomRequested, this,
                [this](const Jid &room) { showJoinRoomDialog(room); });
        connect(m_browserWindow, &ServiceBrowser::roomListRequested, this,
                [this](const Jid &service) {
                    if (roomController()->hasServices())
                        roomController()->joinFlow()->showJoinDialog({}, true, service);
                });
        m_browserWindow->browse(Jid::parse(m_account->settings().connection.jid.domain()));
    }
    m_browserWindow->show();
    m_browserWindow->raise();
    m_browserWindow->activateWindow();
}

void MainWindow::showXmlConsole()
{
    if (!m_account)
        return;
    // The console records from the first time it is opened, then for as long as the account
    // is shown, also while its window is closed.
    if (!m_console)
        m_console = new XmlConsole(m_account->client(), this);
    if (!m_consoleWindow) {
        m_consoleWindow = new XmlConsoleWindow(m_console, this);
        m_consoleWindow->setWindowTitle(tr("XML Console — %1").arg(m_account->id()));
    }
    m_consoleWindow->show();
    m_consoleWindow->raise();
    m_consoleWindow->activateWindow();
}

void MainWindow::setContactManagers(const ContactManagers &managers)
{
    m_contacts->setManagers(managers);
    m_addContact->setEnabled(managers.isValid());
}

void MainWindow::setChatServices(const ChatServices &services)
{
    m_session->setChatServices(services);
    applyCurrentServices();
}

void MainWindow::setRoomServices(const RoomServices &services)
{
    m_session->setRoomServices(services);
    applyCurrentServices();
}

void MainWindow::applyCurrentServices()
{
    const ChatServices chats = m_session->chatServices();
    delete m_switcher; // it reads the services it was opened with
    m_newChat->setEnabled(chats.isValid());
    m_quickSwitcher->setEnabled(chats.isValid());
    m_contacts->setConversations(chats.isValid() ? chats.conversations : nullptr);
    m_searchMessages->setEnabled(chats.isValid());
    if (auto *delegate = qobject_cast<ContactDelegate *>(m_contacts->view()->itemDelegate()))
        delegate->setAvatars(m_session->avatars());

    const RoomServices rooms = m_session->roomServices();
    m_bookmarksMenu->setModel(nullptr);
    delete m_bookmarkModel;
    m_bookmarkModel = nullptr;
    if (rooms.isValid() && rooms.bookmarks) {
        m_bookmarkModel = new BookmarkModel(rooms.bookmarks, this);
        m_bookmarksMenu->setModel(m_bookmarkModel);
    }
    m_joinRoom->setEnabled(rooms.isValid());
}

void MainWindow::showJoinRoomDialog(const Jid &room)
{
    if (!roomController()->hasServices()) {
        statusBar()->showMessage(tr("Sign in to join rooms."), 4000);
        return;
    }
    roomController()->joinFlow()->showJoinDialog(room);
}

void MainWindow::showAccountDetails()
{
    m_accountDialog->show();
    m_accountDialog->raise();
    m_accountDialog->activateWindow();
}

void MainWindow::showNotice(const QString &sentence)
{
    m_notice = sentence;
    if (!sentence.isEmpty())
        statusBar()->showMessage(sentence, 10000);
    refresh();
}

void MainWindow::refresh()
{
    ConnectionStatePresentation state;
    if (m_account) {
        state.state = m_account->state();
        state.reason = m_account->stateReason();
        state.failed =
            state.state == ConnectionState::Disconnected && m_account->lastError().isError();
        m_overview->setAccountId(m_account->id());
        m_overview->setDetails(m_account->connectionDetails());
        QString warning = m_notice;
        if (warning.isEmpty())
            warning = m_account->passwordStorageWarning();
        m_overview->setWarning(warning);
        setWindowTitle(ChatTexts::windowTitleWithUnread(tr("%1 — Linnet").arg(m_account->id()),
                                                        totalUnread()));
    } else {
        state.reason = tr("Not signed in");
        m_overview->setAccountId(QString());
        m_overview->setDetails(ConnectionDetails());
        m_overview->setWarning(m_notice);
        setWindowTitle(ChatTexts::windowTitleWithUnread(tr("Linnet"), totalUnread()));
    }
    m_overview->setState(state);
    m_status->setState(state.state, state.reason, state.failed);
    const bool offline = state.state == ConnectionState::Disconnected;
    m_signIn->setEnabled(offline);
    m_signOut->setEnabled(m_account && !offline);
    m_serviceBrowser->setEnabled(state.state == ConnectionState::Online); // it asks the network
    m_xmlConsole->setEnabled(m_account != nullptr);
    refreshStatusScope();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Linnet"),
        tr("<h3>Linnet %1</h3>"
           "<p>A desktop chat client for XMPP, the open standard for instant messaging.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Linnet
