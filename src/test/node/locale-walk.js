#!/usr/bin/env node
// Drives the skill through serve mode in one locale, with that locale's interaction model: launch, the headline
// question, a topic, "I'm not safe", and, when given, the country's own emergency words ("triple zero"). Every SSML
// answer is checked with ssml-check-core for that locale.
// Usage: node locale-walk.js <skill url> <interaction model file> <skill id> <locale> [emergency words]
'use strict';
const { virtualAlexa } = require('./skill-client');
const { check } = require('ssml-check-core');

const [url, modelFile, skillId, locale, emergencyWords] = process.argv.slice(2);
if (!url || !modelFile || !skillId || !locale) {
  console.error('usage: node locale-walk.js <skill url> <interaction model file> <skill id> <locale>');
  process.exit(2);
}

const alexa = virtualAlexa(url, modelFile, skillId, locale);

async function turn(step, action) {
  const result = await action();
  const response = result && result.response;
  if (!response || !response.outputSpeech || !response.outputSpeech.ssml) {
    throw new Error(`${step}: no SSML answer: ${JSON.stringify(result)}`);
  }
  const errors = await check(response.outputSpeech.ssml, { platform: 'amazon', locale });
  if (errors && errors.length) {
    throw new Error(`${step}: SSML rejected by ssml-check-core: ${JSON.stringify(errors)} in ${response.outputSpeech.ssml}`);
  }
  if (response.shouldEndSession !== false) {
    throw new Error(`${step}: expected the session to stay open: ${JSON.stringify(response)}`);
  }
  const text = response.outputSpeech.ssml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  console.log(`SAID ${step}: ${text}`);
  if (response.card && response.card.content) {
    console.log(`CARD ${step}: ${response.card.content.replace(/\s+/g, ' ')}`);
  }
}

(async () => {
  await turn('launch', () => alexa.launch());
  await turn('headline', () => alexa.utter('he needs space'));
  await turn('topic', () => alexa.utter('what about active listening'));
  await turn('safety', () => alexa.utter("I'm not safe"));
  if (emergencyWords) {
    await turn('emergency', () => alexa.utter(emergencyWords));
  }
  console.log(`SUMMARY ok: ${locale}`);
})().catch((error) => {
  console.error(`FAILED: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
