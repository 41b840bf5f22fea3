#!/usr/bin/env bash
# Benchmark of chart rendering: milliseconds per PNG and SVG at 1200 x 700, JVM warm.
# Usage: bench/charts.sh [renders per chart, default 300]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" 512m org.coopstats.bench.ChartBenchmark "$@"
