#!/usr/bin/env bash
# Draws every screen of the skill with Amazon's APL renderer (the team's apl-render tool, given as the argument; it is
# not part of this project) into docs/screens: each view on a landscape hub, a round hub and a TV, and the safety page of en-US and en-GB.
# The responses come from serve mode answering the catalogue's screen requests. Prints what the renderer reports
# as cut; lines waiting in a scrolling list or text are expected there. Not run by the build.
# Usage: src/tools/draw-screens.sh PATH_TO_APL_RENDER_RENDER
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
RENDER=${1:?usage: src/tools/draw-screens.sh PATH_TO_APL_RENDER_RENDER}
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

mvn -q -B package -DskipTests
java -jar target/needs-space-skill.jar serve --port 0 --database "$WORK/progress.db" --no-signature-check \
  > "$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do grep -qo 'http://[0-9.:]*' "$WORK/serve.log" && break; sleep 0.5; done
URL=$(grep -o 'http://[0-9.:]*' "$WORK/serve.log" | head -1)

python3 - "$URL" "$WORK" <<'PY'
import datetime, json, sys, urllib.request
url, work = sys.argv[1], sys.argv[2]
views = {"section": "screen-topic", "steps": "screen-list-steps", "self-care": "screen-self-care-breathing",
         "end": "screen-next-at-end", "safety-en-US": "screen-safety", "safety-en-GB": "screen-safety"}
for name, request in views.items():
    body = json.load(open(f"src/test/resources/catalogue/{request}.json"))
    if name.startswith("safety-"):
        body["request"]["locale"] = name[len("safety-"):]
    body["request"]["timestamp"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    sent = urllib.request.Request(url + "/", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    open(f"{work}/{name}.json", "wb").write(urllib.request.urlopen(sent).read())
PY

"$RENDER" --viewports hub-landscape,hub-round,tv --out docs/screens "$WORK"/*.json > "$WORK/report.json" || true
python3 - "$WORK/report.json" <<'PY'
import json, sys
for shot in json.load(open(sys.argv[1])):
    cut = [line["text"] + " (" + line["why"].split(" (")[0] + ")" for line in shot["clipped"]]
    print(f'{shot["file"]:14s} {shot["viewport"]:14s} {"nothing cut" if not cut else "; ".join(cut)}')
PY
