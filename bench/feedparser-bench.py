#!/usr/bin/env python3
"""The parse peer: Python feedparser over the same files as
`tradewatch parse --stats`, read into memory first (untimed), then parsed
from bytes, best of N rounds. Prints one JSON line of the same shape.

Usage: feedparser-bench.py [-n ROUNDS] FILE...   (run with the venv's python)
"""
import json, sys, time

import feedparser


def main():
    args = sys.argv[1:]
    rounds = 3
    if len(args) >= 2 and args[0] == "-n":
        rounds, args = int(args[1]), args[2:]
    if not args:
        sys.exit("usage: feedparser-bench.py [-n ROUNDS] FILE...")
    documents = []
    for path in args:
        with open(path, "rb") as f:
            documents.append(f.read())
    total = sum(len(d) for d in documents)
    best, items, errors = None, 0, 0
    for _ in range(rounds):
        items = errors = 0
        start = time.perf_counter()
        for document in documents:
            parsed = feedparser.parse(document)
            items += len(parsed.entries)
            # A document feedparser could not read as a feed at all.
            if parsed.bozo and not parsed.entries and not parsed.feed:
                errors += 1
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    print(json.dumps({"files": len(documents), "bytes": total, "items": items, "errors": errors,
                      "seconds": round(best, 6), "mb_per_s": round(total / 1e6 / best, 2)},
                     separators=(",", ":")))


if __name__ == "__main__":
    main()
