#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli history JID [--search WORDS] [--limit N] [--json] (--jid ACCOUNT | --database
// FILE): prints the stored conversation with JID from the account's local database, oldest
// first, or the messages matching WORDS. Needs no network and no password.
int runHistory(const QStringList &arguments);

} // namespace Linnet::Cli
