/**
 * Quality bar 1, 2 and 4 on the whole visitor journey: under a strict Content Security Policy (no
 * 'unsafe-inline' anywhere), and again with Trusted Types enforced, an answer, a "Did you mean…",
 * a handoff whose contact form is really sent, a Spanish answer (its knowledge imported on
 * demand), and a crisis card, with zero
 * `securitypolicyviolation` events. A style attribute set from a string would be one.
 */
import { strict as assert } from 'node:assert';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver } from '../../demo/receiver/receiver';
import { startServer } from '../../demo/serve';

import {
  askWithKeyboard,
  cspViolations,
  DIST,
  events,
  gotoPage,
  openWithKeyboard,
  panel,
  poll,
  Q,
  ROOT,
  waitForEvent,
} from './kit';
import type { TestCase } from './runner';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const POLICIES: [string, string][] = [
  ['strict CSP', STRICT],
  ['strict CSP + Trusted Types', `${STRICT}; require-trusted-types-for 'script'`],
];

export const cspTests: TestCase[] = POLICIES.map(([name, policy]) => ({
  name: `${name}: answer, clarify, handoff with the form sent, a Spanish answer, crisis, zero violations`,
  timeout: 30_000,
  run: async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'askwell-csp-'));
    const file = join(dir, 'requests.jsonl');
    const receiver = createReceiver({ file, rateLimit: false, log: () => {} });
    await receiver.ready;
    const server = await startServer({
      port: 0,
      roots: [join(ROOT, 'demo'), DIST],
      routes: [receiver],
      htmlHeaders: { 'Content-Security-Policy': policy },
    });
    try {
      const v = await t.visit({}, server.url);
      await gotoPage(v, server.url);
      const { page } = v;
      await openWithKeyboard(page);
      const styled = await panel(page).evaluate((el) => getComputedStyle(el).position);
      assert.notEqual(styled, 'static', 'the panel is unstyled (stylesheet blocked?)');

      let seen = 0;
      const expect = async (text: string, event: string) => {
        await askWithKeyboard(page, text);
        await waitForEvent(page, event, seen);
        seen = (await events(page)).length;
      };
      await expect(Q.typed.text, 'askwell:answer');
      await expect(Q.vague, 'askwell:clarify');
      await expect(Q.outOfScope, 'askwell:handoff');

      const form = panel(page).getByRole('form', { name: 'Message to the practice' });
      await form.locator('[name="name"]').fill('Robin Lee');
      await form.locator('[name="email"]').fill('robin@example.com');
      await form.locator('[name="consent"]').check();
      await form.getByRole('button', { name: 'Send message' }).click();
      await poll(
        async () => (await readFile(file, 'utf8').catch(() => '')).includes('Robin Lee'),
        10_000,
      );

      // The Spanish knowledge is imported beside the chat, under the same policy.
      await expect('¿quién me receta los medicamentos?', 'askwell:answer');
      assert.ok(
        v.requests.some((r) => r.url.endsWith('/askwell-faq.es.js')),
        'the Spanish knowledge was imported',
      );
      await expect(Q.crisis, 'askwell:crisis');
      const links = await panel(page).locator('a[href^="tel:988"]').count();
      assert.ok(links > 0, 'the crisis card has a tel:988 link');
      assert.deepEqual(await cspViolations(page), [], 'securitypolicyviolation events');
      const records = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
      assert.equal(records.length, 1, 'the contact request was stored once');
    } finally {
      await server.close();
      await receiver.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
}));
