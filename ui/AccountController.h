#pragma once

#include "CertificateDialog.h"
#include "SignInDialog.h"
#include "account/Account.h"
#include "account/AccountSettings.h"
#include "stream/SessionError.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QWidget;

namespace Linnet {

class AccountStore;
class PasswordStore;

// Turns what an Account asks for into dialogs and the user's answers back into Account calls:
// passwordRequired -> SignInDialog -> Account::signIn(password, remember);
// certificateRejected -> CertificateDialog -> Account::trustCertificateOnce/Always.
// It lives in ui/ because it opens widgets; every decision (what to store, what to pin, when
// to reconnect) stays in Account, where tests reach it without a screen. It owns the one
// account the window shows.
class AccountController : public QObject
{
    Q_OBJECT
public:
    // store and passwords must outlive the controller; dialogs open over dialogParent.
    AccountController(AccountStore *store, PasswordStore *passwords, QWidget *dialogParent,
                      QObject *parent = nullptr);
    ~AccountController() override;

    // The current account, or null.
    Account *account() const { return m_current; }
    // Every open account, in the order opened.
    QList<Account *> accounts() const;
    Account *find(const QString &id) const;

    // At start-up: signs in every account with autoConnect at once (the first becomes the
    // current one); without any, asks for an account with the sign-in dialog (filled in from
    // the first saved account, if any).
    void start();
    // Opens the account (or updates the settings of the open one with that id) and makes it
    // the current one.
    Account *setAccount(const AccountSettings &settings);
    // Makes an open account the current one.
    void setCurrentAccount(Account *account);

    // Sign in again to the current account (the dialog is filled in from it).
    void showSignInDialog();
    // The empty sign-in dialog: the account signed in with it is opened next to the others.
    void showAddAccountDialog();
    void signOut();
    void signOutAll();

    SignInDialog *signInDialog() const { return m_signInDialog; }
    CertificateDialog *certificateDialog() const { return m_certificateDialog; }

Q_SIGNALS:
    // A new account is open (before it becomes current).
    void accountAdded(Linnet::Account *account);
    // The current account changed.
    void accountChanged(Linnet::Account *account);

private:
    void openSignInDialog(const AccountSettings &prefill, const QString &error, bool passwordOnly);
    void onSignInAccepted();
    void onPasswordRequired(Account *account);
    void onCertificateRejected(Account *account, const SessionError &error);

    AccountStore *m_store;
    PasswordStore *m_passwords;
    QPointer<QWidget> m_dialogParent;
    std::vector<std::unique_ptr<Account>> m_accounts;
    Account *m_current = nullptr;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<CertificateDialog> m_certificateDialog;
};

} // namespace Linnet
