#include "CreateAccountDialog.h"

#include "disco/Registration.h"

using namespace Qt::StringLiterals;

namespace Linnet {

namespace {
// XEP-0077 §14.1: the names of the user name and password fields, also in data forms.
constexpr QStringView UserField = u"username";
constexpr QStringView PasswordField = u"password";

void suggest(DataForm &form, QStringView var, const QString &value)
{
    DataForm::Field *field = form.field(var);
    if (field && field->values.isEmpty() && !value.isEmpty())
        field->values = {value};
}
} // namespace

CreateAccountDialog::CreateAccountDialog(const ConnectionSettings &settings,
                                         const QString &password, QWidget *parent)
    : RegistrationDialog(tr("Create Account"),
                         tr("Create a new account on %1. The server decides what it needs to "
                            "know.")
                             .arg(settings.jid.domain()),
                         parent),
      m_settings(settings), m_password(password), m_creator(new AccountCreator(settings, this))
{
    setObjectName(u"createAccountDialog"_s);
    setBusy(tr("Connecting to %1…").arg(settings.jid.domain()));
    connect(m_creator, &AccountCreator::formReceived, this, &CreateAccountDialog::onForm);
    connect(m_creator, &AccountCreator::finished, this, &CreateAccountDialog::onFinished);
    connect(this, &RegistrationDialog::submitRequested, m_creator, &AccountCreator::submit);
    m_creator->fetchForm();
}

CreateAccountDialog::~CreateAccountDialog() = default;

void CreateAccountDialog::onForm(RegistrationForm form)
{
    if (form.ok) {
        suggest(form.form, UserField, m_settings.jid.local());
        suggest(form.form, PasswordField, m_password);
    }
    setForm(form);
}

void CreateAccountDialog::onFinished(const RegistrationResult &result)
{
    const DataForm filled = submitted().form;
    const DataForm::Field *user = filled.field(UserField);
    const DataForm::Field *password = filled.field(PasswordField);
    const Jid jid =
        Jid::fromParts(user ? user->values.value(0) : QString(), m_settings.jid.domain());
    setResult(result, tr("Your account %1 is ready. Sign in with it now.").arg(jid.bareString()));
    if (result.ok && jid.isValid() && !jid.local().isEmpty())
        Q_EMIT accountCreated(jid, password ? password->values.value(0) : QString());
}

void CreateAccountDialog::reject()
{
    m_creator->cancel();
    RegistrationDialog::reject();
}

} // namespace Linnet
