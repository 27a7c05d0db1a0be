#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli listen [--json] [--database FILE]: signs in (available, so messages are routed to
// us), prints each incoming message — and carbon copies of what our other devices send — until
// SIGINT or SIGTERM, then signs out and exits 0. With --json one object per line: from, to,
// type, id, body, timestamp, conversation, and "carbon": "sent"/"received" for carbons.
int runListen(const QStringList &arguments);

} // namespace Linnet::Cli
