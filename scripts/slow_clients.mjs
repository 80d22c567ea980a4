// Slow clients against `lenbot serve` with its default thread settings: 200 connections trickle
// an endless header, one byte every 500 ms (each byte resets the 5 s read timeout, so none is
// ever timed out), and while they do, GET /healthz and POST /api/chat must each be answered
// within 1 s. A control run with the pool capped at 8 threads (the old fixed pool) shows what
// the test catches. Prints the latencies; exits 1 on failure.
//   node scripts/slow_clients.mjs [build-dir]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, freePort, waitForHealth, stopServer } from '../tests/support/lenbot_server.mjs';

const build = process.argv[2] ?? 'build';
const bin = path.resolve(root, build, 'lenbot');
const kSlow = 200;
const kTrickleMs = 500;
const kLimitMs = 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startServer(tmp, extra) {
  const port = await freePort();
  const server = spawn(bin, ['serve', '--port', String(port), '--db', path.join(tmp, 'index.db'),
    '--state-db', path.join(tmp, 'state.db'), '--log-level', 'warn', ...extra],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, LENBOT_RATE_LIMIT_REQUESTS: '0' } });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, server, 180_000);
  return { server, port, base };
}

// Opens `n` connections that send a request head one byte per tick and never finish it.
async function trickle(port, n) {
  const sockets = await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => resolve(s));
    s.on('error', () => {});
  })));
  const head = 'GET /healthz HTTP/1.1\r\nHost: slow\r\nX-Slow: ' + 'a'.repeat(100000);
  let at = 0;
  let closed = 0;
  for (const s of sockets) s.on('close', () => closed++);
  const timer = setInterval(() => {
    for (const s of sockets) if (!s.destroyed) s.write(head[at]);
    at++;
  }, kTrickleMs);
  return { stop() { clearInterval(timer); for (const s of sockets) s.destroy(); },
    closed: () => closed };
}

// Milliseconds until the answer, or Infinity when none came within `timeoutMs`.
async function timed(url, init, timeoutMs) {
  const start = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    await res.text();
    return { ms: performance.now() - start, status: res.status };
  } catch {
    return { ms: Infinity, status: 0 };
  }
}

const chat = { method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ user: 'slow-test', message: 'who is rin to you?' }) };

async function probe(base, rounds, timeoutMs) {
  const out = { healthz: [], chat: [] };
  for (let i = 0; i < rounds; i++) {
    // A fresh connection each time: the point is whether a new client gets a worker.
    out.healthz.push(await timed(`${base}/healthz`, { headers: { Connection: 'close' } },
      timeoutMs));
    out.chat.push(await timed(`${base}/api/chat`,
      { ...chat, headers: { ...chat.headers, Connection: 'close' } }, timeoutMs));
    await sleep(200);
  }
  return out;
}

const fmt = (r) => r.map((x) => (x.ms === Infinity ? 'none' : `${x.ms.toFixed(1)}`)).join(' ');
const threadsOf = (pid) =>
  readFileSync(`/proc/${pid}/status`, 'utf8').match(/^Threads:\s+(\d+)/m)[1];
const socketsOf = (pid) => readdirSync(`/proc/${pid}/fd`).filter((fd) => {
  try { return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:'); } catch { return false; }
}).length;
const rssOf = (pid) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)[1]);

async function run(label, extra, rounds, timeoutMs) {
  const tmp = await mkdtemp(path.join(tmpdir(), 'lenbot-slow-'));
  const { server, port, base } = await startServer(tmp, extra);
  const rssBefore = rssOf(server.pid);
  const slow = await trickle(port, kSlow);
  try {
    // Every slow client has sent a few bytes, and the server has accepted them all: one socket
    // each (in a pool capped below kSlow, most just wait in its queue).
    const started = performance.now();
    await sleep(3 * kTrickleMs);
    while (socketsOf(server.pid) < kSlow + 1 && performance.now() - started < 10_000) {
      await sleep(100);
    }
    console.log(`${label}: ${socketsOf(server.pid) - 1} slow connections accepted after ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`);
    const r = await probe(base, rounds, timeoutMs);
    const alive = kSlow - slow.closed();
    console.log(`  ${alive} of ${kSlow} slow clients still open, server threads ` +
      `${threadsOf(server.pid)}, RSS ${rssBefore} -> ${rssOf(server.pid)} KB`);
    console.log(`  GET /healthz ms:  ${fmt(r.healthz)}`);
    console.log(`  POST /api/chat ms: ${fmt(r.chat)}`);
    return { r, alive };
  } finally {
    slow.stop();
    await stopServer(server);
    await rm(tmp, { recursive: true, force: true });
  }
}

const { r, alive } = await run('default config', [], 5, 5000);
const all = [...r.healthz, ...r.chat];
const worst = Math.max(...all.map((x) => x.ms));
const failures = [];
if (alive < kSlow) failures.push(`only ${alive} slow clients were still trickling`);
if (all.some((x) => x.status !== 200)) failures.push('a probe did not get 200');
if (worst > kLimitMs) failures.push(`slowest answer ${worst.toFixed(1)} ms > ${kLimitMs} ms`);

const control = await run('control, --max-threads 8', ['--max-threads', '8'], 1, 2000);
const starved = [...control.r.healthz, ...control.r.chat].every((x) => x.ms === Infinity);
console.log(`  (control: ${starved ? 'no answer within 2 s, as expected of a fixed pool'
  : 'answered; the slow clients did not hold every worker'})`);

if (failures.length) {
  console.log('FAIL: ' + failures.join('; '));
  process.exit(1);
}
console.log(`slow clients: pass (slowest answer ${worst.toFixed(1)} ms with ${kSlow} trickling)`);
