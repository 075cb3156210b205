#!/bin/sh
# Parse benchmark: `tradewatch parse --stats` over the corpus against the
# floor of bare libxml2 (bench/xmlfloor.c) in the same run; best of 5 each,
# the two alternating round by round.
# Usage: bench/parse-bench.sh [FILE...]   (default: ../shared/corpus/feeds/*)
set -eu
cd "$(dirname "$0")/.."
out=.build/bench
mkdir -p "$out"
make -s release >/dev/null
gcc -O2 -o "$out/xmlfloor" bench/xmlfloor.c $(pkg-config --cflags --libs libxml-2.0)
bin=$(swift build -c release --show-bin-path)/tradewatch
if [ $# -eq 0 ]; then set -- ../shared/corpus/feeds/*; fi

# Alternate the two in every round, so a busy machine slows both alike.
best_tw=""
best_floor=""
for round in 1 2 3 4 5; do
    line=$("$bin" parse --stats "$@")
    rate=$(printf '%s' "$line" | sed 's/.*"mb_per_s":\([0-9.]*\).*/\1/')
    if [ -z "$best_tw" ] || awk "BEGIN{exit !($rate > $best_tw)}"; then best_tw=$rate; best_line=$line; fi
    fline=$("$out/xmlfloor" -n 1 "$@" 2>/dev/null)
    frate=$(printf '%s' "$fline" | sed 's/.*"mb_per_s":\([0-9.]*\).*/\1/')
    if [ -z "$best_floor" ] || awk "BEGIN{exit !($frate > $best_floor)}"; then best_floor=$frate; floor_line=$fline; fi
done
floor=$best_floor

echo "tradewatch parse --stats (best of 5): $best_line"
echo "xmlfloor xmlReadMemory+xmlFreeDoc (best of 5): $floor_line"
awk "BEGIN{printf \"tradewatch %.1f MB/s, floor %.1f MB/s, ratio %.2f\n\", $best_tw, $floor, $best_tw / $floor}"
