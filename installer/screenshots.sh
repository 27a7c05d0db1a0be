#!/bin/sh
# Takes the README's screenshots. Starts a private demo Prosody on loopback (as
# installer/demo.sh does), fills it with demo data through the real server with linnet-cli
# (a conversation between Alice and the demo user, a group chat where Alice and Bob talk and
# stay in the room), then runs `linnet --screenshots` under Xvfb, which waits for each view
# to show its content and saves main-window.png, chat.png, group-chat.png and
# service-browser.png with QWidget::grab().
#
# usage: installer/screenshots.sh [OUTPUT_DIR]       (default: resources/screenshots)
#   LINNET_BUILD_DIR=DIR  use linnet and linnet-cli already built in DIR; otherwise the
#                         release preset is built first, as demo.sh does.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${1:-$ROOT/resources/screenshots}
case $OUT in /*) ;; *) OUT=$ROOT/$OUT ;; esac

if [ -n "${LINNET_BUILD_DIR:-}" ]; then
    BUILD=$LINNET_BUILD_DIR
else
    sh installer/install-deps.sh
    cmake --preset release
    cmake --build --preset release --target linnet linnet-cli
    BUILD=$ROOT/build/release
fi
LINNET=$BUILD/app/linnet/linnet
CLI=$BUILD/app/cli/linnet-cli
[ -x "$LINNET" ] && [ -x "$CLI" ] || { echo "screenshots: no linnet/linnet-cli in $BUILD" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/linnet-screenshots.XXXXXX")
SERVER=$WORK/server
pids=""
cleanup() {
    exec 5>&- 6>&- 7>&- # the sessions read end of input: they leave and sign out
    sleep 1
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    "$ROOT/tests/server/linnet-test-server" stop --dir "$SERVER" >/dev/null 2>&1 || true
    if [ "${keep_work:-0}" = 1 ]; then echo "screenshots: logs kept in $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM
say() { echo "screenshots: $*"; }
die() { keep_work=1; echo "screenshots: $*" >&2; exit 1; }

"$ROOT/tests/server/linnet-test-server" start --dir "$SERVER" --demo >/dev/null
"$ROOT/installer/write-demo-profile.sh" "$SERVER/server.env" "$WORK/profile" >/dev/null
value() { sed -n "s/^$1=//p" "$SERVER/server.env" | head -n 1 | sed "s/^['\"]//; s/['\"]\$//"; }
PORT=$(value LINNET_TEST_STARTTLS_PORT)
PIN=$(value LINNET_TEST_CERT_SHA256)
ROOM=$(value LINNET_DEMO_ROOM)
export LINNET_PASSWORD="$(value LINNET_DEMO_PASSWORD)" # demo, alice and bob share it

# linnet-cli as USER (demo writes into the profile the app reads; the others have their own).
cli() {
    user=$1
    shift
    command=$1
    shift
    if [ "$user" = demo ]; then home=$WORK/profile; else home=$WORK/$user; fi
    mkdir -p "$home/data" "$home/config"
    ${cli_exec:-} env XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$CLI" "$command" \
        --jid "$user@localhost" --host 127.0.0.1 --port "$PORT" --tls starttls --pin "$PIN" "$@"
}
send() { cli "$1" send "$2@localhost" "$3" >/dev/null || die "$1 could not send to $2"; sleep 1; }

# A fifo per background session: what the script writes to it is the session's input, and
# the session lasts as long as the script keeps it open.
start_session() { # NAME, then the cli arguments
    name=$1
    shift
    mkfifo "$WORK/$name.in"
    (
        cli_exec=exec # the background pid is linnet-cli's own
        cli "$@"
    ) <"$WORK/$name.in" >"$WORK/$name.log" 2>&1 &
    pids="$pids $!"
}
wait_for() { # FILE PATTERN WHAT
    tries=0
    until grep -q "$2" "$1" 2>/dev/null; do
        tries=$((tries + 1))
        [ $tries -le 150 ] || die "timed out waiting for $3 (see $1)"
        sleep 0.2
    done
}


say "demo data: a conversation between Alice and demo"
# demo listens meanwhile, so Alice's messages are stored as they arrive, in order.
start_session demo-listen demo listen --resource desk --json
listener=$!
exec 7<>"$WORK/demo-listen.in"
wait_for "$WORK/demo-listen.log" "Listening as" "demo to listen"
send alice demo "Hi! Are you coming to the release meeting in the lobby?"
send demo alice "Yes, in five minutes. Is the package ready?"
send alice demo "The .deb installs cleanly and passes desktop-file-validate and appstreamcli."
send alice demo "*Screenshots* are the last item on the list."
send demo alice "Great, see you in the lobby then."
kill "$listener"
wait "$listener" || true

say "demo data: the lobby's subject, set by its owner (demo)"
printf '/subject Linnet 0.1: packaging and screenshots\n' |
    cli demo join "$ROOM" --nick demo --json >"$WORK/demo-room.log" 2>&1 ||
    die "demo could not set the subject (see $WORK/demo-room.log)"

say "demo data: Alice and Bob join the lobby and talk"
start_session bob-room bob join "$ROOM" --nick Bob --resource lobby --json
exec 5<>"$WORK/bob-room.in"
wait_for "$WORK/bob-room.log" '"type": *"joined"' "Bob to join $ROOM"
start_session alice-room alice join "$ROOM" --nick Alice --resource lobby --json
exec 6<>"$WORK/alice-room.in"
wait_for "$WORK/alice-room.log" '"type": *"joined"' "Alice to join $ROOM"
room_say() { echo "$2" >&"$1"; sleep 1; }
room_say 5 "Good morning! The 0.1 release candidate builds cleanly on Debian 12."
room_say 6 "Nice. Does the package pull in the Qt plugins as well?"
room_say 5 "Yes: dpkg-shlibdeps finds the libraries, the SQLite and platform plugins are named by hand."
room_say 6 "Then all that is left is the screenshots for the README."
wait_for "$WORK/alice-room.log" "screenshots for the README" "Alice's last message to come back"

say "running linnet under Xvfb; the screenshots go to $OUT"
mkdir -p "$OUT"
rc=0
XDG_CONFIG_HOME=$WORK/profile/config XDG_DATA_HOME=$WORK/profile/data \
    XDG_CACHE_HOME=$WORK/profile/cache LINNET_PASSWORD_STORE=file \
    timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$LINNET" --screenshots "$OUT" --screenshot-chat alice@localhost --screenshot-room "$ROOM" ||
    rc=$?
[ $rc = 0 ] || die "linnet --screenshots exited $rc"
ls -l "$OUT"/main-window.png "$OUT"/chat.png "$OUT"/group-chat.png "$OUT"/service-browser.png
