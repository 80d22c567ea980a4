// N replicas on one PostgreSQL, against real processes (run through scripts/replicas.sh):
// a throwaway cluster from Debian's postgresql-15 in a temp dir, two `lenbot serve` replicas
// on it and nginx round-robin in front (own config, loopback ports, no system service).
//  1. start-up refusals: a bad URI, a wrong password, an unreachable database: exit 2, one line;
//  2. chat across replicas: a follow-up on the other replica; the PostgreSQL round trips per
//     chat request, counted from /metrics;
//  3. quiz across replicas: start on one, answer on the other, one leaderboard; concurrent
//     double answers (the same answer to both replicas at once) count once;
//  3c. moderation through one replica, seen by the other: a channel blocked with /quizadmin on
//     one is silenced on the other (and unblocked again), `lenbot admin block-channel` silences
//     both, and a /quizadmin leaderboard reset on one zeroes the score both report;
//  4. a Discord interaction replayed to the other replica is refused;
//  5. 20 SIGKILLs of a replica under quiz load through nginx: no acknowledged answer lost,
//     none doubled;
//  6. PostgreSQL restarts: 503 JSON and /healthz "degraded" meanwhile, errors in /metrics,
//     both replicas serving again within 5 s of it coming back;
//  7. wrk: chat and quiz answers/s through nginx on 2 replicas (PostgreSQL) against 1 replica
//     on SQLite, 0 non-2xx.
// Stops everything it started. Exits 1 on any failure.   node scripts/replicas.mjs [build-dir]
import { spawn, spawnSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, freePort, waitForHealth } from '../tests/support/lenbot_server.mjs';

const build = process.argv[2] ?? 'build';
const bin = path.resolve(root, build, 'lenbot');
const pgBin = '/usr/lib/postgresql/15/bin';
const kKills = Number(process.env.KILLS ?? 20);
const kWrkSeconds = Number(process.env.WRK_SECONDS ?? 8);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); return ok; };
const log = (line) => console.log(line);

const tmp = mkdtempSync('/tmp/lenbot-replicas-');
chmodSync(tmp, 0o755);
const pgDir = path.join(tmp, 'pg');
mkdirSync(pgDir);
const asRoot = process.getuid() === 0;
// initdb refuses root: the cluster then belongs to nobody.
if (asRoot) chownSync(pgDir, 65534, 65534);
const pgRun = (args) => {
  const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'nobody', '--', ...args] : args;
  return spawnSync(cmd, rest, { encoding: 'utf8' });
};
const password = 'len-' + Math.random().toString(36).slice(2);
const children = new Set();

function cleanup() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  pgRun([`${pgBin}/pg_ctl`, '-D', path.join(pgDir, 'data'), '-m', 'immediate', 'stop']);
  rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { cleanup(); process.exit(130); });
}

function spawnTracked(cmd, args, options = {}) {
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  children.add(child);
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    children.delete(child);
    resolve({ code, signal });
  }));
  child.output = () => output;
  return child;
}

// --- PostgreSQL -----------------------------------------------------------------------------
const pgPort = await freePort();
async function startPostgres() {
  const r = pgRun([`${pgBin}/pg_ctl`, '-D', path.join(pgDir, 'data'), '-l',
    path.join(pgDir, 'log'), '-w', '-o',
    `-k ${pgDir} -c listen_addresses=127.0.0.1 -p ${pgPort} -c max_connections=100`, 'start']);
  if (r.status !== 0) throw new Error(`pg_ctl start: ${r.stderr}${r.stdout}`);
}
function stopPostgres() {
  const r = pgRun([`${pgBin}/pg_ctl`, '-D', path.join(pgDir, 'data'), '-m', 'fast', '-w', 'stop']);
  if (r.status !== 0) throw new Error(`pg_ctl stop: ${r.stderr}${r.stdout}`);
}
function psql(sql, db = 'lenbot') {
  const r = spawnSync('psql', ['-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql,
    `postgresql://lenbot@127.0.0.1:${pgPort}/${db}`],
  { encoding: 'utf8', env: { ...process.env, PGPASSWORD: password } });
  if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
  return r.stdout.trim();
}

// --- lenbot and nginx -----------------------------------------------------------------------
const indexDb = path.join(tmp, 'index.db');
const tcpUri = `postgresql://lenbot:${password}@127.0.0.1:${pgPort}/lenbot`;
// The second replica goes through the Unix socket, so both URI forms are exercised.
const socketUri = `postgresql://lenbot:${password}@/lenbot?host=${pgDir}&port=${pgPort}`;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

