#!/usr/bin/env node
// The JSON work of deploy.sh, in Node.js because the ASK CLI needs it anyway:
//   package --source DIR --out DIR --privacy-policy-url URL [--endpoint ARN]
//       copies the committed skill package to DIR and fills in what only a deployment knows: the function alias
//       ARN as the endpoint of the custom API and of the skill events, and the privacy policy URL for every locale.
//       Without --endpoint (the skill does not exist yet) the events are left out: subscriptions need an endpoint.
//   skill-id FILE       the skill id the ASK CLI keeps for the default profile in FILE (.ask/ask-states.json), or nothing
//   endpoint-arn        reads `sam list stack-outputs --output json` and prints the SkillEndpointArn output
"use strict";

const fs = require("fs");
const path = require("path");

const ALIAS_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+:live$/;
const HTTPS_URL = /^https:\/\/[^\s/]+(\/\S*)?$/;

function fail(message) {
  process.stderr.write(`deploy-tool: ${message}\n`);
  process.exit(1);
}

function options(args) {
  const found = {};
  for (let i = 0; i < args.length; i += 2) {
    if (!args[i].startsWith("--") || args[i + 1] === undefined) {
      fail(`expected --name value pairs, got ${args.slice(i).join(" ")}`);
    }
    found[args[i].slice(2)] = args[i + 1];
  }
  return found;
}

function writePackage(args) {
  const {source, out, endpoint} = args;
  const privacyPolicyUrl = args["privacy-policy-url"];
  if (!source || !out) {
    fail("package needs --source and --out");
  }
  if (!HTTPS_URL.test(privacyPolicyUrl || "")) {
    fail(`--privacy-policy-url must be an https URL, got ${privacyPolicyUrl}`);
  }
  if (endpoint !== undefined && !ALIAS_ARN.test(endpoint)) {
    fail(`--endpoint must be the ARN of a function's live alias, got ${endpoint}`);
  }
  fs.rmSync(out, {recursive: true, force: true});
  fs.cpSync(source, out, {recursive: true});

  const file = path.join(out, "skill.json");
  const skill = JSON.parse(fs.readFileSync(file, "utf8"));
  const manifest = skill.manifest;
  const locales = Object.keys(manifest.publishingInformation.locales);
  manifest.privacyAndCompliance.locales = Object.fromEntries(locales.map((locale) => [locale, {privacyPolicyUrl}]));
  if (endpoint) {
    manifest.apis.custom.endpoint = {uri: endpoint};
    manifest.events.endpoint = {uri: endpoint};
  } else {
    delete manifest.events;
  }
  fs.writeFileSync(file, JSON.stringify(skill, null, 2) + "\n");
}

function printSkillId(file) {
  if (!file) {
    fail("skill-id needs the path of ask-states.json");
  }
  if (!fs.existsSync(file)) {
    return;
  }
  const skillId = JSON.parse(fs.readFileSync(file, "utf8"))?.profiles?.default?.skillId;
  if (skillId) {
    process.stdout.write(`${skillId}\n`);
  }
}

function printEndpointArn() {
  const outputs = JSON.parse(fs.readFileSync(0, "utf8"));
  const arn = (Array.isArray(outputs) ? outputs : []).find((output) => output.OutputKey === "SkillEndpointArn")?.OutputValue;
  if (!ALIAS_ARN.test(arn || "")) {
    fail(`the stack has no SkillEndpointArn output with a live alias ARN (got ${arn})`);
  }
  process.stdout.write(`${arn}\n`);
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "package":
    writePackage(options(rest));
    break;
  case "skill-id":
    printSkillId(rest[0]);
    break;
  case "endpoint-arn":
    printEndpointArn();
    break;
  default:
    fail(`unknown command ${command}; use package, skill-id or endpoint-arn`);
}
