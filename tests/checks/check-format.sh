#!/bin/sh
# Every C++ file is clang-formatted with the project's .clang-format.
set -u
root=${1:?usage: check-format.sh SOURCE_DIR}
cd "$root" || exit 1
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
[ -z "$files" ] && files=$(find app core ui tests -name '*.cpp' -o -name '*.h')
if clang-format --dry-run -Werror $files; then
    echo "format: $(echo "$files" | wc -w) files are clang-formatted"
else
    echo "format: run clang-format -i on the files above"
    exit 1
fi
