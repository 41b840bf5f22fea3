#!/usr/bin/env bash
# Benchmark of the demo-data generator: how many case lines per second it writes into the
# embedded MariaDB. Usage: bench/generator.sh [lines, default 1000000] [rounds, default 3]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" 1g org.coopstats.bench.GeneratorBenchmark "$@"
