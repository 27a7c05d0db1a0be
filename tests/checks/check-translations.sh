#!/bin/sh
# The translations are complete: every source text of core/, ui/ and app/ is in each
# translations/linnet_*.ts (nothing missing, nothing stale), and each is translated (no
# "unfinished", "vanished" or "obsolete" entry, no empty translation).
#
# How: lupdate updates a temporary copy of each .ts from the sources, with the options of the
# build's update_translations target (core/CMakeLists.txt); the copy must come out unchanged.
set -u
root=${1:?usage: check-translations.sh SOURCE_DIR [LUPDATE]}
lupdate=${2:-lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

set -- "$root"/translations/linnet_*.ts
if [ ! -f "$1" ]; then
    echo "no translations/linnet_*.ts in $root"
    exit 1
fi

for ts in "$@"; do
    name=$(basename "$ts")
    copy="$tmp/$name"
    cp "$ts" "$copy"
    if ! (cd "$root" && "$lupdate" -no-obsolete -locations none -I core -I ui core ui app \
        -ts "$copy") >"$tmp/lupdate.log" 2>&1; then
        echo "$name: lupdate failed:"
        cat "$tmp/lupdate.log"
        status=1
        continue
    fi
    # tr() outside a Q_OBJECT class: lupdate files the text under another context than the
    # one used at run time, so it would never be translated.
    misplaced=$(grep -E 'lacks Q_OBJECT macro|Cannot invoke tr\(\) like this' "$tmp/lupdate.log")
    if [ -n "$misplaced" ]; then
        echo "$name: texts that would never be translated (use QCoreApplication::translate):"
        echo "$misplaced"
        status=1
    fi
    if ! cmp -s "$ts" "$copy"; then
        echo "$name is not up to date with the sources ($(grep -E 'Found|obsolete' "$tmp/lupdate.log" | tr -s ' ' | tr '\n' ' '))."
        echo "Source texts missing from it (+) or no longer in the sources (-):"
        diff "$ts" "$copy" | grep -E '^[<>] *<(source|name)>' | sed 's/^</-/; s/^>/+/'
        echo "Run: cmake --build BUILD_DIR --target update_translations, then translate."
        status=1
    fi
    unfinished=$(grep -nE 'type="(unfinished|vanished|obsolete)"|<translation( type="[a-z]*")?></translation>|<translation( type="[a-z]*")?/>|<numerusform></numerusform>|<numerusform/>' "$ts")
    if [ -n "$unfinished" ]; then
        echo "$name has untranslated entries (line: text):"
        echo "$unfinished"
        status=1
    fi
done

if [ $status -eq 0 ]; then
    echo "translations: $(grep -c '<message' "$1") source texts, each translated in $#" \
        "languages"
fi
exit $status
