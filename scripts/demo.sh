#!/usr/bin/env bash
# The demo: the daemon on the bundled offline feeds (config/demo.toml). Shows
# the initial alerts, then adds a news item to a bundled feed and shows the
# live alert it raises, then stops the daemon with SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/tradewatch}
demo=.build/demo

rm -rf "$demo"
mkdir -p "$demo/feeds"
cp config/demo-feeds/* "$demo/feeds/"

echo "== tradewatch demo: the daemon on bundled feeds (config/demo.toml), offline"
"$bin" check-config --config config/demo.toml
"$bin" run --config config/demo.toml 2>"$demo/daemon.log" &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true' EXIT

wait_for_alerts() {  # wait_for_alerts N SECONDS: until the log has N lines
    for _ in $(seq $(( $2 * 10 ))); do
        [ -f "$demo/alerts.jsonl" ] && [ "$(wc -l < "$demo/alerts.jsonl")" -ge "$1" ] && return 0
        sleep 0.1
    done
    echo "demo: fewer than $1 alerts after $2 s; daemon log:" >&2
    cat "$demo/daemon.log" >&2
    return 1
}

wait_for_alerts 1 20
sleep 1  # let the first cycle finish
initial=$(wc -l < "$demo/alerts.jsonl")
echo
echo "== $initial alerts from the first poll ($demo/alerts.jsonl):"
"$bin" alerts --log "$demo/alerts.jsonl" --format table

"$bin" subscribe --socket "$demo/alerts.sock" --format text > "$demo/subscriber.txt" 2>/dev/null &
subscriber=$!
trap 'kill "$daemon" "$subscriber" 2>/dev/null || true' EXIT
sleep 0.5

echo
echo "== a new item appears in trade-wire.xml ..."
item='    <item>
      <title>China suspends ban on gallium and germanium exports to the United States</title>
      <link>https://demo.tradewatch.invalid/wire/gallium-suspension</link>
      <guid isPermaLink="false">demo-wire-0005</guid>
      <pubDate>Tue, 24 Nov 2026 10:05:00 GMT</pubDate>
      <description>The commerce ministry said it is suspending, with immediate effect, the ban on exports of gallium, germanium and antimony to the US that it imposed last December.</description>
    </item>'
python3 - "$demo/feeds/trade-wire.xml" "$item" <<'PY'
import sys
path, item = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
i = text.index("    <item>")
open(path + ".new", "w", encoding="utf-8").write(text[:i] + item + "\n" + text[i:])
PY
mv "$demo/feeds/trade-wire.xml.new" "$demo/feeds/trade-wire.xml"
start=$(date +%s.%N)
wait_for_alerts $(( initial + 1 )) 15
echo "== live alert, $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s after the item appeared:"
"$bin" alerts --log "$demo/alerts.jsonl" --since-id "$initial" --format table
sleep 0.3
echo
echo "== what a subscriber on the socket ($demo/alerts.sock) saw, live:"
cat "$demo/subscriber.txt"
echo
echo "== as JSON (the record scripts read):"
"$bin" alerts --log "$demo/alerts.jsonl" --since-id "$initial" --json

kill "$subscriber" 2>/dev/null || true
kill -TERM "$daemon"
status=0
wait "$daemon" || status=$?
trap - EXIT
echo
echo "== daemon stopped on SIGTERM with exit status $status; its log: $demo/daemon.log"
tail -n 3 "$demo/daemon.log"
echo
echo "== where things stand now (tradewatch positions --config config/demo.toml):"
"$bin" positions --config config/demo.toml --format table
"$bin" report --config config/demo.toml --out "$demo/report.html"
echo "== the report page: $demo/report.html"
exit "$status"
