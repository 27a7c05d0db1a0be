#pragma once

// The proxy's earlier name, kept for the tests that use it.
#include "FaultProxy.h"

namespace Linnet::Test {

using CuttingProxy = FaultProxy;

} // namespace Linnet::Test
