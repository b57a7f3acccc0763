#!/usr/bin/env bash
# Median response time of a search for a selective term, a search for a common term, and a thread page, measured
# side by side (interleaved, round by round) against a running forum over HTTP, and each search as a ratio to the
# thread page. For a database filled by `generate` (see docs/BENCHMARKS.md).
#
# With SEARCH_BENCH_DB (a psql connection string for the forum's database) it measures twice, as a live forum is
# searched: before, then after a write phase of SEARCH_BENCH_WRITES (20,000) new replies without either term
# (scripts/bench.d/fresh-replies), which a search for the common term meets first (issue 32 item 4). That phase
# writes to the database: give it a copy, as scripts/bench does.
#
#   [SEARCH_BENCH_DB="host=127.0.0.1 port=5491 user=postgres dbname=forum_bench_run"] \
#   scripts/search-benchmark.sh http://127.0.0.1:5090 [rounds] [selective-term] [common-term]
set -euo pipefail
base=${1:?usage: scripts/search-benchmark.sh BASE_URL [rounds] [selective-term] [common-term]}
rounds=${2:-60}
selective=${3:-lighthouse}
common=${4:-feel}
writes=${SEARCH_BENCH_WRITES:-20000}
case "$base" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "Benchmarks run against this machine only (127.0.0.1 or localhost)." >&2; exit 2;; esac
[[ "$writes" =~ ^[0-9]{1,7}$ ]] || { echo "SEARCH_BENCH_WRITES is a number of replies, not '$writes'" >&2; exit 2; }

# A thread from the middle of the generated range, with its replies, as a reader would open it.
thread=$(curl -fsS -o /dev/null -w '%{redirect_url}' "$base/t/25000" | sed "s#^$base##")
[ -n "$thread" ] || thread="/t/25000"

declare -A urls=([selective]="/search?q=$selective" [common]="/search?q=$common" [thread]="$thread")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure() {
    rm -f "$tmp"/*
    for name in "${!urls[@]}"; do curl -fsS -o /dev/null "$base${urls[$name]}"; done # warm up: JIT, plans, cache
    for ((i = 0; i < rounds; i++)); do
        for name in selective common thread; do
            curl -fsS -o /dev/null -w '%{time_total}\n' "$base${urls[$name]}" >> "$tmp/$name"
        done
    done
    local t m
    t=$(median "$tmp/thread")
    echo "$1"
    printf '%-10s %-40s %10s %8s\n' what url median_ms ratio
    for name in selective common thread; do
        m=$(median "$tmp/$name")
        printf '%-10s %-40s %10.1f %8.2f\n' "$name" "${urls[$name]}" "$(echo "$m * 1000" | bc -l)" "$(echo "$m / $t" | bc -l)"
    done
    echo "rounds: $rounds, interleaved; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ -z "${SEARCH_BENCH_DB:-}" ]; then
    measure "as the data was filled"
    exit 0
fi
newest=$(psql "$SEARCH_BENCH_DB" -Atq -c "SELECT coalesce(max(id), 0) FROM replies")
measure "before: newest reply $newest"
"$(dirname "$0")/bench.d/fresh-replies" "$SEARCH_BENCH_DB" "$newest" "$writes" >/dev/null
echo
measure "after $writes new replies without '$selective' or '$common'"
