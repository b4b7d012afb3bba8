#!/usr/bin/env bash
# Time the release binary the way users run it: cold start on one article,
# batch throughput over a corpus (1 thread and all cores), and the world
# gazetteer (import, index, cold start with the memory-mapped index).
# Wall time and peak RSS come from /usr/bin/time -v (Debian package `time`).
#
# Usage: scripts/bench.sh [SHARED_DIR]     (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
[ -x /usr/bin/time ] || { echo "bench.sh: /usr/bin/time not found (Debian: apt-get install time)" >&2; exit 2; }
cargo build --release --quiet
bin=target/release/eventmap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The peak RSS in KB of the last command run under /usr/bin/time -v.
peak_rss() {
  awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time"
}

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time" || { cat "$tmp/time"; exit 1; }
  local wall
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time")
  printf '%-48s wall %-8s peak RSS %6d KB\n' "$label" "$wall" "$(peak_rss)"
}

# throughput LABEL BYTES ARTICLES THREADS command...: wall time of RUNS runs
# (default 5; this kind of machine varies by a fifth from minute to
# minute), as MB/s and articles/s of the fastest and the median run, and
# the largest peak RSS.
throughput() {
  local label=$1 bytes=$2 n=$3 threads=$4; shift 4
  local runs=${RUNS:-5} times=() rss=0 t0 t1 r
  for _ in $(seq "$runs"); do
    t0=$(date +%s%N)
    RAYON_NUM_THREADS=$threads /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time" || { cat "$tmp/time"; exit 1; }
    t1=$(date +%s%N)
    times+=($((t1 - t0)))
    r=$(peak_rss)
    (( r > rss )) && rss=$r
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v b="$bytes" -v n="$n" -v l="$label" -v rss="$rss" '
    { t[NR] = $1 / 1e9 }
    END { f = t[1]; m = t[int((NR + 1) / 2)];
          printf "%-48s %.1f MB/s fastest, %.1f median (%.0f / %.0f articles/s), peak RSS %d KB\n",
                 l, b / 1e6 / f, b / 1e6 / m, n / f, n / m, rss }'
}

best_ms() { # runs a command 20 times, prints the fastest wall time in ms
  local best=999999 t0 t1 ms
  for _ in $(seq 20); do
    t0=$(date +%s%N); "$@" >/dev/null; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000 ))
    (( ms < best )) && best=$ms
  done
  printf '%d.%03d ms' $((best / 1000)) $((best % 1000))
}

echo "== cold start, built-in gazetteer, one seed article"
measure "extract seeds/001 (built-in)" $bin extract seeds/001_78357a777ef7f92d.txt
echo "fastest of 20: $(best_ms $bin extract seeds/001_78357a777ef7f92d.txt)"

if [ -d "$shared/corpus" ]; then
  mkdir -p "$tmp/corpus"
  cp "$shared"/corpus/nl-news/*.txt "$shared"/corpus/en-fakes/*.txt "$tmp/corpus/"
  for i in 1 2 3 4 5 6 7 8 9; do  # 10 copies: ~10 MB, ~5,000 articles
    for f in "$shared"/corpus/nl-news/*.txt "$shared"/corpus/en-fakes/*.txt; do
      cp "$f" "$tmp/corpus/r${i}_$(basename "$f")"
    done
  done
  bytes=$(cat "$tmp"/corpus/*.txt | wc -c)
  n=$(ls "$tmp/corpus" | wc -l)
  once=$(cat "$shared"/corpus/nl-news/*.txt "$shared"/corpus/en-fakes/*.txt | wc -c)
  n_once=$(ls "$shared"/corpus/nl-news/*.txt "$shared"/corpus/en-fakes/*.txt | wc -l)
  echo "== batch: $n articles, $bytes bytes (the corpus 10 times); the corpus once: $n_once articles, $once bytes"
  throughput "extract corpus x10, 1 thread" "$bytes" "$n" 1 $bin extract "$tmp/corpus" -q -o "$tmp/out.geojson"
  throughput "extract corpus x10, all threads" "$bytes" "$n" 0 $bin extract "$tmp/corpus" -q -o "$tmp/out.geojson"
  # Every article new to the process: nothing remembered from an earlier one.
  throughput "extract corpus once, 1 thread" "$once" "$n_once" 1 $bin extract "$shared"/corpus/nl-news "$shared"/corpus/en-fakes -q -o "$tmp/out.geojson"

  echo "== world gazetteer (GeoNames cities500)"
  measure "gazetteer import cities500" $bin gazetteer import "$shared/geodata/geonames/cities500.txt" -o "$tmp/world.csv"
  measure "gazetteer index world.csv" $bin gazetteer index "$tmp/world.csv" -o "$tmp/world.idx"
  measure "extract seeds/002 --gazetteer world.idx" $bin extract seeds/002_bf116a1bb5095ded.txt --gazetteer "$tmp/world.idx"
  echo "fastest of 20: $(best_ms $bin extract seeds/002_bf116a1bb5095ded.txt --gazetteer "$tmp/world.idx")"
  throughput "extract corpus x10, world index, 1 thread" "$bytes" "$n" 1 $bin extract "$tmp/corpus" -q --gazetteer "$tmp/world.idx" -o "$tmp/out.geojson"
  throughput "extract corpus once, world index, 1 thread" "$once" "$n_once" 1 $bin extract "$shared"/corpus/nl-news "$shared"/corpus/en-fakes -q --gazetteer "$tmp/world.idx" -o "$tmp/out.geojson"
else
  echo "($shared/corpus not found: batch and world figures skipped)"
fi
