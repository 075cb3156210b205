#!/usr/bin/env bash
# Reads `swift test` logs (XCTest, then Swift Testing) and prints one plain
# closing line over all of them, "tests: N passed, M failed", so a reader of
# the log sees the count of the suites that ran rather than XCTest's
# "Executed 0 tests".  Usage: test-summary.sh LOG...
passed=0
failed=0
for log in "$@"; do
    total=$(grep -oE 'Test run with [0-9]+ tests?' "$log" | tail -1 | grep -oE '[0-9]+')
    bad=$(grep -E '^✘ Test .* failed after' "$log" | grep -v '^✘ Test run' | wc -l)
    xc=$(grep -oE 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$log" | tail -1 | grep -oE '[0-9]+' | tr '\n' ' ')
    read -r xc_total xc_failed <<< "${xc:-0 0}"
    passed=$(( passed + ${total:-0} + xc_total - bad - xc_failed ))
    failed=$(( failed + bad + xc_failed ))
done
echo "tests: $passed passed, $failed failed"
