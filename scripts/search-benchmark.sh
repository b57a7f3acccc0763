#!/usr/bin/env bash
# Median response time of a search for a selective term, a search for a common term, and a thread page, measured
# side by side (interleaved, round by round) against a running forum over HTTP, and each search as a ratio to the
# thread page. For a database filled by `generate` (see docs/BENCHMARKS.md); it only reads.
#
#   scripts/search-benchmark.sh http://127.0.0.1:5090 [rounds] [selective-term] [common-term]
set -euo pipefail
base=${1:?usage: scripts/search-benchmark.sh BASE_URL [rounds] [selective-term] [common-term]}
rounds=${2:-60}
selective=${3:-lighthouse}
common=${4:-feel}
case "$base" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "Benchmarks run against this machine only (127.0.0.1 or localhost)." >&2; exit 2;; esac

# A thread from the middle of the generated range, with its replies, as a reader would open it.
thread=$(curl -fsS -o /dev/null -w '%{redirect_url}' "$base/t/25000" | sed "s#^$base##")
[ -n "$thread" ] || thread="/t/25000"

declare -A urls=([selective]="/search?q=$selective" [common]="/search?q=$common" [thread]="$thread")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for name in "${!urls[@]}"; do curl -fsS -o /dev/null "$base${urls[$name]}"; done # warm up: JIT, plans, cache

for ((i = 0; i < rounds; i++)); do
    for name in selective common thread; do
        curl -fsS -o /dev/null -w '%{time_total}\n' "$base${urls[$name]}" >> "$tmp/$name"
    done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
t=$(median "$tmp/thread")
printf '%-10s %-40s %10s %8s\n' what url median_ms ratio
for name in selective common thread; do
    m=$(median "$tmp/$name")
    printf '%-10s %-40s %10.1f %8.2f\n' "$name" "${urls[$name]}" "$(echo "$m * 1000" | bc -l)" "$(echo "$m / $t" | bc -l)"
done
echo "rounds: $rounds, interleaved; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
