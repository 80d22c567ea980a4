// The quiz tab in headless Chromium against a real `lenbot serve`: open the tab, start a quiz,
// click an option, see Len's grading reply, the citation chip with the source sentence and the
// score update; use a hint, a skip and the keyboard; open the leaderboard; stop. Saves
// screenshots (desktop and phone width) under the build directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildDir, launchChromium, startServer, stopServer } from '../support/lenbot_server.mjs';

const isAnswer = (r) => r.url().endsWith('/api/quiz/answer');
const isSkip = (r) => r.url().endsWith('/api/quiz/skip');

// Skips (through the page) until the question on screen has options to click.
async function untilOptions(page) {
  for (let i = 0; i < 50 && await page.locator('.quiz-option').count() === 0; ++i) {
    const skipped = page.waitForResponse(isSkip);
    await page.click('#quiz-skip');
    await skipped;
    await page.click('#quiz-next');
  }
  assert.ok(await page.locator('.quiz-option').count() > 0, 'a question with options');
}

test('the quiz tab starts, grades, cites, scores and ranks', { timeout: 240_000 }, async () => {
  const tmp = await mkdtemp(path.join(tmpdir(), 'lenbot-quiz-'));
  const { server, base } = await startServer(tmp);
  let context;
  try {
    context = await launchChromium(chromium, path.join(tmp, 'profile'), { width: 900, height: 900 });
    const page = context.pages()[0] || await context.newPage();
    const problems = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));

    await page.goto(`${base}/`);
    await page.click('#tab-quiz');
    assert.equal(await page.getAttribute('#tab-quiz', 'aria-selected'), 'true');
    await page.locator('#quiz-setup').waitFor();

    // Start, up to Part 4, in story order.
    await page.fill('#quiz-name', 'Miku <b>fan</b>');
    await page.selectOption('#quiz-until', 'part4');
    const started = page.waitForResponse((r) => r.url().endsWith('/api/quiz/start'));
    await page.click('#quiz-start');
    const start = await (await started).json();
    assert.equal((await started).status(), 200);
    await page.locator('#quiz-play').waitFor();
    assert.equal(await page.textContent('#quiz-question'), start.question.text);
    assert.equal(await page.textContent('#quiz-part'), start.question.part);
    assert.ok((await page.textContent('#quiz-len-line')).trim().length > 0, 'Len asks');
    await untilOptions(page);

    // Click the first option: the verdict, Len's reply, the citation chip and the score.
    const options = await page.locator('.quiz-option .quiz-text').allTextContents();
    const answered = page.waitForResponse(isAnswer);
    await page.locator('.quiz-option').first().click();
    const result = await (await answered).json();
    await page.locator('#quiz-result').waitFor();
    assert.equal(result.correct, options[0] === result.answer);
    assert.equal(await page.textContent('#quiz-reply'), result.reply);
    const verdict = await page.textContent('#quiz-verdict');
    assert.match(verdict, result.correct ? /Right|Close/ : /it was/);
    const chip = page.locator('#quiz-source .chip');
    assert.match(await chip.textContent(), /^\[(\d+|\u2022)\]/);
    if (result.source.cite.length) {
      assert.equal(await chip.textContent(), result.source.cite.map((n) => `[${n}]`).join(''));
    }
    assert.equal(await page.textContent('#quiz-source blockquote'), result.source.text);
    assert.equal(await page.textContent('#quiz-answered'), String(result.score.answered));
    assert.equal(await page.textContent('#quiz-points'), String(result.score.points));
    assert.equal(await page.locator('.quiz-option.is-right').count(), 1, 'the right one shows');
    assert.equal(await page.locator('.quiz-option:enabled').count(), 0, 'no second click');

    await mkdir(buildDir, { recursive: true });
    await page.screenshot({ path: path.join(buildDir, 'quiz_page.png'), fullPage: true });

    // Next question; a hint; then answer with the keyboard (key "2" picks option B).
    await page.click('#quiz-next');
    await untilOptions(page);
    const hinted = page.waitForResponse((r) => r.url().endsWith('/api/quiz/hint'));
    await page.click('#quiz-hint-btn');
    assert.equal((await hinted).status(), 200);
    await page.locator('#quiz-hint').waitFor();
    assert.ok((await page.textContent('#quiz-hint .quiz-mask')).length > 0, 'the hint shows');
    await page.locator('#quiz-question').focus();
    const byKey = page.waitForResponse(isAnswer);
    await page.keyboard.press('2');
    const keyed = await (await byKey).json();
    assert.equal(JSON.parse((await byKey).request().postData()).option, 1);
    assert.equal(await page.textContent('#quiz-answered'), String(keyed.score.answered));

    // The leaderboard lists this player under the display name, as text.
    await page.click('#quiz-board-toggle');
    await page.locator('#quiz-board-list li.is-me').waitFor();
    assert.equal(await page.textContent('#quiz-board-list li.is-me .name'),
      'Miku <b>fan</b> (you)');
    assert.equal(await page.locator('#quiz-board b').count(), 0);
    await page.screenshot({ path: path.join(buildDir, 'quiz_page_board.png'), fullPage: true });

    // A reload comes back to the waiting question with the score.
    await page.click('#quiz-next');
    const waiting = await page.textContent('#quiz-question');
    await page.reload();
    await page.click('#tab-quiz');
    await page.locator('#quiz-play').waitFor();
    assert.equal(await page.textContent('#quiz-question'), waiting);
    assert.equal(await page.textContent('#quiz-answered'), String(keyed.score.answered));

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(buildDir, 'quiz_page_phone.png'), fullPage: true });

    // Stop: back to the start card with Len's goodbye.
    const stopped = page.waitForResponse((r) => r.url().endsWith('/api/quiz/stop'));
    await page.click('#quiz-stop');
    const stop = await (await stopped).json();
    await page.locator('#quiz-setup').waitFor();
    assert.equal(await page.textContent('#quiz-setup-line'), stop.reply);
    assert.deepEqual(problems, [], 'no CSP violations or script errors');
  } finally {
    if (context) await context.close();
    const code = await stopServer(server);
    await rm(tmp, { recursive: true, force: true });
    assert.equal(code, 0, 'lenbot serve exits cleanly on SIGTERM');
  }
});
