#!/usr/bin/env bash
# Benchmark of the CSV upload of case lines, end to end through HTTP: how long an officer's
# system waits from POSTing a file until its lines are in the return.
# Usage: bench/upload.sh [rows, default 200000] [rounds, default 5]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" 1g org.coopstats.bench.UploadBenchmark "$@"
