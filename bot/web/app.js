// lenbot chat page. Plain script, no build step. Every piece of text reaches the page through
// textContent (never innerHTML), so anything a fan or the article says shows as text.
'use strict';

(() => {
  const HISTORY_KEY = 'lenbot.history.v1';
  const CONVERSATION_KEY = 'lenbot.conversation.v1';
  const UNTIL_KEY = 'lenbot.until.v1';
  const MAX_KEPT = 200;
  const GREETING = "Yo! I'm Len \u2014 Rin's other half. Ask me anything about me, Rin, or what " +
      "went down in Russia. Set how far you've seen up top and I won't spoil the rest.";

  const $ = (id) => document.getElementById(id);
  const log = $('log');
  const form = $('composer');
  const input = $('message');
  const sendButton = $('send');
  const typing = $('typing');
  const until = $('until');
  let panelCount = 0;

  const storage = {
    get(key) { try { return localStorage.getItem(key); } catch { return null; } },
    set(key, value) { try { localStorage.setItem(key, value); } catch { /* private mode */ } },
    remove(key) { try { localStorage.removeItem(key); } catch { /* private mode */ } },
  };

  function newConversationId() {
    const bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function loadHistory() {
    try {
      const parsed = JSON.parse(storage.get(HISTORY_KEY) || '[]');
      return Array.isArray(parsed) ? parsed.filter((m) => m && typeof m.text === 'string') : [];
    } catch {
      return [];
    }
  }

  let history = loadHistory();
  let conversation = storage.get(CONVERSATION_KEY) || newConversationId();
  storage.set(CONVERSATION_KEY, conversation);

  function saveHistory() {
    history = history.slice(-MAX_KEPT);
    storage.set(HISTORY_KEY, JSON.stringify(history));
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function citeLabel(source) {
    const cites = Array.isArray(source.cite) ? source.cite : [];
    return cites.length ? cites.map((n) => `[${Number(n)}]`).join('') : '[\u2022]';
  }

  // One chip per source; the chip discloses a panel with the section and the article's words.
  function renderSources(sources) {
    const box = el('div', 'sources');
    box.append(el('span', 'sources-label', 'Sources:'));
    const panels = [];
    for (const source of sources) {
      const id = `source-${++panelCount}`;
      const chip = el('button', 'chip', citeLabel(source));
      chip.type = 'button';
      chip.setAttribute('aria-expanded', 'false');
      chip.setAttribute('aria-controls', id);
      chip.setAttribute('aria-label',
          `Source ${citeLabel(source)}: ${String(source.section || 'article')}`);
      const panel = el('div', 'source');
      panel.id = id;
      panel.hidden = true;
      panel.append(el('span', 'source-section', String(source.section || 'Article')));
      panel.append(el('blockquote', '', String(source.text || '')));
      chip.addEventListener('click', () => togglePanel(chip, panel));
      chip.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !panel.hidden) togglePanel(chip, panel);
      });
      box.append(chip);
      panels.push(panel);
    }
    box.append(...panels);
    return box;
  }

  function togglePanel(chip, panel) {
    const open = panel.hidden;
    panel.hidden = !open;
    chip.setAttribute('aria-expanded', String(open));
  }

  function renderMessage(message) {
    const item = el('li', `msg msg-${message.role}`);
    if (message.role === 'len') {
      const avatar = el('img', 'msg-avatar');
      avatar.src = '/len.svg';
      avatar.alt = '';
      item.append(avatar);
    }
    const bubble = el('div', 'bubble');
    const who = { len: 'Len', user: 'You', system: 'Notice' }[message.role] || '';
    bubble.append(el('span', 'who', who));
    bubble.append(el('p', '', message.text));
    if (Array.isArray(message.sources) && message.sources.length) {
      bubble.append(renderSources(message.sources));
    }
    item.append(bubble);
    log.append(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function add(message, keep = true) {
    renderMessage(message);
    if (keep) {
      history.push(message);
      saveHistory();
    }
  }

  function showTyping(on) {
    typing.hidden = !on;
    sendButton.disabled = on;
    if (on) log.scrollTop = log.scrollHeight;
  }

  async function ask(text) {
    const body = { conversation, user: 'fan', message: text };
    if (until.value) body.until = until.value;
    const response = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    let data = null;
    try { data = await response.json(); } catch { data = null; }
    if (response.status === 429) {
      const wait = response.headers.get('Retry-After') || 'a few';
      return { role: 'system', text: `Whoa, slow down! Try again in ${wait} seconds.` };
    }
    if (!response.ok || !data || typeof data.reply !== 'string') {
      const why = data && typeof data.error === 'string' ? data.error : `error ${response.status}`;
      return { role: 'system', text: `Len couldn't answer that (${why}).` };
    }
    if (typeof data.conversation === 'string' && data.conversation) {
      conversation = data.conversation;
      storage.set(CONVERSATION_KEY, conversation);
    }
    const sources = Array.isArray(data.sources) ? data.sources.map((s) => ({
      cite: Array.isArray(s.cite) ? s.cite.filter((n) => Number.isFinite(n)) : [],
      section: typeof s.section === 'string' ? s.section : '',
      text: typeof s.text === 'string' ? s.text : '',
    })) : [];
    return { role: 'len', text: data.reply, sources };
  }

  async function send() {
    const text = input.value.trim();
    if (!text || sendButton.disabled) return;
    input.value = '';
    add({ role: 'user', text });
    showTyping(true);
    let reply;
    try {
      reply = await ask(text);
    } catch {
      reply = { role: 'system', text: "Can't reach Len right now. Is the server running?" };
    }
    showTyping(false);
    add(reply, reply.role !== 'system');
    input.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });

  until.value = storage.get(UNTIL_KEY) || '';
  until.addEventListener('change', () => storage.set(UNTIL_KEY, until.value));

  $('clear').addEventListener('click', () => {
    history = [];
    storage.remove(HISTORY_KEY);
    conversation = newConversationId();
    storage.set(CONVERSATION_KEY, conversation);
    log.replaceChildren();
    add({ role: 'len', text: GREETING }, false);
    input.focus();
  });

  // Tabs (chat / quiz): arrow keys move between them, as the ARIA tabs pattern expects.
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  function selectTab(tab) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute('aria-controls')).hidden = !selected;
    }
    tab.focus();
  }
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      selectTab(next);
    });
  }

  add({ role: 'len', text: GREETING }, false);
  for (const message of history) renderMessage(message);
})();
