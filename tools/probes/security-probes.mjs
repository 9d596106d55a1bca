#!/usr/bin/env node
// PolicyBot security probes: re-runs the findings of the security review against a running server and prints
// one line per probe:  PROBE <nn> <name>: PASS|FAIL|INFO — <figures>
//   PASS = the server behaved safely, FAIL = the vulnerable behaviour was observed, INFO = a figure only
//   (not graded, not applicable in this mode, or the probe could not run; then the figures start with "error:").
// No npm dependencies: Node 18+ (node:http, node:net, node:crypto, node:child_process). Exit code is always 0.
//
// Usage: node tools/probes/security-probes.mjs --base http://127.0.0.1:5391 [--app-id GUID] [--pid PID]
//          [--log FILE] [--only 2,4b,13] [--evict 2000] [--flood 300]
// Only loopback servers are started (the "attacker" endpoints); only --base is contacted besides them.

import http from 'node:http';
import https from 'node:https';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const out = { base: null, appId: null, pid: null, log: null, only: null, evict: 2000, flood: 300 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--base') out.base = next();
    else if (a === '--app-id') out.appId = next();
    else if (a === '--pid') out.pid = Number(next());
    else if (a === '--log') out.log = next();
    else if (a === '--only') out.only = next().split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
    else if (a === '--evict') out.evict = Number(next());
    else if (a === '--flood') out.flood = Number(next());
    else if (a === '--help' || a === '-h') out.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (e) {
  console.log(`usage error: ${e.message}`);
  process.exit(0);
}
if (args.help || !args.base) {
  console.log('usage: node tools/probes/security-probes.mjs --base http://127.0.0.1:PORT [--app-id GUID] [--pid PID] [--log FILE] [--only 2a,4,13] [--evict N] [--flood N]');
  process.exit(0);
}
const BASE = new URL(args.base);
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(BASE.hostname) && !BASE.hostname.startsWith('127.')) {
  console.log(`refusing to probe ${BASE.hostname}: the probes only run against loopback servers`);
  process.exit(0);
}
const ORIGIN = `${BASE.protocol}//${BASE.host}`;
const nonce = crypto.randomBytes(4).toString('hex');

// ---------------------------------------------------------------- HTTP helpers

const TLS = BASE.protocol === 'https:';
const client = TLS ? https : http;
// Loopback test servers often use a development certificate.
const agent = new client.Agent({ keepAlive: true, maxSockets: 32, ...(TLS ? { rejectUnauthorized: false } : {}) });

/**
 * One HTTP request to the server under test (or any loopback URL).
 * Returns { status, headers, text, json, bytes, ms }; throws on network error or timeout (err.code = 'TIMEOUT').
 */
function request(method, pathOrUrl, { headers = {}, body, json, timeoutMs = 10000, host, noAgent = false } = {}) {
  const url = new URL(pathOrUrl, ORIGIN);
  let payload = body;
  const h = { ...headers };
  if (json !== undefined) {
    payload = JSON.stringify(json);
    if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['Content-Type'] = 'application/json';
  }
  if (payload !== undefined && typeof payload === 'string') payload = Buffer.from(payload, 'utf8');
  if (payload !== undefined) h['Content-Length'] = String(payload.length);
  else if (method !== 'GET' && method !== 'HEAD') h['Content-Length'] = '0';
  if (host) h.Host = host;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const tls = url.protocol === 'https:' ? { rejectUnauthorized: false } : {};
    const req = mod.request(url, { method, headers: h, agent: noAgent ? false : (mod === client ? agent : undefined), ...tls }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        clearTimeout(timer);
        const buf = Buffer.concat(chunks);
        const text = buf.toString('utf8');
        let parsed = null;
        try { parsed = text.length ? JSON.parse(text) : null; } catch { parsed = null; }
        resolve({ status: res.statusCode, headers: res.headers, text, json: parsed, bytes: buf.length, ms: performance.now() - started });
      });
      res.on('error', (e) => { clearTimeout(timer); reject(e); });
    });
    const timer = setTimeout(() => {
      const e = new Error(`timeout after ${timeoutMs} ms`);
      e.code = 'TIMEOUT';
      e.ms = performance.now() - started;
      req.destroy(e);
    }, timeoutMs);
    req.on('error', (e) => { clearTimeout(timer); if (e.code === 'TIMEOUT' && e.ms === undefined) e.ms = performance.now() - started; reject(e); });
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const short = (s, n = 140) => {
  if (s === undefined || s === null) return '';
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n) + '…' : t;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fmtMs = (ms) => `${Math.round(ms)} ms`;
const ok2xx = (s) => s >= 200 && s < 300;

// ---------------------------------------------------------------- loopback "attacker" servers

/** An HTTP server on 127.0.0.1:0 that records every request; `behaviour(req, res, rec)` answers. */
async function attacker(name, behaviour) {
  const hits = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const rec = { method: req.method, path: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      hits.push(rec);
      behaviour(req, res, rec);
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return {
    name, port, hits,
    url: `http://127.0.0.1:${port}/`,
    reset() { hits.length = 0; },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(() => r()));
    },
  };
}

