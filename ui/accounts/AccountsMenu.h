#pragma once

#include <QList>
#include <QMenu>
#include <QPointer>

class QActionGroup;

namespace Linnet {

class Account;

// Account > Accounts: one checkable entry per open account ("id — state"; the checked one is
// the current account, the one the Account and Tools menus act on) and "Add Account…".
class AccountsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit AccountsMenu(const QString &title, QWidget *parent = nullptr);

    // Not owned.
    void setAccounts(const QList<Account *> &accounts, Account *current);
    QAction *addAccountAction() const { return m_add; }

Q_SIGNALS:
    void currentRequested(Linnet::Account *account);
    void addAccountRequested();

private:
    void rebuild();

    QList<QPointer<Account>> m_accounts;
    QPointer<Account> m_current;
    QAction *m_add;
    QAction *m_separator = nullptr;
    QActionGroup *m_group = nullptr; // owns the accounts' actions
};

} // namespace Linnet
