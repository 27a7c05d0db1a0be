#pragma once

#include <QStringList>

namespace Linnet::Cli {

// linnet-cli join ROOM --nick N [--password P] [--history N] [--json]: joins a multi-user chat
// room and prints what happens in it until interrupted or stdin ends; each line read from stdin
// is sent to the room, or run as /nick NEW, /subject TEXT, /msg NICK TEXT, /leave. On the end
// of input it leaves the room cleanly (after the room has our last messages) and exits 0.
// Exits 1 with a sentence on stderr when the join fails (nick taken, password, banned, …),
// 3 when the room removes us.
int runJoin(const QStringList &arguments);

} // namespace Linnet::Cli
