#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli presence --show chat|online|away|xa|dnd --status TEXT [--priority N]
// [--stay SECONDS]: signs in, sets our presence, prints the presence stanzas sent, and stays
// signed in for --stay seconds (0: until stdin closes or Ctrl-C).
int runPresence(const QStringList &arguments);

} // namespace Linnet::Cli
