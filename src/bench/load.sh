#!/usr/bin/env bash
# Load benchmark for serve mode (autocannon, npm): returning users, mid-session turns that call no store, a mixed
# walk, 10,000 distinct new users; requests per second and p50/p99 latency. Starts the packaged jar's serve mode on a
# free loopback port with a fresh SQLite database under target/bench; SERVE_ARGS adds serve options (e.g.
# SERVE_ARGS="--max-connections 100", or "--database /tmp/p.db" to measure an existing database); SKILL_JAR
# measures another build's jar (default target/needs-space-skill.jar).
# Options pass to load.js: --connections 50 --duration 10 --new-users 10000 --returning-users 1000.
# Not run by `mvn verify`. Results: target/bench/load-<time>.txt (src/bench/report.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
OUT=target/bench
mkdir -p "$OUT"
source src/bench/report.sh load
WORK=$(mktemp -d "$ROOT/$OUT/load-XXXX")

SKILL_JAR=${SKILL_JAR:-target/needs-space-skill.jar}
[ -f "$SKILL_JAR" ] || mvn -q -B package -DskipTests
(cd src/bench/load && npm ci --no-audit --no-fund --loglevel=error)

echo "# jar: $SKILL_JAR"
java -jar "$SKILL_JAR" serve --port 0 --no-signature-check \
  --progress-file "$WORK/progress.json" --database "$WORK/progress.db" ${SERVE_ARGS:-} > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; echo "# report: $BENCH_REPORT"' EXIT
for _ in $(seq 1 120); do
  grep -q 'Listening on' "$WORK/serve.log" && break
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/serve.log"; exit 1; }
  sleep 0.5
done
URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$WORK/serve.log" | head -1)

grep -E '^\(progress' "$WORK/serve.log" || true
node src/bench/load/load.js "$URL" "$@"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
