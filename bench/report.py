"""The benchmark's results as people read them: the targets of the issue
checked, one text table, and a hand-made SVG chart (no matplotlib here).
Used by bench/run.py; stdlib only."""
from xml.sax.saxutils import escape


def ratio(a, b):
    return a / b if a is not None and b else None


class Report:
    def __init__(self, results):
        self.r = results

    # ------------------------------------------------------------ targets

    def targets(self):
        """Every target of the issue with the figure measured in this run."""
        out = []

        def target(name, value, op, limit, unit=""):
            met = None if value is None else (value >= limit if op == ">=" else value <= limit if op == "<=" else value < limit)
            out.append({"target": name, "value": None if value is None else round(value, 4), "op": op, "limit": limit,
                        "unit": unit, "met": met})

        parse = self.r.get("parse")
        if parse:
            tw = parse["tradewatch"]["mb_per_s"]
            target("parse vs libxml2 floor (MB/s ratio)", ratio(tw, parse["libxml2_floor"]["mb_per_s"]), ">=", 0.7, "x")
            target("parse vs feedparser (MB/s ratio)", ratio(tw, parse["feedparser"]["mb_per_s"]), ">=", 35, "x")
        cycle = self.r.get("cycle")
        if cycle:
            twc, tww, nbc, nbw = (cycle[k] for k in ("tradewatch_cold", "tradewatch_warm", "newsboat_cold", "newsboat_warm"))
            target("cold cycle wall vs newsboat", ratio(twc["wall_s"], nbc["wall_s"]), "<=", round(1 / 3, 4), "x")
            target("warm cycle wall", tww["wall_s"], "<=", 0.5, "s")
            target("warm cycle CPU vs newsboat warm", ratio(tww["cpu_s"], nbw["cpu_s"]), "<=", 0.1, "x")
            if "newsboat_warm3" in cycle:
                target("  (stricter: vs newsboat's 304 run)", ratio(tww["cpu_s"], cycle["newsboat_warm3"]["cpu_s"]),
                       "<=", 0.1, "x")
            target("warm cycle: every request a 304", tww["status"].get("304", 0) / cycle["feeds"], ">=", 1.0,
                   "of feeds")
            target("peak RSS of the 399-feed cycle", max(twc["peak_rss_mb"], tww["peak_rss_mb"]), "<=", 40, "MB")
        detect = self.r.get("detect")
        if detect:
            target("detection items/s", detect["items_per_s"], ">=", 20000, "items/s")
        fanout = self.r.get("fanout")
        if isinstance(fanout, dict):
            # "alerts/s total": every alert delivered to every subscriber counts;
            # the stricter reading counts each alert once.
            target("fan-out alerts/s total (all deliveries)", fanout["deliveries_per_s"], ">=", 50000, "alerts/s")
            target("  (stricter: distinct alerts/s)", fanout["alerts_per_s"], ">=", 50000, "alerts/s")
            paced = fanout.get("paced") or []
            # p99 where the throughput target is met: the first paced rate
            # with >= 50,000 deliveries/s (500 alerts/s x 100 subscribers).
            at_target = next((p for p in paced if p["rate"] * fanout["subscribers"] >= 50000), None)
            if at_target:
                target(f"fan-out p99 at {at_target['rate'] * fanout['subscribers']:,} deliveries/s",
                       at_target["latency_p99_ms"] if at_target["complete"] else None, "<", 50, "ms")
            target("  (stricter: p99 of the flat-out burst)", fanout["latency_p99_ms"], "<", 50, "ms")
        elif fanout:
            out.append({"target": "fan-out (10,000 alerts, 100 subscribers)", "value": None, "op": "", "limit": None,
                        "unit": "", "met": None, "note": "not available"})
        return out

    # ------------------------------------------------------------ table

    def table(self):
        r, lines = self.r, []
        corpus = r["corpus"]
        after = r["machine"].get("load_after")
        lines.append(f"tradewatch benchmark  {r['started']}  ({r['machine']['cpus']} CPUs, load "
                     f"{r['machine']['load_before'][0]:.1f} before"
                     + (f", {after[0]:.1f} after" if after else "") + f")  corpus: {corpus['files']} files, "
                     f"{corpus['bytes'] / 1e6:.1f} MB")
        parse = r.get("parse")
        if parse:
            lines += ["", f"1. Parse (wall time, best of {len(parse['tradewatch']['rounds'])}; "
                          f"feedparser best of {len(parse['feedparser']['rounds'])})",
                      f"   {'program':<34}{'MB/s':>9}{'items/s':>11}{'items':>7}{'errors':>7}{'seconds':>9}"]
            for key, label in (("tradewatch", "tradewatch parse --stats"), ("libxml2_floor", "libxml2 floor (xmlReadMemory)"),
                               ("feedparser", "Python feedparser")):
                p = parse[key]
                lines.append(f"   {label:<34}{p['mb_per_s']:>9.2f}{p['items_per_s'] or 0:>11,}{p['items']:>7}"
                             f"{p['errors']:>7}{p['seconds']:>9.3f}")
        cycle = r.get("cycle")
        if cycle:
            lines += ["", f"2. Poll cycle: {cycle['feeds']} feeds from nginx on 127.0.0.1 (ETag, Last-Modified, gzip); "
                          f"best of {len(cycle['tradewatch_cold']['rounds'])}, peak RSS the max",
                      f"   tradewatch concurrency {cycle['concurrency']}, max_age {cycle['max_age']} "
                      f"({cycle['alerts_cold']} alerts on cold); newsboat reload-threads {cycle['newsboat_reload_threads']}",
                      f"   {'run':<34}{'wall s':>9}{'CPU s':>9}{'RSS MB':>9}{'requests':>10}  statuses"]
            for key, label in (("tradewatch_cold", "tradewatch run --once, cold"), ("tradewatch_warm", "tradewatch run --once, warm"),
                               ("newsboat_cold", "newsboat -x reload, cold"), ("newsboat_warm", "newsboat -x reload, warm"),
                               ("newsboat_warm3", "newsboat -x reload, 3rd run")):
                if key not in cycle:
                    continue
                c = cycle[key]
                statuses = " ".join(f"{k}:{v}" for k, v in sorted(c["status"].items()))
                lines.append(f"   {label:<34}{c['wall_s']:>9.3f}{c['cpu_s']:>9.3f}{c['peak_rss_mb']:>9.1f}"
                             f"{c['requests']:>10}  {statuses}")
        detect = r.get("detect")
        if detect:
            lines += ["", f"3. Detection (best of {detect['rounds']}, text already extracted)",
                      f"   {detect['items']} items in {detect['seconds']:.4f} s: {detect['items_per_s']:,.0f} items/s, "
                      f"{detect['alerts']} alerts; extracting the text took {detect['text_seconds']:.4f} s more "
                      f"({detect['items'] / (detect['seconds'] + detect['text_seconds']):,.0f} items/s together)"]
        fanout = r.get("fanout")
        if isinstance(fanout, dict):
            lines += ["", f"4. Fan-out ({fanout['alerts']:,} alerts to {fanout['subscribers']} socket subscribers, "
                          f"median of {len(fanout['rounds'])})",
                      f"   {fanout['alerts_per_s']:,.0f} alerts/s ({fanout['deliveries_per_s']:,.0f} deliveries/s), "
                      f"latency p50 {fanout['latency_p50_ms']} ms, p99 {fanout['latency_p99_ms']} ms; "
                      f"delivered {fanout['delivered']:,}, disconnected {fanout['disconnected']}, "
                      f"out of order {fanout['out_of_order']}"]
            for p in fanout.get("paced") or []:
                lines.append(f"   paced {p['rate']:>6,} alerts/s ({p['rate'] * fanout['subscribers']:>9,} deliveries/s): "
                             f"p50 {p['latency_p50_ms']} ms, p99 {p['latency_p99_ms']} ms, max {p['latency_max_ms']} ms"
                             + ("" if p["complete"] else f", INCOMPLETE ({p['disconnected']} disconnected)"))
            kept = [p for p in fanout.get("paced") or [] if p["complete"] and p["latency_p99_ms"] < 50]
            if kept:
                best = max(kept, key=lambda p: p["rate"])
                lines.append(f"   highest paced rate with p99 < 50 ms: {best['rate']:,} alerts/s "
                             f"({best['rate'] * fanout['subscribers']:,} deliveries/s)")
        elif fanout:
            lines += ["", "4. Fan-out: not available (this tradewatch has no bench-fanout)"]
        targets = r.get("targets") or self.targets()
        lines += ["", "Targets (ratios measured in this run)",
                  f"   {'target':<40}{'measured':>12}  {'want':<12}result"]
        for t in targets:
            value = "n/a" if t["value"] is None else f"{t['value']:,.3f}" if abs(t["value"]) < 100 else f"{t['value']:,.0f}"
            want = f"{t['op']} {t['limit']}" if t["limit"] is not None else ""
            result = t.get("note") or {True: "met", False: "MISSED", None: "n/a"}[t["met"]]
            lines.append(f"   {t['target']:<40}{value:>12}  {want:<12}{result}")
        met = sum(1 for t in targets if t["met"])
        lines.append(f"   {met} of {len(targets)} met")
        return "\n".join(lines)

    # ------------------------------------------------------------ chart

    def svg(self):
        """Panels of horizontal bars (one per comparison) and the targets list."""
        r = self.r
        panels = []
        parse = r.get("parse")
        if parse:
            panels.append(("Parse throughput, MB/s (higher is better)",
                           [("libxml2 floor", parse["libxml2_floor"]["mb_per_s"], "#999999"),
                            ("tradewatch", parse["tradewatch"]["mb_per_s"], "#1f77b4"),
                            ("feedparser", parse["feedparser"]["mb_per_s"], "#ff7f0e")], "{:.1f}"))
        cycle = r.get("cycle")
        if cycle:
            rows = (("tradewatch cold", "tradewatch_cold", "#1f77b4"), ("tradewatch warm", "tradewatch_warm", "#6baed6"),
                    ("newsboat cold", "newsboat_cold", "#d62728"), ("newsboat warm", "newsboat_warm", "#ff9896"),
                    ("newsboat 3rd run", "newsboat_warm3", "#fcbba1"))
            for title, field, fmt in (("Poll cycle wall time, s (lower is better)", "wall_s", "{:.2f}"),
                                      ("Poll cycle CPU time (user+sys), s (lower is better)", "cpu_s", "{:.2f}"),
                                      ("Poll cycle peak RSS, MB (lower is better; target 40)", "peak_rss_mb", "{:.1f}")):
                panels.append((title, [(label, cycle[key][field], color) for label, key, color in rows if key in cycle],
                               fmt))
        width, left, bar_h, gap = 760, 150, 18, 6
        y, parts = 40, []
        parts.append(f'<text x="10" y="24" font-size="16" font-weight="bold">tradewatch benchmark, {escape(r["started"])}</text>')
        for title, bars, fmt in panels:
            parts.append(f'<text x="10" y="{y + 14}" font-size="13" font-weight="bold">{escape(title)}</text>')
            y += 22
            top = max(v for _, v, _ in bars) or 1
            for label, value, color in bars:
                w = max(1, (width - left - 90) * value / top)
                parts.append(f'<text x="{left - 6}" y="{y + 13}" font-size="12" text-anchor="end">{escape(label)}</text>')
                parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}"/>')
                parts.append(f'<text x="{left + w + 4:.1f}" y="{y + 13}" font-size="12">{fmt.format(value)}</text>')
                y += bar_h + gap
            y += 14
        parts.append(f'<text x="10" y="{y + 14}" font-size="13" font-weight="bold">Targets</text>')
        y += 22
        for t in r.get("targets") or self.targets():
            mark, color = {True: ("met", "#2ca02c"), False: ("MISSED", "#d62728"), None: ("n/a", "#777777")}[t["met"]]
            value = "n/a" if t["value"] is None else f"{t['value']:,.3f}".rstrip("0").rstrip(".")
            want = f"{t['op']} {t['limit']} {t['unit']}" if t["limit"] is not None else t.get("note", "")
            parts.append(f'<text x="20" y="{y + 12}" font-size="12">{escape(t["target"])}: {escape(value)} '
                         f'(want {escape(want)})</text>')
            parts.append(f'<text x="{width - 80}" y="{y + 12}" font-size="12" font-weight="bold" fill="{color}">{mark}</text>')
            y += 18
        height = y + 16
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                f'viewBox="0 0 {width} {height}" font-family="sans-serif">\n'
                f'<rect width="100%" height="100%" fill="white"/>\n' + "\n".join(parts) + "\n</svg>\n")
