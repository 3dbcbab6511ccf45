/**
 * axe-core (WCAG 2.0–2.2 A/AA tags) in every state the issue names, plus the screenshots a person
 * looks at. Screenshots go to tests/e2e/screenshots/ (git-ignored).
 */
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';

import {
  askWithKeyboard,
  expectAnswerShown,
  formatViolations,
  gotoPage,
  openWithKeyboard,
  pressButton,
  Q,
  runAxe,
  SCREENSHOTS,
  waitForEvent,
} from './kit';
import type { TestCase, TestContext } from './runner';

interface State {
  name: string;
  options?: BrowserContextOptions;
  reach: (page: Page) => Promise<void>;
  screenshot?: string;
}

const answer = async (page: Page) => {
  await openWithKeyboard(page);
  await askWithKeyboard(page, Q.typed.text);
  await waitForEvent(page, 'askwell:answer', 0);
  await expectAnswerShown(page, Q.typed.id);
};

export const STATES: State[] = [
  { name: 'closed', reach: async () => {} },
  { name: 'open', reach: openWithKeyboard },
  { name: 'answer', reach: answer, screenshot: 'desktop.png' },
  {
    name: 'clarify',
    reach: async (page) => {
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.vague);
      await waitForEvent(page, 'askwell:clarify', 0);
    },
  },
  {
    name: 'handoff',
    reach: async (page) => {
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.vague);
      await waitForEvent(page, 'askwell:clarify', 0);
      await pressButton(page, /none of these/i);
      await waitForEvent(page, 'askwell:handoff', 0);
    },
    screenshot: 'handoff.png',
  },
  {
    name: 'crisis',
    reach: async (page) => {
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.crisis);
      await waitForEvent(page, 'askwell:crisis', 0);
    },
    screenshot: 'crisis.png',
  },
  {
    name: 'personal story',
    reach: async (page) => {
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.personal);
      await waitForEvent(page, 'askwell:handoff', 0);
    },
    screenshot: 'personal.png',
  },
  {
    name: 'crisis, Spanish',
    reach: async (page) => {
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.crisisEs);
      await waitForEvent(page, 'askwell:crisis', 0);
    },
    screenshot: 'crisis-es.png',
  },
  {
    name: 'crisis, weaker tier',
    reach: async (page) => {
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.weakerTier);
      await waitForEvent(page, 'askwell:crisis', 0);
    },
  },
  {
    name: 'dark',
    options: { colorScheme: 'dark' },
    reach: answer,
    screenshot: 'dark.png',
  },
  {
    name: 'dark, crisis',
    options: { colorScheme: 'dark' },
    reach: async (page) => {
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.crisis);
      await waitForEvent(page, 'askwell:crisis', 0);
    },
    screenshot: 'dark-crisis.png',
  },
  {
    name: '320 px wide',
    options: { viewport: { width: 320, height: 640 }, hasTouch: true },
    reach: answer,
    screenshot: 'phone-320.png',
  },
];

/** Violation counts per state, for the summary. */
export const axeSummary = new Map<string, number>();

export const axeTests: TestCase[] = STATES.map((state) => ({
  name: `axe: ${state.name}`,
  run: async (t: TestContext) => {
    const visit = await t.visit(state.options);
    await gotoPage(visit, t.url);
    await state.reach(visit.page);
    await visit.page.waitForTimeout(250); // let transitions settle before measuring contrast
    if (state.screenshot) {
      // Keyboard journeys scroll the page to the footer; the top of the article reads better.
      await visit.page.evaluate(() => window.scrollTo(0, 0));
      await visit.page.screenshot({ path: join(SCREENSHOTS, state.screenshot) });
      t.note(`screenshot: tests/e2e/screenshots/${state.screenshot}`);
    }
    const violations = await runAxe(visit.page);
    axeSummary.set(state.name, violations.length);
    if (violations.length) {
      throw new Error(`${violations.length} axe violation(s):\n${formatViolations(violations)}`);
    }
  },
}));

export const screenshotTests: TestCase[] = [
  {
    name: 'screenshot: phone 390×844, open',
    run: async (t) => {
      const visit = await t.visit({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        hasTouch: true,
        isMobile: true,
      });
      await gotoPage(visit, t.url);
      await openWithKeyboard(visit.page);
      await visit.page.evaluate(() => window.scrollTo(0, 0));
      await visit.page.waitForTimeout(250);
      await visit.page.screenshot({ path: join(SCREENSHOTS, 'phone.png') });
      t.note('screenshot: tests/e2e/screenshots/phone.png');
      await askWithKeyboard(visit.page, Q.typed.text);
      await waitForEvent(visit.page, 'askwell:answer', 0);
      await visit.page.waitForTimeout(250);
      await visit.page.screenshot({ path: join(SCREENSHOTS, 'phone-answer.png') });
      t.note('screenshot: tests/e2e/screenshots/phone-answer.png');
    },
  },
  {
    name: 'screenshot: desktop 1280×800, closed (the demo page)',
    run: async (t) => {
      const visit = await t.visit();
      await gotoPage(visit, t.url);
      await visit.page.screenshot({ path: join(SCREENSHOTS, 'desktop-closed.png') });
      t.note('screenshot: tests/e2e/screenshots/desktop-closed.png');
    },
  },
];
