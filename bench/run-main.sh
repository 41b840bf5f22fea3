#!/usr/bin/env bash
# Shared by the bench scripts: compiles the project, resolves the test classpath and runs one
# benchmark class from src/test/groovy with the given heap.
# Usage (from another bench script): bench/run-main.sh <heap> <class> [arguments...]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
heap="$1"
main="$2"
shift 2

echo "== compiling (jOOQ code generation, main and test classes)" >&2
mvn -q -B test-compile

echo "== resolving the test classpath" >&2
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

exec java "-Xmx$heap" -Djava.awt.headless=true \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    "$main" "$@"
