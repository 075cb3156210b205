#!/usr/bin/env bash
# Reads `swift test` output (XCTest, then Swift Testing) and prints one plain
# closing line, "tests: N passed, M failed", so a reader of the log sees the
# count of the suite that ran rather than XCTest's "Executed 0 tests".
log=$1
total=$(grep -oE 'Test run with [0-9]+ tests?' "$log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -E '^✘ Test .* failed after' "$log" | grep -v '^✘ Test run' | wc -l)
xc=$(grep -oE 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$log" | tail -1 | grep -oE '[0-9]+' | tr '\n' ' ')
read -r xc_total xc_failed <<< "${xc:-0 0}"
total=${total:-0}
echo "tests: $(( total + xc_total - failed - xc_failed )) passed, $(( failed + xc_failed )) failed"
