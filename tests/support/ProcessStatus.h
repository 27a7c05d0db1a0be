#pragma once

#include <QtGlobal>

namespace Linnet::Test {

// A KiB figure of this process from /proc/self/status, e.g. field "VmRSS:" (resident now) or
// "VmHWM:" (peak resident); -1 when it cannot be read.
qint64 processStatusKiB(const char *field);

} // namespace Linnet::Test
