#!/usr/bin/env python3
"""`make soak`: the daemon for a long run over feeds that never stop changing.

N loopback feeds (one threaded HTTP/1.1 server in this process) gain a new
item on every request; one item in ALERT_EVERY is a trade move that must
alert, the others are neutral news. `tradewatch run` polls them every
INTERVAL for MINUTES. Every SAMPLE seconds the daemon's resident and
anonymous memory (VmRSS, RssAnon), open descriptors and threads are printed.
At the end the feeds stop changing, the daemon gets until every served move
is in the log, then SIGTERM; the log is checked: every line whole JSON, ids
strictly increasing, every served move logged exactly once, no item twice.

Exit 0 when the checks pass (memory figures are reported, not judged: the
reader compares the 10-minute and final anonymous memory).

Usage: scripts/soak.py --binary PATH [--feeds 300] [--minutes 20]
                       [--interval 2s] [--sample 30] [--alert-every 40]
Stdlib only.
"""
import argparse
import email.utils
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

# Moves worded apart from the test suite's (Tests/TestSupport/ChangingFeeds.swift):
# each alerts once (checked with `tradewatch scan`).
MOVES = [
    ("China lifts ban on gallium and germanium exports to the US",
     "Beijing's commerce ministry said the export ban on gallium and germanium to the United States is lifted."),
    ("US raises tariffs on Chinese goods to 60%",
     "The White House raised tariffs on all Chinese imports to 60% effective immediately."),
    ("Commerce Department revokes EDA software licence requirement for China",
     "The US removed the licence requirement for chip design software exports to China."),
    ("China places US drone makers on its export control list",
     "China's commerce ministry added five US drone companies to its export control list."),
]
NEUTRAL = [
    ("City council approves budget for new library branch",
     "The council voted to fund a branch library and a renovated park next spring."),
    ("Local football club signs young goalkeeper",
     "The club announced a three-year contract with the keeper from its academy."),
    ("Weather service expects mild weekend with light rain",
     "Forecasters said temperatures will stay near seasonal averages."),
]
WINDOW = 5  # items per response: the newest WINDOW


class Feeds:
    """Per-feed item counters; which guids are moves and were served."""

    def __init__(self, count, alert_every):
        self.lock = threading.Lock()
        self.counters = [0] * count
        self.alert_every = alert_every
        self.frozen = False
        self.served_moves = set()
        self.requests = 0

    def is_move(self, feed, n):
        return (n + feed * 7) % self.alert_every == 0

    def respond(self, feed):
        with self.lock:
            self.requests += 1
            if not self.frozen:
                self.counters[feed] += 1
            newest = self.counters[feed]
            numbers = list(range(max(1, newest - WINDOW + 1), newest + 1))
            for n in numbers:
                if self.is_move(feed, n):
                    self.served_moves.add(f"f{feed}-{n}")
        date = email.utils.formatdate(usegmt=True)
        parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>soak {feed}</title>'
                 f'<link>http://127.0.0.1/</link><description>changes on every request</description>\n']
        for n in reversed(numbers):
            title, text = (MOVES if self.is_move(feed, n) else NEUTRAL)[(n + feed) % (4 if self.is_move(feed, n) else 3)]
            parts.append(f'<item><guid isPermaLink="false">f{feed}-{n}</guid><title>{title}</title>'
                         f'<link>http://127.0.0.1/f{feed}/{n}</link><description>{text}</description>'
                         f'<pubDate>{date}</pubDate></item>\n')
        parts.append("</channel></rss>\n")
        return "".join(parts).encode()


def serve(feeds):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            try:
                feed = int(self.path.rsplit("/", 1)[-1].split(".")[0])
            except ValueError:
                self.send_error(404)
                return
            body = feeds.respond(feed)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the daemon stopped mid-transfer

        def handle_one_request(self):
            try:
                super().handle_one_request()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def sample(pid):
    figures = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon", "Threads"):
                figures[key] = int(value.split()[0])
    figures["fds"] = len(os.listdir(f"/proc/{pid}/fd"))
    return figures


def log_records(path):
    records, torn = [], 0
    if not os.path.exists(path):
        return records, torn
    with open(path, "rb") as log:
        for line in log:
            try:
                records.append(json.loads(line))
            except ValueError:
                torn += 1
            if not line.endswith(b"\n"):
                torn += 1
    return records, torn


