// MainWindow's accounts: which it shows (an AccountSession each, their contacts in the one
// list), which one is current, and the status selector's sign-in and sign-out for the
// accounts it applies to.
#include "ContactListPanel.h"
#include "MainWindow.h"
#include "StatusSelector.h"
#include "account/Account.h"
#include "accounts/AccountSession.h"
#include "accounts/AccountsMenu.h"
#include "chat/ChatController.h"
#include "models/DiscoServices.h"

#include <QAction>

namespace Linnet {

QList<Account *> MainWindow::accounts() const
{
    QList<Account *> open;
    for (const auto &session : m_sessions) {
        if (session->account())
            open.append(session->account());
    }
    return open;
}

AccountSession *MainWindow::sessionOf(const Account *account) const
{
    for (const auto &session : m_sessions) {
        if (account && session->account() == account)
            return session.get();
    }
    return nullptr;
}

ChatController *MainWindow::chatController() const
{
    return m_session->chats();
}

ChatController *MainWindow::chatController(const Account *account) const
{
    const AccountSession *session = sessionOf(account);
    return session ? session->chats() : nullptr;
}

RoomController *MainWindow::roomController() const
{
    return m_session->rooms();
}

int MainWindow::totalUnread() const
{
    int total = 0;
    for (const auto &session : m_sessions)
        total += session->chats()->totalUnread();
    return total;
}

void MainWindow::onUnreadChanged()
{
    refresh();
    Q_EMIT totalUnreadChanged(totalUnread());
}

void MainWindow::setNotifier(Notifier *notifier)
{
    m_notifier = notifier;
    for (const auto &session : m_sessions)
        session->setNotifier(notifier);
}

void MainWindow::setAccount(Account *account)
{
    for (Account *open : accounts()) {
        if (open != account)
            removeAccount(open);
    }
    if (account) {
        addAccount(account);
    } else {
        m_sessions.front()->setAccount(nullptr);
        setContactManagers({});
    }
    setCurrentAccount(account);
}

void MainWindow::addAccount(Account *account)
{
    if (!account || sessionOf(account))
        return;
    AccountSession *session = m_sessions.front().get();
    if (session->isInUse()) {
        m_sessions.push_back(std::make_unique<AccountSession>(m_chatWindow));
        session = m_sessions.back().get();
        session->setNotifier(m_notifier);
        connect(session, &AccountSession::totalUnreadChanged, this, &MainWindow::onUnreadChanged);
    }
    session->setAccount(account);
    m_contacts->addAccount(account->id(),
                           {account->roster(), account->presence(), account->subscriptions(),
                            account->blocking(), account->caps()});
    m_contacts->setAccountSources(account->id(), session->chatServices().conversations,
                                  session->avatars());
    connect(account, &Account::stateChanged, this, &MainWindow::refreshStatusScope);
    connect(account, &QObject::destroyed, this,
            [this, session, id = account->id()] { forgetSession(session, id); });
    m_accountsMenu->setAccounts(accounts(), m_account);
    if (!m_account)
        setCurrentAccount(account);
    refresh();
}

void MainWindow::removeAccount(Account *account)
{
    AccountSession *session = sessionOf(account);
    if (!session)
        return;
    account->disconnect(this);
    session->setAccount(nullptr);
    forgetSession(session, account->id());
}

void MainWindow::forgetSession(AccountSession *session, const QString &accountId)
{
    m_contacts->removeAccount(accountId);
    const bool wasCurrent = session == m_session;
    if (wasCurrent)
        m_session = m_sessions.front().get();
    if (session != m_sessions.front().get()) {
        std::erase_if(m_sessions, [session](const auto &held) { return held.get() == session; });
    }
    if (wasCurrent)
        setCurrentAccount(accounts().value(0));
    m_accountsMenu->setAccounts(accounts(), m_account);
    onUnreadChanged();
}

void MainWindow::setCurrentAccount(Account *account)
{
    AccountSession *session = sessionOf(account);
    if (account && !session) {
        addAccount(account); // makes it current when there is none
        session = sessionOf(account);
    }
    if (!session)
        session = m_sessions.front().get();
    closeToolWindows();
    m_currentContext = std::make_unique<QObject>();
    m_account = account;
    m_session = session;
    m_notice.clear();
    if (account) {
        QObject *context = m_currentContext.get();
        m_discoServices = new DiscoServices(account->client(), this);
        connect(account, &Account::stateChanged, context, [this] {
            m_notice.clear();
            refresh();
        });
        connect(account, &Account::settingsChanged, context, [this] { refresh(); });
        connect(account, &Account::passwordStorageFailed, context,
                [this](const QString &sentence) { showNotice(sentence); });
    }
    m_contacts->setCurrentAccount(account ? account->id() : QString());
    if (account)
        m_addContact->setEnabled(true);
    else if (accounts().isEmpty() && m_contacts->accounts().isEmpty())
        m_addContact->setEnabled(false);
    applyCurrentServices();
    m_accountsMenu->setAccounts(accounts(), account);
    refresh();
}

QList<Account *> MainWindow::statusScopeAccounts() const
{
    const QStringList scope = m_contacts->statusScope();
    QList<Account *> chosen;
    for (Account *account : accounts()) {
        if (scope.contains(account->id()))
            chosen.append(account);
    }
    return chosen;
}

void MainWindow::onStatusSignIn()
{
    const QList<Account *> scope = statusScopeAccounts();
    if (scope.isEmpty())
        Q_EMIT signInRequested();
    for (Account *account : scope) {
        if (account->state() == ConnectionState::Disconnected)
            account->signIn();
    }
}

void MainWindow::onStatusSignOut()
{
    const QList<Account *> scope = statusScopeAccounts();
    if (scope.isEmpty())
        Q_EMIT signOutRequested();
    for (Account *account : scope)
        account->signOut();
}

void MainWindow::refreshStatusScope()
{
    const QList<Account *> scope = statusScopeAccounts();
    bool any = false;
    bool all = !scope.isEmpty();
    for (const Account *account : scope) {
        const bool online = account->state() == ConnectionState::Online;
        any = any || online;
        all = all && online;
    }
    m_contacts->statusSelector()->setOnline(any, all);
}

} // namespace Linnet
