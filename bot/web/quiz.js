// lenbot quiz tab: start a quiz, answer by clicking (or keys A-D / 1-4) or typing, hints, skips,
// the score and the leaderboard, against /api/quiz/* (docs/quiz.md). Same rules as app.js: every
// piece of text reaches the page through textContent, never innerHTML.
'use strict';

(() => {
  const CHANNEL = 'web';
  const USER_KEY = 'lenbot.quiz.user.v1';
  const NAME_KEY = 'lenbot.quiz.name.v1';
  const UNTIL_KEY = 'lenbot.quiz.until.v1';
  const QUESTION_KEY = 'lenbot.quiz.question.v1';
  const LETTERS = ['A', 'B', 'C', 'D'];

  const $ = (id) => document.getElementById(id);
  const ui = {
    panel: $('panel-quiz'), setup: $('quiz-setup'), play: $('quiz-play'),
    form: $('quiz-start-form'), name: $('quiz-name'), until: $('quiz-until'),
    shuffle: $('quiz-shuffle'), start: $('quiz-start'),
    line: $('quiz-len-line'), part: $('quiz-part'), question: $('quiz-question'),
    options: $('quiz-options'), fill: $('quiz-fill'), answer: $('quiz-answer'),
    hint: $('quiz-hint'), result: $('quiz-result'), verdict: $('quiz-verdict'),
    reply: $('quiz-reply'), source: $('quiz-source'), notice: $('quiz-notice'),
    hintButton: $('quiz-hint-btn'), skip: $('quiz-skip'), next: $('quiz-next'),
    stop: $('quiz-stop'), boardToggle: $('quiz-board-toggle'), board: $('quiz-board'),
    boardList: $('quiz-board-list'), boardEmpty: $('quiz-board-empty'),
    boardRefresh: $('quiz-board-refresh'),
    score: { points: $('quiz-points'), streak: $('quiz-streak'), best_streak: $('quiz-best'),
      answered: $('quiz-answered') },
  };

  const storage = {
    get(key) { try { return localStorage.getItem(key); } catch { return null; } },
    set(key, value) { try { localStorage.setItem(key, value); } catch { /* private mode */ } },
    remove(key) { try { localStorage.removeItem(key); } catch { /* private mode */ } },
  };

  function randomUser() {
    const bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  const user = storage.get(USER_KEY) || randomUser();
  storage.set(USER_KEY, user);

  let current = null;  // the question on screen: {id, text, options, part, kind}
  let pending = null;  // after a result: {question, line} to show on "Next", or null
  let busy = false;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // POST (with a body) or GET; resolves to {status, data, retryAfter}, status 0 when offline.
  async function api(path, body) {
    const init = body === undefined ? {} : {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    };
    try {
      const response = await fetch(path, init);
      let data = null;
      try { data = await response.json(); } catch { data = null; }
      return { status: response.status, data, retryAfter: response.headers.get('Retry-After') };
    } catch {
      return { status: 0, data: null, retryAfter: null };
    }
  }

  const ids = () => ({ channel: CHANNEL, user });

  function notice(text) {
    ui.notice.textContent = text || '';
    ui.notice.hidden = !text;
  }

  // Explains a failed call; a session that moved on sends the player back to the start card.
  function failed(result) {
    const code = result.data && typeof result.data.code === 'string' ? result.data.code : '';
    const why = result.data && typeof result.data.error === 'string' ? result.data.error : '';
    if (result.status === 0) return notice("Can't reach Len right now. Is the server running?");
    if (result.status === 429) {
      return notice(`Whoa, slow down! Try again in ${result.retryAfter || 'a few'} seconds.`);
    }
    if (['no_session', 'no_question', 'stale_question', 'already_answered'].includes(code)) {
      showSetup();
      return notice('That question already moved on (another tab?). Start again to keep going.');
    }
    return notice(`Len couldn't do that (${why || `error ${result.status}`}).`);
  }

  function renderScore(score) {
    if (!score || typeof score !== 'object') return;
    for (const [key, node] of Object.entries(ui.score)) {
      const value = Number.isFinite(score[key]) ? String(score[key]) : '0';
      if (node.textContent !== value) {
        node.textContent = value;
        node.classList.remove('bump');
        void node.offsetWidth;  // restart the animation
        node.classList.add('bump');
      }
    }
  }

  // Len's words before the question itself (text channels get the question inline too).
  function leadIn(reply, question) {
    const text = typeof reply === 'string' ? reply : '';
    const at = question && question.text ? text.indexOf(question.text) : -1;
    return (at > 0 ? text.slice(0, at) : text).trim() || 'Yo, pop quiz!';
  }

  function validQuestion(q) {
    return q && typeof q.id === 'string' && typeof q.text === 'string' && Array.isArray(q.options);
  }

  function showSetup() {
    current = null;
    pending = null;
    storage.remove(QUESTION_KEY);
    ui.play.hidden = true;
    ui.setup.hidden = false;
  }

  function showQuestion(question, line, focus = true) {
    current = question;
    pending = null;
    storage.set(QUESTION_KEY, JSON.stringify({ question, line }));
    ui.setup.hidden = true;
    ui.play.hidden = false;
    ui.result.hidden = true;
    ui.hint.hidden = true;
    ui.next.hidden = true;
    ui.hintButton.hidden = false;
    ui.skip.hidden = false;
    notice('');
    ui.line.textContent = line;
    ui.part.textContent = String(question.part || '');
    ui.question.textContent = question.text;
    ui.options.replaceChildren(...question.options.map((option, index) => {
      const button = el('button', 'quiz-option');
      button.type = 'button';
      button.dataset.index = String(index);
      button.setAttribute('aria-keyshortcuts', `${LETTERS[index]} ${index + 1}`);
      button.append(el('span', 'quiz-key', LETTERS[index]), el('span', 'quiz-text', option));
      button.addEventListener('click', () => click(index));
      return button;
    }));
    ui.options.hidden = question.options.length === 0;
    ui.fill.hidden = question.options.length !== 0;
    ui.answer.value = '';
    if (focus) (question.options.length ? ui.question : ui.answer).focus();
  }

  function renderSource(source) {
    ui.source.replaceChildren();
    if (!source || typeof source.text !== 'string' || !source.text) return;
    const cites = Array.isArray(source.cite) ? source.cite.filter((n) => Number.isFinite(n)) : [];
    const label = cites.length ? cites.map((n) => `[${n}]`).join('') : '[\u2022]';
    const panel = el('div', 'source quiz-source-text');
    panel.append(el('blockquote', '', source.text));
    ui.source.append(el('span', 'sources-label', 'From the article'),
        el('span', 'chip', label), panel);
  }

  // A graded (or skipped) answer: mark the options, let Len speak, show the source.
  function showResult(data, chosen) {
    const verdict = data.skipped ? 'skipped' : data.correct ? 'right' : 'wrong';
    for (const button of ui.options.querySelectorAll('.quiz-option')) {
      const index = Number(button.dataset.index);
      button.disabled = true;
      if (current.options[index] === data.answer) button.classList.add('is-right');
      else if (index === chosen) button.classList.add('is-wrong');
    }
    ui.verdict.className = `quiz-verdict is-${verdict}`;
    ui.verdict.textContent = {
      right: data.near_miss ? 'Close enough!' : 'Right!',
      wrong: `Not quite: it was ${data.answer}`,
      skipped: `Skipped: it was ${data.answer}`,
    }[verdict];
    ui.reply.textContent = String(data.reply || '');
    renderSource(data.source);
    ui.result.hidden = false;
    ui.hint.hidden = true;
    ui.fill.hidden = true;
    ui.hintButton.hidden = true;
    ui.skip.hidden = true;
    renderScore(data.score);
    pending = validQuestion(data.next)
      ? { question: data.next, line: leadIn(data.next_reply, data.next) } : null;
    if (pending) storage.set(QUESTION_KEY, JSON.stringify(pending));
    else storage.remove(QUESTION_KEY);
    ui.next.hidden = false;
    ui.next.textContent = pending ? 'Next question' : 'Back to the start';
    ui.next.focus();
    if (!ui.board.hidden) loadBoard();
  }

  async function run(action) {
    if (busy) return;
    busy = true;
    ui.panel.setAttribute('aria-busy', 'true');
    try { await action(); } finally {
      busy = false;
      ui.panel.removeAttribute('aria-busy');
    }
  }

  function start() {
    return run(async () => {
      storage.set(NAME_KEY, ui.name.value.trim());
      storage.set(UNTIL_KEY, ui.until.value);
      const order = ui.shuffle.checked ? 'shuffle' : 'story';
      const body = { ...ids(), until: ui.until.value, order };
      const result = await api('/api/quiz/start', body);
      if (result.status !== 200 || !validQuestion(result.data && result.data.question)) {
        return failed(result);
      }
      renderScore(result.data.score);
      showQuestion(result.data.question, leadIn(result.data.reply, result.data.question));
    });
  }

  function submit(body, chosen) {
    return run(async () => {
      const result = await api('/api/quiz/answer', { ...ids(), ...body });
      if (result.status !== 200 || !result.data) return failed(result);
      showResult(result.data, chosen);
    });
  }

  function click(index) {
    if (!current || !ui.result.hidden) return;
    submit({ question_id: current.id, option: index }, index);
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  ui.fill.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.answer.value.trim();
    if (text) submit({ answer: text }, null);
  });
  ui.hintButton.addEventListener('click', () => run(async () => {
    const result = await api('/api/quiz/hint', ids());
    if (result.status !== 200 || !result.data) return failed(result);
    const worth = Number(result.data.points_available) || 0;
    ui.hint.replaceChildren(el('strong', 'quiz-mask', String(result.data.hint || '')),
        el('span', '', ` ${String(result.data.reply || '')} (worth ${worth} now)`));
    ui.hint.hidden = false;
  }));
  ui.skip.addEventListener('click', () => run(async () => {
    const result = await api('/api/quiz/skip', ids());
    if (result.status !== 200 || !result.data) return failed(result);
    showResult(result.data, null);
  }));
  ui.next.addEventListener('click', () => {
    if (pending) showQuestion(pending.question, pending.line);
    else showSetup();
  });
  ui.stop.addEventListener('click', () => run(async () => {
    const result = await api('/api/quiz/stop', ids());
    showSetup();
    if (result.status === 200 && result.data) {
      renderScore(result.data.score);
      notice('');
      $('quiz-setup-line').textContent = String(result.data.reply || '');
    } else if (result.status !== 409) {
      failed(result);
    }
    if (!ui.board.hidden) loadBoard();
  }));

  // Keys A-D and 1-4 pick an option while the quiz tab shows a question and no field has focus.
  document.addEventListener('keydown', (event) => {
    if (ui.panel.hidden || ui.play.hidden || !current || !ui.result.hidden) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest('input, textarea, select')) return;
    const key = event.key.toUpperCase();
    const index = LETTERS.includes(key) ? LETTERS.indexOf(key) : '1234'.indexOf(key);
    if (index >= 0 && index < current.options.length) {
      event.preventDefault();
      click(index);
    }
  });

  function playerLabel(entry) {
    if (entry.user === user) return `${ui.name.value.trim() || 'You'} (you)`;
    return /^web-[0-9a-f]{16}$/.test(entry.user) ? `Fan #${entry.user.slice(-4)}` : entry.user;
  }

  async function loadBoard() {
    const result = await api(`/api/quiz/leaderboard?channel=${CHANNEL}&limit=10`);
    const rows = result.status === 200 && result.data && Array.isArray(result.data.leaderboard)
      ? result.data.leaderboard : [];
    ui.boardList.replaceChildren(...rows.map((entry) => {
      const item = el('li', entry.user === user ? 'is-me' : '');
      item.append(el('span', 'rank', `#${Number(entry.rank) || ''}`),
          el('span', 'name', playerLabel(entry)),
          el('span', 'pts', `${Number(entry.points) || 0} pts`),
          el('span', 'best', `best streak ${Number(entry.best_streak) || 0}`));
      return item;
    }));
    ui.boardEmpty.hidden = rows.length > 0;
    if (result.status !== 200 && result.status !== 404) failed(result);
  }

  ui.boardToggle.addEventListener('click', () => {
    const open = ui.board.hidden;
    ui.board.hidden = !open;
    ui.boardToggle.setAttribute('aria-expanded', String(open));
    if (open) loadBoard();
  });
  ui.boardRefresh.addEventListener('click', loadBoard);

  // Restore: the name, the part, the score, and the question waiting when the page was left.
  ui.name.value = storage.get(NAME_KEY) || '';
  const headerUntil = $('until');
  ui.until.value = storage.get(UNTIL_KEY) || (headerUntil && headerUntil.value) || 'part4';
  if (!ui.until.value) ui.until.value = 'part4';
  ui.name.addEventListener('change', () => storage.set(NAME_KEY, ui.name.value.trim()));
  (async () => {
    const result = await api(`/api/quiz/score?channel=${CHANNEL}&user=${encodeURIComponent(user)}`);
    if (result.status !== 200 || !result.data) return;
    renderScore(result.data.score);
    let saved = null;
    try { saved = JSON.parse(storage.get(QUESTION_KEY) || 'null'); } catch { saved = null; }
    if (result.data.active && saved && validQuestion(saved.question)) {
      showQuestion(saved.question, String(saved.line || ''), false);
    }
  })();
})();
