#!/usr/bin/env bash
# Benchmark of chart rendering: milliseconds per PNG and SVG at 1200 x 700, JVM warm.
# Usage: bench/charts.sh [renders per chart, default 300]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "== compiling (jOOQ code generation, main and test classes)" >&2
mvn -q -B test-compile

echo "== resolving the test classpath" >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

exec java -Xmx512m -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.coopstats.bench.ChartBenchmark "$@"
