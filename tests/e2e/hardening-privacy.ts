/**
 * Privacy across a whole visit (every outcome, feedback, "talk to a person", a reload, clear):
 * zero cookies, zero localStorage keys, nothing in IndexedDB or Cache Storage, requests to the
 * page's origin only, and no visitor text in any `askwell*` event, whether the page listens on
 * the host element or through `Askwell.on`. Every other hardening test ends with the same check
 * (expectPrivate in kit/privacy.ts).
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';

import {
  composer,
  EVENT_TYPES,
  events,
  expectPrivate,
  gotoPage,
  launcher,
  panel,
  Q,
  replyCount,
  waitForEvent,
  withPages,
} from './kit';
import type { TestCase } from './runner';

/** What a visitor might type that must never reach the host page: names, contacts, symptoms. */
const PERSONAL =
  'My name is Jane Quill, jane.quill@example.org, 555 867 5309: who prescribes the medication?';

async function say(page: Page, text: string): Promise<void> {
  const replies = await replyCount(page);
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await page.waitForFunction(
    (n) => {
      const events = (window as unknown as { __askwellEvents: { type: string }[] }).__askwellEvents;
      return (
        events.filter((e) => /^askwell:(answer|clarify|handoff|crisis)$/.test(e.type)).length > n
      );
    },
    replies,
    { timeout: 3000 },
  );
}

/** What the page's `Askwell.on` callbacks received: no visitor text, no personal data. */
async function expectOnDetails(page: Page, typed: readonly string[]): Promise<number> {
  const lines = await page.evaluate(
    () => (window as unknown as { __onDetails: string[] }).__onDetails,
  );
  for (const line of lines) {
    for (const text of typed) {
      if (text.includes(' ')) {
        assert.ok(
          !line.toLowerCase().includes(text.toLowerCase()),
          `Askwell.on got visitor text: ${line}`,
        );
      }
    }
    assert.doesNotMatch(line, /quill|867|example\.org/i, `Askwell.on got personal data: ${line}`);
  }
  return lines.length;
}

async function press(page: Page, name: RegExp): Promise<void> {
  await panel(page).getByRole('button', { name }).last().click();
}

const privacy: TestCase = {
  name: 'privacy: a whole visit (every outcome, feedback, reload, clear): no cookies/localStorage/IndexedDB, same origin, no visitor text in any event',
  timeout: 20_000,
  run: async (t) => {
    await withPages(async (server) => {
      const v = await t.visit({}, server.url);
      const { page, context } = v;
      // The host page subscribes the documented way too.
      await context.addInitScript(
        (types: string[]) => {
          const w = window as unknown as {
            __onDetails: string[];
            Askwell?: { on(type: string, fn: (detail: unknown) => void): void };
          };
          w.__onDetails = [];
          const subscribe = () => {
            if (!w.Askwell) return setTimeout(subscribe, 20);
            for (const type of types) {
              w.Askwell.on(type, (detail: unknown) =>
                w.__onDetails.push(`${type} ${JSON.stringify(detail)}`),
              );
            }
          };
          subscribe();
        },
        [...EVENT_TYPES],
      );
      await gotoPage(v, new URL('plain.html', server.url).href);
      await launcher(page).click();
      await panel(page).waitFor({ state: 'visible' });
      const typed = [PERSONAL, Q.typed.text, Q.vague, Q.outOfScope, Q.crisis, Q.weakerTier];

      await say(page, PERSONAL);
      await say(page, Q.typed.text);
      await waitForEvent(page, 'askwell:answer', 0);
      await press(page, /^yes/i);
      await waitForEvent(page, 'askwell:feedback', 0);
      await say(page, Q.vague);
      await press(page, /none of these/i);
      await waitForEvent(page, 'askwell:handoff', 0);
      await say(page, Q.outOfScope);
      await say(page, Q.crisis);
      await say(page, Q.weakerTier);
      await press(page, /different question/i);
      await panel(page)
        .getByRole('button', { name: /talk to a person/i })
        .click();
      await page.waitForTimeout(200);

      const kinds = new Set((await events(page)).map((e) => e.type));
      for (const k of ['answer', 'clarify', 'handoff', 'crisis', 'feedback', 'open']) {
        assert.ok(kinds.has(`askwell:${k}`), `the journey produced no askwell:${k}`);
      }
      const stored = await page.evaluate(() => Object.keys(sessionStorage));
      t.note(`sessionStorage keys: ${stored.join(', ') || 'none'}`);
      assert.ok(
        stored.every((k) => k.startsWith('askwell')),
        `other sessionStorage keys: ${stored}`,
      );
      const recorded = await events(page);
      assert.ok(
        recorded.every((e) => e.target === 'askwell-widget'),
        `events dispatched elsewhere than the host element: ${recorded
          .filter((e) => e.target !== 'askwell-widget')
          .map((e) => `${e.type} on ${e.target}`)
          .join(', ')}`,
      );
      await expectPrivate(v, typed);
      const heard = await expectOnDetails(page, typed);
      assert.ok(heard >= recorded.length - 1, `Askwell.on heard ${heard} of ${recorded.length}`);
      t.note(
        `${recorded.length} askwell* events (${[...new Set(recorded.map((e) => e.type))].join(', ')}); details seen: ${[
          ...new Set(recorded.map((e) => JSON.stringify(e.detail))),
        ].join(' ')}`,
      );

      // The page's next load: restored, then cleared and closed.
      await page.reload({ waitUntil: 'load' });
      await launcher(page).waitFor({ state: 'visible' });
      if (!(await panel(page).isVisible())) await launcher(page).click();
      await panel(page).getByRole('button', { name: /clear/i }).first().click();
      await page.keyboard.press('Escape');
      await expectPrivate(v, typed);
      await expectOnDetails(page, typed);
      const stores = await page.evaluate(async () => ({
        idb: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        cookie: document.cookie,
      }));
      assert.deepEqual(stores, { idb: [], caches: [], workers: 0, cookie: '' }, 'other storage');
      t.note(`requests: ${[...new Set(v.requests.map((r) => new URL(r.url).pathname))].join(' ')}`);
    });
  },
};

export const privacyTests: TestCase[] = [privacy];
