# Sourced by the JMH benchmark scripts: from the project root, with results in target/bench, builds the test
# classes (profile bench) and writes the classpath JMH runs on to $OUT/jmh.classpath.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
OUT=target/bench
mkdir -p "$OUT"
unset JAVA_TOOL_OPTIONS

mvn -q -B -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/jmh.classpath"
