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

void AccountController::start()
{
    const QList<AccountSettings> accounts = m_store->accounts();
    for (const AccountSettings &settings : accounts) {
        if (settings.autoConnect) {
            setAccount(settings)->signIn();
            return;
        }
    }
    if (!accounts.isEmpty())
        setAccount(accounts.first());
    showSignInDialog();
}

Account *AccountController::setAccount(const AccountSettings &settings)
{
    if (m_account && m_account->id() == settings.id) {
        m_account->setSettings(settings);
        return m_account.get();
    }
    if (m_account)
        m_account->signOut();
    // The old account is deleted only once nobody refers to it any more.
    std::unique_ptr<Account> previous = std::move(m_account);
    m_account = std::make_unique<Account>(settings, m_passwords, m_store);
    connect(m_account.get(), &Account::passwordRequired, this,
            &AccountController::onPasswordRequired);
    connect(m_account.get(), &Account::certificateRejected, this,
            &AccountController::onCertificateRejected);
    Q_EMIT accountChanged(m_account.get());
    return m_account.get();
}

void AccountController::showSignInDialog()
{
    openSignInDialog(m_account ? m_account->settings() : AccountSettings(), QString(), false);
}

void AccountController::signOut()
{
    if (m_account)
        m_account->signOut();
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

void AccountController::onPasswordRequired()
{
    const SessionError error = m_account->lastError();
    const bool refused = error.kind == SessionError::Kind::AuthenticationFailed;
    openSignInDialog(m_account->settings(), refused ? error.sentence : QString(), true);
}

void AccountController::onCertificateRejected(const SessionError &error)
{
    if (m_certificateDialog)
        return; // already asking
    const QString server = m_account->settings().connection.jid.domain();
    m_certificateDialog =
        new CertificateDialog(server, error.certificateChain, error.sslErrors, m_dialogParent);
    m_certificateDialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Account> account = m_account.get();
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
