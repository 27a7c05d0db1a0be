#!/bin/sh
# Sets everything up and runs the whole test suite: Debian packages, build, ctest.
# The integration tests start their own private Prosody on loopback (tests/server/).
set -eu
cd "$(dirname "$0")/.."

sh installer/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --parallel 2
