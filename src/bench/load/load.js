// Load benchmark for serve mode with autocannon: returning users, distinct new users, and a mixed walk.
// usage: node load.js URL [--connections 50] [--duration 10] [--new-users 10000] [--returning-users 1000]
// Prints one line per scenario and writes the figures as JSON to stdout's last line (RESULT {...}).
'use strict';
const autocannon = require('autocannon');

const args = process.argv.slice(2);
const url = args[0];
function option(name, fallback) {
  const i = args.indexOf('--' + name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}
const connections = option('connections', 50);
const duration = option('duration', 10);
const newUsers = option('new-users', 10000);
const returningUsers = option('returning-users', 1000);
const SKILL = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000b0b0';
const run = Date.now().toString(36);
let requestNumber = 0;

function envelope(userId, sessionId, isNew, attributes, request) {
  request.requestId = 'amzn1.echo-api.request.load-' + (requestNumber++);
  request.timestamp = new Date().toISOString();
  request.locale = 'en-US';
  return JSON.stringify({
    version: '1.0',
    session: { new: isNew, sessionId, application: { applicationId: SKILL }, attributes, user: { userId } },
    context: { System: { application: { applicationId: SKILL }, user: { userId },
      device: { deviceId: 'amzn1.ask.device.load', supportedInterfaces: {} } } },
    request,
  });
}
const launch = () => ({ type: 'LaunchRequest' });
const intent = (name) => ({ type: 'IntentRequest', dialogState: 'COMPLETED', intent: { name, confirmationStatus: 'NONE' } });
const headers = { 'content-type': 'application/json' };

function cannon(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, headers, method: 'POST', ...options }, (err, result) => {
      if (err) return reject(err);
      const line = {
        scenario: title, requests: result.requests.total, seconds: result.duration,
        requestsPerSecond: Math.round(result.requests.total / result.duration),
        p50ms: result.latency.p50, p99ms: result.latency.p99, maxMs: result.latency.max,
        non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
      };
      console.log(JSON.stringify(line));
      resolve(line);
    });
  });
}

// One request per user: the headline question from a user never seen (a read that finds nothing, a write).
function firstVisit(prefix) {
  return [{
    setupRequest: (req) => {
      const n = requestNumber;
      req.body = envelope(`amzn1.ask.account.${prefix}-${run}-${n}`, 'session-' + n, true, {}, intent('NeedsSpaceIntent'));
      return req;
    },
  }];
}

// A new session of a returning user: "open partner space coach" (one read, no write: "want to pick up there?").
function returningLaunch() {
  let n = 0;
  return [{
    setupRequest: (req) => {
      const user = `amzn1.ask.account.returning-${run}-${n++ % returningUsers}`;
      req.body = envelope(user, 'session-r' + requestNumber, true, {}, launch());
      return req;
    },
  }];
}

// A turn inside a session already reconciled with the store ("help" mid-walk): no store call at all, so this is
// what serve mode and the skill themselves cost.
function midSessionHelp() {
  const attributes = {
    progress: { sectionId: 'active-listening', heardSections: ['initiating-the-conversation', 'active-listening'],
      heardPrompts: [], visited: true, lastVisit: Date.now(), placeChangedAt: Date.now(), version: 2 },
    pending: 'CONTINUE', storeSynced: true,
  };
  return [{
    setupRequest: (req) => {
      req.body = envelope(`amzn1.ask.account.midsession-${run}-${requestNumber % 1000}`, 'session-m' + requestNumber,
        false, attributes, intent('AMAZON.HelpIntent'));
      return req;
    },
  }];
}

// A conversation per connection, session attributes carried: open, yes, next, next, help, stop.
function mixedWalk() {
  const turns = [launch(), intent('AMAZON.YesIntent'), intent('AMAZON.NextIntent'), intent('AMAZON.NextIntent'),
    intent('AMAZON.HelpIntent'), intent('AMAZON.StopIntent')];
  return turns.map((turn, index) => ({
    setupRequest: (req, context) => {
      if (index === 0) {
        context.user = `amzn1.ask.account.walk-${run}-${requestNumber}`;
        context.session = 'session-w' + requestNumber;
        context.attributes = {};
      }
      req.body = envelope(context.user, context.session, index === 0, context.attributes, turn);
      return req;
    },
    onResponse: (status, body, context) => {
      if (status === 200) {
        context.attributes = JSON.parse(body).sessionAttributes || {};
      }
    },
  }));
}

(async () => {
  const results = [];
  // The returning users come first (unreported: it is also the JVM's warm-up).
  const prefixReturning = 'returning';
  let made = 0;
  await cannon('setup: ' + returningUsers + ' returning users', {
    amount: returningUsers,
    requests: [{ setupRequest: (req) => {
      req.body = envelope(`amzn1.ask.account.${prefixReturning}-${run}-${made++}`, 'session-s' + made, true, {},
        intent('NeedsSpaceIntent'));
      return req;
    } }],
  });
  await cannon('warm-up: mixed walk', { duration: 5, requests: mixedWalk() });
  results.push(await cannon(`returning users (${returningUsers}), a launch each`, { duration, requests: returningLaunch() }));
  results.push(await cannon('mid-session help, no store call', { duration, requests: midSessionHelp() }));
  results.push(await cannon('mixed walk (open, yes, next, next, help, stop)', { duration, requests: mixedWalk() }));
  results.push(await cannon(`${newUsers} distinct new users, a first question each`, { amount: newUsers, requests: firstVisit('new') }));
  console.log('RESULT ' + JSON.stringify({ connections, results }));
})().catch((e) => { console.error(e); process.exit(1); });
