/**
 * The loader in a real browser: before intent the page runs askwell.js alone; the chat arrives on
 * first intent into the same launcher; calls made before it are replayed; and when the chat cannot
 * load, the launcher still opens the practice's contact details and the crisis line.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import {
  events,
  expectAnswerShown,
  formatViolations,
  gotoPage,
  launcher,
  panel,
  poll,
  Q,
  runAxe,
  SCREENSHOTS,
  waitForEvent,
  withPages,
} from './kit';
import type { TestCase } from './runner';

const CHAT = /\/askwell-chat\.js(?:\?|$)/;

export const loaderTests: TestCase[] = [
  {
    name: 'loader: only askwell.js runs until intent; hover brings the chat into the same launcher',
    run: async (t) => {
      await withPages(async (server) => {
        const v = await t.visit({}, server.url);
        const { page } = v;
        await gotoPage(v, new URL('plain.html', server.url).href);
        await page.waitForTimeout(1500);
        const scripts = () => v.requests.filter((r) => r.type === 'script').map((r) => r.url);
        assert.deepEqual(
          scripts().map((u) => new URL(u).pathname),
          ['/askwell.js'],
          'scripts before intent',
        );
        assert.equal(await launcher(page).getAttribute('aria-expanded'), 'false');
        assert.equal(await launcher(page).getAttribute('aria-label'), 'Questions? Chat with us');
        await launcher(page).evaluate((el) => {
          (el as HTMLElement & { __mark?: number }).__mark = 1;
        });
        const paint = () =>
          launcher(page).evaluate((el) => {
            const s = getComputedStyle(el);
            // One spelling per colour: lch(100 0 0) and rgb(255, 255, 255) are both white.
            const ctx = document
              .createElement('canvas')
              .getContext('2d') as CanvasRenderingContext2D;
            const hex = (c: string) => {
              ctx.fillStyle = c;
              ctx.fillRect(0, 0, 1, 1);
              return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].join(',');
            };
            return `${hex(s.backgroundColor)} ${hex(s.color)} ${s.width} ${s.bottom} ${s.right}`;
          });
        const before = await paint();
        await launcher(page).hover();
        await poll(async () => scripts().some((u) => CHAT.test(u)), 5000);
        await launcher(page).click();
        await panel(page).waitFor({ state: 'visible' });
        const same = await launcher(page).evaluate(
          (el) => (el as HTMLElement & { __mark?: number }).__mark === 1,
        );
        assert.ok(same, 'the launcher was replaced when the chat arrived');
        // The loader's colours (derived in CSS) are the chat's exact ones for the default accent.
        await page.keyboard.press('Escape');
        assert.equal(await paint(), before, 'the launcher changed when the chat arrived');
        t.note(`launcher: ${before}`);
        assert.equal(await launcher(page).getAttribute('aria-controls'), 'aw-panel');
        t.note(
          `scripts: ${scripts()
            .map((u) => new URL(u).pathname)
            .join(' ')}`,
        );
      });
    },
  },
  {
    name: 'loader: Askwell.ask() before the chat has loaded is answered once it has',
    run: async (t) => {
      await withPages(async (server) => {
        const v = await t.visit({}, server.url);
        const { page } = v;
        await gotoPage(v, new URL('plain.html', server.url).href);
        await page.evaluate((q) => {
          const w = window as unknown as { Askwell: { ask(t: string): void } };
          w.Askwell.ask(q);
        }, Q.typed.text);
        const answer = await waitForEvent(page, 'askwell:answer', 0);
        assert.deepEqual(answer.detail, { outcome: 'answer', entryId: Q.typed.id });
        await expectAnswerShown(page, Q.typed.id);
        assert.deepEqual(
          (await events(page)).map((e) => e.type),
          ['askwell:open', 'askwell:answer'],
        );
      });
    },
  },
  {
    name: 'loader: askwell-chat.js cannot load (404) → the launcher opens contact details and the crisis line',
    run: async (t) => {
      await withPages(async (server) => {
        const v = await t.visit({}, server.url);
        const { page } = v;
        await page.route(CHAT, (route) => route.fulfill({ status: 404, body: 'not found' }));
        await gotoPage(v, new URL('plain.html', server.url).href);
        await launcher(page).click();
        const dialog = panel(page);
        await dialog.waitFor({ state: 'visible' });
        const text = ((await dialog.textContent()) ?? '').replace(/\s+/g, ' ');
        assert.match(text, /The chat could not load\./);
        assert.match(text, /You can reach Riverside Counseling & Psychiatry directly:/);
        assert.match(text, /Call \(555\) 555-0123/, 'the phone as the chat shows it');
        const hrefs = await dialog
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.deepEqual(hrefs, [
          'tel:+15555550123',
          'mailto:hello@example.com',
          'tel:988',
          'sms:988',
          'tel:911',
        ]);
        assert.equal(await launcher(page).getAttribute('aria-expanded'), 'true');
        await page.screenshot({ path: join(SCREENSHOTS, 'loader-fallback.png') });
        const violations = await runAxe(page);
        assert.equal(violations.length, 0, `axe on the fallback:\n${formatViolations(violations)}`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        assert.equal(await launcher(page).getAttribute('aria-expanded'), 'false');
        // Back online: the next open loads the chat.
        await page.unroute(CHAT);
        await launcher(page).click();
        await poll(
          async () =>
            ((await panel(page).textContent()) ?? '').includes('Type your question') ||
            (await panel(page).getByRole('textbox').count()) > 0,
          5000,
        );
        t.note(`fallback: ${text}`);
      });
    },
  },
];
