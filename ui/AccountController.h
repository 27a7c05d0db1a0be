#pragma once

#include "CertificateDialog.h"
#include "SignInDialog.h"
#include "account/Account.h"
#include "account/AccountSettings.h"
#include "stream/SessionError.h"

#include <QObject>
#include <QPointer>
#include <memory>

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

    Account *account() const { return m_account.get(); }

    // At start-up: signs in the first account with autoConnect at once; otherwise asks for
    // an account with the sign-in dialog (filled in from the first saved account, if any).
    void start();
    // Makes this the account shown and managed; replaces (and signs out) the previous one.
    Account *setAccount(const AccountSettings &settings);

    void showSignInDialog();
    void signOut();

    SignInDialog *signInDialog() const { return m_signInDialog; }
    CertificateDialog *certificateDialog() const { return m_certificateDialog; }

Q_SIGNALS:
    void accountChanged(Linnet::Account *account);

private:
    void openSignInDialog(const AccountSettings &prefill, const QString &error, bool passwordOnly);
    void onSignInAccepted();
    void onPasswordRequired();
    void onCertificateRejected(const SessionError &error);

    AccountStore *m_store;
    PasswordStore *m_passwords;
    QPointer<QWidget> m_dialogParent;
    std::unique_ptr<Account> m_account;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<CertificateDialog> m_certificateDialog;
};

} // namespace Linnet
