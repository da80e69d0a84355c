// Bolt reference app for bench/slack: verify the Slack signature, ack /ask, nothing else.
// Env: SLACK_SIGNING_SECRET (required), BOLT_PORT (default 3081), BOLT_HOST (default 127.0.0.1).
'use strict';

// Offline guard: log every outbound TCP connect attempt (auth.test, DNS-resolved slack.com, anything).
// Incoming connections never go through Socket#connect, so this only sees client traffic.
// run.sh greps the log for OUTBOUND_CONNECT and fails the run if it appears.
const net = require('node:net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const target = typeof args[0] === 'object' && args[0] !== null ? `${args[0].host ?? args[0].path ?? '?'}:${args[0].port ?? ''}` : String(args[0]);
  process.stderr.write(`OUTBOUND_CONNECT attempted to ${target}\n${new Error().stack}\n`);
  return originalConnect.apply(this, args);
};

const { App, LogLevel } = require('@slack/bolt');

const signingSecret = process.env.SLACK_SIGNING_SECRET;
if (!signingSecret) {
  console.error('SLACK_SIGNING_SECRET is required');
  process.exit(2);
}

const app = new App({
  signingSecret,
  token: 'xoxb-bench',
  // No auth.test at start-up...
  tokenVerificationEnabled: false,
  // ...and none per request: with tokenVerificationEnabled=false and no botId/botUserId, Bolt 5's
  // singleAuthorization calls auth.test lazily on every incoming request (not cached).
  botId: 'BBENCH',
  botUserId: 'UBENCH',
  endpoints: '/slack/command', // default HTTPReceiver
  processBeforeResponse: false, // the default: respond as soon as ack() is called
  logLevel: LogLevel.WARN,
});

app.command('/ask', async ({ ack }) => {
  await ack();
});

(async () => {
  const port = Number(process.env.BOLT_PORT ?? 3081);
  const host = process.env.BOLT_HOST ?? '127.0.0.1';
  await app.start({ port, host });
  console.log(`bolt listening on http://${host}:${port}/slack/command`);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
