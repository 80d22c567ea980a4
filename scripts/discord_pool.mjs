// Signed Discord interactions for the wrk scripts, which cannot sign Ed25519 themselves.
//   node scripts/discord_pool.mjs key DIR           writes DIR/discord.pem, prints the public hex
//   node scripts/discord_pool.mjs pool DIR [N] [COPIES]
//                                                   writes DIR/discord_pool.lua: N users' worth of
//                                                   interactions signed now (good for 300 s)
//   node scripts/discord_pool.mjs asks DIR COUNT    writes DIR/discord_pool.lua: COUNT distinct
//                                                   signed /ask interactions (for wrk)
// Each entry is {name, expect, ts, sig, body}: PING, /ask, /quiz start and answer, a forged
// button (each 200), and a flipped signature, a stale timestamp and a garbage signature (401).
// The server refuses a signed interaction it has already accepted (a replay), so every 200
// entry is distinct (its interaction id differs) and must be sent once: `pool` writes COPIES of
// each (default 1), and the wrk scripts give each thread its own share of the entries.
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';

const [cmd, dir, countText] = process.argv.slice(2);
const keyFile = path.join(dir ?? '.', 'discord.pem');

if (cmd === 'key') {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  const der = publicKey.export({ format: 'der', type: 'spki' });
  console.log(der.subarray(der.length - 32).toString('hex'));
} else if (cmd === 'pool' || cmd === 'asks') {
  const key = createPrivateKey(readFileSync(keyFile));
  const now = Math.floor(Date.now() / 1000);
  const sig = (ts, body) => sign(null, Buffer.from(ts + body), key).toString('hex');
  const entries = [];
  const add = (name, expect, interaction, { ts = String(now), forge } = {}) => {
    const body = JSON.stringify(interaction);
    let signature = sig(ts, body);
    if (forge === 'flip') signature = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    if (forge === 'garbage') signature = 'zz' + signature.slice(2);
    entries.push({ name, expect, ts, sig: signature, body });
  };
  const n = Number(countText ?? 16);
  const copies = cmd === 'asks' ? 1 : Number(process.argv[5] ?? 1);
  const questions = ['who is rin?', 'what did you steal?', 'why did you go to the castle?'];
  let serial = 0;  // the interaction id: what makes two otherwise equal bodies distinct
  const nextId = () => String(1_000_000_000 + serial++);
  if (cmd === 'asks') {
    for (let i = 0; i < n; i++) {
      const user = { id: String(700000 + (i % 64)), username: `bench${i % 64}` };
      add('discord_ask', 200, { type: 2, id: nextId(), token: 't', channel_id: '9100',
        member: { user }, data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3,
          value: questions[i % 3] }] } });
    }
  }
  for (let i = 0; cmd === 'pool' && i < n * copies; i++) {
    const u = i % n;
    const user = { id: String(700000 + u), username: `soak${u}` };
    const slash = (name, options) => ({ type: 2, id: nextId(), token: 't',
      channel_id: '9100', member: { user }, data: { name, type: 1, options } });
    const quiz = (sub, options = []) => slash('quiz', [{ name: sub, type: 1, options }]);
    add('discord_ping', 200, { type: 1, id: nextId() });
    add('discord_ask', 200, slash('ask', [{ name: 'question', type: 3,
      value: questions[u % 3] }]));
    add('discord_quiz', 200, quiz('start'));
    add('discord_quiz', 200, quiz('answer', [{ name: 'text', type: 3, value: 'A' }]));
    add('discord_forged_button', 200, { type: 3, id: nextId(), token: 't', channel_id: '9100',
      member: { user }, message: { id: '5' },
      data: { custom_id: `quiz:a:9100:${700000 + u + 1}:q0-0:0`, component_type: 2 } });
    add('discord_bad_signature', 401, { type: 1 }, { forge: 'flip' });
    add('discord_bad_signature', 401, { type: 1 }, { ts: String(now - 400) });
    add('discord_bad_signature', 401, { type: 1 }, { forge: 'garbage' });
  }
  // Lua long strings hold the JSON as it is; the level is chosen so no body can close it.
  const lua = 'return {\n' + entries.map((e) => `  {name = "${e.name}", expect = ${e.expect}, ` +
    `ts = "${e.ts}", sig = "${e.sig}", body = [==[${e.body}]==]},`).join('\n') + '\n}\n';
  const out = path.join(dir, 'discord_pool.lua');
  writeFileSync(out + '.tmp', lua);
  renameSync(out + '.tmp', out);  // wrk never reads half a file
} else {
  console.error('usage: discord_pool.mjs key DIR | pool DIR [N] [COPIES] | asks DIR COUNT');
  process.exit(2);
}
