#!/usr/bin/env bash
# Warm turns of two builds side by side: one benchmark of TurnBenchmark (BENCHMARK, default ownWordsQuestion) run in
# each build's tree in turn, ROUNDS times (default 2), so that both meet the same load. For the build before a change:
#
#   mkdir /tmp/before && git archive COMMIT | tar -x -C /tmp/before
#   src/bench/warm-compare.sh /tmp/before
#
# Both trees are built with profile bench. Prints p50 and p99 of every run; the dated report
# (target/bench/warm-compare-<time>.txt) has the load average at the start and at the end. Not run by `mvn verify`.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 BEFORE_TREE"; exit 2; }
BEFORE=$(realpath "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
ROUNDS=${ROUNDS:-2}
BENCHMARK=${BENCHMARK:-ownWordsQuestion}
source src/bench/report.sh warm-compare
unset JAVA_TOOL_OPTIONS
for tree in "$BEFORE" "$ROOT"; do
  mvn -q -B -f "$tree/pom.xml" -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$tree/target/bench/jmh.classpath"
done
echo "# $BENCHMARK, before: $BEFORE, after: this tree"
for round in $(seq "$ROUNDS"); do
  for build in before after; do
    tree=$([ "$build" = after ] && echo "$ROOT" || echo "$BEFORE")
    result="$ROOT/target/bench/warm-compare-$build-$round.json"
    (cd "$tree" && java -cp "target/test-classes:target/classes:$(cat target/bench/jmh.classpath)" \
      org.openjdk.jmh.Main "TurnBenchmark\.$BENCHMARK\$" -rf json -rff "$result" > /dev/null)
    python3 - "$round" "$build" "$result" <<'PY'
import json, sys
p = json.load(open(sys.argv[3]))[0]["primaryMetric"]["scorePercentiles"]
print(f'round {sys.argv[1]} {sys.argv[2]:6s} p50 {p["50.0"] / 1000:6.1f} ms  p99 {p["99.0"] / 1000:6.1f} ms')
PY
  done
done
echo "# load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
