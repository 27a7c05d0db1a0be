#!/bin/sh
# Sets everything up and runs Linnet signed in to a private local Prosody (loopback only):
# accounts demo@localhost (you), echo@localhost (answers every message), alice and bob, and
# the room lobby@conference.localhost. The server stops when Linnet exits.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)

sh installer/install-deps.sh
cmake --preset release
cmake --build --preset release --target linnet linnet-cli

DEMO_DIR=${LINNET_DEMO_DIR:-/tmp/linnet-demo}
"$ROOT/tests/server/linnet-test-server" start --dir "$DEMO_DIR/server" --demo
trap '"$ROOT/tests/server/linnet-test-server" stop --dir "$DEMO_DIR/server"' EXIT INT TERM

"$ROOT/installer/write-demo-profile.sh" "$DEMO_DIR/server/server.env" "$DEMO_DIR/profile"
export XDG_CONFIG_HOME="$DEMO_DIR/profile/config"
export XDG_DATA_HOME="$DEMO_DIR/profile/data"
export XDG_CACHE_HOME="$DEMO_DIR/profile/cache"
export LINNET_PASSWORD_STORE=file

LINNET="$ROOT/build/release/app/linnet/linnet"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display found; running Linnet on a virtual X display (xvfb-run)."
    xvfb-run -a "$LINNET" "$@"
else
    "$LINNET" "$@"
fi
