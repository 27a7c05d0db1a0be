#!/bin/sh
# Runs every benchmark of Linnet with the sizes the issues name and prints one table: figure,
# value, target, met or not, under a line describing the machine.
#
#   tests/benchmarks/run-all.sh [--build-dir DIR] [--no-build] [--quick] [--log-dir DIR]
#                               [BENCHMARK...]
#
# Without --build-dir it configures and builds the Release preset (build/release); with it,
# it builds the benchmarks in DIR (configured already). --no-build runs what is built.
# --quick uses small sizes: a smoke test of the benchmarks and of this script, not figures.
# Naming benchmarks (bench_roster_signin …) runs only those.
# The benchmarks that need a server start a private test Prosody of their own
# (tests/server/linnet-test-server in a temporary folder) and stop it when they finish.
# Every benchmark prints lines "FIGURE<TAB>name<TAB>value<TAB>unit<TAB>target"
# (tests/benchmarks/BenchFigure.h); this script collects them. The full output of each
# benchmark is kept in the log folder. Exit status: 0 when every benchmark ran and gave its
# figures (whether or not the targets were met), 1 otherwise.
set -u

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=""
build=yes
quick=no
log_dir=""
only=""
while [ $# -gt 0 ]; do
    case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    --quick) quick=yes; shift ;;
    --log-dir) log_dir=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    bench_*) only="$only $1"; shift ;;
    *) echo "run-all.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

benchmarks="bench_streamparser bench_roster bench_roster_signin bench_history_search
bench_conversation_open bench_message_ingest bench_muc_join bench_disco_walk bench_gui_rss"
[ -n "$only" ] && benchmarks=$only

# The sizes the issues name; --quick shrinks them.
arguments_of() {
    if [ "$quick" = yes ]; then
        case "$1" in
        bench_streamparser) echo 2000 ;;
        bench_roster) echo 1000 ;;
        bench_roster_signin) echo 1000 ;;
        bench_history_search) echo 20000 ;;
        bench_conversation_open) echo 2000 ;;
        bench_message_ingest) echo 500 ;;
        bench_muc_join) echo 20 200 ;;
        bench_disco_walk) echo 200 ;;
        bench_gui_rss) echo 500 10 100 ;;
        esac
        return
    fi
    case "$1" in
    bench_streamparser) echo 100000 ;;
    bench_roster) echo ;; # 1,000, 5,000 and 10,000, each in a process of its own
    bench_roster_signin) echo 1000 5000 10000 ;;
    bench_history_search) echo 1000000 ;;
    bench_conversation_open) echo 100000 ;;
    bench_message_ingest) echo 20000 ;;
    bench_muc_join) echo 200 5000 ;;
    bench_disco_walk) echo 5000 ;;
    bench_gui_rss) echo 5000 10 1000 ;;
    esac
}

if [ -z "$build_dir" ]; then
    build_dir="$source_dir/build/release"
    if [ "$build" = yes ]; then
        (cd "$source_dir" && cmake --preset release) || exit 1
    fi
fi
if [ "$build" = yes ]; then
    # shellcheck disable=SC2086 # one target a word
    cmake --build "$build_dir" -j "${JOBS:-2}" --target $benchmarks || exit 1
fi
bin_dir="$build_dir/tests/benchmarks"
[ -n "$log_dir" ] || log_dir=$(mktemp -d /tmp/linnet-benchmarks.XXXXXX)
mkdir -p "$log_dir"
figures="$log_dir/figures.tsv"
: >"$figures"

build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt" 2>/dev/null)
qt_version=$(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null ||
    qtpaths6 --qt-version 2>/dev/null || echo unknown)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
commit=$(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null || echo unknown)
machine="machine: ${cpu:-unknown CPU}, $(nproc) cores, $ram RAM; build ${build_type:-unknown}"
machine="$machine; Qt $qt_version; commit $commit; $(date -u '+%Y-%m-%d %H:%M UTC')"
machine="$machine; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${build_type:-}" = Release ] || echo "run-all.sh: warning: $build_dir is not a Release build" >&2

failed=""
for bench in $benchmarks; do
    program="$bin_dir/$bench"
    if [ ! -x "$program" ]; then
        echo "== $bench: not built in $bin_dir" >&2
        failed="$failed $bench"
        continue
    fi
    args=$(arguments_of "$bench")
    echo "== $bench $args"
    started=$(date +%s)
    # shellcheck disable=SC2086 # the sizes are separate arguments
    timeout 3600 "$program" $args >"$log_dir/$bench.log" 2>&1
    status=$?
    grep -v '^FIGURE	' "$log_dir/$bench.log" | sed 's/^/   /'
    grep '^FIGURE	' "$log_dir/$bench.log" | sed "s/^FIGURE	/$bench	/" >>"$figures"
    echo "   ($bench: exit status $status, $(($(date +%s) - started)) s)"
    if [ "$status" -ne 0 ] || ! grep -q "^$bench	" "$figures"; then
        failed="$failed $bench"
    fi
done

echo
echo "Linnet benchmarks"
echo "$machine"
awk -F '\t' '
function met(value, target,   op, bound) {
    if (target == "") return "-";
    if (value == "nan") return "NO FIGURE";
    match(target, /^[<>]=?/);
    op = substr(target, 1, RLENGTH); bound = substr(target, RLENGTH + 1) + 0; value += 0;
    if (op == "<") ok = value < bound; else if (op == "<=") ok = value <= bound;
    else if (op == ">") ok = value > bound; else ok = value >= bound;
    return ok ? "met" : "NOT MET";
}
BEGIN { printf "%-58s %14s %-7s %-9s %s\n", "figure", "value", "unit", "target", "met" }
{
    verdict = met($3, $5);
    if ($5 != "") { targets++; if (verdict == "met") reached++ }
    printf "%-58s %14s %-7s %-9s %s\n", $2, $3, $4, ($5 == "" ? "-" : $5), verdict
}
END { printf "%d of %d targets met\n", reached, targets }' "$figures"
echo "logs: $log_dir"
if [ -n "$failed" ]; then
    echo "failed or gave no figure:$failed"
    exit 1
fi
exit 0