async function startAttackers() {
  const counter = await attacker('counter', (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: 'attacker-' + crypto.randomBytes(3).toString('hex') }));
  });
  const unavailable = await attacker('503', (req, res) => {
    res.writeHead(503, { 'Content-Type': 'text/plain' });
    res.end('unavailable');
  });
  const hang = await attacker('hang', () => { /* never answers; sockets are destroyed at close */ });
  const redirect = await attacker('redirect', (req, res) => {
    if (req.url.startsWith('/redirected/')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"id":"redirected"}');
    } else {
      res.writeHead(302, { Location: '/redirected' + req.url });
      res.end();
    }
  });
  return { counter, unavailable, hang, redirect, all: [counter, unavailable, hang, redirect] };
}

/** Waits until the attacker's hit count is stable for `quietMs` (deliveries may happen after the response). */
async function settle(att, { quietMs = 600, maxMs = 3000 } = {}) {
  const end = Date.now() + maxMs;
  let last = att.hits.length;
  let since = Date.now();
  while (Date.now() < end) {
    await sleep(100);
    if (att.hits.length !== last) { last = att.hits.length; since = Date.now(); }
    else if (Date.now() - since >= quietMs) break;
  }
  return att.hits.length;
}

// ---------------------------------------------------------------- Bot Framework activity helpers (/api/messages)

function activity(overrides = {}) {
  const id = 'probe-' + crypto.randomBytes(6).toString('hex');
  return {
    type: 'message',
    id: 'act-' + crypto.randomBytes(4).toString('hex'),
    channelId: 'emulator',
    serviceUrl: undefined,
    from: { id: 'probe-user-' + nonce, name: 'probe' },
    recipient: { id: 'probe-bot', name: 'bot' },
    conversation: { id },
    locale: 'zh-CN',
    text: '你好',
    ...overrides,
  };
}

function postMessages(act, { headers = {}, timeoutMs = 15000, contentType = 'application/json' } = {}) {
  return request('POST', '/api/messages', {
    body: JSON.stringify(act),
    headers: { 'Content-Type': contentType, ...headers },
    timeoutMs,
  });
}

const replyTexts = (res) => (res?.json?.activities ?? []).filter((a) => a.type === 'message').map((a) => a.text ?? '').join(' | ');

// ---------------------------------------------------------------- Direct Line client helpers

let tokenEndpoint = null; // '/api/webchat/token' or '/v3/directline/tokens/generate', detected once
let webchatRefusalNoted = false;

/** A token for a new conversation the way the Web Chat page would get one: same-origin endpoint first, else Direct Line. */
async function getToken() {
  const userId = 'u_probe' + crypto.randomBytes(5).toString('hex');
  if (tokenEndpoint !== '/v3/directline/tokens/generate') {
    const r = await request('POST', '/api/webchat/token', { json: {}, headers: { Origin: ORIGIN } });
    if (ok2xx(r.status) && r.json?.token) {
      tokenEndpoint = '/api/webchat/token';
      return { token: r.json.token, conversationId: r.json.conversationId, userId: r.json.userId ?? userId, via: tokenEndpoint };
    }
    if (tokenEndpoint === '/api/webchat/token' || r.status === 429) {
      throw new Error(`POST /api/webchat/token answered ${r.status} ${short(r.text, 80)}`);
    }
    if (![404, 405].includes(r.status) && !webchatRefusalNoted) {
      // The endpoint exists but refused us; say so once, then try the Direct Line endpoint.
      webchatRefusalNoted = true;
      console.log(`# note: POST /api/webchat/token answered ${r.status} ${short(r.text, 80)}; trying /v3/directline/tokens/generate`);
    }
  }
  const r = await request('POST', '/v3/directline/tokens/generate', { json: { user: { id: userId, name: 'probe' } } });
  if (!ok2xx(r.status) || !r.json?.token) throw new Error(`POST /v3/directline/tokens/generate answered ${r.status} ${short(r.text, 80)}`);
  tokenEndpoint = '/v3/directline/tokens/generate';
  return { token: r.json.token, conversationId: r.json.conversationId, userId, via: tokenEndpoint };
}

class DLConversation {
  constructor(info) {
    Object.assign(this, info);
    this.watermark = null;
  }
  auth(token = this.token) { return { Authorization: `Bearer ${token}`, Origin: ORIGIN }; }

  /** POST /v3/directline/conversations; sets conversationId, streamUrl. */
  async start({ host } = {}) {
    const r = await request('POST', '/v3/directline/conversations', { headers: this.auth(), host, json: undefined });
    if (!ok2xx(r.status) || !r.json?.conversationId) throw new Error(`start conversation: ${r.status} ${short(r.text, 80)}`);
    this.conversationId = r.json.conversationId;
    this.streamUrl = r.json.streamUrl;
    this.startResponse = r;
    return r;
  }

  path(suffix = '') { return `/v3/directline/conversations/${encodeURIComponent(this.conversationId)}${suffix}`; }

  async getActivities(token = this.token, watermark = this.watermark) {
    const q = watermark !== null && watermark !== undefined ? `?watermark=${encodeURIComponent(watermark)}` : '';
    return request('GET', this.path('/activities') + q, { headers: { Authorization: `Bearer ${token}` } });
  }

  async post(act, token = this.token) {
    return request('POST', this.path('/activities'), {
      headers: this.auth(token),
      json: { type: 'message', from: { id: this.userId, name: 'probe', role: 'user' }, locale: 'zh-CN', ...act },
      timeoutMs: 30000,
    });
  }

