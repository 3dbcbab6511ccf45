/**
 * Hostile host pages (tests/e2e/pages/): aggressive global CSS, Bootstrap 5, right-to-left. On
 * each, the launcher is really hit by a click at its centre, the panel opens, a typed question
 * is answered, and the computed styles of the widget's key parts equal those on the plain demo
 * page. Each leaves a screenshot in tests/e2e/screenshots/ for a person to look at.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

import {
  composer,
  expectAnswerShown,
  expectPrivate,
  gotoPage,
  launcher,
  log,
  panel,
  Q,
  SCREENSHOTS,
  type Visit,
  waitForEvent,
  withPages,
} from './kit';
import type { TestCase, TestContext } from './runner';

/** What a visitor sees of the widget, as numbers and computed values. */
export interface Looks {
  launcher: Record<string, string | number>;
  panel: Record<string, string | number>;
  title: Record<string, string | number>;
  composer: Record<string, string | number>;
  send: Record<string, string | number>;
  answer: Record<string, string | number>;
  chip: Record<string, string | number>;
}

/** Computed styles and boxes of the key parts; the panel must be open with an answer shown. */
async function looks(page: Page): Promise<Looks> {
  return page.evaluate(() => {
    const root = document.querySelector('askwell-widget')?.shadowRoot;
    if (!root) throw new Error('no widget');
    const q = (selector: string) => {
      const el = root.querySelector(selector);
      if (!el) throw new Error(`no ${selector} in the widget`);
      return el as HTMLElement;
    };
    const text = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        color: s.color,
        fontFamily: s.fontFamily,
        fontSize: s.fontSize,
        fontWeight: s.fontWeight,
        letterSpacing: s.letterSpacing,
        lineHeight: s.lineHeight,
        wordSpacing: s.wordSpacing,
        textTransform: s.textTransform,
        direction: s.direction,
        textAlign: s.textAlign,
      };
    };
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return {
        width: Math.round(r.width),
        height: Math.round(r.height),
        right: Math.round(innerWidth - r.right),
        bottom: Math.round(innerHeight - r.bottom),
        display: s.display,
        visibility: s.visibility,
        opacity: s.opacity,
        background: s.backgroundColor,
        borderRadius: s.borderRadius,
      };
    };
    const dialog = q('[role="dialog"]');
    const bot = [...root.querySelectorAll('[role="log"] .m:not(.v)')].at(-1);
    const answer = bot?.querySelector('p');
    if (!answer) throw new Error('no answer paragraph');
    return {
      launcher: box(q('button[aria-expanded]')),
      panel: { ...box(dialog), ...text(dialog) },
      title: text(q('#aw-title')),
      composer: { ...box(q('textarea')), ...text(q('textarea')) },
      send: { ...box(q('button[type="submit"]')), ...text(q('button[type="submit"]')) },
      answer: text(answer),
      chip: (({ width, height, display, background, borderRadius }) => ({
        width,
        height,
        display,
        background,
        borderRadius,
        ...text(q('[role="log"] button')),
      }))(box(q('[role="log"] button'))),
    };
  });
}

/**
 * Is the launcher (then the composer and the close button) what a click at its centre hits?
 * Looks through the shadow root: the document sees the host element there, the shadow root the
 * button (or its icon).
 */
async function hitTest(page: Page, what: 'launcher' | 'composer' | 'close'): Promise<string> {
  return page.evaluate((what) => {
    const host = document.querySelector('askwell-widget');
    const root = host?.shadowRoot;
    if (!host || !root) return 'no widget';
    const target =
      what === 'launcher'
        ? root.querySelector('button[aria-expanded]')
        : what === 'composer'
          ? root.querySelector('textarea')
          : [...root.querySelectorAll('[role="dialog"] button[aria-label]')].at(-1);
    if (!target) return `no ${what}`;
    const r = target.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + r.width / 2 - 8, r.top + r.height / 2 - 8],
      [r.left + r.width / 2 + 8, r.top + r.height / 2 + 8],
    ];
    for (const [x, y] of points as [number, number][]) {
      const outer = document.elementFromPoint(x, y);
      if (outer !== host) {
        return `${what} at (${Math.round(x)}, ${Math.round(y)}) is covered by <${outer?.tagName.toLowerCase()} class="${outer?.className}">`;
      }
      const inner = root.elementFromPoint(x, y);
      if (!inner || !(inner === target || target.contains(inner))) {
        return `${what} at (${Math.round(x)}, ${Math.round(y)}) hits <${inner?.tagName.toLowerCase()}> inside the widget`;
      }
    }
    return 'ok';
  }, what);
}

