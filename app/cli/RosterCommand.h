#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli roster [--json] [--wait SECONDS]: signs in, waits for the roster and a moment
// for presence, prints each contact with its presence (a line each, or a JSON array).
int runRoster(const QStringList &arguments);

} // namespace Linnet::Cli