  /** Sends a message and returns the bot's message texts that follow it (polls up to waitMs). */
  async say(text, { waitMs = 15000 } = {}) {
    const before = await this.getActivities();
    if (before.status === 200 && before.json?.watermark !== undefined) this.watermark = before.json.watermark;
    const sent = await this.post({ text });
    if (!ok2xx(sent.status)) return { status: sent.status, texts: [], error: short(sent.text, 100) };
    const myId = sent.json?.id;
    const end = Date.now() + waitMs;
    let texts = [];
    let stableSince = null;
    while (Date.now() < end) {
      const r = await this.getActivities();
      if (r.status !== 200) return { status: r.status, texts, error: `GET activities ${r.status}` };
      const acts = r.json?.activities ?? [];
      const idx = myId ? acts.findIndex((a) => a.id === myId) : -1;
      const after = idx >= 0 ? acts.slice(idx + 1) : acts;
      const bot = after.filter((a) => a.type === 'message' && a.from?.role === 'bot');
      const now = bot.map((a) => a.text ?? '');
      if (now.length > 0) {
        if (now.length === texts.length) {
          if (stableSince && Date.now() - stableSince > 400) { texts = now; break; }
        } else { stableSince = Date.now(); }
        texts = now;
      }
      await sleep(150);
    }
    const last = await this.getActivities();
    if (last.status === 200 && last.json?.watermark !== undefined) this.watermark = last.json.watermark;
    return { status: sent.status, texts };
  }
}

async function newConversation({ start = true } = {}) {
  const c = new DLConversation(await getToken());
  if (start) await c.start();
  return c;
}

const PROFILE_TEXT = '我是惠州的小型制造业企业';
const SHOW_PROFILE = '我的信息';
// The reply to 我的信息 always quotes the example “不对，是惠州”, so look for the recorded value 惠州市.
const PROFILE_MARK = '惠州市';
const isApology = (t) => /抱歉/.test(t) && /重置/.test(t);

// ---------------------------------------------------------------- minimal WebSocket client (no dependency)

/**
 * Opens a WebSocket with an HTTP/1.1 upgrade. Resolves { status, socket?, state(), closedAt?, frames[] }.
 * Parses server frames only as far as needed to notice text frames and close frames.
 */
function openWebSocket(wsUrl, { timeoutMs = 5000, origin = ORIGIN } = {}) {
  const url = new URL(wsUrl);
  const httpUrl = new URL(url.toString().replace(/^ws/, 'http'));
  const key = crypto.randomBytes(16).toString('base64');
  return new Promise((resolve) => {
    const result = { status: null, open: false, closed: false, closeCode: null, frames: 0, error: null };
    const req = (httpUrl.protocol === 'https:' ? https : http).request(httpUrl, {
      method: 'GET',
      agent: false,
      rejectUnauthorized: false,
      headers: {
        Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': key, Origin: origin,
      },
    });
    const timer = setTimeout(() => { result.error = 'handshake timeout'; req.destroy(); resolve(result); }, timeoutMs);
    req.on('response', (res) => {
      clearTimeout(timer);
      result.status = res.statusCode;
      res.resume();
      resolve(result);
    });
    req.on('upgrade', (res, socket, head) => {
      clearTimeout(timer);
      result.status = res.statusCode;
      result.open = true;
      result.socket = socket;
      let buf = head && head.length ? Buffer.from(head) : Buffer.alloc(0);
      const parse = () => {
        while (buf.length >= 2) {
          const opcode = buf[0] & 0x0f;
          let len = buf[1] & 0x7f;
          let off = 2;
          if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
          else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
          if (buf[1] & 0x80) off += 4;
          if (buf.length < off + len) return;
          const payload = buf.subarray(off, off + len);
          buf = buf.subarray(off + len);
          if (opcode === 0x8) {
            result.closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
            result.open = false; result.closed = true;
          } else if (opcode === 0x1 || opcode === 0x2) {
            result.frames++;
          }
        }
      };
      socket.on('data', (d) => { buf = Buffer.concat([buf, d]); parse(); });
      socket.on('close', () => { result.open = false; result.closed = true; });
      socket.on('error', () => { result.open = false; result.closed = true; });
      resolve(result);
    });
    req.on('error', (e) => { clearTimeout(timer); result.error = e.message; resolve(result); });
    req.end();
  });
}

function closeWebSocket(ws) {
  if (ws?.socket && !ws.socket.destroyed) {
    try {
      // A masked close frame (code 1000), then end.
      const mask = crypto.randomBytes(4);
      const payload = Buffer.from([0x03, 0xe8]);
      const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]));
      ws.socket.write(Buffer.concat([Buffer.from([0x88, 0x82]), mask, masked]));
    } catch { /* ignore */ }
    setTimeout(() => ws.socket.destroy(), 200);
  }
}

// ---------------------------------------------------------------- server process (RSS)

function findServerPid() {
  if (args.pid) return args.pid;
  const port = BASE.port || '80';
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] });
    const m = out.match(/pid=(\d+)/);
    if (m) return Number(m[1]);
  } catch { /* ss not available */ }
  try {
    const out = execFileSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-t'], { encoding: 'utf8', timeout: 3000, stdio: ['ignore', 'pipe', 'ignore'] });
    const m = out.match(/(\d+)/);
    if (m) return Number(m[1]);
  } catch { /* lsof not available */ }
  return null;
}

function rssKb(pid) {
  if (!pid) return null;
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)\s+kB/);
    return m ? Number(m[1]) : null;
  } catch { return null; }
}

// ---------------------------------------------------------------- the probes

const results = [];
const PASS = 'PASS', FAIL = 'FAIL', INFO = 'INFO';
let atk; // attackers

