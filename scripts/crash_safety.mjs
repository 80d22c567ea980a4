// Crash safety of the state database, against a real `lenbot serve`:
//  1. a corrupt index file is rebuilt from the corpus at start, with a log line saying so;
//  2. a corrupt state database is refused: non-zero exit, a message naming the file, the file
//     left as it was;
//  3. 20 rounds: 6 clients (distinct users) answer their current quiz question over
//     /api/quiz/answer; the server is killed with SIGKILL at a random moment, restarted on the
//     same state database, and every user's `answered` (GET /api/quiz/score) must lie between
//     the answers acknowledged with a 200 and those plus the answers in flight at the kill
//     (which may have committed without the client seeing the 200).
// Prints one line per round; exits 1 on failure.   node scripts/crash_safety.mjs [build-dir]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, freePort, waitForHealth } from '../tests/support/lenbot_server.mjs';

const build = process.argv[2] ?? 'build';
const bin = path.resolve(root, build, 'lenbot');
const kRounds = Number(process.env.ROUNDS ?? 20);
const kClients = 6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); return ok; };

const tmp = await mkdtemp(path.join(tmpdir(), 'lenbot-crash-'));
const indexDb = path.join(tmp, 'index.db');
const stateDb = path.join(tmp, 'state.db');

function launch(port, logLevel = 'warn', stateFile = stateDb) {
  const server = spawn(bin, ['serve', '--port', String(port), '--db', indexDb, '--state-db',
    stateFile, '--log-level', logLevel], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LENBOT_RATE_LIMIT_REQUESTS: '0' } });
  let log = '';
  server.stdout.on('data', (d) => { log += d; });
  server.stderr.on('data', (d) => { log += d; });
  const exited = new Promise((resolve) => server.once('exit', (code, signal) =>
    resolve({ code, signal })));
  return { server, exited, log: () => log };
}

async function start(logLevel) {
  const port = await freePort();
  const s = launch(port, logLevel);
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, s.server, 180_000);
  return { ...s, base };
}

async function stop(s, signal = 'SIGTERM') {
  if (s.server.exitCode === null && s.server.signalCode === null) s.server.kill(signal);
  return s.exited;
}

async function post(base, route, body) {
  const res = await fetch(`${base}${route}`, { method: 'POST',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

try {
  // --- 1. a corrupt index is rebuilt, and says so -------------------------------------------
  {
    const first = await start('info');  // builds the index (missing)
    await stop(first);
    await writeFile(indexDb, 'not an index '.repeat(500));
    const s = await start('info');
    await stop(s);
    const line = s.log().split('\n').find((l) => l.includes('index rebuilt'));
    check(line && line.includes('unreadable'), 'corrupt index: no "index rebuilt ... unreadable"' +
      ' line in the log');
    console.log(`corrupt index: ${line ? line.replace(/^.*\] /, '') : 'NOT rebuilt'}`);
  }

  // --- 2. a corrupt state database is refused -----------------------------------------------
  {
    const garbage = path.join(tmp, 'garbage-state.db');
    const bytes = 'this is not a SQLite database '.repeat(100);
    await writeFile(garbage, bytes);
    const s = launch(await freePort(), 'info', garbage);
    const timeout = setTimeout(() => s.server.kill('SIGKILL'), 60_000);
    const { code } = await s.exited;
    clearTimeout(timeout);
    // The start-up error line: 'state_db: ...' or 'cannot start: ...'.
    const message = s.log().split('\n').find((l) => l.includes(' error ')) ?? '';
    check(code !== 0 && code !== null, `corrupt state db: exit code ${code}, expected non-zero`);
    check(message.includes(garbage), `corrupt state db: message does not name the file: ${message}`);
    check((await readFile(garbage, 'utf8')) === bytes, 'corrupt state db: the file was changed');
    console.log(`corrupt state db: exit ${code}: ${message.replace(/^.*\] /, '')}`);
  }

  // --- 3. SIGKILL during quiz answers -------------------------------------------------------
  const users = Array.from({ length: kClients }, (_, i) => `crash-${i}`);
  const acked = Object.fromEntries(users.map((u) => [u, 0]));
  let s = await start('warn');
  for (const u of users) {
    check((await post(s.base, '/api/quiz/start', { channel: 'crash', user: u })).status === 200,
      `start ${u}`);
  }
  let totalAcked = 0;
  let totalInFlight = 0;
  let committedInFlight = 0;
  for (let round = 1; round <= kRounds; round++) {
    let stopping = false;
    const inFlight = Object.fromEntries(users.map((u) => [u, 0]));
    const client = async (u) => {
      while (!stopping) {
        let res;
        try {
          res = await post(s.base, '/api/quiz/answer', { channel: 'crash', user: u, answer: 'A' });
        } catch {
          inFlight[u]++;  // no answer: the kill came while this one was on its way
          return;
        }
        if (res.status === 200) {
          acked[u]++;
          totalAcked++;
        } else if (res.status === 409) {
          // Killed after grading, before the next question was asked: ask for one.
          await post(s.base, '/api/quiz/start', { channel: 'crash', user: u }).catch(() => {});
        } else {
          check(false, `round ${round}: ${u} got ${res.status} ${JSON.stringify(res.body)}`);
          return;
        }
      }
    };
    const clients = users.map(client);
    const killAfter = 100 + Math.floor(Math.random() * 900);
    await sleep(killAfter);
    stopping = true;
    const { signal } = await stop(s, 'SIGKILL');
    await Promise.all(clients);
    check(signal === 'SIGKILL', `round ${round}: server ended by ${signal}, not SIGKILL`);

    s = await start('warn');
    const rows = [];
    for (const u of users) {
      const res = await fetch(`${s.base}/api/quiz/score?channel=crash&user=${u}`);
      const { score } = await res.json();
      const ok = check(score.answered >= acked[u] && score.answered <= acked[u] + inFlight[u],
        `round ${round}: ${u} answered ${score.answered}, acknowledged ${acked[u]}, ` +
        `in flight ${inFlight[u]}`);
      totalInFlight += inFlight[u];
      committedInFlight += score.answered - acked[u];
      rows.push(`${score.answered}${inFlight[u] ? `(${acked[u]}+${inFlight[u]})` : ''}${ok ? '' : '!'}`);
      acked[u] = score.answered;  // the in-flight ones are settled now
    }
    console.log(`round ${String(round).padStart(2)}: killed after ${String(killAfter).padStart(3)}` +
      ` ms; answered per user ${rows.join(' ')}`);
  }
  await stop(s);
  console.log(`${kRounds} SIGKILLs: ${totalAcked} answers acknowledged, all in the scores;` +
    ` ${totalInFlight} in flight at a kill, of which ${committedInFlight} had committed`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}

if (failures.length) {
  for (const f of failures) console.log('FAIL: ' + f);
  process.exit(1);
}
console.log('crash safety: pass');
