#!/usr/bin/env python3
"""`make bench`: tradewatch side by side with a floor and peers, in one run.

1. Parse: `tradewatch parse --stats` over the corpus, against bare libxml2
   (bench/xmlfloor.c, the floor) and Python feedparser on the same files.
2. Poll cycle: nginx on 127.0.0.1 serves the corpus (ETag, Last-Modified,
   gzip); `tradewatch run --once` over all feeds, cold and warm, against
   `newsboat -x reload` on the same URLs, cold and warm.
3. Detection: `tradewatch bench-detect` over every corpus item.
4. Fan-out: `tradewatch bench-fanout` (10,000 alerts, 100 subscribers), when
   the binary has it.

Prints one table, writes .build/bench/results.json and .build/bench/chart.svg.
Machine noise is large on shared machines: compare the ratios, which are
measured in the same run with the rounds of each pair interleaved.

Usage: bench/run.py [--corpus DIR] [--rounds N] [--cycle-rounds N]
                    [--feedparser-rounds N] [--skip-build] [--only SECTION,...]
Stdlib only.
"""
import argparse
import getpass
import glob
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, ".build", "bench")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import Report  # noqa: E402  (bench/report.py: table, JSON, SVG)
from cluster import bench_cluster  # noqa: E402  (bench/cluster.py: PostgreSQL cycle, takeover)


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


class Measured:
    """One child process: its stdout, exit status, wall time, CPU time and peak RSS."""

    def __init__(self, status, stdout, wall, user, sys_, maxrss_kb):
        self.status, self.stdout = status, stdout
        self.wall, self.cpu, self.user, self.sys = wall, user + sys_, user, sys_
        self.rss_mb = maxrss_kb / 1024

    def as_dict(self):
        return {"wall_s": round(self.wall, 4), "cpu_s": round(self.cpu, 4), "user_s": round(self.user, 4),
                "sys_s": round(self.sys, 4), "peak_rss_mb": round(self.rss_mb, 2), "status": self.status}