/** Each probe returns [status, figures] or an array of such lines with sub-ids: [[id, name, status, figures], …]. */
const probes = [];
function probe(id, name, timeoutMs, fn) { probes.push({ id, name, timeoutMs, fn }); }
// Probes that post anonymously to /api/messages: with an app id they stop at authentication (401), so the check
// behind it is not exercised; the line says so.
const VIA_MESSAGES = new Set(['02a', '02b', '02c', '02d', '02e', '02f', '02g', '03', '09', '10', '12', '15']);

// 01 — authentication with an App ID configured.
probe('01a', 'appid-any-bearer', 15000, async () => {
  const r = await postMessages(activity({ deliveryMode: 'expectReplies' }), { headers: { Authorization: 'Bearer garbage.not.a.jwt' } });
  const mode = args.appId ? `app id ${args.appId}` : 'no --app-id (development mode)';
  return [INFO, `${mode}: garbage bearer → ${r.status} "${short(r.json?.error?.message ?? r.text, 110)}"`];
});
probe('01b', 'appid-no-authorization', 15000, async () => {
  const r = await postMessages(activity({ deliveryMode: 'expectReplies' }));
  if (!args.appId) return [INFO, `development mode: no Authorization → ${r.status} (anonymous by design; graded only with --app-id)`];
  return [r.status === 401 ? PASS : FAIL, `no Authorization with app id → ${r.status} "${short(r.json?.error?.message ?? r.text, 100)}"`];
});

// 02 — SSRF through serviceUrl (anonymous, development mode).
async function ssrfSend(serviceUrl, { timeoutMs = 15000, text = '你好', conversationId } = {}) {
  const act = activity({ serviceUrl, text });
  if (conversationId) act.conversation = { id: conversationId };
  try {
    const r = await postMessages(act, { timeoutMs });
    return { status: r.status, ms: r.ms, body: short(r.json?.error?.message ?? r.text, 80) };
  } catch (e) {
    return { status: e.code === 'TIMEOUT' ? 'timeout' : 'error', ms: e.ms ?? timeoutMs, body: e.message };
  }
}

probe('02a', 'ssrf-loopback-target', 20000, async () => {
  atk.counter.reset();
  const r = await ssrfSend(atk.counter.url);
  const n = await settle(atk.counter);
  const paths = [...new Set(atk.counter.hits.map((h) => `${h.method} ${h.path.replace(/probe-[0-9a-f]+/, '<conv>').replace(/act-[0-9a-f]+/, '<id>')}`))].join(', ');
  return [INFO, `serviceUrl ${atk.counter.url} → ${r.status} in ${fmtMs(r.ms)}; attacker got ${n} request(s)${paths ? ` (${paths})` : ''} (loopback is allowed in development mode by design, so not graded)`];
});

probe('02b', 'ssrf-non-loopback', 30000, async () => {
  const a = await ssrfSend('http://10.255.255.1:9/', { timeoutMs: 12000 });
  const b = await ssrfSend('http://example.invalid/', { timeoutMs: 12000 });
  const accepted = [a, b].filter((x) => x.status === 'timeout' || ok2xx(x.status)).length;
  return [accepted ? FAIL : PASS,
    `http://10.255.255.1:9/ → ${a.status} in ${fmtMs(a.ms)}${ok2xx(a.status) || a.status === 'timeout' ? '' : ` "${a.body}"`}; ` +
    `http://example.invalid/ → ${b.status} in ${fmtMs(b.ms)}${ok2xx(b.status) || b.status === 'timeout' ? '' : ` "${b.body}"`}` +
    ` (safe = refused with 4xx before any outbound call)`];
});

probe('02c', 'ssrf-redirect-followed', 20000, async () => {
  atk.redirect.reset();
  const r = await ssrfSend(atk.redirect.url);
  await settle(atk.redirect);
  const first = atk.redirect.hits.filter((h) => !h.path.startsWith('/redirected/'));
  const followed = atk.redirect.hits.filter((h) => h.path.startsWith('/redirected/'));
  const methods = [...new Set(followed.map((h) => h.method))].join('/');
  return [followed.length > 0 ? FAIL : PASS,
    `inbound → ${r.status}; attacker answered 302 to ${first.length} request(s); ${followed.length} request(s) followed the redirect${methods ? ` (${methods})` : ''}`];
});

probe('02d', 'ssrf-decimal-ip', 30000, async () => {
  atk.counter.reset();
  const loop = await ssrfSend(`http://2130706433:${atk.counter.port}/`);
  const n = await settle(atk.counter);
  const other = await ssrfSend('http://167772161:9/', { timeoutMs: 12000 }); // 10.0.0.1 in decimal
  const bad = other.status === 'timeout' || ok2xx(other.status);
  return [bad ? FAIL : PASS,
    `http://167772161:9/ (=10.0.0.1) → ${other.status} in ${fmtMs(other.ms)}; ` +
    `http://2130706433:${atk.counter.port}/ (=127.0.0.1) → ${loop.status}, attacker got ${n} request(s) (loopback figure not graded)`];
});

