#!/bin/sh
# Builds the Debian package with CPack from the build tree, checks its control data (the
# dependencies dpkg-shlibdeps found), unpacks it into a scratch root, validates the
# installed desktop entry, AppStream metadata, icons and man pages, and runs the installed
# programs.
# usage: test-package-deb.sh BUILD_DIR VERSION
set -eu
build=${1:?usage: test-package-deb.sh BUILD_DIR VERSION}
version=${2:?usage: test-package-deb.sh BUILD_DIR VERSION}
app_id=im.linnet.Linnet

scratch=$(mktemp -d "${TMPDIR:-/tmp}/linnet-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() { echo "package_deb: FAIL: $*" >&2; exit 1; }
step() { echo "package_deb: $*"; }

# ---- build the package ----------------------------------------------------------------------
start=$(date +%s)
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
set -- "$scratch"/out/linnet_"$version"_*.deb
[ $# = 1 ] && [ -f "$1" ] || fail "expected one linnet_${version}_*.deb, found: $*"
deb=$1
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $(($(date +%s) - start)) s"

# ---- control data ---------------------------------------------------------------------------
dpkg-deb -f "$deb" >"$scratch/control"
field() { sed -n "s/^$1: //p" "$scratch/control"; }
[ "$(field Package)" = linnet ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Section)" = net ] || fail "Section is '$(field Section)', not net"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
step "Depends: $depends"
# From dpkg-shlibdeps (with the versions the symbols need) ...
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
    libqt6dbus6 libqt6keychain1; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -Fq "$lib (>= " ||
        fail "Depends lacks '$lib (>= version)' from dpkg-shlibdeps"
done
# ... and the Qt plugins loaded at run time, which no linker sees.
for plugin in qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -Fxq "$plugin" || fail "Depends lacks $plugin"
done

# ---- the installed files --------------------------------------------------------------------
root=$scratch/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/linnet usr/bin/linnet-cli \
    usr/share/applications/$app_id.desktop \
    usr/share/metainfo/$app_id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    usr/share/man/man1/linnet.1.gz usr/share/man/man1/linnet-cli.1.gz; do
    [ -s "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    [ -f "$png" ] || fail "the package lacks the ${size}x$size icon"
    file -b "$png" | grep -q "PNG image data, $size x $size, 8-bit/color RGBA" ||
        fail "${size}x$size icon: $(file -b "$png")"
done
if readelf -d "$root/usr/bin/linnet" "$root/usr/bin/linnet-cli" | grep -Eq 'RPATH|RUNPATH'; then
    fail "an installed program carries an RPATH/RUNPATH"
fi

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" ||
    fail "desktop-file-validate"
grep -qx "Icon=$app_id" "$root/usr/share/applications/$app_id.desktop" ||
    fail "the desktop entry does not name the icon $app_id"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
# The whole tree: the metainfo's launchable is the installed desktop entry, and the icon.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"

# ---- man pages: render cleanly, and linnet-cli.1 covers every command of --help -------------
for page in linnet linnet-cli; do
    gz=$root/usr/share/man/man1/$page.1.gz
    warnings=$(zcat "$gz" | groff -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
    MANWIDTH=80 man -P cat -l "$gz" >"$scratch/$page.txt" 2>"$scratch/man.err" ||
        fail "man -l $page.1: $(cat "$scratch/man.err")"
    grep -q "^NAME" "$scratch/$page.txt" || fail "man -l $page.1 shows no NAME section"
done
commands=$(LC_ALL=C LANGUAGE= "$root/usr/bin/linnet-cli" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z]\{1,\}\) .*/\1/p')
[ -n "$commands" ] || fail "linnet-cli --help lists no commands"
for command in $commands; do
    zcat "$root/usr/share/man/man1/linnet-cli.1.gz" | grep -Eq "^\.SS $command( |$)" ||
        fail "linnet-cli.1 has no section for the command '$command'"
done
step "man pages render; linnet-cli.1 covers:" $commands

# ---- the installed programs run ---------------------------------------------------------------
out=$("$root/usr/bin/linnet-cli" --version) || fail "linnet-cli --version exited $?"
[ "$out" = "linnet-cli $version" ] || fail "linnet-cli --version printed '$out'"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/linnet" --version) || fail "linnet --version exited $?"
[ "$out" = "linnet $version" ] || fail "linnet --version printed '$out'"
step "installed linnet-cli and linnet report $version"
step "PASS in $(($(date +%s) - start)) s"
