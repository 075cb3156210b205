"""`make bench`'s cluster section: the poll cycle on PostgreSQL next to
SQLite, and how long a takeover takes after kill -9.

A PostgreSQL of its own (scripts/test-postgres.sh: initdb into .build/bench,
on a free loopback port, stopped at the end) holds the cluster's state.
1. Cycle: `tradewatch run --once` over every corpus feed (nginx, as the
   SQLite cycle), cold on an empty database then warm: wall, CPU, peak RSS.
2. Takeover: two nodes poll every feed every TAKEOVER_INTERVAL; once every
   lease is held, the node holding most is killed with SIGKILL; the time
   until the survivor holds every lease. Bounded by the lease (one interval)
   plus the survivor's next poll (one more).
"""
import os
import shutil
import signal
import subprocess
import time

TAKEOVER_INTERVAL = 10


def pg(root, *args):
    return subprocess.run(["bash", os.path.join(root, "scripts", "test-postgres.sh")] + list(args),
                          check=True, capture_output=True, text=True).stdout.strip()


def cluster_config(base_config, url, node):
    with open(base_config) as f:
        text = f.read()
    path = base_config.replace(".toml", f"-{node}.toml")
    with open(path, "w") as f:
        f.write(text + f'\n[store]\nurl = "{url}"\n\n[node]\nname = "{node}"\n')
    return path


def bench_cluster(root, out, tradewatch, urls, rounds, concurrency, max_age, nginx, measure, tradewatch_config, log):
    folder = os.path.join(out, "cluster")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    server = os.path.join(folder, "pg")
    port = pg(root, "start", server, "", str(os.getpid()))
    url = f"postgresql://tradewatch@127.0.0.1:{port}/bench"
    result = {"feeds": len(urls), "postgresql": pg(root, "psql", server, "postgres", "SHOW server_version")}
    try:
        base = tradewatch_config(folder, urls, concurrency, max_age)
        config = cluster_config(base, url, "bench-a")
        runs = []
        for r in range(rounds):
            log(f"poll cycle on PostgreSQL, round {r + 1}/{rounds}")
            pg(root, "createdb", server, "bench")
            phases = {}
            for phase in ("cold", "warm"):
                mark = nginx.mark()
                m = measure([tradewatch, "run", "--config", config, "--once"], cwd=folder,
                            stderr_path=os.path.join(folder, f"{phase}.stderr"),
                            stdout_path=os.path.join(folder, f"{phase}.stdout"))
                if m.status != 0:
                    raise SystemExit(f"bench: PostgreSQL {phase} cycle exited {m.status}; see {folder}/{phase}.stderr")
                phases[phase] = dict(m.as_dict(), **nginx.statuses(mark))
            runs.append(phases)
        for phase in ("cold", "warm"):
            xs = [run[phase] for run in runs]
            result[f"postgres_{phase}"] = {"wall_s": round(min(x["wall_s"] for x in xs), 4),
                                           "cpu_s": round(min(x["cpu_s"] for x in xs), 4),
                                           "peak_rss_mb": round(max(x["peak_rss_mb"] for x in xs), 2),
                                           "rounds": xs}
        result["alerts_cold"] = int(pg(root, "psql", server, "bench", "SELECT count(*) FROM alerts"))
        result["takeover"] = takeover(root, folder, server, base, tradewatch, len(urls), log)
    finally:
        pg(root, "stop", server)
    return result


def takeover(root, folder, server, base, tradewatch, feeds, log):
    log(f"takeover after kill -9 (two nodes, interval {TAKEOVER_INTERVAL}s)")
    pg(root, "createdb", server, "takeover")
    port = open(os.path.join(server, "port")).read().strip()
    url = f"postgresql://tradewatch@127.0.0.1:{port}/takeover"
    nodes = {}
    for name in ("node-a", "node-b"):
        node_dir = os.path.join(folder, name)
        os.makedirs(node_dir, exist_ok=True)
        with open(base) as f:
            text = f.read().replace('interval = "10m"', f'interval = "{TAKEOVER_INTERVAL}s"')
        text = text.replace('state_dir = "state"', f'state_dir = "{node_dir}/state"')
        text = text.replace('log = "alerts.jsonl"', f'log = "{node_dir}/alerts.jsonl"')
        text = text.replace('socket = "alerts.sock"', f'socket = "{node_dir}/alerts.sock"')
        config = os.path.join(node_dir, "tradewatch.toml")
        with open(config, "w") as f:
            f.write(text + f'\n[store]\nurl = "{url}"\n\n[node]\nname = "{name}"\n')
        nodes[name] = subprocess.Popen([tradewatch, "run", "--config", config], cwd=node_dir,
                                       stdout=subprocess.DEVNULL, stderr=open(os.path.join(node_dir, "stderr"), "w"))

    def held():
        try:
            rows = pg(root, "psql", server, "takeover",
                      "SELECT node, count(*) FROM leases WHERE expires > now() AND node <> '' GROUP BY node")
        except subprocess.CalledProcessError:
            return {}  # no tables until a node has migrated
        return {line.split("|")[0]: int(line.split("|")[1]) for line in rows.splitlines() if "|" in line}

    try:
        deadline = time.time() + 300
        while sum(held().values()) < feeds:
            if time.time() > deadline:
                raise SystemExit(f"bench: the two nodes never held all {feeds} leases: {held()}")
            time.sleep(0.5)
        split = held()
        victim = max(split, key=split.get)
        survivor = "node-b" if victim == "node-a" else "node-a"
        nodes[victim].send_signal(signal.SIGKILL)
        killed = time.time()
        nodes[victim].wait()
        while held().get(survivor, 0) < feeds:
            if time.time() - killed > 10 * TAKEOVER_INTERVAL:
                raise SystemExit(f"bench: no takeover within {10 * TAKEOVER_INTERVAL}s: {held()}")
            time.sleep(0.2)
        return {"interval_s": TAKEOVER_INTERVAL, "split_before": split, "victim": victim,
                "takeover_s": round(time.time() - killed, 2), "feeds": feeds}
    finally:
        for p in nodes.values():
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(15)
                except subprocess.TimeoutExpired:
                    p.kill()
