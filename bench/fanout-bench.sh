#!/usr/bin/env bash
# Subscriber socket fan-out: 10,000 alerts (722-byte records) to 100
# subscribers over real Unix sockets, in one process (tradewatch bench-fanout).
#   1. throughput: published as fast as possible, queues large enough that
#      nobody is disconnected; latency here is mostly queueing.
#   2. latency: paced at 2,000 alerts/s (200,000 deliveries/s) with the
#      daemon's default queue bound (1000).
# Targets (issue 6): >= 50,000 deliveries/s in total, p99 < 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
make -s release >/dev/null
bin=.build/release/tradewatch
echo "throughput: $($bin bench-fanout --alerts 10000 --subscribers 100)"
echo "latency:    $($bin bench-fanout --alerts 10000 --subscribers 100 --rate 2000 --queue 1000)"
