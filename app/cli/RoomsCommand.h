#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli rooms SERVICE [--json]: signs in and lists the rooms of a multi-user chat service
// (XEP-0045 disco#items, then each room's disco#info): address, name, occupant count, and
// whether it needs a password or membership. Exits 1 with a sentence when the service does
// not answer or is not there.
int runRooms(const QStringList &arguments);

} // namespace Linnet::Cli
