#include "AccountsMenu.h"

#include "ConnectionStatePresentation.h"
#include "account/Account.h"

#include <QActionGroup>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace Linnet {

AccountsMenu::AccountsMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent), m_add(new QAction(this))
{
    setObjectName(u"accountsMenu"_s);
    m_add->setText(tr("A&dd Account…"));
    m_add->setObjectName(u"addAccountAction"_s);
    m_add->setIcon(QIcon(u":/icons/actions/sign-in.svg"_s));
    connect(m_add, &QAction::triggered, this, &AccountsMenu::addAccountRequested);
    m_separator = addSeparator();
    addAction(m_add);
    rebuild();
}

void AccountsMenu::setAccounts(const QList<Account *> &accounts, Account *current)
{
    for (const QPointer<Account> &account : std::as_const(m_accounts)) {
        if (account)
            account->disconnect(this);
    }
    m_accounts.clear();
    for (Account *account : accounts) {
        m_accounts.append(account);
        connect(account, &Account::stateChanged, this, &AccountsMenu::rebuild);
    }
    m_current = current;
    rebuild();
}

void AccountsMenu::rebuild()
{
    // Not clear(): it would delete "Add Account…" with the rest.
    delete m_group;
    m_group = new QActionGroup(this);
    QActionGroup *group = m_group;
    for (const QPointer<Account> &account : std::as_const(m_accounts)) {
        if (!account)
            continue;
        const QString state =
            ConnectionStatePresentation{account->state(), QString(), false}.text();
        auto *action = new QAction(tr("%1 — %2").arg(account->id(), state), group);
        insertAction(m_separator, action);
        action->setObjectName(u"accountAction:"_s + account->id());
        action->setCheckable(true);
        action->setChecked(account == m_current);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this,
                [this, account] { Q_EMIT currentRequested(account); });
    }
    m_separator->setVisible(!m_accounts.isEmpty());
}

} // namespace Linnet
