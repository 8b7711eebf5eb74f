#!/usr/bin/env node
// Says corpus lines to the skill through serve mode the way Alexa would, from the project's own interaction model,
// each as a new user opening a new session ("Alexa, ask ... <line>"). An either-or question is answered both ways,
// each in its own session. Prints one JSON object per answer, prefixed "HEARD ", for the Java test to judge.
// Usage: node corpus.js <skill url> <interaction model file> <skill id> <lines JSON file: an array of strings>
'use strict';
const fs = require('fs');
const { virtualAlexa } = require('./skill-client');
// virtual-alexa's utter() reads any sentence holding "ask", "tell" or "open" as a launch ("when I asked him...");
// matching the words with its own matcher and sending the intent avoids that.
const { Utterance } = require('virtual-core');

const [url, modelFile, skillId, linesFile] = process.argv.slice(2);
if (!url || !modelFile || !skillId || !linesFile) {
  console.error('usage: node corpus.js <skill url> <interaction model file> <skill id> <lines json>');
  process.exit(2);
}
const lines = JSON.parse(fs.readFileSync(linesFile, 'utf8'));
const EITHER_OR = 'Do you mean';

const alexa = virtualAlexa(url, modelFile, skillId);

let user = 0;

function answerOf(result) {
  const response = (result && result.response) || {};
  const card = response.card || {};
  return {
    ssml: (response.outputSpeech && response.outputSpeech.ssml) || '',
    cardTitle: card.title || null,
    cardText: card.content || null,
    open: response.shouldEndSession === false,
  };
}

async function say(words, then) {
  await alexa.endSession();
  alexa.context().user().setID(`amzn1.ask.account.corpus-${user++}`);
  const utterance = new Utterance(alexa.context().interactionModel(), words);
  if (!utterance.matched()) {
    return { unmatched: true };
  }
  const result = await alexa.intend(utterance.intent(), utterance.toJSON());
  const first = answerOf(result);
  if (!then || !first.ssml.includes(EITHER_OR)) {
    return first;
  }
  return { ...answerOf(await alexa.utter(then)), question: first.ssml };
}

(async () => {
  for (const words of lines) {
    const heard = await say(words);
    console.log('HEARD ' + JSON.stringify({ words, ...heard }));
    if (heard.ssml && heard.ssml.includes(EITHER_OR)) {
      for (const choice of ['the first one', 'the second one']) {
        console.log('HEARD ' + JSON.stringify({ words, choice, ...(await say(words, choice)) }));
      }
    }
  }
  console.log('SUMMARY said ' + lines.length + ' lines');
})().catch((error) => {
  console.error(`FAILED: ${error && error.message ? error.message : error}`);
  process.exit(1);
});