probe('02e', 'ssrf-userinfo', 30000, async () => {
  atk.counter.reset();
  const a = await ssrfSend(`http://user:pass@127.0.0.1:${atk.counter.port}/`);
  const n = await settle(atk.counter);
  const basic = atk.counter.hits.filter((h) => /^basic /i.test(h.headers.authorization ?? '')).length;
  const confused = await ssrfSend(`http://127.0.0.1:${atk.counter.port}@example.invalid/`, { timeoutMs: 12000 });
  // Graded on the URL whose real host (example.invalid) hides behind a loopback-looking userinfo; the plain
  // user:pass@127.0.0.1 URL is a loopback target (allowed in development mode), so its figures are for comparison.
  const bad = confused.status === 'timeout' || ok2xx(confused.status) || basic > 0;
  return [bad ? FAIL : PASS,
    `http://127.0.0.1:${atk.counter.port}@example.invalid/ → ${confused.status} in ${fmtMs(confused.ms)}${ok2xx(confused.status) ? '' : ` "${confused.body}"`}; ` +
    `http://user:pass@127.0.0.1:${atk.counter.port}/ → ${a.status}, attacker got ${n} request(s), ${basic} carrying the URL's credentials (safe = first refused, no credentials sent)`];
});

probe('02f', 'ssrf-503-retries', 25000, async () => {
  atk.unavailable.reset();
  const r = await ssrfSend(atk.unavailable.url);
  const n = await settle(atk.unavailable, { quietMs: 2500, maxMs: 12000 });
  const perReply = {}; // one reply = one distinct body (typing and message share the reply-to URL)
  for (const h of atk.unavailable.hits) {
    let k = h.path;
    try { const b = JSON.parse(h.body); k = `${b.type}|${b.text ?? ''}`; } catch { /* keep the path */ }
    perReply[k] = (perReply[k] ?? 0) + 1;
  }
  const attempts = Object.values(perReply);
  return [INFO, `inbound → ${r.status} in ${fmtMs(r.ms)}; 503 attacker got ${n} request(s) for ${attempts.length} distinct reply(ies)` +
    ` (attempts per reply: ${attempts.join(',') || '-'}) (loopback allowed in development mode; figure for comparison)`];
});

probe('02g', 'ssrf-hang-holds-inbound', 20000, async () => {
  atk.hang.reset();
  const r = await ssrfSend(atk.hang.url, { timeoutMs: 7000 });
  const n = atk.hang.hits.length;
  const held = r.status === 'timeout' || r.ms > 5000;
  return [held ? FAIL : PASS,
    `inbound POST /api/messages → ${r.status} after ${fmtMs(r.ms)}${r.status === 'timeout' ? ' (client gave up at 7 s)' : ''} while the attacker hangs; attacker got ${n} request(s) (vulnerable if held > 5 s)`];
});

// 03 — text/plain body accepted.
probe('03', 'content-type-text-plain', 15000, async () => {
  const r = await postMessages(activity({ deliveryMode: 'expectReplies' }), { contentType: 'text/plain' });
  return [ok2xx(r.status) ? FAIL : PASS, `Content-Type: text/plain → ${r.status}${ok2xx(r.status) ? '' : ` "${short(r.json?.error?.message ?? r.text, 80)}"`} (safe = 415)`];
});

// 04a — Direct Line token without a secret.
probe('04a', 'directline-open-token', 15000, async () => {
  const r = await request('POST', '/v3/directline/tokens/generate', { json: {} });
  const w = await request('POST', '/api/webchat/token', { json: {}, headers: { Origin: ORIGIN } });
  return [ok2xx(r.status) ? FAIL : PASS,
    `POST /v3/directline/tokens/generate without secret → ${r.status}${r.json?.token ? ' (token issued)' : ''}; POST /api/webchat/token → ${w.status}`];
});

