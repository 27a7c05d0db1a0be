#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli disco [JID] [--node N] [--items | --info] [--json]: signs in and prints what an
// entity is (identities and features in words, with their specifications) and the items it
// lists. Without JID it asks the account's server.
int runDisco(const QStringList &arguments);

} // namespace Linnet::Cli
