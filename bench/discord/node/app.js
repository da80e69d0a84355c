// express + discord-interactions reference app for bench/discord: verify the Ed25519 signature, answer PING with PONG.
// Env: DISCORD_PUBLIC_KEY (required, 64 hex), NODE_PORT (default 3082), NODE_HOST (default 127.0.0.1).
//
// Note: discord-interactions 4.x's verifyKeyMiddleware answers a verified PING itself
// (`{"type":1}`, Content-Type application/json) and never calls next(), so the route handler below
// only runs for other interaction types. Either way the work per PING is: read raw body, verify, PONG.
'use strict';

// Offline guard (same as bench/slack/bolt): log every outbound TCP connect attempt. Incoming connections never
// go through Socket#connect. run.sh greps the log for OUTBOUND_CONNECT and fails the run if it appears.
const net = require('node:net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const target = typeof args[0] === 'object' && args[0] !== null ? `${args[0].host ?? args[0].path ?? '?'}:${args[0].port ?? ''}` : String(args[0]);
  process.stderr.write(`OUTBOUND_CONNECT attempted to ${target}\n${new Error().stack}\n`);
  return originalConnect.apply(this, args);
};

const express = require('express');
const { InteractionResponseType, verifyKeyMiddleware } = require('discord-interactions');

const PUBLIC_KEY = process.env.DISCORD_PUBLIC_KEY;
if (!PUBLIC_KEY || !/^[0-9a-fA-F]{64}$/.test(PUBLIC_KEY)) {
  console.error('DISCORD_PUBLIC_KEY (64 hex characters) is required');
  process.exit(2);
}

const app = express();
app.disable('x-powered-by');

// No body parser: verifyKeyMiddleware must see the raw body.
app.post('/discord/interactions', verifyKeyMiddleware(PUBLIC_KEY), (req, res) => res.send({ type: InteractionResponseType.PONG }));

const port = Number(process.env.NODE_PORT ?? 3082);
const host = process.env.NODE_HOST ?? '127.0.0.1';
app.listen(port, host, (err) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  console.log(`express + discord-interactions listening on http://${host}:${port}/discord/interactions`);
});
