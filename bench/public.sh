#!/usr/bin/env bash
# Benchmark of the public pages: requests per second with wrk (2 threads) against the list of
# editions, a cycle summary, a report's CSV and a State's page, served from memory.
# Usage: bench/public.sh [seconds per address, default 30] [connections, default 50]
# Installs Debian's wrk with apt-get when it is missing. Results: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk
fi

exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" 1g org.coopstats.bench.PublicBenchmark "$@"
