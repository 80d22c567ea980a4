// An independent Discord client against a real `lenbot serve`: its own Ed25519 key pair from
// Node's crypto (the server only gets the public half, as from the developer portal), signed
// PING, /ask, /quiz start, a button press, a fill-in answer through its form (modal), and the
// 401s Discord's endpoint check expects.
// Signing is cross-checked with discord-interactions' verifyKey; constants come from it too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ButtonStyleTypes,
  InteractionResponseFlags,
  InteractionResponseType,
  InteractionType,
  MessageComponentTypes,
  verifyKey,
} from 'discord-interactions';
import { startServer, stopServer } from '../support/lenbot_server.mjs';

// A Discord application's key pair; publicHex is what the developer portal shows.
function makeKey() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  return { privateKey, publicHex: der.subarray(der.length - 32).toString('hex') };
}

function signed(key, body, timestamp = String(Math.floor(Date.now() / 1000))) {
  const signature = sign(null, Buffer.from(timestamp + body), key.privateKey).toString('hex');
  return { body, timestamp, signature };
}

const user = { id: '4242', username: 'len_fan', global_name: 'Len Fan' };
// Every interaction Discord sends has an id of its own; the server refuses a signed body it
// has already accepted (a replay), so two equal presses in one second must differ in it.
let interactionId = 1000;
const nextId = () => String(interactionId++);
const slash = (name, options) => ({
  type: InteractionType.APPLICATION_COMMAND, id: nextId(), token: 't', channel_id: '9001',
  member: { user }, data: { name, type: 1, options },
});
const quiz = (sub) => slash('quiz', [{ name: sub, type: 1, options: [] }]);
const press = (customId) => ({
  type: InteractionType.MESSAGE_COMPONENT, id: nextId(), token: 't', channel_id: '9001',
  member: { user }, message: { id: '5' }, data: { custom_id: customId, component_type: 2 },
});

const submitForm = (customId, value) => ({
  type: InteractionType.MODAL_SUBMIT, id: '3', token: 't', channel_id: '9001',
  member: { user }, message: { id: '5' },
  data: { custom_id: customId,
    components: [{ type: MessageComponentTypes.ACTION_ROW,
      components: [{ type: MessageComponentTypes.INPUT_TEXT, custom_id: 'answer', value }] }] },
});

