/**
 * Hostile content: the XSS corpus (xss-payloads.ts) typed by a visitor, sent through
 * `Askwell.ask`, and served inside a knowledge file; then a 1 MB paste, emoji, right-to-left
 * text and control characters. Nothing may run (the sentinel stays unset), visitor text shows
 * literally, and nothing dangerous is rendered.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';

import {
  assertClean,
  composer,
  events,
  expectPrivate,
  gotoPage,
  launcher,
  type PagesServer,
  panel,
  pwned,
  Q,
  replyCount,
  SERVED,
  scanWidget,
  type Visit,
  visitorTexts,
  waitForReplies,
  withPages,
  xssFaq,
} from './kit';
import type { TestCase, TestContext } from './runner';
import { PAYLOADS } from './xss-payloads';

async function openPlain(t: TestContext, server: PagesServer, path = 'plain.html'): Promise<Visit> {
  const v = await t.visit({}, server.url);
  await gotoPage(v, new URL(path, server.url).href);
  await launcher(v.page).click();
  await panel(v.page).waitFor({ state: 'visible' });
  return v;
}

/** Fills the composer (as a paste would) and presses Enter; returns what the textarea held. */
async function send(page: Page, text: string): Promise<string> {
  const box = composer(page);
  await box.fill(text);
  const held = await box.inputValue();
  await box.press('Enter');
  return held;
}

/**
 * Requests made after `from`, for "a payload made the browser fetch something": anything but the
 * widget's own Spanish knowledge, which any message read as Spanish loads (payloads include some).
 */
const requestsSince = (v: Visit, from: number) =>
  v.requests
    .slice(from)
    .filter((r) => new URL(r.url).pathname !== '/askwell-faq.es.js')
    .map((r) => `${r.type} ${r.url}`);

/** Visible text of the shown answer as the mini-markdown renders it: bold and link syntax gone. */
const rendered = (text: string) =>
  text
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/\[([^\]\n]+)\]\(([^)\s]*)\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

