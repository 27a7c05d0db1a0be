#pragma once

#include <QtGlobal>

namespace Linnet::Test {

// VmRSS of this process from /proc/self/status, in KiB; -1 when it cannot be read.
qint64 residentKiB();

} // namespace Linnet::Test
