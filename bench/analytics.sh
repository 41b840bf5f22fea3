#!/usr/bin/env bash
# Benchmark of the analytics: how long typical breakdowns of a large demo take through HTTP.
# Usage: bench/analytics.sh [lines, default 1000000] [rounds, default 3]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" 1g org.coopstats.bench.AnalyticsBenchmark "$@"
