#!/bin/sh
# Installs every build and test dependency of Linnet from Debian 12 packages.
# Idempotent: when everything is present it does nothing and exits 0.
set -eu

PACKAGES="
build-essential
cmake
ninja-build
pkg-config
clang-format
qt6-base-dev
qt6-base-dev-tools
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-translations-l10n
qt6-qpa-plugins
qt6-svg-dev
qt6-multimedia-dev
libqt6sql6-sqlite
libsqlite3-dev
libqt6svg6
qtkeychain-qt6-dev
libgl-dev
prosody
lua-sec
lua-unbound
openssl
ca-certificates
xvfb
xauth
clang
libclang-rt-14-dev
dpkg-dev
file
desktop-file-utils
appstream
man-db
groff-base
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all dependencies present"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi

echo "install-deps: installing:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --no-install-recommends keeps the machine lean; policy-rc.d stops prosody's
# system service from being started by the package: Linnet never uses it.
if [ ! -e /usr/sbin/policy-rc.d ] && [ -z "$SUDO" ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    remove_policy=1
else
    remove_policy=0
fi
$SUDO apt-get install -y -qq --no-install-recommends $missing
if [ "$remove_policy" = 1 ]; then
    rm -f /usr/sbin/policy-rc.d
fi
echo "install-deps: done"
