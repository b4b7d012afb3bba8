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
cargo build --release --quiet
bin=target/release/eventmap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$tmp/time" || { cat "$tmp/time"; exit 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
  printf '%-48s wall %-8s peak RSS %6d KB\n' "$label" "$wall" "$rss"
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
  for i in 1 2 3 4 5 6 7 8 9; do  # 10 copies: ~22 MB, ~5,000 articles
    for f in "$shared"/corpus/nl-news/*.txt "$shared"/corpus/en-fakes/*.txt; do
      cp "$f" "$tmp/corpus/r${i}_$(basename "$f")"
    done
  done
  bytes=$(cat "$tmp"/corpus/*.txt | wc -c)
  n=$(ls "$tmp/corpus" | wc -l)
  echo "== batch: $n articles, $bytes bytes"
  for threads in 1 0; do
    label="extract corpus, threads=${threads/0/all}"
    t0=$(date +%s%N)
    RAYON_NUM_THREADS=$threads measure "$label" $bin extract "$tmp/corpus" -q -o "$tmp/out.geojson"
    t1=$(date +%s%N)
    awk -v b="$bytes" -v n="$n" -v ns="$((t1 - t0))" \
      'BEGIN { s = ns / 1e9; printf "    %.1f MB/s, %.0f articles/s\n", b / 1e6 / s, n / s }'
  done

  echo "== world gazetteer (GeoNames cities500)"
  measure "gazetteer import cities500" $bin gazetteer import "$shared/geodata/geonames/cities500.txt" -o "$tmp/world.csv"
  measure "gazetteer index world.csv" $bin gazetteer index "$tmp/world.csv" -o "$tmp/world.idx"
  measure "extract seeds/002 --gazetteer world.idx" $bin extract seeds/002_bf116a1bb5095ded.txt --gazetteer "$tmp/world.idx"
  echo "fastest of 20: $(best_ms $bin extract seeds/002_bf116a1bb5095ded.txt --gazetteer "$tmp/world.idx")"
  t0=$(date +%s%N)
  RAYON_NUM_THREADS=1 measure "extract corpus --gazetteer world.idx, 1 thread" $bin extract "$tmp/corpus" -q --gazetteer "$tmp/world.idx" -o "$tmp/out.geojson"
  t1=$(date +%s%N)
  awk -v b="$bytes" -v n="$n" -v ns="$((t1 - t0))" \
    'BEGIN { s = ns / 1e9; printf "    %.1f MB/s, %.0f articles/s\n", b / 1e6 / s, n / s }'
else
  echo "($shared/corpus not found: batch and world figures skipped)"
fi