test('lenbot answers Discord interactions', { timeout: 240_000 }, async (t) => {
  const key = makeKey();
  const tmp = await mkdtemp(path.join(tmpdir(), 'lenbot-discord-'));
  const { server, base } = await startServer(tmp, ['--discord-public-key', key.publicHex]);

  async function post(message, headers = {}) {
    const res = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Signature-Ed25519': message.signature,
        'X-Signature-Timestamp': message.timestamp, ...headers },
      body: message.body,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
  async function interact(interaction) {
    const res = await post(signed(key, JSON.stringify(interaction)));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.data?.allowed_mentions ?? { parse: [] }, { parse: [] });
    return res.body;
  }
  const isEphemeral = (r) => r.type === InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE
    && r.data.flags === InteractionResponseFlags.EPHEMERAL;

  try {
    await t.test('our signatures verify with discord-interactions', async () => {
      const ping = signed(key, JSON.stringify({ type: InteractionType.PING }));
      assert.equal(await verifyKey(ping.body, ping.signature, ping.timestamp, key.publicHex), true);
      assert.equal(await verifyKey(ping.body + ' ', ping.signature, ping.timestamp,
        key.publicHex), false);
    });

    await t.test('PING gets PONG', async () => {
      assert.deepEqual(await interact({ type: InteractionType.PING }),
        { type: InteractionResponseType.PONG });
    });

    await t.test('a replayed signed interaction gets 401', async () => {
      const once = signed(key, JSON.stringify({ type: InteractionType.PING, id: nextId() }));
      assert.equal((await post(once)).status, 200);
      const replay = await post(once);
      assert.equal(replay.status, 401);
      assert.match(replay.body.error, /replay/);
    });

    await t.test('bad, missing and stale signatures get 401', async () => {
      const good = signed(key, JSON.stringify({ type: InteractionType.PING }));
      const flipped = (good.signature[0] === '0' ? '1' : '0') + good.signature.slice(1);
      assert.equal((await post({ ...good, signature: flipped })).status, 401);
      assert.equal((await post({ ...good, body: good.body.replace('1', '2') })).status, 401);
      const other = makeKey();
      assert.equal((await post(signed(other, good.body))).status, 401);
      const stale = String(Math.floor(Date.now() / 1000) - 3600);
      assert.equal((await post(signed(key, good.body, stale))).status, 401);
      const res = await fetch(`${base}/discord/interactions`, { method: 'POST',
        headers: { 'Content-Type': 'application/json' }, body: good.body });
      assert.equal(res.status, 401);
    });

    await t.test('/ask is answered in the channel', async () => {
      const r = await interact(slash('ask', [{ name: 'question', type: 3, value: 'who is rin?' }]));
      assert.equal(r.type, InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE);
      assert.ok(r.data.content.length > 0 && r.data.content.length <= 2000);
      assert.equal(r.data.flags, undefined);
      // Signed by the persona (personas/len.json has no avatar, so no icon_url).
      assert.deepEqual(r.data.embeds, [{ author: { name: 'Kagamine Len' } }]);
    });

    await t.test('/quiz start, a button press, and a second press', async () => {
      let r = await interact(quiz('start'));
      const options = (x) => x.data.components?.at(-1)?.components?.length ?? 0;
      for (let i = 0; i < 50 && options(r) < 2; i++) r = await interact(quiz('skip'));
      assert.equal(r.type, InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE);
      const [row] = r.data.components;
      assert.equal(row.type, MessageComponentTypes.ACTION_ROW);
      assert.ok(row.components.length >= 2 && row.components.length <= 5);
      for (const button of row.components) {
        assert.equal(button.type, MessageComponentTypes.BUTTON);
        assert.ok(button.custom_id.length <= 100);
        assert.ok(button.label.length <= 80);
      }
      const ids = row.components.map((b) => b.custom_id);
      assert.equal(new Set(ids).size, ids.length);

      const graded = await interact(press(ids[0]));
      assert.equal(graded.type, InteractionResponseType.UPDATE_MESSAGE);
      const gradedRow = graded.data.components[0].components;
      assert.ok(gradedRow.every((b) => b.disabled === true));
      assert.equal(gradedRow.filter((b) => b.style === ButtonStyleTypes.SUCCESS).length, 1);
      const picked = gradedRow[0].style;
      assert.ok(picked === ButtonStyleTypes.SUCCESS || picked === ButtonStyleTypes.DANGER);
      assert.match(graded.data.content, /source: \[\d+\]/);

      assert.ok(isEphemeral(await interact(press(ids[1]))), 'second press on the same question');
      const stranger = { ...press(ids[0]), member: { user: { ...user, id: '99' } } };
      assert.ok(isEphemeral(await interact(stranger)), 'another user\'s button');
      assert.ok(isEphemeral(await interact(press('quiz:a:9001:4242:q0-0:0'))), 'forged id');
    });

    await t.test('a fill-in question: Answer opens a form, its submit is graded', async () => {
      let r = await interact(quiz('start'));
      const single = (x) => x.data.components?.at(-1)?.components?.length === 1;
      for (let i = 0; i < 50 && !single(r); i++) r = await interact(quiz('skip'));
      const [answer] = r.data.components.at(-1).components;
      assert.equal(answer.type, MessageComponentTypes.BUTTON);
      assert.equal(answer.label, 'Answer');

      const form = await interact(press(answer.custom_id));
      assert.equal(form.type, InteractionResponseType.MODAL);
      assert.ok(form.data.title.length <= 45);
      assert.ok(form.data.custom_id.length <= 100);
      const input = form.data.components[0].components[0];
      assert.equal(input.type, MessageComponentTypes.INPUT_TEXT);

      const graded = await interact(submitForm(form.data.custom_id, 'mackerel'));
      assert.equal(graded.type, InteractionResponseType.UPDATE_MESSAGE);
      const [shown] = graded.data.components[0].components;
      assert.equal(shown.label, 'mackerel');
      assert.equal(shown.disabled, true);
      assert.ok(isEphemeral(await interact(submitForm(form.data.custom_id, 'again'))),
        'a second submit of the same form');
    });
  } finally {
    const code = await stopServer(server);
    await rm(tmp, { recursive: true, force: true });
    assert.equal(code, 0, 'lenbot stopped cleanly on SIGTERM');
  }
});