async function lastBotText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('askwell-widget')?.shadowRoot;
    const last = [...(root?.querySelectorAll('[role="log"] .m:not(.v)') ?? [])].at(-1);
    return (last?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

const xssTyped: TestCase = {
  name: `xss: ${PAYLOADS.length} payloads typed in the composer: nothing runs, shown literally, nothing dangerous rendered`,
  timeout: 30_000,
  run: async (t) => {
    await withPages(async (server) => {
      const v = await openPlain(t, server);
      const { page } = v;
      const from = v.requests.length;
      const held: string[] = [];
      await composer(page).click();
      for (const [i, p] of PAYLOADS.entries()) {
        // As a paste or an input method delivers text: one insertion, then Enter.
        await page.keyboard.insertText(p.text);
        await page.keyboard.press('Enter');
        held.push(p.text.replace(/\r\n?/g, '\n')); // what a textarea holds for a line break
        // Replies are synchronous once the knowledge is in: one look usually settles both.
        const now = await page.evaluate(() => {
          const w = window as unknown as { __pwned?: unknown; __askwellEvents: { type: string }[] };
          return {
            pwned: w.__pwned !== undefined,
            replies: w.__askwellEvents.filter((e) =>
              /^askwell:(answer|clarify|handoff|crisis)$/.test(e.type),
            ).length,
          };
        });
        assert.ok(!now.pwned, `payload ${i} "${p.name}" ran script`);
        if (now.replies < i + 1) {
          await waitForReplies(page, i + 1, 3000).catch((e) => {
            throw new Error(`payload ${i} "${p.name}" got no reply: ${(e as Error).message}`);
          });
        }
      }
      await page.waitForTimeout(300); // onerror/onload would fire by now
      assert.deepEqual(await pwned(page), [], 'a payload ran script');
      assert.deepEqual(
        await visitorTexts(page),
        held,
        'visitor bubbles differ from what was typed',
      );
      assertClean(await scanWidget(page), 'after typing the payloads');
      assert.deepEqual(requestsSince(v, from), [], 'payloads made the browser fetch');
      const { events } = await expectPrivate(v, held);
      t.note(
        `${PAYLOADS.length} payloads typed, ${await replyCount(page)} replies, ${events} events`,
      );
    });
  },
};

const xssAsk: TestCase = {
  name: `xss: ${PAYLOADS.length} payloads through Askwell.ask(): nothing runs, shown literally`,
  run: async (t) => {
    await withPages(async (server) => {
      const v = await openPlain(t, server);
      const { page } = v;
      const from = v.requests.length;
      const texts = PAYLOADS.map((p) => p.text);
      await page.evaluate((texts) => {
        const api = (window as unknown as { Askwell: { ask(text: string): void } }).Askwell;
        for (const text of texts) api.ask(text);
      }, texts);
      await waitForReplies(page, texts.length);
      await page.waitForTimeout(300);
      assert.deepEqual(await pwned(page), [], 'a payload ran script');
      const shown = await visitorTexts(page);
      const wrong = texts.filter((text, i) => shown[i] !== text);
      assert.deepEqual(wrong, [], 'payloads not shown exactly as sent');
      assert.equal(shown.length, texts.length);
      assertClean(await scanWidget(page), 'after Askwell.ask');
      assert.deepEqual(requestsSince(v, from), [], 'payloads made the browser fetch');
      await expectPrivate(v, texts);
    });
  },
};

const xssKnowledge: TestCase = {
  name: 'xss: payloads in a knowledge file (answers, links, greeting): used, nothing runs, no unsafe href',
  timeout: 20_000,
  run: async (t) => {
    const { placements } = xssFaq();
    await withPages(async (server) => {
      const kb = '/kb/xss.json';
      const v = await openPlain(t, server, `knowledge.html?kb=${kb}`);
      const { page } = v;
      // The greeting comes from the file once it has loaded: it holds a payload too.
      const greeting = '<img src=x onerror=top.__pwned=1> [x](javascript:top.__pwned=1)';
      await page
        .waitForFunction(
          (g) =>
            document
              .querySelector('askwell-widget')
              ?.shadowRoot?.querySelector('[role="log"]')
              ?.textContent?.includes(g),
          greeting,
          { timeout: 5000 },
        )
        .catch(() => {
          throw new Error('the greeting from the knowledge file is not shown literally');
        });
      let asked = 0;
      let checked = 0;
      for (const place of placements) {
        const before = (await events(page)).length;
        await send(page, place.ask);
        asked++;
        await waitForReplies(page, asked);
        const reply = (await events(page)).slice(before).find((e) => e.type !== 'askwell:open');
        assert.ok(
          reply?.type === 'askwell:answer' &&
            JSON.stringify(reply.detail).includes(`"${place.id}"`),
          `asked "${place.ask}", expected the answer ${place.id}; got ${reply?.type} ${JSON.stringify(reply?.detail)}`,
        );
        await page.waitForTimeout(30);
        const text = await lastBotText(page);
        assert.ok(text.includes(SERVED), `answer ${place.id} is not the served file's (no marker)`);
        for (const payload of place.payloads) {
          if (place.id === 'hello') continue; // link forms: checked by the scan below
          assert.ok(
            text.includes(rendered(payload)),
            `answer ${place.id} does not show ${JSON.stringify(payload)} literally; shows:\n${text}`,
          );
          checked++;
        }
        assert.deepEqual(await pwned(page), [], `answer ${place.id} ran script`);
      }
      await page.waitForTimeout(300);
      assert.deepEqual(await pwned(page), [], 'a knowledge payload ran script');
      const scan = await scanWidget(page);
      assertClean(scan, 'after the knowledge answers');
      assert.ok(
        scan.hrefs.includes('https://example.com/'),
        `the safe https link in the knowledge was not rendered as a link: ${scan.hrefs.join(' ')}`,
      );
      t.note(
        `${placements.length} answers asked; ${checked} payloads shown literally; ${placements.at(-1)?.payloads.length} link forms in a small-talk reply; hrefs rendered: ${[...new Set(scan.hrefs)].join(' ')}`,
      );
      await expectPrivate(
        v,
        placements.map((p) => p.ask),
        { knowledge: [kb] },
      );
    });
  },
};

const BIG = 1024 * 1024;

const oddInput: TestCase = {
  name: 'xss: 1 MB paste, emoji, right-to-left, control characters: capped, each gets a reply in time',
  timeout: 20_000,
  run: async (t) => {
    await withPages(async (server) => {
      const v = await t.visit({ permissions: ['clipboard-read', 'clipboard-write'] }, server.url);
      const { page } = v;
      await gotoPage(v, new URL('plain.html', server.url).href);
      await launcher(page).click();
      await panel(page).waitFor({ state: 'visible' });
      const typed: string[] = [];

      // A real paste of 1 MB (the clipboard, Ctrl+V) into the composer.
      const big = 'Who prescribes the medication? '.repeat(Math.ceil(BIG / 31)).slice(0, BIG);
      await page.evaluate((text) => navigator.clipboard.writeText(text), big);
      await composer(page).focus();
      await page.keyboard.press('ControlOrMeta+V');
      const length = await composer(page).evaluate(
        (el) => (el as HTMLTextAreaElement).value.length,
      );
      assert.ok(length > 0, 'the paste put nothing in the composer');
      assert.ok(length < 10_000, `the composer took ${length} characters of a 1 MB paste`);
      const counter = await panel(page)
        .getByText(/characters left/i)
        .count();
      t.note(`1 MB paste: the composer holds ${length} characters; counter shown: ${counter > 0}`);
      let replies = await replyCount(page);
      let started = Date.now();
      await composer(page).press('Enter');
      await waitForReplies(page, replies + 1, 2000);
      t.note(`1 MB paste: reply after ${Date.now() - started} ms`);
      const shown = (await visitorTexts(page)).at(-1) ?? '';
      assert.equal(shown.length, length, 'the bubble shows what the composer held');
      typed.push(shown);

      // The same megabyte through the API.
      replies = await replyCount(page);
      started = Date.now();
      await page.evaluate(
        (text) => (window as unknown as { Askwell: { ask(t: string): void } }).Askwell.ask(text),
        big,
      );
      await waitForReplies(page, replies + 1, 2000);
      t.note(`Askwell.ask(1 MB): reply after ${Date.now() - started} ms`);

      const cases: { text: string; want?: string; note: string }[] = [
        {
          text: `${Q.typed.text} 🙂👩‍⚕️🌈`,
          want: `answer:${Q.typed.id}`,
          note: 'emoji around a question',
        },
        { text: '🙂🙂🙂', note: 'emoji only' },
        { text: 'من يصف الدواء؟', note: 'Arabic' },
        { text: 'מי רושם את התרופות?', note: 'Hebrew' },
        {
          text: 'Who\u0000 prescribes\u0007 the\u001b medication\u200b?',
          want: `answer:${Q.typed.id}`,
          note: 'control and invisible characters inside words',
        },
        {
          text: '\u202ewho prescribes the medication',
          want: `answer:${Q.typed.id}`,
          note: 'RLO override',
        },
        { text: '\u0001\u0002\u0003', note: 'control characters only' },
        {
          text: 'Ｗｈｏ ｐｒｅｓｃｒｉｂｅｓ ｔｈｅ ｍｅｄｉｃａｔｉｏｎ？',
          want: `answer:${Q.typed.id}`,
          note: 'full-width letters',
        },
      ];
      for (const c of cases) {
        const before = (await events(page)).length;
        replies = await replyCount(page);
        started = Date.now();
        const held = await send(page, c.text);
        typed.push(held);
        await waitForReplies(page, replies + 1, 2000).catch(() => {
          throw new Error(`${c.note}: no reply within 2 s`);
        });
        const ms = Date.now() - started;
        const reply = (await events(page))
          .slice(before)
          .find((e) => /answer|clarify|handoff|crisis/.test(e.type));
        const entryId = (reply?.detail as { entryId?: string } | undefined)?.entryId;
        const outcome = `${reply?.type.replace('askwell:', '')}${entryId ? `:${entryId}` : ''}`;
        t.note(`${c.note}: ${outcome} in ${ms} ms`);
        if (c.want) assert.equal(outcome, c.want, `${c.note}: ${JSON.stringify(c.text)}`);
        assert.equal((await visitorTexts(page)).at(-1), held, `${c.note}: not shown as typed`);
        assert.notEqual(await lastBotText(page), '', `${c.note}: the reply is empty`);
      }
      // A right-to-left question reads right to left inside the left-to-right widget.
      const direction = await page.evaluate(() => {
        const root = document.querySelector('askwell-widget')?.shadowRoot;
        const bubbles = [...(root?.querySelectorAll('[role="log"] .v p') ?? [])];
        const arabic = bubbles.find((p) => p.textContent?.startsWith('من'));
        return arabic ? getComputedStyle(arabic).direction : 'not found';
      });
      assert.equal(direction, 'rtl', 'the Arabic bubble direction');

      // Whitespace only: nothing is sent, nothing breaks.
      replies = await replyCount(page);
      const bubbles = (await visitorTexts(page)).length;
      await send(page, '   \n\t  ');
      await page.waitForTimeout(200);
      assert.equal(await replyCount(page), replies, 'whitespace got a reply');
      assert.equal((await visitorTexts(page)).length, bubbles, 'whitespace made a bubble');
      assert.deepEqual(await pwned(page), []);
      assertClean(await scanWidget(page), 'after odd input');
      await expectPrivate(v, typed);
    });
  },
};

export const contentTests: TestCase[] = [xssTyped, xssAsk, xssKnowledge, oddInput];
