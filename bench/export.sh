#!/usr/bin/env bash
# Benchmark of the raw export of case lines (GET /api/analytics/lines.csv): time, rows per
# second and the service's memory, with the service in its own JVM and a small heap.
# Usage: bench/export.sh [lines, default 1000000] [rounds, default 3] [service heap, default 256m]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "== compiling (jOOQ code generation, main and test classes)" >&2
mvn -q -B test-compile

echo "== resolving the test classpath" >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

exec java -Xmx256m -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.coopstats.bench.ExportBenchmark "$@"
