#!/usr/bin/env node
// Walks the skill through serve mode the way Alexa would, from the project's own interaction model:
// launch, the headline question, next through all twelve sections, a topic question, go to a step, help, stop.
// Every SSML answer is checked with ssml-check-core. Exits non-zero with a clear message on any failure.
// Usage: node walk.js <skill url> <interaction model file> <skill id>
'use strict';
const { virtualAlexa } = require('./skill-client');
const { check } = require('ssml-check-core');

const [url, modelFile, skillId] = process.argv.slice(2);
if (!url || !modelFile || !skillId) {
  console.error('usage: node walk.js <skill url> <interaction model file> <skill id>');
  process.exit(2);
}

const alexa = virtualAlexa(url, modelFile, skillId);

const heard = [];
let checked = 0;

async function verifySsml(step, ssml) {
  const errors = await check(ssml, { platform: 'amazon', locale: 'en-US' });
  checked++;
  if (errors && errors.length) {
    throw new Error(`${step}: SSML rejected by ssml-check-core: ${JSON.stringify(errors)} in ${ssml}`);
  }
}

async function turn(step, action, expectOpen = true) {
  const result = await action();
  const response = result && result.response;
  if (!response || !response.outputSpeech || !response.outputSpeech.ssml) {
    throw new Error(`${step}: no SSML answer: ${JSON.stringify(result)}`);
  }
  await verifySsml(step, response.outputSpeech.ssml);
  if (response.reprompt) {
    await verifySsml(step + ' (reprompt)', response.reprompt.outputSpeech.ssml);
  }
  const open = response.shouldEndSession === false;
  if (open !== expectOpen) {
    throw new Error(`${step}: expected the session to ${expectOpen ? 'stay open' : 'end'}: ${JSON.stringify(response)}`);
  }
  const text = response.outputSpeech.ssml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  heard.push({ step, text });
  console.log(`SAID ${step}: ${text}`);
  return text;
}

(async () => {
  await turn('launch', () => alexa.launch());
  await turn('headline', () => alexa.utter('he needs space'));
  for (let i = 2; i <= 12; i++) {
    await turn(`next ${i}`, () => alexa.utter('next section'));
  }
  await turn('topic', () => alexa.utter('what about active listening'));
  await turn('go to step', () => alexa.utter('go to step four'));
  await turn('help', () => alexa.utter('what can you do'));
  await turn('fallback', () => alexa.intend('AMAZON.FallbackIntent'));
  await turn('stop', () => alexa.intend('AMAZON.StopIntent'), false);
  console.log(`SUMMARY ok: ${heard.length} turns, ${checked} SSML documents checked`);
})().catch((error) => {
  console.error(`FAILED: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
