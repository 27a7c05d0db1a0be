#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli send JID TEXT [--json] [--database FILE] [--timeout SECONDS]: writes the message
// to the account's outbox, signs in, sends it (and whatever was still queued) and exits 0 once
// the server has acknowledged it (XEP-0198; without stream management, after a ping round
// trip). Exits 1 with a one-line reason when signing in fails or no acknowledgement comes, and
// 2 on a usage error such as a bad address.
int runSend(const QStringList &arguments);

} // namespace Linnet::Cli
