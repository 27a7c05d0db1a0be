#include "AccountController.h"

#include "CertificateDialog.h"
#include "SignInDialog.h"
#include "account/Account.h"
#include "account/AccountStore.h"
#include "account/PasswordStore.h"

#include <QWidget>

namespace Linnet {

AccountController::AccountController(AccountStore *store, PasswordStore *passwords,
                                     QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_store(store), m_passwords(passwords), m_dialogParent(dialogParent)
{}

AccountController::~AccountController()
{
    delete m_signInDialog;
    delete m_certificateDialog;
}

QList<Account *> AccountController::accounts() const
{
    QList<Account *> open;
    for (const auto &account : m_accounts)
        open.append(account.get());
    return open;
}

Account *AccountController::find(const QString &id) const
{
    for (const auto &account : m_accounts) {
        if (account->id() == id)
            return account.get();
    }
    return nullptr;
}

void AccountController::start()
{
    const QList<AccountSettings> saved = m_store->accounts();
    Account *first = nullptr;
    for (const AccountSettings &settings : saved) {
        if (!settings.autoConnect)
            continue;
        Account *account = setAccount(settings);
        first = first ? first : account;
        account->signIn();
    }
    if (first) {
        setCurrentAccount(first);
        return;
    }
    if (!saved.isEmpty())
        setAccount(saved.first());
    showSignInDialog();
}

Account *AccountController::setAccount(const AccountSettings &settings)
{
    if (Account *open = find(settings.id)) {
        open->setSettings(settings);
        setCurrentAccount(open);
        return open;
    }
    m_accounts.push_back(std::make_unique<Account>(settings, m_passwords, m_store));
    Account *account = m_accounts.back().get();
    connect(account, &Account::passwordRequired, this,
            [this, account] { onPasswordRequired(account); });
    connect(account, &Account::certificateRejected, this,
            [this, account](const SessionError &error) { onCertificateRejected(account, error); });
    Q_EMIT accountAdded(account);
    setCurrentAccount(account);
    return account;
}

void AccountController::setCurrentAccount(Account *account)
{
    if (account == m_current || (account && !find(account->id())))
        return;
    m_current = account;
    Q_EMIT accountChanged(account);
}

void AccountController::showSignInDialog()
{
    openSignInDialog(m_current ? m_current->settings() : AccountSettings(), QString(), false);
}

void AccountController::showAddAccountDialog()
{
    delete m_signInDialog; // a fresh, empty form
    openSignInDialog(AccountSettings(), QString(), false);
}

void AccountController::signOut()
{
    if (m_current)
        m_current->signOut();
}

void AccountController::signOutAll()
{
    for (const auto &account : m_accounts)
        account->signOut();
}

void AccountController::openSignInDialog(const AccountSettings &prefill, const QString &error,
                                         bool passwordOnly)
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog(m_dialogParent);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signInDialog, &QDialog::accepted, this, &AccountController::onSignInAccepted);
    }
    if (prefill.isValid())
        m_signInDialog->setAccountSettings(prefill);
    m_signInDialog->setErrorMessage(error);
    m_signInDialog->setPasswordStorageNote(m_passwords->fallbackWarning());
    m_signInDialog->open();
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
    if (passwordOnly)
        m_signInDialog->focusPassword();
}

void AccountController::onSignInAccepted()
{
    auto *dialog = qobject_cast<SignInDialog *>(sender());
    if (!dialog)
        return;
    const AccountSettings settings = dialog->accountSettings();
    if (!settings.isValid())
        return;
    setAccount(settings)->signIn(dialog->password(), dialog->rememberPassword());
}

void AccountController::onPasswordRequired(Account *account)
{
    // The dialog signs in the account it names: make that the current one first.
    setCurrentAccount(account);
    const SessionError error = account->lastError();
    const bool refused = error.kind == SessionError::Kind::AuthenticationFailed;
    openSignInDialog(account->settings(), refused ? error.sentence : QString(), true);
}

void AccountController::onCertificateRejected(Account *rejected, const SessionError &error)
{
    if (m_certificateDialog)
        return; // already asking
    const QString server = rejected->settings().connection.jid.domain();
    m_certificateDialog =
        new CertificateDialog(server, error.certificateChain, error.sslErrors, m_dialogParent);
    m_certificateDialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Account> account = rejected;
    connect(m_certificateDialog, &CertificateDialog::choiceMade, this,
            [account](CertificateDialog::Choice choice, const QString &fingerprint) {
                if (!account)
                    return;
                if (choice == CertificateDialog::Choice::TrustOnce)
                    account->trustCertificateOnce(fingerprint);
                else if (choice == CertificateDialog::Choice::TrustAlways)
                    account->trustCertificateAlways(fingerprint);
            });
    m_certificateDialog->open();
}

} // namespace Linnet
