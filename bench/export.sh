#!/usr/bin/env bash
# Benchmark of the raw export of case lines (GET /api/analytics/lines.csv): time, rows per
# second and the service's memory, with the service in its own JVM and a small heap.
# Usage: bench/export.sh [lines, default 1000000] [rounds, default 3] [service heap, default 256m]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" 256m org.coopstats.bench.ExportBenchmark "$@"
