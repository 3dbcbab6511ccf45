/**
 * The contact form in real Chromium, on the demo page, against the real receiver (`demo/receiver/`)
 * writing to a temporary file: what the visitor sees, and what the practice ends up with.
 */
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CONTACT_PATH, createReceiver } from '../../demo/receiver/receiver';
import type { StoredRequest } from '../../demo/receiver/store';
import { startServer } from '../../demo/serve';

import {
  askWithKeyboard,
  DIST,
  formatViolations,
  gotoPage,
  host,
  log,
  openWithKeyboard,
  panel,
  poll,
  Q,
  ROOT,
  runAxe,
  SCREENSHOTS,
  squash,
  type Visit,
  waitForEvent,
} from './kit';
import type { TestCase, TestContext } from './runner';

type Mode = 'up' | 'down' | 'lose-next-answer' | '500' | '429' | 'hang';

/**
 * The demo server with the receiver on a temporary file, behind a gate: `down` cuts every contact
 * request off before it arrives (a stopped receiver, as the browser sees it); `lose-next-answer`
 * lets the next one be stored, then cuts the connection instead of answering.
 */
async function practice() {
  const dir = await mkdtemp(join(tmpdir(), 'askwell-contact-'));
  const file = join(dir, 'contact-requests.jsonl');
  const receiver = createReceiver({ file, rateLimit: false, log: () => {} });
  await receiver.ready;
  /** `next` holds one-off modes for the coming requests, used before `mode`. */
  const state = { mode: 'up' as Mode, next: [] as Mode[], keys: [] as string[] };
  const gate = (req: IncomingMessage, res: ServerResponse) => {
    if (req.url !== CONTACT_PATH || req.method !== 'POST') return false;
    state.keys.push(String(req.headers['idempotency-key']));
    const mode = state.next.shift() ?? state.mode;
    if (mode === 'down') {
      req.socket.destroy();
      return true;
    }
    if (mode === '500') {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"server"}');
      return true;
    }
    if (mode === '429') {
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      res.end('{"error":"busy"}');
      return true;
    }
    if (mode === 'hang') return true; // never answered: the widget's timeout must end the attempt
    if (mode === 'lose-next-answer') {
      state.mode = 'up';
      res.writeHead = (() => {
        req.socket.destroy();
        return res;
      }) as typeof res.writeHead;
      res.end = (() => res) as typeof res.end;
    }
    return false;
  };
  const server = await startServer({
    port: 0,
    roots: [join(ROOT, 'demo'), DIST],
    routes: [gate, receiver],
  });
  return {
    url: server.url,
    state,
    async records(): Promise<StoredRequest[]> {
      const text = await readFile(file, 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    },
    async close() {
      await server.close();
      await receiver.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type Practice = Awaited<ReturnType<typeof practice>>;

/** A test with its own practice (server, receiver, file), always cleaned up. */
export function withPractice(
  name: string,
  run: (t: TestContext, p: Practice) => Promise<void>,
): TestCase {
  return {
    name,
    run: async (t) => {
      const p = await practice();
      try {
        await run(t, p);
      } finally {
        await p.close();
      }
    },
  };
}

/** Records `askwell:contact-sent` through the JS API (`window.Askwell.on`). */
export async function visitDemo(t: TestContext, p: Practice, options = {}): Promise<Visit> {
  const v = await t.visit(options, p.url);
  await gotoPage(v, p.url);
  await v.page.evaluate(() => {
    const w = window as unknown as {
      Askwell: { on(e: string, fn: (d: unknown) => void): void };
      __sent: unknown[];
    };
    w.__sent = [];
    w.Askwell.on('contact-sent', (detail) => w.__sent.push(detail));
  });
  return v;
}

const sentEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);

const form = (page: Page) => panel(page).getByRole('form', { name: 'Message to the practice' });
const input = (page: Page, name: string) => form(page).locator(`[name="${name}"]`);
const status = async (page: Page) =>
  squash((await form(page).getByRole('status').first().textContent()) ?? '');

/** The id (or name) of the focused element, looking into the widget's shadow root. */
async function focusedField(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.querySelector('askwell-widget')?.shadowRoot?.activeElement;
    return el ? el.id || el.getAttribute('name') || el.tagName.toLowerCase() : 'outside';
  });
}