def measure(argv, cwd=None, env=None, stdout_path=None, stderr_path=None):
    """Runs argv and takes its rusage from wait4, which belongs to this child alone."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    err = open(stderr_path, "wb") if stderr_path else subprocess.DEVNULL
    start = time.perf_counter()
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=err)
    data = b""
    if out is subprocess.PIPE:
        data = process.stdout.read()
        process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    for f in (out, err):
        if hasattr(f, "close"):
            f.close()
    return Measured(process.returncode, data.decode("utf-8", "replace"), wall,
                    usage.ru_utime, usage.ru_stime, usage.ru_maxrss)


def run(argv, **kw):
    return subprocess.run(argv, check=True, **kw)


def json_line(text, what):
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise SystemExit(f"bench: {what} printed no JSON line:\n{text}")


# ---------------------------------------------------------------- setup

def ensure_tools(need_cycle):
    """Installs what the benchmark needs and the machine lacks (apt via scripts/deps.sh)."""
    packages = []
    if need_cycle:
        if not shutil.which("nginx") and not os.path.exists("/usr/sbin/nginx"):
            packages.append("nginx")
        if not shutil.which("newsboat"):
            packages.append("newsboat")
    if not shutil.which("gcc"):
        packages.append("gcc")
    if packages:
        log(f"installing {' '.join(packages)}")
        run(["bash", os.path.join(ROOT, "scripts", "deps.sh")] + packages)


def build(skip):
    """The release binary, the floor program and the feedparser venv."""
    if not skip:
        log("make release")
        run(["make", "-s", "release"], cwd=ROOT, stdout=subprocess.DEVNULL)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout.strip()
    tradewatch = os.path.join(bin_dir, "tradewatch")
    if not os.access(tradewatch, os.X_OK):
        raise SystemExit(f"bench: no release binary at {tradewatch}")
    floor = os.path.join(OUT, "xmlfloor")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], check=True, capture_output=True,
                           text=True).stdout.split()
    run(["gcc", "-O2", "-o", floor, os.path.join(ROOT, "bench", "xmlfloor.c")] + flags)
    return tradewatch, floor


def venv_python():
    venv = os.path.join(OUT, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        log("python3 -m venv .build/bench/venv")
        try:
            run([sys.executable, "-m", "venv", venv])
        except subprocess.CalledProcessError:
            run(["bash", os.path.join(ROOT, "scripts", "deps.sh"), "python3-venv"])
            shutil.rmtree(venv, ignore_errors=True)
            run(["/usr/bin/python3", "-m", "venv", venv])
    if subprocess.run([python, "-c", "import feedparser"], capture_output=True).returncode != 0:
        log("pip install feedparser")
        run([os.path.join(venv, "bin", "pip"), "install", "-q", "feedparser"])
    return python


# ---------------------------------------------------------------- 1. parse

def bench_parse(tradewatch, floor, python, files, rounds, fp_rounds):
    log(f"parse: {len(files)} files, {rounds} rounds (feedparser {fp_rounds})")
    tw_runs, floor_runs, fp_runs = [], [], []
    # Interleaved round by round, so a busy machine slows all alike.
    for r in range(max(rounds, fp_rounds)):
        if r < rounds:
            m = measure([tradewatch, "parse", "--stats"] + files)
            tw_runs.append(json_line(m.stdout, "tradewatch parse --stats"))
            m = measure([floor, "-n", "1"] + files)
            floor_runs.append(json_line(m.stdout, "xmlfloor"))
        if r < fp_rounds:
            m = measure([python, os.path.join(ROOT, "bench", "feedparser-bench.py"), "-n", "1"] + files)
            fp_runs.append(json_line(m.stdout, "feedparser-bench.py"))

    def best(runs):
        top = dict(min(runs, key=lambda x: x["seconds"]))
        top["items_per_s"] = round(top["items"] / top["seconds"]) if top.get("items") is not None else None
        top["rounds"] = [x["seconds"] for x in runs]
        return top
    return {"tradewatch": best(tw_runs), "libxml2_floor": best(floor_runs), "feedparser": best(fp_runs)}


# ---------------------------------------------------------------- 2. poll cycle

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Nginx:
    """nginx as this user, config and logs under .build/bench/nginx/, stopped by stop()."""

    LOG_FORMAT = ('$status $request_method "$request_uri" $body_bytes_sent "$http_user_agent" "$http_if_none_match" '
                  '"$http_if_modified_since" "$gzip_ratio"')

    def __init__(self, corpus):
        self.dir = os.path.join(OUT, "nginx")
        shutil.rmtree(self.dir, ignore_errors=True)
        os.makedirs(os.path.join(self.dir, "tmp"))
        self.port = free_port()
        self.access_log = os.path.join(self.dir, "access.log")
        user = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
        tmp = os.path.join(self.dir, "tmp")
        conf = f"""# generated by bench/run.py
{user}worker_processes 1;
daemon off;
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    # Every corpus file as XML, so gzip applies whatever its extension.
    types {{ }}
    default_type application/xml;
    log_format bench '{self.LOG_FORMAT}';
    access_log {self.access_log} bench;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    sendfile on;
    keepalive_requests 100000;
    etag on;
    if_modified_since exact;
    gzip on;
    gzip_types application/xml application/rss+xml application/atom+xml text/xml;
    server {{
        listen 127.0.0.1:{self.port};
        root {os.path.abspath(corpus)};
        location / {{ }}
    }}
}}
"""
        self.conf = os.path.join(self.dir, "nginx.conf")
        with open(self.conf, "w") as f:
            f.write(conf)
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self.process = subprocess.Popen([nginx, "-p", self.dir, "-c", self.conf, "-e", os.path.join(self.dir, "error.log")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                if self.process.poll() is not None or time.time() > deadline:
                    raise SystemExit(f"bench: nginx did not start; see {self.dir}/error.log")
                time.sleep(0.05)
        log(f"nginx on 127.0.0.1:{self.port}")

    def url(self, name):
        return f"http://127.0.0.1:{self.port}/{urllib.parse.quote(name)}"

    def mark(self):
        return os.path.getsize(self.access_log) if os.path.exists(self.access_log) else 0

    def statuses(self, since):
        """Status counts and bytes sent of the requests logged after `since` (a mark())."""
        time.sleep(0.05)
        counts, sent, gzipped = {}, 0, 0
        with open(self.access_log, "rb") as f:
            f.seek(since)
            for line in f.read().decode("utf-8", "replace").splitlines():
                parts = line.split(" ")
                counts[parts[0]] = counts.get(parts[0], 0) + 1
                sent += int(parts[3]) if parts[3].isdigit() else 0
                gzipped += 0 if line.endswith('"-"') else 1
        return {"requests": sum(counts.values()), "status": counts, "body_bytes": sent, "gzipped": gzipped}

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def tradewatch_config(folder, urls, concurrency, max_age):
    os.makedirs(folder, exist_ok=True)
    lines = ["# generated by bench/run.py", "[daemon]", 'state_dir = "state"', 'log = "alerts.jsonl"',
             'socket = "alerts.sock"', f'baseline = "{os.path.join(ROOT, "seeds", "baseline.toml")}"',
             'interval = "10m"', f"concurrency = {concurrency}", f'max_age = "{max_age}"', ""]
    for url in urls:
        lines += ["[[feed]]", f'url = "{url}"', ""]
    path = os.path.join(folder, "tradewatch.toml")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    return path


def newsboat_setup(folder, urls, threads):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "urls"), "w") as f:
        f.write("\n".join(urls) + "\n")
    with open(os.path.join(folder, "config"), "w") as f:
        f.write(f"reload-threads {threads}\n")


def unit_environment():
    """The `Environment=` settings of systemd/tradewatch.service (the malloc
    tunables), so the bench runs tradewatch as the unit does."""
    env = {}
    with open(os.path.join(ROOT, "systemd", "tradewatch.service")) as f:
        for line in f:
            if line.startswith("Environment="):
                key, _, value = line[len("Environment="):].strip().partition("=")
                env[key] = value
    return env


def cycle_runs(name, argv_for, folder, reset, nginx, phases, env=None):
    """A cold run on empty state, then warm ones, each on the state the last left."""
    reset()
    results = {}
    for phase in phases:
        mark = nginx.mark()
        m = measure(argv_for(), cwd=folder, env=dict(os.environ, HOME=folder, **(env or {})),
                    stderr_path=os.path.join(folder, f"{phase}.stderr"),
                    stdout_path=os.path.join(folder, f"{phase}.stdout"))
        if m.status != 0:
            raise SystemExit(f"bench: {name} {phase} exited {m.status}; see {folder}/{phase}.stderr")
        results[phase] = dict(m.as_dict(), **nginx.statuses(mark))
    return results


def bench_cycle(tradewatch, corpus, files, rounds, concurrency, threads, max_age):
    nginx = Nginx(corpus)
    try:
        urls = [nginx.url(os.path.basename(f)) for f in files]
        tw_dir = os.path.join(OUT, "cycle", "tradewatch")
        nb_dir = os.path.join(OUT, "newsboat")
        shutil.rmtree(tw_dir, ignore_errors=True)
        shutil.rmtree(nb_dir, ignore_errors=True)
        config = tradewatch_config(tw_dir, urls, concurrency, max_age)
        newsboat_setup(nb_dir, urls, threads)
        newsboat = shutil.which("newsboat")

        def reset_tw():
            for p in ("state", "alerts.jsonl", "alerts.sock"):
                target = os.path.join(tw_dir, p)
                shutil.rmtree(target, ignore_errors=True) if os.path.isdir(target) else (
                    os.path.exists(target) and os.remove(target))

        def reset_nb():
            for p in glob.glob(os.path.join(nb_dir, "cache.db*")):
                os.remove(p)

        runs = {"tradewatch": [], "newsboat": []}
        for r in range(rounds):
            log(f"poll cycle round {r + 1}/{rounds}")
            runs["tradewatch"].append(cycle_runs(
                "tradewatch", lambda: [tradewatch, "run", "--config", config, "--once"], tw_dir, reset_tw, nginx,
                ("cold", "warm"), env=unit_environment()))
            # newsboat 2.21 stores a new feed's validators only from its second
            # reload on, so its second run downloads everything again; the
            # third is its first conditional-GET cycle ("warm3").
            runs["newsboat"].append(cycle_runs(
                "newsboat", lambda: [newsboat, "-x", "reload", "-u", "urls", "-c", "cache.db", "-C", "config"],
                nb_dir, reset_nb, nginx, ("cold", "warm", "warm3")))
        with open(os.path.join(tw_dir, "alerts.jsonl"), "rb") as f:
            alerts = sum(1 for _ in f)
    finally:
        nginx.stop()

    def summary(pairs, phase):
        xs = [p[phase] for p in pairs]
        last = xs[-1]
        # Best of the rounds for times, as for parse: other load on a shared
        # machine only ever adds time. The peak RSS is the worst round.
        return {"wall_s": round(min(x["wall_s"] for x in xs), 4),
                "cpu_s": round(min(x["cpu_s"] for x in xs), 4),
                "wall_median_s": round(statistics.median(x["wall_s"] for x in xs), 4),
                "peak_rss_mb": round(max(x["peak_rss_mb"] for x in xs), 2),
                "requests": last["requests"], "status": last["status"], "body_bytes": last["body_bytes"],
                "gzipped": last["gzipped"], "rounds": xs}
    result = {"feeds": len(files), "concurrency": concurrency, "newsboat_reload_threads": threads,
              "max_age": max_age, "alerts_cold": alerts}
    for who, phases in (("tradewatch", ("cold", "warm")), ("newsboat", ("cold", "warm", "warm3"))):
        for phase in phases:
            result[f"{who}_{phase}"] = summary(runs[who], phase)
    return result


# ---------------------------------------------------------------- 3. detection, 4. fan-out

def bench_detect(tradewatch, files, rounds):
    log("detection")
    m = measure([tradewatch, "bench-detect", "--baseline", os.path.join(ROOT, "seeds", "baseline.toml"),
                 "--rounds", str(rounds)] + files)
    if m.status != 0:
        raise SystemExit("bench: tradewatch bench-detect failed")
    return json_line(m.stdout, "tradewatch bench-detect")


def bench_fanout(tradewatch, rounds):
    # An unknown subcommand makes ArgumentParser print the root's help, exit 0.
    probe = subprocess.run([tradewatch, "bench-fanout", "--help"], capture_output=True, text=True)
    if probe.returncode != 0 or "USAGE: tradewatch bench-fanout" not in probe.stdout:
        log("fan-out: not available (this tradewatch has no bench-fanout)")
        return None
    log("fan-out")
    runs = []
    for _ in range(rounds):
        m = measure([tradewatch, "bench-fanout", "--alerts", "10000", "--subscribers", "100"])
        if m.status != 0:
            raise SystemExit("bench: tradewatch bench-fanout failed")
        runs.append(json_line(m.stdout, "tradewatch bench-fanout"))
    # The median run by throughput, with the p99 it had.
    runs.sort(key=lambda x: x["alerts_per_s"])
    median = dict(runs[len(runs) // 2])
    median["rounds"] = [{"alerts_per_s": x["alerts_per_s"], "latency_p99_ms": x["latency_p99_ms"]} for x in runs]
    # Flat out, 10,000 x 722-byte records to 100 readers is ~720 MB in one
    # burst: its p99 is queueing, whatever the server does. Latency is
    # measured at steady rates instead, with the daemon's queue bound (1000):
    # the highest rate every subscriber keeps up with, p99 under 50 ms.
    paced = []
    for rate in FANOUT_RATES:
        m = measure([tradewatch, "bench-fanout", "--alerts", "10000", "--subscribers", "100",
                     "--rate", str(rate), "--queue", "1000"])
        if m.status != 0:
            raise SystemExit("bench: tradewatch bench-fanout --rate failed")
        run = json_line(m.stdout, "tradewatch bench-fanout --rate")
        run["rate"] = rate
        paced.append(run)
    median["paced"] = paced
    return median


# Alerts per second published in the paced fan-out runs (x100 deliveries).
FANOUT_RATES = (500, 2000, 5000, 10000, 20000)


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "feeds"))
    parser.add_argument("--rounds", type=int, default=5, help="parse and detection rounds (best of)")
    parser.add_argument("--feedparser-rounds", type=int, default=3)
    parser.add_argument("--cycle-rounds", type=int, default=3, help="cold+warm pairs (best of)")
    parser.add_argument("--fanout-rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=8, help="tradewatch transfers in flight")
    parser.add_argument("--reload-threads", type=int, default=8, help="newsboat reload-threads")
    parser.add_argument("--max-age", default="36500d",
                        help="tradewatch max_age: the default makes every corpus item new, so the cold "
                             "cycle parses, detects and commits all of them")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--only", default="parse,cycle,cluster,detect,fanout")
    args = parser.parse_args()
    sections = set(args.only.split(","))

    os.makedirs(OUT, exist_ok=True)
    files = sorted(glob.glob(os.path.join(args.corpus, "*")))
    files = [f for f in files if os.path.isfile(f)]
    if not files:
        raise SystemExit(f"bench: no files in {args.corpus}")
    ensure_tools("cycle" in sections or "cluster" in sections)
    tradewatch, floor = build(args.skip_build)
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    results = {"started": started, "machine": {"cpus": os.cpu_count(), "load_before": os.getloadavg()},
               "corpus": {"files": len(files), "bytes": sum(os.path.getsize(f) for f in files)},
               "command": " ".join(["bench/run.py"] + sys.argv[1:])}
    if "parse" in sections:
        results["parse"] = bench_parse(tradewatch, floor, venv_python(), files, args.rounds, args.feedparser_rounds)
    if "cycle" in sections:
        results["cycle"] = bench_cycle(tradewatch, args.corpus, files, args.cycle_rounds, args.concurrency,
                                       args.reload_threads, args.max_age)
    if "cluster" in sections:
        nginx = Nginx(args.corpus)
        try:
            results["cluster"] = bench_cluster(ROOT, OUT, tradewatch, [nginx.url(os.path.basename(f)) for f in files],
                                               args.cycle_rounds, args.concurrency, args.max_age, nginx,
                                               lambda argv, **kw: measure(argv, env=dict(os.environ, **unit_environment()), **kw),
                                               tradewatch_config, log)
        finally:
            nginx.stop()
        print("cluster:", json.dumps({k: v for k, v in results["cluster"].items()
                                      if k not in ("postgres_cold", "postgres_warm")}),
              {p: {k: results["cluster"][f"postgres_{p}"][k] for k in ("wall_s", "cpu_s", "peak_rss_mb")}
               for p in ("cold", "warm")})
    if "detect" in sections:
        results["detect"] = bench_detect(tradewatch, files, args.rounds)
    if "fanout" in sections:
        results["fanout"] = bench_fanout(tradewatch, args.fanout_rounds) or "not available"
    results["machine"]["load_after"] = os.getloadavg()

    report = Report(results)
    results["targets"] = report.targets()
    print(report.table())
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump(results, f, indent=2)
    with open(os.path.join(OUT, "chart.svg"), "w") as f:
        f.write(report.svg())
    print(f"\nwritten: {os.path.relpath(OUT, ROOT)}/results.json, {os.path.relpath(OUT, ROOT)}/chart.svg")


if __name__ == "__main__":
    main()
