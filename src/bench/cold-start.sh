#!/usr/bin/env bash
# Cold-start benchmark: a fresh JVM per run answers one LaunchRequest of a returning user through the Lambda
# handler, against a local dynalite; the same for the stock-SDK reference (src/bench/reference), interleaved run by
# run so both see the same machine load. Prints the median per JVM-flag variant and the skill/reference ratio.
#
#   src/bench/cold-start.sh            # RUNS=10 by default
#   RUNS=20 src/bench/cold-start.sh
#   RUNS=7 VARIANTS="c1 appcds+c1" src/bench/cold-start.sh   # only some of: default c1 appcds+c1 appcds+c1+serialgc
#
# The skill is configured as on Lambda: SKILL_ID, PROGRESS_TABLE_NAME, and AWS_ENDPOINT_URL_DYNAMODB for the
# DynamoDB adapter. Where the skill has no DynamoDB adapter yet, its handler keeps progress in memory: the run
# still works and says so ("skill store: in-memory").
#
# Needs: JDK 17+, Maven, Node.js (dynalite is installed by `npm ci` in src/test/node). Not run by `mvn verify`.
set -euo pipefail

RUNS=${RUNS:-10}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
OUT=target/bench
mkdir -p "$OUT"
source src/bench/report.sh cold-start
unset JAVA_TOOL_OPTIONS

echo "== building the skill jar, the launcher and the stock-SDK reference"
mvn -q -B package -DskipTests
mvn -q -B test-compile
jar cf "$OUT/cold-launch.jar" -C target/test-classes org/needsspace/bench/ColdLaunch.class
mvn -q -B -f src/bench/reference/pom.xml package -DskipTests
[ -d src/test/node/node_modules/dynalite ] || (cd src/test/node && npm ci --no-audit --no-fund --loglevel=error)

# Jars only, identical at AppCDS dump and run time (else the archive is silently not used).
SKILL_CP="$ROOT/target/needs-space-skill.jar:$ROOT/$OUT/cold-launch.jar"
REF_CP="$ROOT/src/bench/reference/target/stock-sdk-reference.jar"
LAUNCH="$ROOT/src/bench/requests/launch.json"

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
node src/test/node/node_modules/dynalite/cli.js --host 127.0.0.1 --port "$PORT" --createTableMs 0 --deleteTableMs 0 \
  > "$OUT/dynalite.log" 2>&1 &
DYNALITE_PID=$!
trap 'kill "$DYNALITE_PID" 2>/dev/null || true; echo "# report: $BENCH_REPORT"' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

export AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
export AWS_ENDPOINT_URL_DYNAMODB="http://127.0.0.1:$PORT"
export SKILL_ID=amzn1.ask.skill.00000000-0000-4000-8000-000000000b3c
SKILL_TABLE=needs-space-progress-bench
REF_TABLE=stock-reference-bench

create_table() { # name key
  curl -sf -X POST "http://127.0.0.1:$PORT/" -o /dev/null \
    -H 'Content-Type: application/x-amz-json-1.0' -H 'X-Amz-Target: DynamoDB_20120810.CreateTable' \
    -H 'X-Amz-Date: 20250101T000000Z' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=bench/20250101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0' \
    -d "{\"TableName\":\"$1\",\"BillingMode\":\"PAY_PER_REQUEST\",\"AttributeDefinitions\":[{\"AttributeName\":\"$2\",\"AttributeType\":\"S\"}],\"KeySchema\":[{\"AttributeName\":\"$2\",\"KeyType\":\"HASH\"}]}"
}
create_table "$SKILL_TABLE" userId   # the skill's adapter: key userId
create_table "$REF_TABLE" id         # the SDK's DynamoDbPersistenceAdapter: key id

skill() { PROGRESS_TABLE_NAME=$SKILL_TABLE java "$@" -cp "$SKILL_CP" org.needsspace.bench.ColdLaunch "$LAUNCH"; }
reference() { PROGRESS_TABLE_NAME=$REF_TABLE java "$@" -cp "$REF_CP" org.needsspace.reference.ColdLaunch "$LAUNCH"; }

