#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli command JID [NODE]: without NODE lists the entity's ad-hoc commands (XEP-0050);
// with NODE runs that command on the terminal: shows each form, reads the answers from stdin,
// asks for next/prev/complete/cancel, prints notes and results.
int runCommand(const QStringList &arguments);

} // namespace Linnet::Cli
