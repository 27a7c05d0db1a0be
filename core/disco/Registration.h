#pragma once

#include "disco/DataForm.h"
#include "im/Jid.h"
#include "stream/ConnectionSettings.h"

#include <QObject>
#include <functional>

namespace Linnet {

class XmppStream;

// What an entity asks for to register (XEP-0077 §3.1): a data form when it offers one,
// otherwise the plain fields (username, password, email, …) presented as a form of
// text-single/text-private fields so the UI shows one kind of thing.
struct RegistrationForm
{
    bool ok = false;
    QString error;
    bool registered = false; // <registered/>: we already are
    QString instructions;
    DataForm form;
    bool usesDataForm = false; // submit as jabber:x:data rather than plain fields
};

struct RegistrationResult
{
    bool ok = false;
    QString error; // conflict ("that name is taken"), not-acceptable, …
};

// XEP-0077 in-band registration with a service over an existing session, and account
// management on our own server: change password, remove the account.
class Registration : public QObject
{
    Q_OBJECT
public:
    using FormCallback = std::function<void(const RegistrationForm &)>;
    using ResultCallback = std::function<void(const RegistrationResult &)>;

    explicit Registration(XmppStream &stream, QObject *parent = nullptr);

    void fetchForm(const Jid &service, FormCallback callback);
    void submit(const Jid &service, const RegistrationForm &filled, ResultCallback callback);
    void changePassword(const QString &newPassword, ResultCallback callback);
    // Removes the account from the server (the server then closes the stream).
    void removeAccount(ResultCallback callback);

private:
    XmppStream &m_stream;
};

// Creating an account before there is one (XEP-0077 §3.1 over an unauthenticated stream):
// connects with TLS (never registers in the clear), asks for the form, submits it, closes.
class AccountCreator : public QObject
{
    Q_OBJECT
public:
    explicit AccountCreator(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~AccountCreator() override;

    // Step 1: connect and fetch what the server asks for.
    void fetchForm();
    // Step 2: submit the filled form (username and password fields included).
    void submit(const RegistrationForm &filled);
    void cancel();

Q_SIGNALS:
    void formReceived(const Linnet::RegistrationForm &form);
    void finished(const Linnet::RegistrationResult &result);

private:
    struct Private;
    Private *d;
};

} // namespace Linnet

Q_DECLARE_METATYPE(Linnet::RegistrationForm)
Q_DECLARE_METATYPE(Linnet::RegistrationResult)
