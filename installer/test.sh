#!/bin/sh
# Sets everything up and runs the whole test suite: Debian packages, build, ctest,
# then the fuzzers (a separate clang build with sanitizers) for a bounded time each.
# The integration tests start their own private Prosody on loopback (tests/server/).
set -eu
cd "$(dirname "$0")/.."

sh installer/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --parallel 2
sh tests/fuzz/run-fuzzers.sh
