#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli register: creates the account --jid on its server with the password of
// --password-file or LINNET_PASSWORD (XEP-0077, over TLS, before signing in); or, signed in,
// --change-password (to --new-password-file or LINNET_NEW_PASSWORD), --remove --yes, or
// --service JID to register with a service. Fields the server asks for beyond user name and
// password are read from the terminal.
int runRegister(const QStringList &arguments);

} // namespace Linnet::Cli
