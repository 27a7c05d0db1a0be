#pragma once

#include "disco/Registration.h"
#include "stream/IqTracker.h"

namespace Linnet::RegistrationStanzas {

// XEP-0077 stanzas shared by Registration (signed in) and AccountCreator (not yet).
// to may be invalid: the request then goes to the server of the stream.
Element fetchRequest(const Jid &to);
Element submitRequest(const Jid &to, const RegistrationForm &filled);
Element changePasswordRequest(const Jid &server, const QString &username,
                              const QString &newPassword);
Element removeRequest(const Jid &server);

// The form in the answer to fetchRequest (§3.1), or why there is none.
RegistrationForm formFrom(const IqResponse &response);
RegistrationResult resultFrom(const IqResponse &response);
// The plain field element names of §14.1 as labelled form fields.
DataForm::Field plainField(const QString &name, const QString &value);

} // namespace Linnet::RegistrationStanzas
