#pragma once

#include "account/Account.h"

#include <QMainWindow>
#include <QPointer>

class QAction;

namespace Linnet {

class AccountOverview;
class ConnectionStatusWidget;

// Linnet's main window: the account overview in the centre, the connection state always in
// the status bar, and the Account and Help menus. It shows an Account and emits what the
// user asks for; AccountController acts on it.
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
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }

    // A problem the user should see in the overview until the next state change.
    void showNotice(const QString &sentence);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();

private:
    void createMenus();
    void refresh();
    void showAbout();

    QPointer<Account> m_account;
    AccountOverview *m_overview;
    ConnectionStatusWidget *m_status;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QString m_notice;
};

} // namespace Linnet
