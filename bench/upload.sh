#!/usr/bin/env bash
# Benchmark of the CSV upload of case lines, end to end through HTTP: how long an officer's
# system waits from POSTing a file until its lines are in the return.
# Usage: bench/upload.sh [rows, default 200000] [rounds, default 5]
# Results and how to read them: BENCHMARKS.md. Runs from any directory.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "== compiling (jOOQ code generation, main and test classes)" >&2
mvn -q -B test-compile

echo "== resolving the test classpath" >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

exec java -Xmx1g -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.coopstats.bench.UploadBenchmark "$@"
