/**
 * Faults: a knowledge URL that is missing, failing, broken, invalid or slow; sessionStorage that
 * throws; the script included twice; destroy() and mounting again. The visitor always gets an
 * answer, nothing typed is lost, the console says why, and destroy() leaves nothing behind.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

import {
  composer,
  entry,
  events,
  expectPrivate,
  gotoPage,
  host,
  launcher,
  log,
  logText,
  panel,
  plainText,
  pwned,
  Q,
  replyCount,
  SCREENSHOTS,
  SERVED,
  SLOW_MS,
  type Visit,
  visitorTexts,
  waitForEvent,
  waitForReplies,
  withPages,
} from './kit';
import type { TestCase } from './runner';

const ANSWER = plainText(entry(Q.typed.id).answer).slice(0, 60);

async function open(page: Page): Promise<void> {
  await launcher(page).click();
  await panel(page).waitFor({ state: 'visible' });
}

async function askTyped(page: Page, text: string = Q.typed.text): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

/** Waits for the typed question's answer; returns how long it took and whether it was served. */
async function answered(page: Page, timeout: number): Promise<{ ms: number; served: boolean }> {
  const started = Date.now();
  await page
    .waitForFunction(
      (want) => {
        const root = document.querySelector('askwell-widget')?.shadowRoot;
        const text = root?.querySelector('[role="log"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
        return text.includes(want);
      },
      ANSWER,
      { timeout, polling: 50 },
    )
    .catch(async () => {
      throw new Error(`no answer within ${timeout} ms; the log shows:\n${await logText(page)}`);
    });
  return { ms: Date.now() - started, served: (await logText(page)).includes(SERVED) };
}

const askwellWarnings = (v: Visit) => v.consoleWarnings.filter((w) => w.startsWith('Askwell:'));

const healthy: TestCase = {
  name: 'fault control: a healthy knowledge URL is fetched on first open (not at load) and used',
  run: async (t) => {
    await withPages(async (server) => {
      const kb = '/kb/ok.json';
      const v = await t.visit({}, server.url);
      await gotoPage(v, new URL(`knowledge.html?kb=${kb}`, server.url).href);
      await v.page.waitForTimeout(200);
      assert.ok(!server.hits.includes(kb), 'the knowledge was fetched before the first open');
      await open(v.page);
      await askTyped(v.page);
      const { ms, served } = await answered(v.page, 2000);
      assert.ok(served, 'the answer is not from the knowledge URL (marker missing)');
      assert.equal(server.hits.filter((h) => h === kb).length, 1, 'fetched once');
      assert.deepEqual(askwellWarnings(v), [], 'warnings for a healthy knowledge file');
      t.note(`answered from ${kb} in ${ms} ms`);
      await expectPrivate(v, [Q.typed.text], { knowledge: [kb] });
    });
  },
};

const BROKEN: { kb: string; why: RegExp; what: string }[] = [
  { kb: '/kb/404', why: /HTTP 404/, what: '404' },
  { kb: '/kb/500', why: /HTTP 500/, what: '500' },
  { kb: '/kb/invalid.json', why: /not valid JSON/, what: 'invalid JSON' },
  { kb: '/kb/schema.json', why: /not valid: .*version/, what: 'schema-invalid' },
  { kb: '/kb/unsafe-link.json', why: /javascript:/, what: 'an answer with a javascript: link' },
];

const broken: TestCase = {
  name: 'fault: knowledge URL 404, 500, invalid JSON, schema-invalid, unsafe link → embedded answers, console says why',
  run: async (t) => {
    await withPages(async (server) => {
      // Side by side: each variant is its own visit, and none waits on another.
      const results = await Promise.all(
        BROKEN.map(async (c) => {
          const v = await t.visit({}, server.url);
          await gotoPage(v, new URL(`knowledge.html?kb=${c.kb}`, server.url).href);
          await open(v.page);
          await askTyped(v.page);
          const { ms, served } = await answered(v.page, 2000).catch((e) => {
            throw new Error(`${c.what}: ${(e as Error).message}`);
          });
          assert.ok(!served, `${c.what}: answered from the broken file`);
          const warnings = askwellWarnings(v);
          assert.ok(
            warnings.some((w) => c.why.test(w) && /built-in knowledge/.test(w)),
            `${c.what}: no console warning saying why; warnings: ${warnings.join(' | ') || 'none'}`,
          );
          assert.deepEqual(await pwned(v.page), []);
          await expectPrivate(v, [Q.typed.text], { knowledge: [c.kb] });
          return `${c.what}: embedded answer in ${ms} ms; console: ${warnings.join(' | ')}`;
        }),
      );
      for (const line of results) t.note(line);
    });
  },
};

const slow: TestCase = {
  name: `fault: knowledge URL answering after ${SLOW_MS / 1000} s → question kept, embedded answer in bounded time, console says why`,
  timeout: 25_000,
  run: async (t) => {
    await withPages(async (server) => {
      const kb = '/kb/slow.json';
      const v = await t.visit({}, server.url);
      const { page } = v;
      await gotoPage(v, new URL(`knowledge.html?kb=${kb}`, server.url).href);
      await open(page);
      await askTyped(page);
      await page.waitForTimeout(1000);
      assert.deepEqual(await visitorTexts(page), [Q.typed.text], 'the question is shown at once');
      const waiting = await logText(page);
      t.note(`after 1 s the log reads: "${waiting.slice(0, 160)}"`);
      await page.screenshot({ path: join(SCREENSHOTS, 'fault-slow-waiting.png') });
      t.note('screenshot: tests/e2e/screenshots/fault-slow-waiting.png');
      const { ms, served } = await answered(page, SLOW_MS);
      const total = ms + 1000;
      t.note(`answered ${total} ms after the question (served file: ${served})`);
      assert.ok(total < 9_000, `the visitor waited ${total} ms`);
      const warnings = askwellWarnings(v);
      assert.ok(
        warnings.some((w) => /timed out/.test(w)),
        `no console warning saying it timed out: ${warnings.join(' | ') || 'none'}`,
      );
      t.note(`console: ${warnings.join(' | ')}`);
      // A second question right away is answered at once, from the same (embedded) knowledge.
      const replies = await replyCount(page);
      const started = Date.now();
      await askTyped(page, Q.outOfScope);
      await waitForReplies(page, replies + 1, 1000);
      t.note(`the next question: reply in ${Date.now() - started} ms`);
      await expectPrivate(v, [Q.typed.text, Q.outOfScope], { knowledge: [kb] });
    });
  },
};

const slowCrisis: TestCase = {
  name: 'fault: knowledge URL slow → a crisis message still gets the crisis card at once (≤ 2 s)',
  run: async (t) => {
    await withPages(async (server) => {
      const kb = '/kb/slow.json';
      const v = await t.visit({}, server.url);
      const { page } = v;
      await gotoPage(v, new URL(`knowledge.html?kb=${kb}`, server.url).href);
      await open(page);
      const started = Date.now();
      await askTyped(page, Q.crisis);
      // The crisis screen needs no knowledge: the card (with 988 and 911) must not wait for it.
      await waitForEvent(page, 'askwell:crisis', 0, 2000).catch(async () => {
        const footer = await panel(page).locator('a[href="tel:988"]').count();
        throw new Error(
          `no crisis card ${Date.now() - started} ms after a crisis message while the knowledge ` +
            `URL is slow (replies wait for it, up to its 8 s timeout; the panel's footer line ` +
            `has ${footer ? 'a' : 'no'} tel:988 link meanwhile); the log shows: "${(await logText(page)).slice(0, 200)}"`,
        );
      });
      const links = await log(page).locator('a[href^="tel:"]').count();
      assert.ok(links > 0, 'the crisis card has no tel: links');
      t.note(`crisis card ${Date.now() - started} ms after the message`);
      await expectPrivate(v, [Q.crisis], { knowledge: [kb] });
    });
  },
};

/** Each variant breaks sessionStorage before any page script runs. */
const STORAGE_FAULTS: { what: string; init: () => void }[] = [
  {
    what: 'the sessionStorage getter throws (SecurityError)',
    init: () => {
      Object.defineProperty(window, 'sessionStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    },
  },
  {
    what: 'getItem, setItem and removeItem throw',
    init: () => {
      const fail = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Storage.prototype.getItem = fail;
      Storage.prototype.setItem = fail;
      Storage.prototype.removeItem = fail;
    },
  },
  {
    what: 'setItem throws QuotaExceededError',
    init: () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  },
];

const storage: TestCase = {
  name: 'fault: sessionStorage throwing (getter, every method, quota) → the widget works, conversation in memory',
  run: async (t) => {
    await withPages(async (server) => {
      const results = await Promise.all(
        STORAGE_FAULTS.map(async (fault) => {
          const v = await t.visit({}, server.url);
          await v.context.addInitScript(fault.init);
          const { page } = v;
          await gotoPage(v, new URL('plain.html', server.url).href);
          await open(page);
          await askTyped(page);
          await answered(page, 2000).catch((e) => {
            throw new Error(`${fault.what}: ${(e as Error).message}`);
          });
          await askTyped(page, Q.outOfScope);
          await waitForEvent(page, 'askwell:handoff', 0);
          await page.keyboard.press('Escape');
          await panel(page).waitFor({ state: 'hidden' });
          await open(page);
          assert.deepEqual(
            await visitorTexts(page),
            [Q.typed.text, Q.outOfScope],
            `${fault.what}: the conversation was lost on close/open`,
          );
          assert.deepEqual(v.pageErrors, [], `${fault.what}: page errors`);
          await expectPrivate(v, [Q.typed.text, Q.outOfScope]);
          return `${fault.what}: answered, kept in memory across close/open`;
        }),
      );
      for (const line of results) t.note(line);
    });
  },
};

const twice: TestCase = {
  name: 'fault: the script included twice (defer in <head> + async in <body>, then once more) → one widget',
  run: async (t) => {
    await withPages(async (server) => {
      const v = await t.visit({}, server.url);
      const { page } = v;
      await gotoPage(v, new URL('twice.html', server.url).href);
      await page.addScriptTag({ url: '/askwell.js' });
      await page.waitForTimeout(300);
      assert.equal(await host(page).count(), 1, '<askwell-widget> elements');
      assert.equal(await launcher(page).count(), 1, 'launchers');
      const name = await page.evaluate(
        () =>
          document.querySelector('askwell-widget')?.shadowRoot?.querySelector('#aw-title')
            ?.textContent ?? '(panel not rendered yet)',
      );
      const warnings = askwellWarnings(v).filter((w) => /more than once/.test(w));
      assert.equal(
        warnings.length,
        2,
        `one warning per extra copy: ${askwellWarnings(v).join(' | ')}`,
      );
      await open(page);
      await askTyped(page);
      await answered(page, 2000);
      await page.waitForTimeout(200);
      const answers = (await events(page)).filter((e) => e.type === 'askwell:answer');
      assert.equal(answers.length, 1, `one question, ${answers.length} answer events`);
      const title = await panel(page).locator('#aw-title').textContent();
      t.note(`mounted: "${title}" (before opening: ${name}); console: ${warnings[0]}`);
      await expectPrivate(v, [Q.typed.text]);
    });
  },
};

interface Footprint {
  globals: string[];
  bodyChildren: string[];
  storage: string[];
  hosts: number;
  askwell: boolean;
  adopted: number;
  custom: boolean;
}

const footprint = (page: Page): Promise<Footprint> =>
  page.evaluate(() => ({
    globals: Object.getOwnPropertyNames(window).filter((k) => !k.startsWith('__')),
    // The page's own <script> tags (added by the test) may stay; nothing else may be added.
    bodyChildren: [...document.body.children]
      .filter((el) => el.tagName !== 'SCRIPT')
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`),
    storage: Object.keys(sessionStorage),
    hosts: document.querySelectorAll('askwell-widget').length,
    askwell: 'Askwell' in window,
    adopted: document.adoptedStyleSheets.length,
    custom: customElements.get('askwell-widget') !== undefined,
  }));

/**
 * Event listeners that the widget's own code (askwell.js, askwell.mjs, askwell-chat.js) holds on window, document
 * and visualViewport, found through the DevTools protocol (Playwright's and the suite's own
 * listeners come from other scripts and do not count).
 */
async function widgetListeners(page: Page): Promise<() => Promise<string[]>> {
  const cdp = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (e) => urls.set(e.scriptId, e.url));
  await cdp.send('Debugger.enable');
  return async () => {
    const out: string[] = [];
    for (const target of ['window', 'document', 'visualViewport']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      if (!result.objectId) continue;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
        objectId: result.objectId,
      });
      for (const l of listeners) {
        if (/askwell(?:-chat)?\.m?js/.test(urls.get(l.scriptId) ?? ''))
          out.push(`${target} ${l.type}`);
      }
    }
    return out.sort();
  };
}

async function useAndCheck(page: Page, question: string): Promise<void> {
  await launcher(page).waitFor({ state: 'visible' });
  await open(page);
  const replies = await replyCount(page);
  await askTyped(page, question);
  await waitForReplies(page, replies + 1, 2000);
}

const destroy: TestCase = {
  name: 'fault: destroy() removes everything (element, API, storage, listeners); script or mount() again works',
  run: async (t) => {
    await withPages(async (server) => {
      const v = await t.visit({}, server.url);
      const { page } = v;
      await page.goto(new URL('bare.html', server.url).href, { waitUntil: 'load' });
      const before = await footprint(page);
      const listening = await widgetListeners(page);

      // 1. The script tag, used (so there is a saved conversation), then destroy().
      await page.addScriptTag({ url: '/askwell.js' });
      await useAndCheck(page, Q.typed.text);
      await answered(page, 2000);
      const used = await footprint(page);
      const whileOpen = await listening();
      // The check can see the widget's listeners: the open panel follows the visual viewport.
      assert.ok(whileOpen.length > 0, 'no widget listeners found while open (check is blind)');
      assert.ok(used.storage.length > 0, 'the conversation was not saved (nothing to remove)');
      await page.evaluate(() => {
        const w = window as unknown as {
          Askwell: { on(e: string, f: () => void): void; destroy(): void };
        };
        w.Askwell.on('answer', () => {});
        w.Askwell.destroy();
      });
      const after = await footprint(page);
      assert.deepEqual(after, before, 'destroy() left something behind');
      assert.deepEqual(await listening(), [], 'widget listeners left after destroy()');
      // Nothing left listening breaks when the page goes on.
      await page.setViewportSize({ width: 900, height: 700 });
      await page.keyboard.press('Escape');
      await page.evaluate(() => {
        window.dispatchEvent(new Event('resize'));
        document.dispatchEvent(new Event('visibilitychange'));
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      });
      await page.waitForTimeout(200);
      assert.deepEqual(v.pageErrors, [], 'errors after destroy()');

      // 2. The script again: a fresh, working widget with nothing of the old conversation.
      await page.addScriptTag({ url: '/askwell.js' });
      await useAndCheck(page, Q.outOfScope);
      assert.equal(await host(page).count(), 1);
      assert.deepEqual(await visitorTexts(page), [Q.outOfScope], 'the old conversation came back');
      await page.evaluate(() =>
        (window as unknown as { Askwell: { destroy(): void } }).Askwell.destroy(),
      );
      assert.equal(await host(page).count(), 0, 'second destroy() left the element');

      // 3. The ES module: mount(), use, destroy().
      await page.addScriptTag({
        type: 'module',
        content: `import { mount } from '/askwell.mjs';
window.__handle = mount({ practiceName: 'SPA Practice', contactEmail: 'hello@example.com' });`,
      });
      await page.waitForFunction(() => '__handle' in window);
      await useAndCheck(page, Q.typed.text);
      await answered(page, 2000);
      assert.equal(await log(page).count(), 1);
      await page.evaluate(() =>
        (window as unknown as { __handle: { destroy(): void } }).__handle.destroy(),
      );
      const end = await footprint(page);
      assert.equal(end.hosts, 0, 'mount().destroy() left the element');
      assert.deepEqual(end.storage, before.storage, 'mount().destroy() left storage');
      assert.deepEqual(await listening(), [], 'widget listeners left after mount().destroy()');
      t.note(
        `widget listeners while open: ${whileOpen.join(', ')}; none after destroy(); globals added and removed: ${used.globals.filter((g) => !before.globals.includes(g)).join(', ') || 'none'}`,
      );
      await expectPrivate(v, [Q.typed.text, Q.outOfScope]);
    });
  },
};

export const faultTests: TestCase[] = [healthy, broken, slow, slowCrisis, storage, twice, destroy];
