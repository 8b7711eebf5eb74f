#!/usr/bin/env bash
# Cold launches of two builds of the skill jar, interleaved run by run (the ColdLaunch harness, the template's C1
# flags, a returning user read from a local dynalite), and the classes each loads (SQLite and JDBC counted apart:
# the Lambda path must load none). For a change that must leave the Lambda path alone:
#
#   mkdir /tmp/before && git archive COMMIT | tar -x -C /tmp/before && mvn -q -B -f /tmp/before/pom.xml package -DskipTests
#   mvn -q -B package test-compile -DskipTests
#   RUNS=15 src/bench/cold-start-compare.sh /tmp/before/target/needs-space-skill.jar target/needs-space-skill.jar
#
# MEASURED names the request each timed process answers (default src/bench/requests/launch.json); a first turn in
# the user's own words in a fresh process: MEASURED=src/bench/requests/own-words.json.
#
# Needs: JDK 17+, Maven, Node.js (dynalite from `npm ci` in src/test/node). Not run by `mvn verify`.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BEFORE.jar AFTER.jar"; exit 2; }
BEFORE=$(realpath "$1"); AFTER=$(realpath "$2")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-15}
OUT=target/bench/compare; rm -rf $OUT; mkdir -p $OUT
source src/bench/report.sh cold-start-compare
unset JAVA_TOOL_OPTIONS
[ -d src/test/node/node_modules/dynalite ] || (cd src/test/node && npm ci --no-audit --no-fund --loglevel=error)
jar cf "$OUT/cold-launch.jar" -C target/test-classes org/needsspace/bench/ColdLaunch.class
LAUNCH="$ROOT/src/bench/requests/launch.json"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
node src/test/node/node_modules/dynalite/cli.js --host 127.0.0.1 --port "$PORT" --createTableMs 0 --deleteTableMs 0 > "$OUT/dynalite.log" 2>&1 &
DPID=$!
trap 'kill "$DPID" 2>/dev/null || true; echo "# report: $BENCH_REPORT"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$PORT" SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000b3c
export PROGRESS_TABLE_NAME=needs-space-progress-bench
curl -sf -X POST "http://127.0.0.1:$PORT/" -o /dev/null -H 'Content-Type: application/x-amz-json-1.0' -H 'X-Amz-Target: DynamoDB_20120810.CreateTable' \
  -H 'X-Amz-Date: 20250101T000000Z' -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0' \
  -d "{\"TableName\":\"$PROGRESS_TABLE_NAME\",\"BillingMode\":\"PAY_PER_REQUEST\",\"AttributeDefinitions\":[{\"AttributeName\":\"userId\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"userId\",\"KeyType\":\"HASH\"}]}"
run() { java -XX:TieredStopAtLevel=1 -cp "$1:$OUT/cold-launch.jar" org.needsspace.bench.ColdLaunch "${@:2}"; }
declare -A JAR=([before]=$BEFORE [after]=$AFTER)
run "$AFTER" "$LAUNCH" src/bench/requests/topic.json src/bench/requests/stop.json > $OUT/setup.out 2>&1
run "$AFTER" "$LAUNCH" > $OUT/check.out 2>&1
grep -q 'Last time you were' $OUT/check.out || { echo "the benchmark user is not a returning user"; exit 1; }
for side in before after; do
  java -XX:TieredStopAtLevel=1 -Xlog:class+load:file=$OUT/$side-classes.log -cp "${JAR[$side]}:$OUT/cold-launch.jar" org.needsspace.bench.ColdLaunch "$LAUNCH" > /dev/null 2>&1
  echo "$side: $(grep -c 'source:' $OUT/$side-classes.log) classes loaded, org.sqlite classes: $(grep -c 'org.sqlite' $OUT/$side-classes.log || true), java.sql: $(grep -c ' java.sql' $OUT/$side-classes.log || true)"
done
MEASURED=${MEASURED:-$LAUNCH}
ms() { local s e; s=$(date +%s%N); run "${JAR[$1]}" "$MEASURED" > /dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
ms before >/dev/null; ms after >/dev/null
for i in $(seq $RUNS); do ms before >> $OUT/t-before; ms after >> $OUT/t-after; done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "median of $RUNS interleaved C1 processes answering $(basename "$MEASURED"): before $(median $OUT/t-before) ms, after $(median $OUT/t-after) ms;" \
  "jars $(stat -c %s "$BEFORE") and $(stat -c %s "$AFTER") bytes; load average $(cut -d' ' -f1-3 /proc/loadavg)"