export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  await page.waitForTimeout(150);
  const violations = await runAxe(page);
  if (violations.length) {
    throw new Error(
      `axe, ${state}: ${violations.length} violation(s):\n${formatViolations(violations)}`,
    );
  }
}

async function handoffForm(page: Page): Promise<void> {
  await openWithKeyboard(page);
  await askWithKeyboard(page, Q.outOfScope);
  await waitForEvent(page, 'askwell:handoff', 0);
  await form(page).waitFor({ state: 'visible' });
}

export const contactTests: TestCase[] = [
  withPractice(
    'contact: keyboard only, out-of-scope question → form → errors → sent; the record holds the question; axe clean throughout',
    async (t, p) => {
      const { page } = await visitDemo(t, p);
      await handoffForm(page);
      assert.equal(await focusedField(page), 'aw-input', 'after a typed question: the composer');
      // The form is above the composer, in the conversation: Shift+Tab up to its first field.
      for (let i = 0; i < 12 && (await focusedField(page)) !== 'aw-c-name'; i++) {
        await page.keyboard.press('Shift+Tab');
      }
      assert.equal(await focusedField(page), 'aw-c-name', 'Shift+Tab reaches the name field');
      const notice = squash((await form(page).locator('#aw-c-notice').textContent()) ?? '');
      assert.match(notice, /detailed health information/);
      assert.match(notice, /not for emergencies.*988.*911/i);
      assert.equal(await input(page, 'message').inputValue(), Q.outOfScope);
      await expectNoAxeViolations(page, 'the form');

      // Enter in the name field sends the form as it is: errors, focus on the first.
      await page.keyboard.press('Enter');
      await poll(async () => (await status(page)) !== '', 3000);
      assert.equal(await input(page, 'name').getAttribute('aria-invalid'), 'true');
      assert.equal(await focusedField(page), 'aw-c-name');
      await expectNoAxeViolations(page, 'with errors');
      await page.screenshot({ path: join(SCREENSHOTS, 'form.png') });
      t.note('screenshot: tests/e2e/screenshots/form.png');

      await page.keyboard.type('Sam Rivera');
      await page.keyboard.press('Tab');
      assert.equal(await focusedField(page), 'aw-c-email');
      await page.keyboard.type('sam@example.com');
      await page.keyboard.press('Tab'); // phone: left empty
      await page.keyboard.press('Tab'); // the radio group: one stop; arrows move and choose
      assert.equal(await focusedField(page), 'preferredContact');
      const option = () =>
        page.evaluate(() => {
          const el = document.querySelector('askwell-widget')?.shadowRoot?.activeElement;
          return (el as HTMLInputElement | null | undefined)?.value;
        });
      for (let i = 0; i < 3 && (await option()) !== 'email'; i++)
        await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      assert.equal(await focusedField(page), 'aw-c-message');
      await page.keyboard.press('End');
      await page.keyboard.type(' for a first visit?');
      await page.keyboard.press('Tab');
      assert.equal(await focusedField(page), 'consent');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      assert.match(squash((await form(page).locator(':focus').textContent()) ?? ''), /Send/);
      await page.keyboard.press('Enter');

      await poll(async () => (await sentEvents(page)).length > 0, 8000);
      const confirmation = squash(
        (await log(page).locator(':scope > *').last().textContent()) ?? '',
      );
      const reference = /Reference: (AW-[A-Z0-9-]+)/.exec(confirmation)?.[1];
      assert.ok(reference, `no reference in the confirmation: "${confirmation}"`);
      assert.match(confirmation, /will contact you by email/);
      assert.equal(await form(page).count(), 0, 'the form is gone');
      await poll(async () => (await focusedField(page)) === 'aw-input', 2000).catch(async () => {
        throw new Error(`after sending, focus is on ${await focusedField(page)}, not the composer`);
      });
      assert.deepEqual(
        await sentEvents(page),
        [{ reference }],
        'the event carries no field values',
      );

      const records = await p.records();
      assert.equal(records.length, 1, 'one record');
      const [record] = records as [StoredRequest];
      assert.equal(record.reference, reference);
      assert.equal(record.name, 'Sam Rivera');
      assert.equal(record.email, 'sam@example.com');
      assert.equal(record.preferredContact, 'email');
      assert.equal(record.message, `${Q.outOfScope} for a first visit?`);
      const draft = await page.evaluate(() => sessionStorage.getItem('askwell:contact'));
      assert.equal(draft, null, 'the draft is cleared after the send');
      await expectNoAxeViolations(page, 'after success');
    },
  ),
  withPractice(
    'contact: receiver down → failure, draft kept, phone/email links → back up, answer lost → retry → exactly one record',
    async (t, p) => {
      const { page } = await visitDemo(t, p);
      await handoffForm(page);
      await input(page, 'name').fill('Alex Kim');
      await input(page, 'phone').fill('(555) 555-0142');
      await input(page, 'consent').check();
      p.state.mode = 'down';
      await form(page).getByRole('button', { name: 'Send message' }).click();
      await poll(async () => /couldn't be sent/.test(await status(page)), 15_000);
      t.note(
        `down: ${p.state.keys.length} request(s) cut off; the visitor reads "${await status(page)}"`,
      );
      assert.equal((await p.records()).length, 0);
      const links = await form(page)
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      assert.ok(links.includes('tel:+15555550123'), `no phone link: ${links}`);
      assert.ok(
        links.some((h) => h.startsWith('mailto:hello@example.com?')),
        `no email link: ${links}`,
      );
      assert.equal(await input(page, 'name').inputValue(), 'Alex Kim', 'the draft stays');
      const saved = await page.evaluate(() => sessionStorage.getItem('askwell:contact') ?? '');
      assert.ok(saved.includes('Alex Kim'), 'the draft is saved');

      p.state.mode = 'lose-next-answer';
      const before = p.state.keys.length;
      await form(page).getByRole('button', { name: 'Try again' }).click();
      await poll(async () => (await sentEvents(page)).length > 0, 10_000);
      const keys = new Set(p.state.keys);
      t.note(`retry: ${p.state.keys.length - before} request(s), the first answer lost`);
      assert.equal(keys.size, 1, `one idempotency key throughout: ${[...keys]}`);
      const records = await p.records();
      assert.equal(records.length, 1, `exactly one record, got ${records.length}`);
      assert.equal([...keys][0], records[0]?.idempotencyKey, 'the key is the stored one');
      t.note(`stored: 1 record (${records[0]?.reference}) for ${p.state.keys.length} requests`);
      assert.equal(records[0]?.phone, '(555) 555-0142');
      assert.equal(records[0]?.preferredContact, 'phone');
      assert.equal(records[0]?.message, Q.outOfScope);
      assert.deepEqual(await sentEvents(page), [{ reference: records[0]?.reference }]);
      assert.ok(
        squash((await log(page).textContent()) ?? '').includes(
          `Reference: ${records[0]?.reference}`,
        ),
      );
    },
  ),
  withPractice(
    'contact: endpoint faults (offline, 500s, 429 with Retry-After, a hanging request): draft kept, then exactly one record',
    async (t, p) => {
      const v = await visitDemo(t, p);
      const { page } = v;
      await handoffForm(page);
      await input(page, 'name').fill('Dana Cruz');
      await input(page, 'email').fill('dana@example.com');
      await input(page, 'consent').check();
      const send = (name: string) => form(page).getByRole('button', { name }).click();

      await v.context.setOffline(true);
      await send('Send message');
      await poll(async () => /offline|connection|internet/i.test(await status(page)), 10_000);
      t.note(`offline: "${await status(page)}" (${p.state.keys.length} requests)`);
      assert.equal(p.state.keys.length, 0, 'offline: nothing is attempted');
      await v.context.setOffline(false);

      p.state.mode = '500';
      await send('Try again');
      await poll(async () => /couldn't be sent/.test(await status(page)), 20_000);
      t.note(`500s: ${p.state.keys.length} attempts, then "${await status(page)}"`);
      assert.ok(p.state.keys.length >= 2, 'a 500 is retried');
      assert.equal(await input(page, 'name').inputValue(), 'Dana Cruz', 'the draft stays');
      assert.equal((await p.records()).length, 0);

      // A 429 asking for a 1 s pause, then a request left hanging past the timeout, then success.
      p.state.mode = 'up';
      p.state.next = ['429', 'hang'];
      const before = p.state.keys.length;
      await send('Try again');
      await poll(async () => (await sentEvents(page)).length > 0, 30_000);
      t.note(`429, hanging, then success: ${p.state.keys.length - before} requests`);
      assert.equal(p.state.keys.length - before, 3, 'the 429 and the hung request are retried');
      const records = await p.records();
      assert.equal(records.length, 1, `exactly one record, got ${records.length}`);
      assert.equal(new Set(p.state.keys).size, 1, 'one idempotency key for every attempt');
    },
  ),
  withPractice(
    'contact: 320 px, dark: a reload mid-draft keeps it, 16 px fields, large targets, no sideways scroll, axe clean',
    async (t, p) => {
      const { page } = await visitDemo(t, p, {
        viewport: { width: 320, height: 640 },
        hasTouch: true,
        colorScheme: 'dark',
      });
      await handoffForm(page);
      await input(page, 'name').fill('Jo');
      await input(page, 'email').fill('jo@example.com');
      await input(page, 'message').fill('Edited: do you see teenagers?');
      await page.reload({ waitUntil: 'load' });
      await host(page).locator('button.l').waitFor();
      if (!(await panel(page).isVisible())) await openWithKeyboard(page);
      assert.equal(await input(page, 'name').inputValue(), 'Jo');
      assert.equal(await input(page, 'email').inputValue(), 'jo@example.com');
      assert.equal(await input(page, 'message').inputValue(), 'Edited: do you see teenagers?');
      await page.keyboard.press('Escape'); // focus returns to the launcher
      await page.keyboard.press('Enter');
      await panel(page).waitFor({ state: 'visible' });
      assert.equal(await input(page, 'name').inputValue(), 'Jo', 'kept across close and open');

      const layout = await form(page).evaluate((el) => {
        const small: string[] = [];
        for (const c of el.querySelectorAll('input:not([tabindex="-1"]), textarea, button, a')) {
          const r = (c.closest('label') ?? c).getBoundingClientRect();
          if (r.width < 24 || r.height < 24) small.push(`${c.tagName} ${r.width}×${r.height}`);
        }
        const fonts = [...el.querySelectorAll('input, textarea')].map(
          (c) => getComputedStyle(c).fontSize,
        );
        return { small, fonts, doc: document.documentElement.scrollWidth };
      });
      assert.deepEqual(layout.small, [], 'targets under 24×24');
      assert.ok(
        layout.fonts.every((f) => Number.parseFloat(f) >= 16),
        `field text sizes: ${layout.fonts}`,
      );
      assert.ok(layout.doc <= 320, `the page scrolls sideways: ${layout.doc}`);
      await expectNoAxeViolations(page, 'the form at 320 px, dark');
      await input(page, 'email').fill('jo@');
      await form(page).getByRole('button', { name: 'Send message' }).click();
      await poll(async () => (await status(page)) !== '', 3000);
      // Focus moves just after the errors render (an effect after paint).
      await poll(async () => (await focusedField(page)) === 'aw-c-email', 2000).catch(async () => {
        throw new Error(`focus is on ${await focusedField(page)}, not the first field to fix`);
      });
      assert.equal((await p.records()).length, 0);
      await expectNoAxeViolations(page, 'with errors at 320 px, dark');
    },
  ),
];
