// Drives a running PolicyBot through its Direct Line endpoint with the official DirectLineJS client, polling only.
// Usage: node directline-client.js <base-url> [--websocket]   (e.g. http://127.0.0.1:5000)
// Without --websocket the client polls (webSocket: false), as the embedded page may; with it, it streams through `ws`.
// Exit code 0 when the welcome, the echo of our message and the bot's reply to it all arrived; 1 otherwise.
'use strict';

// DirectLineJS talks through rxjs 5 ajax, which needs XMLHttpRequest; Node has fetch but no XHR.
global.XMLHttpRequest = require('xhr2');
const useWebSocket = process.argv.includes('--websocket');
let socketsOpened = 0;
if (useWebSocket) {
  // Node 20 has no WebSocket; `ws` provides the browser-style API DirectLineJS expects.
  const WebSocketImpl = require('ws');
  global.WebSocket = class extends WebSocketImpl {
    constructor(...args) { super(...args); socketsOpened++; }
  };
} else {
  // DirectLineJS reads the global WebSocket even with webSocket: false; it must never be used then.
  global.WebSocket = class {
    constructor() { throw new Error('WebSocket must not be used: the client runs with webSocket: false'); }
  };
}

const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const baseUrl = (process.argv[2] || '').replace(/\/+$/, '');
const text = 'hello from DirectLineJS';
const timeoutMs = Number(process.env.CLIENT_TIMEOUT_MS || 20000);

let finished = false;

function fail(message) {
  if (finished) return;
  console.error('FAIL: ' + message);
  process.exit(1);
}

async function main() {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(baseUrl)) {
    fail('expected a loopback base URL, got "' + baseUrl + '"');
  }

  // The same-origin endpoint the embedded page uses; the server chooses the user id (dl_…) and binds it to the token.
  const issued = await fetch(baseUrl + '/api/webchat/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}'
  });
  if (!issued.ok) fail('api/webchat/token answered ' + issued.status);
  const { token, userId } = await issued.json();

  const directLine = new DirectLine({
    token,
    domain: baseUrl + '/v3/directline',
    webSocket: useWebSocket,
    pollingInterval: 200
  });

  const seen = { mode: useWebSocket ? 'websocket' : 'polling', welcome: null, echo: null, reply: null, postedId: null };
  const timer = setTimeout(() => fail('timed out after ' + timeoutMs + ' ms; seen ' + JSON.stringify(seen)), timeoutMs);

  directLine.connectionStatus$.subscribe(status => {
    if (status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.Ended) {
      fail('connection status ' + status);
    }
  });

  await new Promise(resolve => {
    directLine.activity$.subscribe(activity => {
      const fromBot = activity.from && activity.from.role === 'bot';
      if (fromBot && !seen.welcome && !activity.replyToId) {
        seen.welcome = activity.text;
        directLine.postActivity({ type: 'message', from: { id: userId, name: 'Node' }, text })
          .subscribe(id => { seen.postedId = id; check(); }, error => fail('postActivity: ' + error.message));
      } else if (!fromBot && activity.text === text) {
        seen.echo = activity.id;
      } else if (fromBot && activity.replyToId) {
        seen.reply = { text: activity.text, replyToId: activity.replyToId };
      }
      check();
    });

    function check() {
      if (seen.welcome && seen.echo && seen.reply && seen.postedId) resolve();
    }
  });

  clearTimeout(timer);
  if (seen.reply.replyToId !== seen.postedId) fail('reply is not threaded to the posted activity: ' + JSON.stringify(seen));
  if (seen.echo !== seen.postedId) fail('echo id differs from the posted id: ' + JSON.stringify(seen));
  if (useWebSocket && socketsOpened === 0) fail('no WebSocket was opened');
  seen.socketsOpened = socketsOpened;
  console.log(JSON.stringify(seen));
  finished = true;
  directLine.end();
  process.exit(0);
}

main().catch(error => fail(error && error.stack || String(error)));
