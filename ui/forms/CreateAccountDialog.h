#pragma once

#include "RegistrationDialog.h"
#include "stream/ConnectionSettings.h"

namespace Linnet {

class AccountCreator;

// Creates an account on a server (XEP-0077 before sign-in) with AccountCreator: shows the
// server's form with the user name and password the user already typed filled in, and on
// success reports the new address and password.
class CreateAccountDialog : public RegistrationDialog
{
    Q_OBJECT
public:
    // settings.jid: the address the user wants (its local part suggests the user name) or the
    // server alone.
    CreateAccountDialog(const ConnectionSettings &settings, const QString &password,
                        QWidget *parent = nullptr);
    ~CreateAccountDialog() override;

    void reject() override;

Q_SIGNALS:
    void accountCreated(const Linnet::Jid &jid, const QString &password);

private:
    void onForm(RegistrationForm form);
    void onFinished(const RegistrationResult &result);

    ConnectionSettings m_settings;
    QString m_password;
    AccountCreator *m_creator;
};

} // namespace Linnet
