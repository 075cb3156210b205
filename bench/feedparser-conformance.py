#!/usr/bin/env python3
"""Runs feedparser's own test documents through `tradewatch parse` and checks
the `Expect:` line of each, for the fields tradewatch has (titles, links,
ids, summaries, content, authors, categories, dates). Expectations that need
a field tradewatch does not model (title_detail, bozo_exception, encoding,
raw date strings, ...) count as n/a, not as failures.

Usage: bench/feedparser-conformance.py FEEDPARSER_TESTS_DIR [TRADEWATCH] [-v]
(FEEDPARSER_TESTS_DIR is feedparser's tests/ folder from its git repository.)
"""
import calendar, json, os, re, subprocess, sys, time


class NA(Exception):
    pass


class D(dict):
    """A feedparser-style dict: attribute access, aliases, n/a for unknown keys."""
    ALIASES = {"description": "summary", "guid": "id", "subtitle": "description", "tagline": "description",
               "category": None, "modified": "updated", "modified_parsed": "updated_parsed",
               "issued": "published", "issued_parsed": "published_parsed", "url": "link", "href": "link"}

    def __getitem__(self, key):
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        alias = self.ALIASES.get(key)
        if alias and dict.__contains__(self, alias):
            return dict.__getitem__(self, alias)
        raise NA(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except NA:
            return default

    def __getattr__(self, key):
        return self[key]

    def __contains__(self, key):
        try:
            self[key]
            return True
        except NA:
            return False


def struct(ts):
    return time.gmtime(calendar.timegm(time.strptime(ts, "%Y-%m-%dT%H:%M:%SZ"))) if ts else None


def model(doc):
    f = doc["feed"]
    feed = D()
    for k in ("title", "link", "description"):
        if f[k] is not None:
            feed[k] = f[k]
    if f["updated"]:
        feed["updated_parsed"] = struct(f["updated"])
    entries = []
    for it in doc["items"]:
        e = D()
        for k in ("title", "link", "summary", "author"):
            if it[k] is not None:
                e[k] = it[k]
        if not it["id"].startswith("fnv1a:"):
            e["id"] = it["id"]
        if it["content"] is not None:
            e["content"] = [D(value=it["content"])]
        if it["categories"]:
            e["tags"] = [D(term=c) for c in it["categories"]]
            e["category"] = it["categories"][0]
        if it["published"]:
            e["published_parsed"] = struct(it["published"])
        if it["updated"]:
            e["updated_parsed"] = struct(it["updated"])
        entries.append(e)
    return feed, entries


BOZO = re.compile(r"^\s*(not\s+bozo|bozo(\s*==\s*[01])?)\s+and\s+", re.I)


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    root = args[0]
    exe = args[1] if len(args) > 1 else ".build/debug/tradewatch"
    results = {"pass": [], "fail": [], "n/a": [], "error": []}
    for sub in ("wellformed/rss", "wellformed/atom", "wellformed/atom10", "wellformed/rdf", "wellformed/amp",
                "wellformed/base", "wellformed/namespace", "wellformed/node_precedence", "wellformed/xml",
                "illformed", "entities", "encoding"):
        folder = os.path.join(root, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if not name.endswith(".xml") or not os.path.isfile(path):
                continue
            head = open(path, "rb").read(4000).decode("utf-8", "replace").replace("\x00", "")
            m = re.search(r"Expect:\s*(.*?)\n", head)
            if not m:
                continue
            expect = BOZO.sub("", m.group(1).strip())
            label = f"{sub}/{name}"
            # HTTP headers (Content-Location, the document URI) and the
            # bozo/version/encoding flags are not part of what tradewatch models.
            if name.startswith("http_") or re.search(r"\b(bozo|version|encoding|headers|namespaces)\b", expect):
                results["n/a"].append(f"{label}: {expect[:80]}")
                continue
            p = subprocess.run([exe, "parse", path], capture_output=True, timeout=10)
            if p.returncode != 0:
                results["error"].append(f"{label}: {p.stderr.decode(errors='replace').strip()[:120]}")
                continue
            feed, entries = model(json.loads(p.stdout))
            env = {"feed": feed, "entries": entries, "time": time, "u": str}
            try:
                ok = eval(expect, {"__builtins__": __builtins__}, env)
            except NA as e:
                results["n/a"].append(f"{label}: needs {e}")
                continue
            except (IndexError, KeyError, TypeError, AttributeError, NameError, SyntaxError) as e:
                results["fail"].append(f"{label}: {type(e).__name__} {e} :: {expect[:150]}")
                continue
            if ok:
                results["pass"].append(label)
            else:
                results["fail"].append(f"{label}: {expect[:200]}")
    for key in ("fail", "error") + (("n/a",) if verbose else ()):
        for line in results[key]:
            print(f"  {key}: {line}")
    applicable = len(results["pass"]) + len(results["fail"]) + len(results["error"])
    print(f"feedparser-conformance: pass {len(results['pass'])}/{applicable} applicable "
          f"(fail {len(results['fail'])}, error {len(results['error'])}, n/a {len(results['n/a'])})")


if __name__ == "__main__":
    main()