// 05 — exhaustion: big activities and one GET.
probe('05', 'exhaustion-big-activities', 60000, async () => {
  const pid = findServerPid();
  const rss0 = rssKb(pid);
  const c = await newConversation();
  const text = 'a'.repeat(200 * 1024);
  const statuses = {};
  for (let i = 0; i < 20; i++) {
    const r = await c.post({ text });
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  const g = await c.getActivities(c.token, null);
  const rss1 = rssKb(pid);
  const mb = (g.bytes / 1048576).toFixed(2);
  const rss = rss0 && rss1 ? `; server RSS ${Math.round(rss0 / 1024)} → ${Math.round(rss1 / 1024)} MB (pid ${pid})` : '; RSS n/a (pass --pid)';
  return [g.bytes > 1048576 ? FAIL : PASS,
    `20 posts of 200 KB → statuses ${JSON.stringify(statuses)}; one GET /activities → ${g.status}, ${mb} MB, ${g.json?.activities?.length ?? '?'} activities${rss} (vulnerable if > 1 MB)`];
});

// 07 — old token still valid after refresh.
probe('07', 'refresh-old-token-revoked', 20000, async () => {
  const c = await newConversation();
  const r = await request('POST', '/v3/directline/tokens/refresh', { headers: c.auth() });
  if (!ok2xx(r.status) || !r.json?.token) return [INFO, `refresh → ${r.status} ${short(r.text, 80)}; cannot test revocation`];
  const old = await c.getActivities(c.token, null);
  const fresh = await c.getActivities(r.json.token, null);
  return [old.status === 200 ? FAIL : PASS, `refresh → ${r.status}; GET activities with the old token → ${old.status}, with the new token → ${fresh.status}`];
});

// 08 — U+FFFE in a message wipes the conversation.
probe('08', 'ufffe-wipes-profile', 60000, async () => {
  const c = await newConversation();
  await c.say(PROFILE_TEXT);
  const shown = await c.say(SHOW_PROFILE);
  const had = shown.texts.join(' ').includes(PROFILE_MARK);
  const odd = await c.say('房租能减免吗\uFFFE');
  const apologised = odd.texts.some(isApology);
  const after = await c.say(SHOW_PROFILE);
  const still = after.texts.join(' ').includes(PROFILE_MARK);
  const figures = `profile set: ${had}; U+FFFE message → ${odd.status}, ${odd.texts.length} reply(ies)${apologised ? ' (apology: "' + short(odd.texts.find(isApology), 40) + '")' : ''}${odd.error ? ` ${odd.error}` : ''}; profile still known afterwards: ${still}`;
  if (!had) return [INFO, `could not set a profile (reply: "${short(shown.texts.join(' | '), 80)}"); ${figures}`];
  return [apologised || !still ? FAIL : PASS, figures];
});

// 09 — channelId hijack of a Direct Line conversation through /api/messages.
probe('09', 'channelid-hijack', 60000, async () => {
  const c = await newConversation();
  await c.say(PROFILE_TEXT);
  const base = { channelId: 'directline', conversation: { id: c.conversationId }, from: { id: c.userId, role: 'user' }, deliveryMode: 'expectReplies' };
  const peek = await postMessages(activity({ ...base, text: SHOW_PROFILE }));
  const revealed = ok2xx(peek.status) && replyTexts(peek).includes(PROFILE_MARK);
  const wipe = await postMessages(activity({ ...base, text: '重新开始' }));
  const after = await c.say(SHOW_PROFILE);
  const still = after.texts.join(' ').includes(PROFILE_MARK);
  return [revealed || !still ? FAIL : PASS,
    `/api/messages channelId=directline conv=<DL id> "我的信息" → ${peek.status}, reveals Web Chat profile: ${revealed}${revealed ? ` ("${short(replyTexts(peek), 50)}")` : ''}; ` +
    `"重新开始" → ${wipe.status}; DL profile still known afterwards: ${still}`];
});

// 10 — activity without from.
probe('10', 'activity-without-from', 15000, async () => {
  const act = activity({ deliveryMode: 'expectReplies' });
  delete act.from;
  const r = await postMessages(act);
  return [ok2xx(r.status) ? FAIL : PASS, `message without from, expectReplies → ${r.status}${ok2xx(r.status) ? `, ${r.json?.activities?.length ?? 0} reply(ies)` : ` "${short(r.json?.error?.message ?? r.text, 80)}"`}`];
});

// 11 — Direct Line client claims role bot.
probe('11', 'client-role-bot', 30000, async () => {
  const c = await newConversation();
  const r = await c.post({ text: '你好', from: { id: c.userId, name: 'PolicyBot', role: 'bot' } });
  if (!ok2xx(r.status)) return [PASS, `POST with from.role=bot → ${r.status} "${short(r.json?.error?.message ?? r.text, 80)}"`];
  const g = await c.getActivities(c.token, null);
  const mine = (g.json?.activities ?? []).find((a) => a.id === r.json?.id);
  const role = mine?.from?.role;
  return [role === 'bot' ? FAIL : PASS, `POST with from.role=bot → ${r.status}; stored activity from.role = ${role ?? '(none)'}${mine ? '' : ' (own activity not found)'}`];
});

// 12 — unknown invoke.
probe('12', 'unknown-invoke-empty-501', 15000, async () => {
  const r = await postMessages(activity({ type: 'invoke', name: 'probe/unknown-' + nonce, value: {} }));
  if (r.status === 401 || r.status === 403) return [INFO, `invoke → ${r.status} (not reachable without a valid token)`];
  const empty = r.bytes === 0;
  return [r.status === 501 && empty ? FAIL : PASS, `unknown invoke → ${r.status}, body ${r.bytes} bytes${empty ? '' : ` "${short(r.text, 80)}"`}`];
});

// 13 — two WebSockets for one conversation.
probe('13', 'two-websockets', 20000, async () => {
  const c = await newConversation();
  if (!c.streamUrl) return [INFO, 'no streamUrl returned'];
  const first = new URL(c.streamUrl, ORIGIN.replace(/^http/, 'ws'));
  const ws1 = await openWebSocket(first.toString().replace(`//${first.host}`, `//${BASE.host}`));
  // The reconnect path of DirectLineJS: GET /conversations/{id} for a fresh stream URL.
  const again = await request('GET', c.path(), { headers: c.auth() });
  const second = again.json?.streamUrl ? new URL(again.json.streamUrl, ORIGIN.replace(/^http/, 'ws')) : first;
  const ws2 = await openWebSocket(second.toString().replace(`//${second.host}`, `//${BASE.host}`));
  await sleep(2000);
  const both = ws1.open && ws2.open;
  const fig = `ws1 handshake ${ws1.status ?? ws1.error} open=${ws1.open}${ws1.closeCode ? ` close=${ws1.closeCode}` : ''}; ` +
    `ws2 (${again.json?.streamUrl ? 'URL from GET /conversations/{id}' : 'same URL'}) handshake ${ws2.status ?? ws2.error} open=${ws2.open}${ws2.closeCode ? ` close=${ws2.closeCode}` : ''}; after 2 s both open: ${both}`;
  closeWebSocket(ws1); closeWebSocket(ws2);
  if (ws1.status !== 101 && ws2.status !== 101) return [INFO, `no socket opened: ${fig}`];
  return [both ? FAIL : PASS, fig];
});

// 14 — 403 vs 404 tells whether a conversation id exists.
probe('14', 'conversation-existence-leak', 20000, async () => {
  const a = await newConversation();
  const b = await newConversation();
  const rnd = crypto.randomBytes(16).toString('base64url');
  const r1 = await request('GET', `/v3/directline/conversations/${rnd}/activities`, { headers: a.auth() });
  const r2 = await request('GET', `/v3/directline/conversations/${encodeURIComponent(b.conversationId)}/activities`, { headers: a.auth() });
  return [r1.status !== r2.status ? FAIL : PASS, `A's token on a random id → ${r1.status}, on B's real id → ${r2.status}`];
});

// 15 — log injection through ids with a newline.
probe('15', 'log-injection', 25000, async () => {
  const forged = `FORGED-LOG-LINE-${nonce}`;
  const payload = `probe-${nonce}\nfail: PolicyBot.Forged[0] ${forged}`;
  const sent = [];
  // Delivery to a failing channel logs the conversation id at warning level.
  atk.unavailable.reset();
  const r1 = await ssrfSend(atk.unavailable.url, { conversationId: payload });
  sent.push(`conversation.id via 503 channel → ${r1.status}`);
  const r2 = await postMessages(activity({ type: `x\n${forged}`, deliveryMode: 'expectReplies' }));
  sent.push(`type → ${r2.status}`);
  const act3 = activity({ type: 'invoke', name: payload });
  const r3 = await postMessages(act3);
  sent.push(`invoke name → ${r3.status}`);
  await settle(atk.unavailable, { quietMs: 1500, maxMs: 8000 });
  if (!args.log) return [INFO, `sent ids with "\\n${forged}" (${sent.join('; ')}); no --log FILE given, cannot check`];
  await sleep(500);
  let log;
  try { log = fs.readFileSync(args.log, 'utf8'); } catch (e) { return [INFO, `cannot read --log ${args.log}: ${e.message}`]; }
  const lines = log.split(/\r?\n/).filter((l) => l.includes(forged));
  const ownLine = lines.filter((l) => /^\s*fail: PolicyBot\.Forged/.test(l) || l.trim().startsWith(forged));
  if (lines.length === 0) return [INFO, `${sent.join('; ')}; the marker is not in ${args.log} (log level too high?)`];
  return [ownLine.length ? FAIL : PASS, `${sent.join('; ')}; marker in ${lines.length} log line(s), ${ownLine.length} of them start a forged line: "${short(ownLine[0] ?? lines[0], 90)}"`];
});

// 16 — security headers on the page.
probe('16', 'security-headers', 15000, async () => {
  const r = await request('GET', '/');
  const xcto = r.headers['x-content-type-options'];
  const csp = r.headers['content-security-policy'];
  const fa = csp && /frame-ancestors/i.test(csp);
  const extra = ['x-frame-options', 'referrer-policy'].map((h) => `${h}=${r.headers[h] ? short(r.headers[h], 30) : '(missing)'}`).join(', ');
  return [xcto && fa ? PASS : FAIL,
    `GET / → ${r.status}; X-Content-Type-Options=${xcto ?? '(missing)'}; CSP=${csp ? `"${short(csp, 60)}"` : '(missing)'}; frame-ancestors ${fa ? 'present' : 'missing'}; ${extra}`];
});

// 17 — Host header chooses the stream URL.
probe('17', 'host-header-streamurl', 20000, async () => {
  const c = new DLConversation(await getToken());
  const r = await request('POST', '/v3/directline/conversations', { headers: c.auth(), host: 'evil.example' });
  const s = r.json?.streamUrl;
  const bad = typeof s === 'string' && s.includes('evil.example');
  return [bad ? FAIL : PASS, `POST /v3/directline/conversations with Host: evil.example → ${r.status}; streamUrl ${s ? `"${short(s.replace(/([?&]t=)[^&]+/, '$1<token>'), 90)}"` : '(none)'}`];
});

// 18 — bearer token in the WebSocket URL.
probe('18', 'token-in-stream-url', 20000, async () => {
  const c = await newConversation();
  const s = c.streamUrl ?? '';
  const has = s.includes(c.token) || s.includes(encodeURIComponent(c.token));
  return [has ? FAIL : PASS, `streamUrl ${s ? `"${short(s.replace(c.token, '<bearer>').replace(encodeURIComponent(c.token), '<bearer>'), 100)}"` : '(none)'} contains the bearer token: ${has}`];
});

// 06 — eviction of a live conversation by mass creation (runs after the per-conversation probes).
probe('06', 'conversation-eviction', 110000, async () => {
  const a = await newConversation();
  const hi = await a.say('你好');
  const n = args.evict;
  const statuses = {};
  let created = 0, stopped = false;
  const endpoint = tokenEndpoint ?? '/v3/directline/tokens/generate';
  const t0 = performance.now();
  let i = 0;
  const worker = async () => {
    while (!stopped && i < n) {
      i++;
      let st;
      try {
        const r = await request('POST', endpoint, { json: endpoint === '/api/webchat/token' ? {} : { user: { id: 'u_evict' + i } }, headers: { Origin: ORIGIN } });
        st = r.status;
      } catch (e) { st = e.code ?? 'error'; }
      statuses[st] = (statuses[st] ?? 0) + 1;
      if (ok2xx(st)) created++;
      if (st === 429) stopped = true;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const g = await a.getActivities(a.token, null);
  const p = await a.post({ text: '你好' });
  return [g.status === 404 || p.status === 404 ? FAIL : PASS,
    `A answered ${hi.texts.length} reply(ies); ${endpoint} ×${i} in ${secs} s → ${JSON.stringify(statuses)}, ${created} created${stopped ? ' (stopped at first 429)' : ''}; ` +
    `A afterwards: GET activities ${g.status}, POST ${p.status}` + (created < 10000 && !stopped && g.status === 200 ? ' (the default cap is 10,000 conversations: use --evict 10100 to reach it)' : '')];
});

// 04b/04c — no rate limit (last: they may trip a limiter the other probes would hit).
probe('04b', 'token-generate-rate-limit', 60000, async () => {
  const endpoint = tokenEndpoint ?? '/v3/directline/tokens/generate';
  const statuses = {};
  const t0 = performance.now();
  let i = 0;
  const worker = async () => {
    while (i < args.flood) {
      i++;
      let st;
      try { st = (await request('POST', endpoint, { json: {}, headers: { Origin: ORIGIN } })).status; } catch (e) { st = e.code ?? 'error'; }
      statuses[st] = (statuses[st] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  return [statuses[429] ? PASS : FAIL, `${args.flood} rapid POST ${endpoint} from one client in ${secs} s → ${JSON.stringify(statuses)}; 429s: ${statuses[429] ?? 0}`];
});

probe('04c', 'token-refresh-rate-limit', 60000, async () => {
  let token;
  try { token = (await getToken()).token; } catch (e) { return [INFO, `could not get a token after the flood: ${e.message}`]; }
  const statuses = {};
  const t0 = performance.now();
  for (let i = 0; i < args.flood; i++) {
    let r;
    try { r = await request('POST', '/v3/directline/tokens/refresh', { headers: { Authorization: `Bearer ${token}`, Origin: ORIGIN } }); } catch (e) { r = { status: e.code ?? 'error' }; }
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (ok2xx(r.status) && r.json?.token) token = r.json.token; // chain, in case old tokens are revoked
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  return [statuses[429] ? PASS : FAIL, `${args.flood} chained POST /v3/directline/tokens/refresh in ${secs} s → ${JSON.stringify(statuses)}; 429s: ${statuses[429] ?? 0}`];
});

// ---------------------------------------------------------------- runner

// --only 2 selects 02a…02g, --only 2c or 02c selects one line.
function selected(id) {
  if (!args.only) return true;
  const norm = (x) => x.replace(/^0+/, '');
  return args.only.some((o) => norm(id) === norm(o) || norm(id.replace(/[a-z]$/, '')) === norm(o));
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(Object.assign(new Error(`probe timed out after ${ms / 1000} s`), { code: 'PROBE_TIMEOUT' })), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const started = Date.now();
  console.log(`# PolicyBot security probes — base ${ORIGIN}${args.appId ? `, app id ${args.appId}` : ', no app id (development mode)'} — ${new Date().toISOString()} — node ${process.version}`);
  let reachable = true;
  try {
    const r = await request('GET', '/', { timeoutMs: 5000 });
    console.log(`# server answered GET / with ${r.status}; server pid ${findServerPid() ?? 'unknown'}`);
  } catch (e) {
    reachable = false;
    console.log(`# server not reachable at ${ORIGIN}: ${e.message}`);
  }
  atk = await startAttackers();
  console.log(`# attacker servers: counter ${atk.counter.port}, 503 ${atk.unavailable.port}, hang ${atk.hang.port}, redirect ${atk.redirect.port}`);

  for (const p of probes.sort((x, y) => order(x.id) - order(y.id))) {
    if (!selected(p.id)) continue;
    let status, figures;
    const t0 = performance.now();
    if (!reachable) {
      [status, figures] = [INFO, 'error: server not reachable'];
    } else {
      try {
        [status, figures] = await withTimeout(p.fn(), p.timeoutMs);
      } catch (e) {
        [status, figures] = [INFO, `error: ${e.message}`];
      }
    }
    if (args.appId && VIA_MESSAGES.has(p.id) && /→ 401/.test(figures)) figures += ' (app id set: stopped at authentication, the check behind it is not exercised)';
    const line = `PROBE ${p.id} ${p.name}: ${status} — ${figures} [${((performance.now() - t0) / 1000).toFixed(1)} s]`;
    results.push({ id: p.id, status, errored: figures.startsWith('error:') });
    console.log(line);
  }

  for (const a of atk.all) await a.close().catch(() => {});
  agent.destroy();
  const count = (s) => results.filter((r) => r.status === s).length;
  const errors = results.filter((r) => r.errored).length;
  console.log(`SUMMARY: ${results.length} probes — PASS ${count(PASS)}, FAIL ${count(FAIL)}, INFO ${count(INFO)}${errors ? ` (of which ${errors} could not run)` : ''} — ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const failed = results.filter((r) => r.status === FAIL).map((r) => r.id);
  if (failed.length) console.log(`FAILED: ${failed.join(' ')}`);
}

// Probes run in this order: cheap and per-conversation probes first, mass creation (06) and floods (04b, 04c) last.
const ORDER = ['01a', '01b', '02a', '02b', '02c', '02d', '02e', '02f', '02g', '03', '04a', '05', '07', '08', '09', '10', '11', '12',
  '13', '14', '15', '16', '17', '18', '06', '04b', '04c'];
function order(id) { const i = ORDER.indexOf(id); return i < 0 ? 999 : i; }

main().catch((e) => console.log(`probe runner error: ${e.stack ?? e}`)).finally(() => process.exit(0));
