/**
 * Quality bar 9: the conversation is a live log present before the first message, and each reply
 * is announced once: it is added to the log once, and nothing already in the log is removed and
 * re-added (which screen readers would read again) as the conversation goes on.
 */
import { strict as assert } from 'node:assert';

import { askWithKeyboard, events, gotoPage, log, openWithKeyboard, Q, waitForEvent } from './kit';
import type { TestCase } from './runner';

export const liveTests: TestCase[] = [
  {
    name: 'live log: each reply is added once; earlier messages are never re-added',
    run: async (t) => {
      const v = await t.visit();
      await gotoPage(v, t.url);
      const { page } = v;
      await openWithKeyboard(page);
      assert.equal(await log(page).count(), 1, 'role="log" present before the first message');
      await log(page).evaluate((el) => {
        const w = window as unknown as { __added: number; __removed: number };
        w.__added = 0;
        w.__removed = 0;
        new MutationObserver((records) => {
          for (const r of records) {
            w.__added += r.addedNodes.length;
            w.__removed += r.removedNodes.length;
          }
        }).observe(el, { childList: true });
      });
      const counts = () =>
        page.evaluate(() => {
          const w = window as unknown as { __added: number; __removed: number };
          return { added: w.__added, removed: w.__removed };
        });
      for (const [text, event] of [
        [Q.typed.text, 'askwell:answer'],
        [Q.vague, 'askwell:clarify'],
        [Q.crisis, 'askwell:crisis'],
      ] as const) {
        const before = await counts();
        const seen = (await events(page)).length;
        await askWithKeyboard(page, text);
        await waitForEvent(page, event, seen);
        await page.waitForTimeout(200);
        const after = await counts();
        assert.equal(
          after.added - before.added,
          2,
          `"${text}": the question and one reply are added`,
        );
        assert.equal(after.removed, 0, 'nothing already in the log was removed');
      }
      const yes = log(page).getByRole('button', { name: 'Yes' }).first();
      const before = await counts();
      await yes.click();
      await page.waitForTimeout(200);
      assert.deepEqual(await counts(), before, '"Was this helpful?" changes no message in the log');
    },
  },
  {
    name: 'targets: every button and field in the panel is at least 24×24 CSS px (WCAG 2.5.8)',
    run: async (t) => {
      const v = await t.visit();
      await gotoPage(v, t.url);
      const { page } = v;
      await openWithKeyboard(page);
      for (const [text, event] of [
        [Q.typed.text, 'askwell:answer'],
        [Q.vague, 'askwell:clarify'],
        [Q.crisis, 'askwell:crisis'],
      ] as const) {
        const seen = (await events(page)).length;
        await askWithKeyboard(page, text);
        await waitForEvent(page, event, seen);
      }
      const small = await page.evaluate(() => {
        const root = document.querySelector('askwell-widget')?.shadowRoot;
        const out: string[] = [];
        for (const el of root?.querySelectorAll('button, input, textarea, select, a') ?? []) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue; // not rendered (e.g. the honeypot)
          // Links inside a line of text are excepted by 2.5.8 (inline), the rest are not.
          const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline';
          if (!inline && (r.width < 24 || r.height < 24)) {
            out.push(`${el.tagName} "${el.textContent?.trim()}" ${r.width}×${r.height}`);
          }
        }
        return out;
      });
      assert.deepEqual(small, [], 'targets under 24×24');
    },
  },
];
