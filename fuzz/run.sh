#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ (ASan + libFuzzer, release) and runs
# each for FUZZ_SECONDS, one after another, niced. Seeds are copied at run time
# from ../shared/corpus (never committed); corpora, crashes and logs go to
# .build/fuzz/. Usage: fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-${FUZZ_SECONDS:-60}}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(FuzzFeedParser FuzzFeedDate FuzzConfig FuzzDetect)
[ ! -d fuzz/Sources/FuzzSocketLine ] || [ $# -gt 0 ] || TARGETS+=(FuzzSocketLine)
SHARED=${SHARED:-../shared}
# TOMLKit leaks every string it hands over (see the file); without this the
# config fuzzer stops at its first input.
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}
OUT=.build/fuzz
BIN=$OUT/build/release

nice -n 10 swift build --package-path fuzz --scratch-path "$OUT/build" -c release \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library

seed() {  # seed TARGET DIR: fills the target's corpus folder once
    local target=$1 dir=$2
    mkdir -p "$dir"
    [ -z "$(ls -A "$dir")" ] || return 0
    case $target in
        FuzzFeedParser|FuzzDetect)
            cp "$SHARED"/corpus/feeds/* "$dir"/ ;;
        FuzzFeedDate)
            # Every date element's text in the corpus, one file each.
            grep -rhoE '<(pubDate|dc:date|published|updated|lastBuildDate|issued|modified)>[^<]{1,80}<' \
                "$SHARED"/corpus/feeds | sed -E 's/^<[^>]*>//; s/<$//' | sort -u | awk 'NR <= 2000' |
                { n=0; while IFS= read -r line; do printf '%s' "$line" > "$dir/date-$n"; n=$((n + 1)); done; } ;;
        FuzzConfig)
            cp config/*.toml seeds/baseline.toml "$dir"/ ;;
        FuzzSocketLine)
            # The client lines of ../shared/DESIGN.md's socket protocol.
            n=0
            for line in '{"type":"subscribe","since":42,"topics":["rare-earth-exports","tariffs"],"min_severity":"medium"}' \
                        '{"type":"subscribe"}' '{"type":"subscribe","since":null,"topics":[]}' \
                        '{"type":"ping"}' '{"type":"status"}' '{"type":"nope"}' 'not json' ''; do
                printf '%s' "$line" > "$dir/line-$n"; n=$((n + 1))
            done ;;
    esac
}

for target in "${TARGETS[@]}"; do
    corpus=$OUT/corpus-$target
    artifacts=$OUT/artifacts/$target
    mkdir -p "$artifacts"
    seed "$target" "$corpus"
    # chunk: the longest one fuzzer process runs; extra: its own options.
    chunk=$SECONDS_EACH
    extra=()
    case $target in
        FuzzFeedParser|FuzzDetect) max_len=65536 ;;
        FuzzConfig)
            max_len=16384
            # TOMLKit never frees a parsed document (TOMLTable has no deinit)
            # nor a parse error: ~6 KB per input, so one process reaches the
            # 2 GB RSS limit after ~330,000 inputs (issue 8, run 1: a false
            # out-of-memory at 440 s; at ~3,300 inputs/s that is 100 s).
            # Fresh processes every 45 s on the same corpus keep it under
            # 1 GB. Per-input leak checks would only find those known leaks
            # (at ~30 inputs/s); our own code's leaks are `make sanitize`'s.
            chunk=45
            extra=(-detect_leaks=0) ;;
        *) max_len=4096 ;;
    esac
    echo "== $target: ${SECONDS_EACH}s, corpus $corpus ($(ls "$corpus" | wc -l) files)"
    : > "$OUT/$target.log"
    left=$SECONDS_EACH executed=0 runs=0
    while [ "$left" -gt 0 ]; do
        this=$(( left < chunk ? left : chunk ))
        before=$(ls "$artifacts" | wc -l)
        # -timeout: one input taking 10 s is a hang worth a crash report.
        TW_BASELINE=seeds/baseline.toml nice -n 10 "$BIN/$target" "$corpus" \
            -max_total_time="$this" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 "${extra[@]}" \
            -artifact_prefix="$artifacts/" -print_final_stats=1 > "$OUT/$target.run.log" 2>&1 || true
        cat "$OUT/$target.run.log" >> "$OUT/$target.log"
        grep -E '^#[0-9]+ +(pulse|DONE)|ERROR|SUMMARY|stat::number_of_executed_units|stat::peak_rss' "$OUT/$target.run.log" || true
        n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$OUT/$target.run.log" | tail -1)
        executed=$(( executed + ${n:-0} )) runs=$(( runs + 1 )) left=$(( left - this ))
        # A crash ends the target: fix it before fuzzing on.
        [ "$(ls "$artifacts" | wc -l)" -eq "$before" ] || break
    done
    rm -f "$OUT/$target.run.log"
    echo "   executions: $executed in $runs process(es) of at most ${chunk}s"
    echo "   crashes: $(ls "$artifacts" | wc -l) in $artifacts"
done
