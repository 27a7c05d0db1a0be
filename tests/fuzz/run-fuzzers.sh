#!/bin/sh
# Builds the libFuzzer harnesses (the fuzz preset: clang, AddressSanitizer, UBSan, into
# build/fuzz) and runs each for LINNET_FUZZ_SECONDS (60) seconds, two at a time, each from a
# scratch copy of its seed corpus and saved regressions (the tree is never written). Prints one
# line per harness with its number of executions; exits non-zero when any harness crashed,
# leaked, hit undefined behaviour or timed out, naming the input that did it.
#   sh tests/fuzz/run-fuzzers.sh            everything
#   sh tests/fuzz/run-fuzzers.sh message    only the named harnesses
# LINNET_FUZZ_BUILD=dir uses an already configured fuzz build directory instead of the preset.
set -eu
script=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$script")/../.."
fuzz_dir=tests/fuzz
build=${LINNET_FUZZ_BUILD:-build/fuzz}

# One harness; run through xargs by the main part below.
if [ "${1:-}" = "--one" ]; then
    name=$2
    work=$3
    mkdir -p "$work/$name/corpus" "$work/$name/crashes"
    cp "$fuzz_dir/corpus/$name"/* "$work/$name/corpus/"
    if [ -d "$fuzz_dir/regressions/$name" ]; then
        cp "$fuzz_dir/regressions/$name"/* "$work/$name/corpus/" 2>/dev/null || true
    fi
    case $name in
        scram) max_len=1024 ;;
        stream_parser) max_len=70000 ;; # past the 64 KiB the parser hands the reader at once
        *) max_len=16384 ;;
    esac
    dict=
    [ -f "$fuzz_dir/dict/$name.dict" ] && dict="-dict=$fuzz_dir/dict/$name.dict"
    [ -z "$dict" ] && [ "$name" != scram ] && dict="-dict=$fuzz_dir/dict/xmpp.dict"
    status=0
    # shellcheck disable=SC2086
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
        "$build/tests/fuzz/fuzz_$name" -max_total_time="$LINNET_FUZZ_SECONDS" \
        -rss_limit_mb=2048 -timeout=10 -max_len="$max_len" -print_final_stats=1 \
        -artifact_prefix="$work/$name/crashes/" $dict "$work/$name/corpus" \
        >"$work/$name/log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name/log" | tail -n 1)
    if [ $status -eq 0 ]; then
        printf '%-14s ok      %12s runs\n' "$name" "${runs:-?}"
        exit 0
    fi
    crash=$(find "$work/$name/crashes" -type f | head -n 1)
    printf '%-14s FAILED  %12s runs  input: %s  log: %s\n' "$name" "${runs:-?}" \
        "${crash:-none}" "$work/$name/log"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$work/$name/log" | head -n 5 >&2 || true
    exit 1
fi

export LINNET_FUZZ_SECONDS="${LINNET_FUZZ_SECONDS:-60}"
if [ $# -gt 0 ]; then
    harnesses=$*
else
    harnesses=$(ls "$fuzz_dir/corpus")
fi

started=$(date +%s)
if [ -n "${LINNET_FUZZ_BUILD:-}" ]; then
    cmake --build "$build" -j2
else
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
fi
echo "run-fuzzers: fuzz build ready in $(($(date +%s) - started)) s"

work=$(mktemp -d "${TMPDIR:-/tmp}/linnet-fuzz.XXXXXX")
echo "run-fuzzers: $LINNET_FUZZ_SECONDS s per harness, two at a time, work in $work"
status=0
# shellcheck disable=SC2086
printf '%s\n' $harnesses | xargs -P 2 -I '{}' sh "$script" --one '{}' "$work" || status=1
if [ $status -ne 0 ]; then
    echo "run-fuzzers: a harness failed; reproduce with build/fuzz/tests/fuzz/fuzz_<name> <input>," \
        "then save the input under tests/fuzz/regressions/<name>/"
    exit 1
fi
echo "run-fuzzers: every harness ran clean"
