#!/usr/bin/env bash
# Warm-turn benchmark (JMH 1.37): whole turns through CustomSkill.invoke with the embedded in-memory store
# (launch, topic question, next, help, a question in the user's own words), then the stock-SDK reference's launch turn, in microseconds per turn
# (SampleTime: the p0.50 line is the median). Extra JMH options pass through, e.g. src/bench/warm.sh -f 2
# or -jvmArgs -XX:TieredStopAtLevel=1. Not run by `mvn verify`.
set -euo pipefail
source "$(dirname "$0")/jmh-classpath.sh"
source src/bench/report.sh warm
mvn -q -B -f src/bench/reference/pom.xml test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$ROOT/$OUT/reference-jmh.classpath"

echo "== the skill's turns"
java -cp "target/test-classes:target/classes:$(cat "$OUT/jmh.classpath")" org.openjdk.jmh.Main \
  'org.needsspace.bench.TurnBenchmark' -rf json -rff "$OUT/jmh-skill.json" "$@" | tee "$OUT/jmh-skill.txt"
echo "== the stock-SDK reference's launch turn"
REF=src/bench/reference/target
java -cp "$REF/test-classes:$REF/classes:$(cat "$OUT/reference-jmh.classpath")" org.openjdk.jmh.Main \
  'org.needsspace.reference.ReferenceLaunchBenchmark' -rf json -rff "$OUT/jmh-reference.json" "$@" \
  | tee "$OUT/jmh-reference.txt"

echo
echo "== medians (p0.50, us/turn)"
python3 - "$OUT/jmh-skill.json" "$OUT/jmh-reference.json" <<'PY'
import json, sys
for f in sys.argv[1:]:
    for r in json.load(open(f)):
        p = r["primaryMetric"]["scorePercentiles"]
        print(f'{r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]:40s} p50 {p["50.0"]:8.1f}  p99 {p["99.0"]:8.1f}  mean {r["primaryMetric"]["score"]:8.1f}')
PY