echo "== making the benchmark user a returning user on both sides"
PROGRESS_TABLE_NAME=$SKILL_TABLE java -cp "$SKILL_CP" org.needsspace.bench.ColdLaunch "$LAUNCH" \
  src/bench/requests/topic.json src/bench/requests/stop.json > "$OUT/skill-setup.out"
reference > "$OUT/reference-setup.out" 2>&1
skill > "$OUT/skill-launch.out" 2>&1
reference > "$OUT/reference-launch.out" 2>&1
grep -q 'Welcome back' "$OUT/reference-launch.out" || { echo "reference did not see a returning user"; exit 1; }
if grep -q 'Last time you were' "$OUT/skill-launch.out"; then
  echo "skill store: DynamoDB (returning user read from dynalite)"
else
  echo "skill store: in-memory (no DynamoDB adapter in this build: the skill answers a first visit, no table read)"
fi

C1="-XX:TieredStopAtLevel=1"
declare -A FLAGS=(
  [default]=""
  [c1]="$C1"
  [appcds+c1]="$C1 -XX:SharedArchiveFile=$ROOT/$OUT/SIDE.jsa"
  [appcds+c1+serialgc]="$C1 -XX:+UseSerialGC -XX:SharedArchiveFile=$ROOT/$OUT/SIDE-serial.jsa"
)
# shellcheck disable=SC2206
VARIANTS=(${VARIANTS:-default c1 appcds+c1 appcds+c1+serialgc})
for v in "${VARIANTS[@]}"; do [ -n "${FLAGS[$v]+set}" ] || { echo "unknown variant: $v"; exit 1; }; done

echo "== dumping AppCDS archives (one launch each, same classpath and flags as the timed runs)"
rm -f "$OUT"/*.jsa
skill $C1 -XX:ArchiveClassesAtExit="$OUT/skill.jsa" > /dev/null 2>&1
reference $C1 -XX:ArchiveClassesAtExit="$OUT/reference.jsa" > /dev/null 2>&1
skill $C1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$OUT/skill-serial.jsa" > /dev/null 2>&1
reference $C1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$OUT/reference-serial.jsa" > /dev/null 2>&1
skill $C1 -XX:SharedArchiveFile="$OUT/skill.jsa" -Xshare:on > /dev/null 2>&1 || { echo "skill AppCDS archive unusable"; exit 1; }

echo "== classes loaded for one launch (fewer classes, faster start)"
for side in skill reference; do
  $side -Xlog:class+load:file="$OUT/$side-classes.log" > /dev/null 2>&1
  printf '%-10s %6d classes\n' "$side" "$(grep -c 'source:' "$OUT/$side-classes.log")"
done

run_ms() { # side variant
  local flags=${FLAGS[$2]//SIDE/$1} start end
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  $1 $flags > /dev/null 2>&1
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

echo "== timing: $RUNS runs per side and variant, interleaved"
rm -f "$OUT"/times-*
for v in "${VARIANTS[@]}"; do run_ms skill "$v" > /dev/null; run_ms reference "$v" > /dev/null; done # warm the page cache
for i in $(seq "$RUNS"); do
  for v in "${VARIANTS[@]}"; do
    run_ms skill "$v" >> "$OUT/times-skill-$v"
    run_ms reference "$v" >> "$OUT/times-reference-$v"
  done
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

echo
printf '%-20s %12s %16s %8s\n' "JVM flags" "skill (ms)" "reference (ms)" "ratio"
for v in "${VARIANTS[@]}"; do
  s=$(median "$OUT/times-skill-$v"); r=$(median "$OUT/times-reference-$v")
  printf '%-20s %12d %16d %8s\n' "$v" "$s" "$r" "$(awk "BEGIN {printf \"%.2f\", $s / $r}")"
done
best=$(for v in "${VARIANTS[@]}"; do echo "$(median "$OUT/times-skill-$v") $v"; done | sort -n | head -1)
echo
if [ -f "$OUT/times-reference-default" ] && [[ " ${VARIANTS[*]} " == *" default "* ]]; then
  ref_default=$(median "$OUT/times-reference-default")
  echo "best skill variant: ${best#* } at ${best%% *} ms; stock reference with default flags: $ref_default ms;" \
  "ratio $(awk "BEGIN {printf \"%.2f\", ${best%% *} / $ref_default}") (target <= 0.50)"
fi
echo "median of $RUNS fresh JVMs each, on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
