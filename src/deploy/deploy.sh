#!/usr/bin/env bash
# Deploys Partner Space Coach from a clean checkout: builds the jar, deploys the SAM stack (template.yaml), writes the
# stack's live alias ARN and the privacy policy URL into a copy of the skill package (target/skill-package; the
# committed interaction-model/ is never changed) and deploys that with the ASK CLI, which builds the models of all
# five locales and enables the skill for testing. Prints the skill id and how to try it. docs/deploy.md has the rest.
#
# Usage: src/deploy/deploy.sh --privacy-policy-url URL [--stack-name NAME] [--region REGION]
#                             [--alarm-topic-arn ARN] [--skip-build]
#   --privacy-policy-url  where docs/privacy.md is published (https); required by certification
#   --stack-name          default partner-space-coach
#   --region              AWS region of the stack; default $AWS_REGION, $AWS_DEFAULT_REGION, else us-east-1
#   --alarm-topic-arn     an SNS topic told when an alarm goes off (the template's AlarmTopicArn)
#   --skip-build          deploy target/needs-space-skill.jar as it is
# Needs sam (with AWS credentials), ask (ASK CLI v2, after `ask configure`), node, and mvn unless --skip-build.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

STACK=partner-space-coach
REGION=${AWS_REGION:-${AWS_DEFAULT_REGION:-us-east-1}}
PRIVACY_URL=
ALARM_TOPIC=
BUILD=yes
JAR=target/needs-space-skill.jar
PACKAGE=target/skill-package
STATES=.ask/ask-states.json

usage() {
  sed -n '/^# Usage:/,/^# Needs/s/^# \{0,1\}//p' "$0"
}

die() {
  echo "deploy: $*" >&2
  exit 1
}

step() {
  printf '\n==> %s\n' "$*"
}

tool() {
  node src/deploy/deploy-tool.js "$@"
}

while [ $# -gt 0 ]; do
  case "$1" in
    --privacy-policy-url) PRIVACY_URL=${2:-}; shift 2 || shift ;;
    --stack-name) STACK=${2:-}; shift 2 || shift ;;
    --region) REGION=${2:-}; shift 2 || shift ;;
    --alarm-topic-arn) ALARM_TOPIC=${2:-}; shift 2 || shift ;;
    --skip-build) BUILD=no; shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done

[ -n "$PRIVACY_URL" ] || { usage >&2; die "--privacy-policy-url is required (docs/privacy.md, published; serve mode serves it at /privacy)"; }
case "$PRIVACY_URL" in https://*) ;; *) die "--privacy-policy-url must be an https URL" ;; esac
[ -n "$STACK" ] && [ -n "$REGION" ] || die "--stack-name and --region need a value"
for needed in sam ask node; do
  command -v "$needed" > /dev/null || die "$needed is not on the PATH (docs/deploy.md, Prerequisites)"
done

if [ "$BUILD" = yes ]; then
  command -v mvn > /dev/null || die "mvn is not on the PATH (or pass --skip-build with $JAR built)"
  step "Building $JAR"
  mvn -q -B package -DskipTests
fi
[ -f "$JAR" ] || die "$JAR is missing: build it, or leave out --skip-build"

SKILL_ID=$(tool skill-id "$STATES")
if [ -z "$SKILL_ID" ]; then
  # The function accepts only its own skill's requests, so the skill must exist before the stack: it is created
  # from the package without an endpoint, as the developer console would create it.
  step "Creating the skill"
  tool package --source interaction-model --out "$PACKAGE" --privacy-policy-url "$PRIVACY_URL"
  ask deploy --target skill-metadata
  SKILL_ID=$(tool skill-id "$STATES")
  [ -n "$SKILL_ID" ] || die "the ASK CLI wrote no skill id to $STATES"
fi

step "Deploying stack $STACK in $REGION for skill $SKILL_ID"
PARAMETERS=("SkillId=$SKILL_ID")
[ -z "$ALARM_TOPIC" ] || PARAMETERS+=("AlarmTopicArn=$ALARM_TOPIC")
sam deploy --template-file template.yaml --stack-name "$STACK" --region "$REGION" \
  --capabilities CAPABILITY_IAM --resolve-s3 --no-confirm-changeset --no-fail-on-empty-changeset \
  --parameter-overrides "${PARAMETERS[@]}"
ENDPOINT=$(sam list stack-outputs --stack-name "$STACK" --region "$REGION" --output json | tool endpoint-arn)

step "Deploying the skill package (endpoint $ENDPOINT)"
tool package --source interaction-model --out "$PACKAGE" --privacy-policy-url "$PRIVACY_URL" --endpoint "$ENDPOINT"
ask deploy

cat << EOF

Partner Space Coach is deployed and enabled for testing.
  Skill id:  $SKILL_ID
  Endpoint:  $ENDPOINT
  Try it:    ask dialog --skill-id $SKILL_ID --locale en-US    then say: open partner space coach
             (any of en-US, en-GB, en-CA, en-AU, en-IN), or the Test tab of the developer console:
             https://developer.amazon.com/alexa/console/ask/test/$SKILL_ID/development/en_US/
EOF
