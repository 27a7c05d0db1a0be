#pragma once

#include "account/AccountSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

namespace Linnet {

class Banner;

// Asks for an account's address and password, and optionally where and how to connect.
// It only asks: the caller hands the answers to an Account.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // Fills the form from an existing account (its address, server and security settings).
    void setAccountSettings(const AccountSettings &settings);
    // The account as the form describes it. Settings the form does not show (pinned
    // certificates, timeouts) are kept from setAccountSettings() when the address is the same.
    AccountSettings accountSettings() const;
    QString password() const;
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    // A problem from the last attempt, e.g. "The server refused the password."
    void setErrorMessage(const QString &sentence);
    // Tells where a remembered password would be kept when that is not the keyring.
    void setPasswordStorageNote(const QString &note);
    // Puts the cursor in the password field (used when only the password is missing).
    void focusPassword();

    bool isInputValid() const;

    // Opens the Create Account dialog on the server of the address typed; an account made
    // there fills in the address and password.
    void showCreateAccount();

private:
    ConnectionSettings connectionForNewAccount() const;
    void buildAdvancedSection(QWidget *container);
    void validate();
    void updateTlsWarning();
    void setAdvancedVisible(bool visible);

    AccountSettings m_base;
    QLineEdit *m_jidEdit;
    QLabel *m_jidError;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_storageNote;
    Banner *m_errorLabel;
    QToolButton *m_advancedButton;
    QWidget *m_advanced;
    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QComboBox *m_tlsCombo = nullptr;
    Banner *m_tlsWarning = nullptr;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signInButton;
    QPushButton *m_createButton;
};

} // namespace Linnet
