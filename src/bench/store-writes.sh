#!/usr/bin/env bash
# Store-write benchmark (JMH 1.37): the cost of one save with 1,000 and with 100,000 users stored, for serve mode's
# SQLite store and the JSON file store it replaced (StoreWriteBenchmark). Microseconds per save (SampleTime: p0.50
# is the median). The json-file runs with 100,000 users rewrite ~25 MB per save: expect them to be slow. Extra JMH
# options pass through, e.g. src/bench/store-writes.sh -p storedUsers=1000. Not run by `mvn verify`.
set -euo pipefail
source "$(dirname "$0")/jmh-classpath.sh"
source src/bench/report.sh store-writes
jmh() { java -cp "target/test-classes:target/classes:$(cat "$OUT/jmh.classpath")" org.openjdk.jmh.Main "$@"; }
echo "== SQLite: every benchmark"
jmh 'org.needsspace.bench.StoreWriteBenchmark' -p store=sqlite -rf json -rff "$OUT/jmh-store-sqlite.json" "$@" \
  | tee "$OUT/jmh-store-sqlite.txt"
echo "== JSON file: one user at a time only (16 threads queue behind whole-file rewrites for minutes)"
jmh 'org.needsspace.bench.StoreWriteBenchmark.newUserFirstSave$' -p store=json-file -rf json \
  -rff "$OUT/jmh-store-json-file.json" "$@" | tee "$OUT/jmh-store-json-file.txt"

echo
echo "== per save (us): p50, p99, mean; saves per second for the 16-thread runs"
python3 - "$OUT/jmh-store-sqlite.json" "$OUT/jmh-store-json-file.json" <<'PY'
import json, sys
for r in [r for f in sys.argv[1:] for r in json.load(open(f))]:
    p = r["primaryMetric"]["scorePercentiles"]
    name = r["benchmark"].rsplit(".", 1)[-1]
    params = r["params"]
    mean = r["primaryMetric"]["score"]
    rate = r["threads"] * 1e6 / mean
    print(f'{params["store"]:10s} {int(params["storedUsers"]):>7,d} users  {name:32s} p50 {p["50.0"]:9.0f}  p99 {p["99.0"]:9.0f}  mean {mean:9.0f}  {rate:8.0f}/s')
PY