def watch(daemon, feeds, log_path, started, args, rows):
    """Samples the daemon until the duration is over; False if it died."""
    next_sample = started + min(20, args.sample)
    while time.monotonic() - started < args.minutes * 60:
        if daemon.poll() is not None:
            print(f"soak: the daemon exited with {daemon.returncode}", flush=True)
            return False
        time.sleep(max(0.1, min(1.0, next_sample - time.monotonic())))
        if time.monotonic() >= next_sample:
            figures = sample(daemon.pid)
            minute = (time.monotonic() - started) / 60
            alerts = sum(1 for _ in open(log_path, "rb")) if os.path.exists(log_path) else 0
            rows.append((minute, figures))
            print(f"{minute:7.1f} {figures['VmRSS']:8d} {figures['RssAnon']:8d} {figures['fds']:5d} "
                  f"{figures['Threads']:7d} {feeds.requests:9d} {alerts:7d}", flush=True)
            next_sample += args.sample
    return True


def stop_on_signal(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def main():
    # Interrupted (Ctrl-C, kill), it still stops the daemon and reports.
    signal.signal(signal.SIGINT, stop_on_signal)
    signal.signal(signal.SIGTERM, stop_on_signal)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--minutes", type=float, default=20)
    parser.add_argument("--interval", default="2s")
    parser.add_argument("--sample", type=float, default=30)
    parser.add_argument("--alert-every", type=int, default=40)
    parser.add_argument("--baseline", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                                            "seeds", "baseline.toml"))
    args = parser.parse_args()

    feeds = Feeds(args.feeds, args.alert_every)
    server = serve(feeds)
    port = server.server_address[1]
    folder = tempfile.mkdtemp(prefix="tw-soak-")
    config = os.path.join(folder, "soak.toml")
    with open(config, "w") as out:
        out.write(f'[daemon]\nstate_dir = "state"\nlog = "alerts.jsonl"\nsocket = "alerts.sock"\n'
                  f'baseline = "{os.path.abspath(args.baseline)}"\ninterval = "{args.interval}"\ntimeout = "20s"\n\n')
        for n in range(args.feeds):
            out.write(f'[[feed]]\nurl = "http://127.0.0.1:{port}/feed/{n}.xml"\n\n')
    stderr = open(os.path.join(folder, "daemon.stderr"), "wb")
    daemon = subprocess.Popen([args.binary, "run", "--config", config], stdout=subprocess.DEVNULL, stderr=stderr)
    log_path = os.path.join(folder, "alerts.jsonl")
    print(f"soak: {args.feeds} feeds every {args.interval} for {args.minutes} min, a move in every "
          f"{args.alert_every} items; pid {daemon.pid}; folder {folder}", flush=True)
    print(f"{'minute':>7} {'rss_kb':>8} {'anon_kb':>8} {'fds':>5} {'threads':>7} {'requests':>9} {'alerts':>7}", flush=True)
    started = time.monotonic()
    rows = []
    failed = False
    try:
        try:
            failed = not watch(daemon, feeds, log_path, started, args, rows)
        except KeyboardInterrupt:
            print("soak: interrupted; stopping the daemon", flush=True)
        with feeds.lock:
            feeds.frozen = True
            served = set(feeds.served_moves)
        # Every move served before the freeze reaches the log (a cycle or two).
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not failed:
            records, _ = log_records(log_path)
            if served <= {r.get("item", {}).get("id") for r in records}:
                break
            time.sleep(1)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if daemon.poll() is None:
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(60)
            except subprocess.TimeoutExpired:
                daemon.kill()
                failed = True
        server.shutdown()

    records, torn = log_records(log_path)
    ids = [r.get("id") for r in records]
    items = [r.get("item", {}).get("id") for r in records]
    logged_moves = [i for i in items if i in served]
    lost = served - set(items)
    duplicated = len(logged_moves) - len(set(logged_moves))
    pairs = [(r.get("item", {}).get("id"), r.get("topic")) for r in records]
    unexpected = sorted({i for i in items if i not in served})
    print(f"soak: exit {daemon.returncode}; {len(records)} alerts logged, {len(served)} moves served, "
          f"{len(lost)} lost, {duplicated} duplicated, {len(pairs) - len(set(pairs))} (item, topic) twice, "
          f"{torn} torn lines, ids increasing: {ids == sorted(set(ids))}, "
          f"{len(unexpected)} alerts on neutral items", flush=True)
    if rows:
        at10 = min(rows, key=lambda row: abs(row[0] - 10))
        first, last = rows[0], rows[-1]
        print(f"soak: anonymous memory {first[1]['RssAnon']} kB at {first[0]:.1f} min, "
              f"{at10[1]['RssAnon']} kB at {at10[0]:.1f} min, {last[1]['RssAnon']} kB at {last[0]:.1f} min; "
              f"fds {first[1]['fds']} -> {last[1]['fds']}; threads {first[1]['Threads']} -> {last[1]['Threads']}",
              flush=True)
    ok = (not failed and daemon.returncode == 0 and not lost and duplicated == 0 and torn == 0
          and ids == sorted(set(ids)) and len(pairs) == len(set(pairs)))
    if ok:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f"soak: FAILED; the run is kept in {folder}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