function serveArgs(port, stateDb) {
  return ['serve', '--host', '127.0.0.1', '--port', String(port), '--db', indexDb,
    '--state-db', stateDb, '--discord-public-key', publicHex, '--log-level', 'warn'];
}
const serveEnv = { ...process.env, LENBOT_RATE_LIMIT_REQUESTS: '0' };

async function startReplica(port, stateDb) {
  const child = spawnTracked(bin, serveArgs(port, stateDb), { env: serveEnv });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, child, 120_000);
  } catch (e) {
    throw new Error(`replica on ${port}: ${e.message}\n${child.output()}`);
  }
  return { child, base, port, stateDb };
}

async function startNginx(ports) {
  const port = await freePort();
  const dir = path.join(tmp, 'nginx');
  mkdirSync(dir, { recursive: true, mode: 0o777 });
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(path.join(dir, sub), { mode: 0o777 });
  }
  const conf = `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  # max_fails=0: never mark a replica down, so a refused connection always moves on to the
  # next one and a 502 means a request was cut off at a replica, nothing else.
  upstream lenbot {
${ports.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 1m;
    location / {
      proxy_pass http://lenbot;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 1s;
    }
  }
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child = spawnTracked('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g',
    'daemon off;']);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return { child, base };
    } catch { /* not yet */ }
    await sleep(50);
  }
  throw new Error(`nginx did not come up: ${child.output()}`);
}

async function post(base, route, body, headers = {}) {
  const res = await fetch(`${base}${route}`, { method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body: json, text };
}
const getJson = async (url) => {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
};
const cites = (reply, n) => (reply?.sources ?? []).some((s) => s.cite.includes(n));
async function metric(base, name) {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(name + ' '));
  return line ? Number(line.split(' ')[1]) : NaN;
}

// --- the rig ----------------------------------------------------------------------------------
const started = Date.now();
try {
  writeFileSync(path.join(pgDir, 'pw'), password + '\n');
  if (asRoot) chownSync(path.join(pgDir, 'pw'), 65534, 65534);
  const init = pgRun([`${pgBin}/initdb`, '-D', path.join(pgDir, 'data'), '-U', 'lenbot',
    '--auth=scram-sha-256', `--pwfile=${path.join(pgDir, 'pw')}`, '-E', 'UTF8']);
  if (init.status !== 0) throw new Error(`initdb: ${init.stderr}`);
  await startPostgres();
  psql('CREATE DATABASE lenbot', 'postgres');
  log(`postgres: 15 on 127.0.0.1:${pgPort} and ${pgDir} (scram-sha-256)`);

  // Build the index once, so the replicas don't race to build it.
  const index = spawnSync(bin, ['index', '--db', indexDb], { cwd: root, encoding: 'utf8' });
  if (index.status !== 0) throw new Error(`lenbot index: ${index.stderr}`);

  // --- 1. start-up refusals -------------------------------------------------------------------
  {
    const unreachablePort = await freePort();
    const cases = [
      ['bad URI', `postgresql://lenbot:${password}@[::1/lenbot`],
      ['wrong password', `postgresql://lenbot:wrong@127.0.0.1:${pgPort}/lenbot`],
      ['unreachable', `postgresql://lenbot:${password}@127.0.0.1:${unreachablePort}/lenbot`],
      ['no such socket', 'postgresql://lenbot@/lenbot?host=/nonexistent-dir'],
    ];
    for (const [name, uri] of cases) {
      const child = spawnTracked(bin, serveArgs(await freePort(), uri), { env: serveEnv });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const { code } = await child.exited;
      clearTimeout(timer);
      const lines = child.output().trim().split('\n').filter((l) => l.trim() !== '');
      check(code === 2, `${name}: exit ${code}, expected 2`);
      check(lines.length === 1, `${name}: ${lines.length} lines of output, expected 1`);
      check(!child.output().includes(password), `${name}: the password is in the output`);
      log(`start-up, ${name}: exit ${code}: ${lines[0]?.replace(/^.*\] /, '')}`);
    }
  }

  const r1 = await startReplica(await freePort(), tcpUri);
  const r2 = await startReplica(await freePort(), socketUri);
  const replicas = [r1, r2];
  // Both replicas started on an empty database: every migration applied once, none skipped.
  const [migrations, latest] = psql(
    'SELECT count(*), max(version) FROM lenbot_schema_migrations').split('|');
  check(migrations === latest, `${migrations} migration rows for versions 1 to ${latest}`);
  const nginx = await startNginx([r1.port, r2.port]);
  log(`replicas: ${r1.base} (TCP), ${r2.base} (Unix socket); nginx ${nginx.base}; ` +
    `${migrations} migrations`);

  // --- 2. chat across replicas ----------------------------------------------------------------
  {
    const conv = 'rig-follow';
    const first = await post(r1.base, '/api/chat',
      { conversation: conv, message: 'what did you buy at the marketplace?' });
    const source = await post(r2.base, '/api/chat', { conversation: conv, message: 'source?' });
    const next = await post(r1.base, '/api/chat', { conversation: conv, message: 'and then?' });
    check(cites(first.body, 73), `chat: first answer does not cite [73]: ${first.text}`);
    check(cites(source.body, 73), `chat: "source?" on the other replica: ${source.text}`);
    check(cites(next.body, 74), `chat: "and then?" back on the first: ${next.text}`);
    log(`chat: question on r1 cites [73]; "source?" on r2 cites [73]: ${cites(source.body, 73)}; ` +
      `"and then?" on r1 cites [74]: ${cites(next.body, 74)}`);

    const kChats = 100;
    const before = (await metric(r1.base, 'lenbot_state_round_trips_total')) +
      (await metric(r2.base, 'lenbot_state_round_trips_total'));
    for (let i = 0; i < kChats; i++) {
      const res = await post(nginx.base, '/api/chat',
        { conversation: `rig-rt-${i % 10}`, message: i % 2 ? 'why?' : 'who is rin to you?' });
      check(res.status === 200, `chat through nginx: ${res.status}`);
    }
    const after = (await metric(r1.base, 'lenbot_state_round_trips_total')) +
      (await metric(r2.base, 'lenbot_state_round_trips_total'));
    // Each /metrics scrape reads the quiz gauges (one statement) before it prints the counter,
    // so the second pair of scrapes counts one statement per replica that no chat sent.
    const scrapes = replicas.length;
    const perChat = (after - before - scrapes) / kChats;
    check(perChat <= 2, `chat: ${perChat} PostgreSQL round trips per request, at most 2 allowed`);
    log(`chat: ${kChats} requests through nginx, ${after - before - scrapes} PostgreSQL round trips ` +
      `(${perChat.toFixed(2)} per request)`);
  }

  // --- 3. quiz across replicas, concurrent double answers ------------------------------------
  {
    const start = await post(r1.base, '/api/quiz/start', { channel: 'rig', user: 'ann' });
    const answer = await post(r2.base, '/api/quiz/answer',
      { channel: 'rig', user: 'ann', answer: 'A' });
    const score1 = await getJson(`${r1.base}/api/quiz/score?channel=rig&user=ann`);
    check(start.status === 200 && answer.status === 200, `quiz: start ${start.status}, ` +
      `answer on the other replica ${answer.status}`);
    check(score1.body.score?.answered === 1, `quiz: r1 sees ${JSON.stringify(score1.body)}`);

    // A click names its question, so the second of two identical clicks must be refused (409);
    // a typed answer goes to whatever question is current, so two of them may grade two
    // questions in turn. Either way `answered` must equal the answers acknowledged.
    const kPlayers = 20;
    let doubles = 0;
    let clicks = 0;
    for (let i = 0; i < kPlayers; i++) {
      const user = `double-${i}`;
      let { body: { question: q } } = await post(nginx.base, '/api/quiz/start',
        { channel: 'rig', user, order: 'shuffle' });
      // Every other player clicks: skip ahead to a question with options.
      for (let skips = 0; i % 2 === 0 && q.options.length === 0 && skips < 20; skips++) {
        q = (await post(nginx.base, '/api/quiz/skip', { channel: 'rig', user })).body.next;
      }
      const click = q.options.length > 0;
      clicks += click;
      const body = click ? { channel: 'rig', user, question_id: q.id, option: 1 }
        : { channel: 'rig', user, answer: 'B' };
      const both = await Promise.all(replicas.map((r) => post(r.base, '/api/quiz/answer', body)));
      const ok = both.filter((b) => b.status === 200).length;
      const score = await getJson(`${nginx.base}/api/quiz/score?channel=rig&user=${user}`);
      if (score.body.score.answered !== ok) doubles++;
      check(score.body.score.answered === ok && (!click || ok === 1), `double answer ${user} ` +
        `(${click ? 'click' : 'typed'}): ${both.map((b) => b.status).join('/')}, answered ` +
        `${score.body.score.answered}`);
    }
    const boards = await Promise.all(replicas.map((r) =>
      getJson(`${r.base}/api/quiz/leaderboard?channel=rig&limit=50`)));
    check(JSON.stringify(boards[0].body) === JSON.stringify(boards[1].body),
      'quiz: the replicas show different leaderboards');
    log(`quiz: started on r1, answered on r2; ${kPlayers} answers sent to both replicas at ` +
      `once (${clicks} clicks on the same question: one 200 each): ${doubles} miscounted; ` +
      `one leaderboard`);
  }

  // --- 3b. moderation and quiz figures from the shared database -------------------------------
  {
    const sessions = 'lenbot_quiz_sessions{state="all"}';
    const counts = await Promise.all(replicas.map((r) => metric(r.base, sessions)));
    check(counts[0] > 0 && counts[0] === counts[1], `quiz metrics: ${counts.join(' vs ')}`);
    const admin = (...args) => spawnSync(bin, ['admin', ...args, '--state-db', tcpUri],
      { cwd: root, encoding: 'utf8' });
    const reset = admin('reset-leaderboard', 'rig');
    check(reset.status === 0, `lenbot admin reset-leaderboard: ${reset.status} ${reset.stderr}`);
    const boards = await Promise.all(replicas.map((r) =>
      getJson(`${r.base}/api/quiz/leaderboard?channel=rig&limit=50`)));
    for (const [i, board] of boards.entries()) {
      check(board.status === 200 && !/"points":[1-9]/.test(JSON.stringify(board.body)),
        `after reset-leaderboard r${i + 1} shows ${JSON.stringify(board.body)}`);
    }
    const block = admin('block-channel', 'rig-blocked');
    const listed = admin('blocked');
    check(block.status === 0 && listed.stdout.split('\n').includes('rig-blocked'),
      `lenbot admin block-channel: ${block.status} ${block.stderr}; blocked: ${listed.stdout}`);
    const backup = spawnSync(bin, ['backup', path.join(tmp, 'b.db'), '--state-db', tcpUri],
      { cwd: root, encoding: 'utf8' });
    check(backup.status === 2 && backup.stderr.includes('pg_dump') &&
      !backup.stderr.includes(password), `lenbot backup on PostgreSQL: ${backup.status} ` +
      `${backup.stderr}`);
    log(`moderation: both replicas report ${counts[0]} quiz sessions; lenbot admin ` +
      `${reset.stdout.trim()}, seen by r1 and r2; block-channel listed; backup points to pg_dump`);
  }

  // --- 3c. moderation through one replica, seen by the other --------------------------------
  {
    const key = createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }));
    let serial = 0;
    // A signed interaction (each body unique, so the replay guard lets it through).
    const interact = async (base, interaction) => {
      const ts = String(Math.floor(Date.now() / 1000));
      const body = JSON.stringify({ ...interaction, id: `rig-mod-${serial++}` });
      const sig = sign(null, Buffer.from(ts + body), key).toString('hex');
      const res = await fetch(`${base}/discord/interactions`, { method: 'POST', body,
        headers: { 'Content-Type': 'application/json', 'X-Signature-Ed25519': sig,
          'X-Signature-Timestamp': ts } });
      return { status: res.status, body: await res.json().catch(() => null) };
    };
    const member = (permissions) => ({ user: { id: '4242', username: 'rig_mod' }, permissions });
    const command = (channel, name, options, permissions = '0') => ({ type: 2,
      channel_id: channel, member: member(permissions), data: { name, type: 1, options } });
    const ask = (channel) => command(channel, 'ask',
      [{ name: 'question', type: 3, value: 'who is rin?' }]);
    const sub = (name, options = []) => [{ name, type: 1, options }];
    const quizadmin = (channel, name) => command(channel, 'quizadmin', sub(name), '32');
    const quiet = (r) => r.body?.data?.flags === 64 && /stay quiet/.test(r.body.data.content);
    const answers = (r) => r.status === 200 && r.body?.type === 4 && !r.body.data?.flags;
    // Milliseconds until `probe` holds; the blocklist is re-read within 5 s of a change.
    const within = async (probe, ms = 7000) => {
      const t0 = Date.now();
      while (Date.now() - t0 < ms) {
        if (await probe()) return Date.now() - t0;
        await sleep(100);
      }
      return Infinity;
    };

    // r2 has not read the blocklist yet (only channel routes do), so it reads it after the
    // block; r1 has, before the unblock, so that change reaches it through the 5 s refresh.
    const channel = '900100';
    const blocked = await interact(r1.base, quizadmin(channel, 'block-channel'));
    check(/quiet/.test(blocked.body?.data?.content ?? ''), `/quizadmin block-channel on r1: ` +
      JSON.stringify(blocked.body));
    check(quiet(await interact(r1.base, ask(channel))), 'moderation: r1 answers in the channel ' +
      'it just blocked');
    const silencedAfter = await within(async () => quiet(await interact(r2.base, ask(channel))));
    check(silencedAfter <= 6000, `moderation: blocked on r1, r2 still answers after ${silencedAfter} ms`);
    const quietQuiz = await interact(r2.base, command(channel, 'quiz', sub('start')));
    check(quiet(quietQuiz), `moderation: r2 starts a quiz in a blocked channel: ` +
      JSON.stringify(quietQuiz.body));
    const hooked = await post(r2.base, '/webhook/message', { channel_id: channel,
      content: 'len, who is rin?', author: { id: '77', username: 'rin_fan' } });
    check(/stay quiet/.test(hooked.body?.content ?? ''), `moderation: the webhook on r2 in a ` +
      `blocked channel: ${hooked.status} ${hooked.text}`);
    await interact(r2.base, quizadmin(channel, 'unblock-channel'));
    const backAfter = await within(async () => answers(await interact(r1.base, ask(channel))));
    check(backAfter <= 6000, `moderation: unblocked on r2, r1 still silent after ${backAfter} ms`);
    check(answers(await interact(r2.base, ask(channel))), 'moderation: r2 is silent after the unblock');

    // `lenbot admin block-channel rig-blocked` (3b) reaches both replicas too.
    const adminQuiet = await Promise.all(replicas.map((r) => within(async () =>
      quiet(await interact(r.base, ask('rig-blocked'))))));
    check(adminQuiet.every((ms) => ms <= 6000), `moderation: lenbot admin block-channel ` +
      `silenced the replicas after ${adminQuiet.join(', ')} ms`);

    // A score made on r2, reset with /quizadmin on r1: both replicas report it zeroed. (The
    // web API names channels without "discord:"; /quizadmin resets the bare id's sessions too.)
    const scoreOn = async (r) => (await getJson(
      `${r.base}/api/quiz/score?channel=${channel}&user=4242`)).body.score?.answered;
    await post(r2.base, '/api/quiz/start', { channel, user: '4242' });
    await post(r2.base, '/api/quiz/answer', { channel, user: '4242', answer: 'A' });
    const before = await Promise.all(replicas.map(scoreOn));
    const reset = await interact(r1.base, quizadmin(channel, 'reset-leaderboard'));
    const after = await Promise.all(replicas.map(scoreOn));
    check(before.every((n) => n === 1), `moderation: before the reset the replicas report ` +
      `${before.join(' and ')} answers, expected 1`);
    check(/reset/i.test(reset.body?.data?.content ?? '') && after.every((n) => n === 0),
      `moderation: after /quizadmin reset-leaderboard on r1 the replicas report ` +
      `${after.join(' and ')} answers (${JSON.stringify(reset.body)})`);
    log(`moderation across replicas: /quizadmin block on r1 silenced r2 after ${silencedAfter} ms ` +
      `(/ask, /quiz, webhook); unblock on r2 reached r1 after ${backAfter} ms; lenbot admin ` +
      `block-channel silenced both after ${adminQuiet.join(' and ')} ms; /quizadmin ` +
      `reset-leaderboard on r1: answers ${before.join('/')} -> ${after.join('/')} on r1/r2`);
  }

  // --- 4. Discord replay across replicas -----------------------------------------------------
  {
    const ts = String(Math.floor(Date.now() / 1000));
    const body = JSON.stringify({ type: 1, id: 'rig-replay' });
    const sig = sign(null, Buffer.from(ts + body), createPrivateKey(privateKey.export(
      { format: 'pem', type: 'pkcs8' }))).toString('hex');
    const send = (base) => fetch(`${base}/discord/interactions`, { method: 'POST', body,
      headers: { 'Content-Type': 'application/json', 'X-Signature-Ed25519': sig,
        'X-Signature-Timestamp': ts } });
    const first = (await send(r1.base)).status;
    const replay = (await send(r2.base)).status;
    const again = (await send(r1.base)).status;
    check(first === 200 && replay === 401 && again === 401,
      `discord replay: ${first}, then ${replay} on the other replica, ${again} on the first`);
    log(`discord: signed PING ${first} on r1, replayed on r2 ${replay}, on r1 ${again}`);
  }

  // --- 5. SIGKILL a replica under quiz load ----------------------------------------------------
  {
    const users = Array.from({ length: 6 }, (_, i) => `kill-${i}`);
    const acked = Object.fromEntries(users.map((u) => [u, 0]));
    for (const u of users) await post(nginx.base, '/api/quiz/start', { channel: 'kill', user: u });
    let totalAcked = 0;
    let totalUnsure = 0;
    let committedUnsure = 0;
    let lost = 0;
    let doubled = 0;
    for (let round = 1; round <= kKills; round++) {
      let stopping = false;
      const unsure = Object.fromEntries(users.map((u) => [u, 0]));
      const client = async (u) => {
        while (!stopping) {
          let res;
          try {
            res = await post(nginx.base, '/api/quiz/answer', { channel: 'kill', user: u, answer: 'A' });
          } catch {
            unsure[u]++;
            await sleep(10);
            continue;
          }
          if (res.status === 200) {
            acked[u]++;
            totalAcked++;
          } else if (res.status === 502 || res.status === 504) {
            unsure[u]++;  // nginx lost the replica mid-request: it may have committed
            await sleep(10);
          } else if (res.status === 409) {
            await post(nginx.base, '/api/quiz/start', { channel: 'kill', user: u }).catch(() => {});
          } else {
            check(false, `kill round ${round}: ${u} got ${res.status} ${res.text}`);
            return;
          }
        }
      };
      const clients = users.map(client);
      await sleep(100 + Math.floor(Math.random() * 400));
      const victim = replicas[round % 2];
      victim.child.kill('SIGKILL');
      await victim.child.exited;
      await sleep(200);  // the load carries on through the other replica
      stopping = true;
      await Promise.all(clients);
      const again = await startReplica(victim.port, victim.stateDb);
      Object.assign(victim, again);
      for (const u of users) {
        // Read from the replica that stayed up (nginx may still hold a dead keep-alive).
        const reader = replicas[(round + 1) % 2];
        const { body } = await getJson(`${reader.base}/api/quiz/score?channel=kill&user=${u}`);
        const answered = body.score.answered;
        if (answered < acked[u]) lost += acked[u] - answered;
        if (answered > acked[u] + unsure[u]) doubled += answered - acked[u] - unsure[u];
        check(answered >= acked[u] && answered <= acked[u] + unsure[u],
          `kill round ${round}: ${u} answered ${answered}, acknowledged ${acked[u]}, ` +
          `unsure ${unsure[u]}`);
        totalUnsure += unsure[u];
        committedUnsure += answered - acked[u];
        acked[u] = answered;
      }
    }
    log(`kills: ${kKills} SIGKILLs of a replica under quiz load through nginx: ` +
      `${totalAcked} answers acknowledged, ${lost} lost, ${doubled} doubled; ` +
      `${totalUnsure} cut off mid-request, of which ${committedUnsure} had committed`);
  }

  // --- 6. PostgreSQL restart -------------------------------------------------------------------
  {
    const errorsBefore = await metric(r1.base, 'lenbot_state_errors_total');
    stopPostgres();
    const chat = await post(r1.base, '/api/chat', { conversation: 'rig-down', message: 'hi len' });
    const quiz = await post(r2.base, '/api/quiz/start', { channel: 'rig', user: 'down' });
    const health = await getJson(`${r1.base}/healthz`);
    const errorsDuring = await metric(r1.base, 'lenbot_state_errors_total');
    check(chat.status === 503 && typeof chat.body?.error === 'string',
      `postgres down: chat got ${chat.status} ${chat.text}`);
    check(quiz.status === 503 && typeof quiz.body?.error === 'string',
      `postgres down: quiz got ${quiz.status} ${quiz.text}`);
    check(health.body.status === 'degraded' && typeof health.body.reason === 'string',
      `postgres down: /healthz said ${JSON.stringify(health.body)}`);
    check(errorsDuring > errorsBefore, `postgres down: lenbot_state_errors_total stayed at ` +
      `${errorsDuring}`);
    log(`postgres down: chat ${chat.status} ${JSON.stringify(chat.body)}; quiz ${quiz.status}; ` +
      `/healthz ${health.status} ${JSON.stringify(health.body)}; state errors ${errorsBefore} ` +
      `-> ${errorsDuring}`);

    await startPostgres();
    const back = Date.now();
    const recovered = await Promise.all(replicas.map(async (r) => {
      while (Date.now() - back < 10_000) {
        const res = await post(r.base, '/api/chat', { conversation: 'rig-up', message: 'hi len' });
        if (res.status === 200) return Date.now() - back;
        await sleep(20);
      }
      return Infinity;
    }));
    const worst = Math.max(...recovered);
    check(worst <= 5000, `postgres back: replicas served again after ${recovered.join(', ')} ms`);
    const healthy = await getJson(`${r2.base}/healthz`);
    log(`postgres back: replicas serving after ${recovered.join(' and ')} ms; /healthz ` +
      `${healthy.status} ${JSON.stringify(healthy.body)}`);
  }

  // --- 7. wrk: 2 replicas on PostgreSQL behind nginx, against 1 replica on SQLite ------------
  {
    const sqlite = await startReplica(await freePort(), path.join(tmp, 'state.db'));
    const wrk = (base, script, args, connections) => {
      const r = spawnSync('wrk', [`-t${connections}`, `-c${connections}`, `-d${kWrkSeconds}s`,
        '--latency', '-s', script,
        base, '--', ...args], { cwd: root, encoding: 'utf8' });
      const rate = Number((r.stdout.match(/Requests\/sec:\s+([\d.]+)/) ?? [])[1]);
      const non2xx = Number((r.stdout.match(/Non-2xx or 3xx responses: (\d+)/) ?? [0, 0])[1]);
      const p99 = (r.stdout.match(/ 99%\s+(\S+)/) ?? [])[1];
      return { rate, non2xx, p99 };
    };
    // One connection per wrk thread for quiz answers, so no player's answers race each other.
    const startPlayers = async (base) => {
      for (let t = 1; t <= 4; t++) {
        for (let u = 0; u < 64; u++) {
          await post(base, '/api/quiz/start', { channel: 'bench', user: `bench-${t}-${u}` });
        }
      }
    };
    const rows = [];
    for (const [name, base] of [['1 replica, SQLite', sqlite.base],
      ['2 replicas + nginx, PostgreSQL', nginx.base]]) {
      const chat = wrk(`${base}/api/chat`, 'bench/chat_post.lua',
        ['tests/data/dev_questions.jsonl'], 8);
      await startPlayers(base);
      const quiz = wrk(`${base}/api/quiz/answer`, 'bench/quiz_answer.lua', ['64'], 4);
      for (const [what, r] of [['chat', chat], ['quiz answers', quiz]]) {
        check(r.rate > 0, `wrk ${name} ${what}: no rate`);
        check(r.non2xx === 0, `wrk ${name} ${what}: ${r.non2xx} non-2xx responses`);
      }
      rows.push(`| ${name} | ${chat.rate.toFixed(0)} (p99 ${chat.p99}) | ` +
        `${quiz.rate.toFixed(0)} (p99 ${quiz.p99}) | ${chat.non2xx + quiz.non2xx} |`);
    }
    sqlite.child.kill('SIGTERM');
    await sqlite.child.exited;
    log(`wrk, ${kWrkSeconds} s each: chat 8 connections, quiz answers 4 (one per thread):`);
    log('| setup | chat req/s | quiz answers/s | non-2xx |');
    log('|---|---|---|---|');
    for (const row of rows) log(row);
  }
} catch (e) {
  check(false, `rig: ${e.stack ?? e}`);
} finally {
  cleanup();
}

log(`rig: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failures.length) {
  for (const f of failures) log('FAIL: ' + f);
  process.exit(1);
}
log('replicas: pass');
// Exit now: fetch's keep-alive sockets to the stopped servers would hold the event loop for
// minutes (make check waited on them).
process.exit(0);
