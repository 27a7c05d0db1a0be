#pragma once

#include <QStringList>

namespace Linnet::Cli {

// `linnet-cli check`: signs in once, prints every phase with its time and exits 0, or prints
// the reason in one line and exits 1.
int runCheck(const QStringList &arguments);

} // namespace Linnet::Cli