/** Opens the panel with a real click, asks by typing, waits for the answer. */
async function useWidget(page: Page): Promise<void> {
  assert.equal(await hitTest(page, 'launcher'), 'ok');
  // Playwright's own check that the click lands on the element (no force).
  await launcher(page).click({ timeout: 3000 });
  await panel(page).waitFor({ state: 'visible' });
  assert.equal(await hitTest(page, 'composer'), 'ok');
  assert.equal(await hitTest(page, 'close'), 'ok');
  await composer(page).click();
  await page.keyboard.type(Q.typed.text);
  await page.keyboard.press('Enter');
  await waitForEvent(page, 'askwell:answer', 0);
  await expectAnswerShown(page, Q.typed.id);
  await page.waitForTimeout(250); // the panel's opening animation, for the screenshot
}

let baseline: Promise<Looks> | undefined;

/** The same measurements on the plain demo page, once per run. */
function demoLooks(t: TestContext): Promise<Looks> {
  baseline ??= (async () => {
    const v = await t.visit();
    await gotoPage(v, t.url);
    await useWidget(v.page);
    await v.page.screenshot({ path: join(SCREENSHOTS, 'hostile-baseline-demo.png') });
    return looks(v.page);
  })();
  baseline.catch(() => {
    baseline = undefined;
  });
  return baseline;
}

function diff(want: Looks, got: Looks): string[] {
  const out: string[] = [];
  for (const part of Object.keys(want) as (keyof Looks)[]) {
    for (const [key, value] of Object.entries(want[part])) {
      const actual = got[part][key];
      if (actual !== value) out.push(`${part}.${key}: demo ${value}, here ${actual}`);
    }
  }
  return out;
}

function hostilePage(
  name: string,
  file: string,
  screenshot: string,
  more?: (v: Visit, t: TestContext) => Promise<void>,
): TestCase {
  return {
    name: `hostile page: ${name}: launcher hit, answers, looks the same as on the demo`,
    timeout: 20_000,
    run: async (t) => {
      const want = await demoLooks(t);
      await withPages(async (server) => {
        const v = await t.visit({}, server.url);
        const { page } = v;
        await gotoPage(v, new URL(file, server.url).href);
        await useWidget(page);
        await page.screenshot({ path: join(SCREENSHOTS, screenshot) });
        t.note(`screenshot: tests/e2e/screenshots/${screenshot}`);
        const got = await looks(page);
        assert.equal(got.composer.fontSize, '16px', 'composer font-size');
        assert.equal(got.answer.letterSpacing, 'normal', 'answer letter-spacing');
        assert.equal(got.composer.letterSpacing, 'normal', 'composer letter-spacing');
        assert.deepEqual(diff(want, got), [], 'the widget differs from the plain demo page');
        assert.ok(((await log(page).textContent()) ?? '').length > 0);
        if (more) await more(v, t);
        await expectPrivate(v, [Q.typed.text]);
      });
    },
  };
}

export const hostilePageTests: TestCase[] = [
  hostilePage(
    'aggressive global CSS (all: revert, !important red/9px/serif, button{display:none}, 8px root, max z-index header, cookie banner)',
    'hostile-css.html',
    'hostile-css.png',
    async (v, t) => {
      // Consent tools put their banners at 2147483645 (OneTrust) or even at the maximum; the
      // widget's default is the maximum and it is added last, so its launcher stays on top.
      for (const z of ['2147483645', '2147483647']) {
        const covered = await v.page.evaluate((zIndex) => {
          const banner = document.querySelector('.cookie') as HTMLElement;
          banner.style.zIndex = zIndex;
          const host = document.querySelector('askwell-widget');
          const r = host?.shadowRoot
            ?.querySelector('button[aria-expanded]')
            ?.getBoundingClientRect();
          if (!r) return 'no launcher';
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          banner.style.zIndex = '';
          return hit === host ? 'launcher on top' : `launcher covered by .${hit?.className}`;
        }, z);
        assert.equal(covered, 'launcher on top', `a cookie banner at z-index ${z}`);
        t.note(`with a z-index ${z} cookie banner: ${covered}`);
      }
    },
  ),
  hostilePage('Bootstrap 5 (npm bootstrap, dist CSS)', 'bootstrap.html', 'hostile-bootstrap.png'),
  hostilePage('right-to-left (<html dir="rtl" lang="ar">)', 'rtl.html', 'hostile-rtl.png'),
  hostilePage(
    'rules on every body child (body > * { position: relative; z-index: 1 }) and a z-index 1000 cookie banner',
    'hostile-host.html',
    'hostile-host.png',
  ),
];
