/**
 * Spanish end to end in real Chromium, against the real receiver: on an English page and on a
 * Spanish one (`AskwellConfig.lang`), a Spanish question is answered in Spanish from the Spanish
 * knowledge (downloaded only then), and a question for the practice gets the contact form in
 * Spanish, whose request the practice receives marked Spanish. axe clean throughout.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { STRINGS } from '../../widget/strings';
import { expectNoAxeViolations, type Practice, visitDemo, withPractice } from './contact';
import {
  askWithKeyboard,
  gotoPage,
  logText,
  openWithKeyboard,
  panel,
  poll,
  replyCount,
  SCREENSHOTS,
  squash,
  type Visit,
  waitForReplies,
} from './kit';
import type { TestContext } from './runner';

const es = STRINGS.es;
const SPANISH_FILE = 'askwell-faq.es.js';

const form = (page: Page) => panel(page).getByRole('form', { name: es.formName });

async function ask(page: Page, text: string): Promise<void> {
  const before = await replyCount(page);
  await askWithKeyboard(page, text);
  await waitForReplies(page, before + 1);
}

/** Asks in Spanish, is answered in Spanish; asks the fee, fills the Spanish form and sends it. */
async function spanishVisit(t: TestContext, p: Practice, v: Visit, shots: string): Promise<void> {
  const { page } = v;
  await openWithKeyboard(page);
  await ask(page, '¿quién me receta los medicamentos?');
  assert.equal(v.requests.filter((r) => r.url.endsWith(SPANISH_FILE)).length, 1);
  const answer = squash(await logText(page));
  assert.match(answer, /psiquiatra/, 'answered from the Spanish knowledge');
  assert.match(answer, new RegExp(es.helpful.replace('?', '\\?')), 'its labels in Spanish');
  await expectNoAxeViolations(page, `Spanish answer (${shots})`);
  await page.screenshot({ path: join(SCREENSHOTS, `es-answer-${shots}.png`) });

  await ask(page, '¿cuánto cuesta una consulta?');
  await form(page).waitFor({ state: 'visible' });
  assert.match(squash((await form(page).textContent()) ?? ''), new RegExp(es['f:name']));
  assert.equal(
    await form(page).locator('[name="message"]').inputValue(),
    '¿cuánto cuesta una consulta?',
  );
  await form(page).getByRole('button', { name: es.sendMessage }).click();
  await poll(
    async () =>
      squash((await form(page).getByRole('status').first().textContent()) ?? '') || undefined,
  );
  assert.match(squash((await form(page).textContent()) ?? ''), new RegExp(es['e:required']));
  await expectNoAxeViolations(page, `Spanish form with errors (${shots})`);
  await page.screenshot({ path: join(SCREENSHOTS, `es-form-${shots}.png`) });

  await form(page).locator('[name="name"]').fill('Ana López');
  await form(page).locator('[name="email"]').fill('ana@example.com');
  await form(page).locator('[name="consent"]').check();
  await form(page).getByRole('button', { name: es.sendMessage }).click();
  const records = await poll(async () => {
    const r = await p.records();
    return r.length ? r : undefined;
  }, 8000);
  assert.equal(records.at(-1)?.lang, 'es', 'the practice is told to answer in Spanish');
  t.note(`screenshots: tests/e2e/screenshots/es-answer-${shots}.png, es-form-${shots}.png`);
}

export const spanishTests = [
  withPractice(
    'spanish: an English page answers a Spanish question in Spanish, form too; axe clean',
    async (t, p) => {
      const v = await visitDemo(t, p);
      // Nothing Spanish is downloaded for an English conversation.
      await openWithKeyboard(v.page);
      await ask(v.page, 'who prescribes the medication?');
      assert.equal(v.requests.filter((r) => r.url.endsWith(SPANISH_FILE)).length, 0);
      await v.page.keyboard.press('Escape');
      await spanishVisit(t, p, v, 'english-page');
    },
  ),
  withPractice(
    'spanish: a Spanish page greets in Spanish, answers and hands off in Spanish; axe clean',
    async (t, p) => {
      const v = await t.visit({}, p.url);
      await v.context.addInitScript(() => {
        (window as unknown as { AskwellConfig: unknown }).AskwellConfig = { lang: 'es' };
      });
      await gotoPage(v, p.url);
      await spanishVisit(t, p, v, 'spanish-page');
      assert.match(squash(await logText(v.page)), /Hola, estoy aquí/);
    },
  ),
];
