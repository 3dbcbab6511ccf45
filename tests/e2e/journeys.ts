/**
 * Visitor journeys on the demo page, in real Chromium, by keyboard where a visitor would use one.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';
import {
  accessibleName,
  askWithKeyboard,
  composer,
  describe,
  entry,
  entryIdOf,
  events,
  expectAnswerShown,
  faq,
  focused,
  gotoPage,
  host,
  launcher,
  log,
  logText,
  openWithKeyboard,
  panel,
  poll,
  pressButton,
  Q,
  squash,
  tabTo,
  type Visit,
  waitForEvent,
} from './kit';
import type { TestCase } from './runner';

const CONTACT_EMAIL = 'mailto:hello@example.com';
const CONTACT_PHONE = 'tel:+15555550123';

/** The buttons inside the conversation, by visible text. */
async function logButtons(page: Page): Promise<string[]> {
  return (await log(page).getByRole('button').allInnerTexts()).map(squash);
}

/** The buttons of the newest message in the conversation. */
async function lastMessageButtons(page: Page): Promise<string[]> {
  const latest = log(page).locator(':scope > *').last();
  return (await latest.getByRole('button').allInnerTexts()).map(squash);
}

/** A keyboard user must not be dropped on <body> when the control they used goes away. */
async function expectFocusInPanel(page: Page, when: string): Promise<void> {
  await page.waitForTimeout(100);
  const f = await focused(page);
  assert.ok(f.inPanel, `focus ${when} is outside the panel: ${describe(f)}`);
}

/**
 * Where the newest reply starts relative to the visible part of the conversation: a visitor
 * should land on the first line of a new reply (the crisis card's title, the answer's opening),
 * not be scrolled past it to the end.
 */
async function newestReplyTop(page: Page): Promise<{ hidden: number; first: string }> {
  return log(page).evaluate((el) => {
    const last = el.lastElementChild as HTMLElement;
    let scroller: HTMLElement | null = last.parentElement;
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
      scroller = scroller.parentElement;
    }
    if (!scroller) return { hidden: 0, first: '' };
    const top = scroller.getBoundingClientRect().top;
    const box = last.getBoundingClientRect();
    const first = (last.querySelector('p, li') ?? last).textContent ?? '';
    return { hidden: Math.max(0, Math.round(top - box.top)), first: first.slice(0, 60) };
  });
}

async function hrefs(page: Page): Promise<string[]> {
  return log(page)
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

async function expectNoVisitorText(page: Page, typed: string): Promise<void> {
  for (const e of await events(page)) {
    assert.ok(
      !JSON.stringify(e.detail).toLowerCase().includes(typed.toLowerCase()),
      `${e.type} carries what the visitor typed: ${JSON.stringify(e.detail)}`,
    );
  }
}

async function openDemo(t: { visit: (o?: object) => Promise<Visit>; url: string }, options = {}) {
  const v = await t.visit(options);
  await gotoPage(v, t.url);
  return v;
}

export const journeys: TestCase[] = [
  {
    name: 'launcher: named, collapsed, at least 44×44, opens by keyboard, focus lands in the panel',
    run: async (t) => {
      const { page } = await openDemo(t);
      const button = launcher(page);
      const name = await accessibleName(button);
      assert.ok(name.length > 2, `launcher has no useful accessible name ("${name}")`);
      t.note(`launcher name: "${name}"`);
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      const box = await button.boundingBox();
      assert.ok(box, 'launcher has no box');
      assert.ok(box.width >= 44 && box.height >= 44, `launcher is ${box.width}×${box.height}`);
      assert.equal(await host(page).count(), 1, 'one <askwell-widget>');
      assert.ok(await host(page).evaluate((el) => el.parentElement === document.body));

      await openWithKeyboard(page);
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      const dialogName = await accessibleName(panel(page));
      assert.ok(dialogName.length > 0, 'the panel (dialog) has no accessible name');
      t.note(`panel name: "${dialogName}"`);
      assert.notEqual(await panel(page).getAttribute('aria-modal'), 'true', 'panel is non-modal');
      const f = await focused(page);
      assert.ok(f.inPanel, `focus after opening is outside the panel: ${f.tag} "${f.text}"`);
      t.note(
        `focus after open: ${f.tag} ${f.isComposer ? '(composer)' : `"${f.label ?? f.text}"`}`,
      );
      assert.ok(await log(page).count(), 'role="log" present before the first message');
      await waitForEvent(page, 'askwell:open', 0);
    },
  },
  {
    name: 'keyboard: suggested chip → answer with related chips and "Was this helpful?"',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      const questions = new Set(faq().entries.map((e) => squash(e.question)));
      const chip = await tabTo(
        page,
        (f) => f.inPanel && f.tag === 'button' && questions.has(f.text),
        'a suggested-question chip',
      );
      t.note(`chip: "${chip.text}"`);
      const before = (await events(page)).length;
      await page.keyboard.press('Enter');
      const answered = await waitForEvent(page, 'askwell:answer', before);
      const id = entryIdOf(answered);
      assert.ok(id, `askwell:answer names no entry: ${JSON.stringify(answered.detail)}`);
      assert.equal(squash(entry(id).question), chip.text, 'the chip answered its own question');
      await expectAnswerShown(page, id);
      assert.match(await logText(page), /Was this helpful\?/);
    },
  },
  {
    name: 'keyboard: typed question + Enter → answer with related chips',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.typed.text);
      const answered = await waitForEvent(page, 'askwell:answer', 0);
      assert.equal(entryIdOf(answered), Q.typed.id, JSON.stringify(answered.detail));
      await expectAnswerShown(page, Q.typed.id);
      const text = await logText(page);
      assert.ok(text.includes(Q.typed.text), 'the visitor message is shown');
      assert.match(text, /Was this helpful\?/);
      const buttons = await logButtons(page);
      for (const rel of entry(Q.typed.id).related ?? []) {
        const q = squash(entry(rel).question);
        assert.ok(
          buttons.includes(q),
          `related chip "${q}" missing; buttons: ${buttons.join(' | ')}`,
        );
      }
      // "Was this helpful?" → Yes emits feedback with an outcome and no visitor text.
      const before = (await events(page)).length;
      await pressButton(page, /^(yes|helpful)\b/i, 'the "Yes" feedback button');
      await waitForEvent(page, 'askwell:feedback', before);
      await expectNoVisitorText(page, Q.typed.text);
      assert.equal(
        (await composer(page).inputValue()).trim(),
        '',
        'composer is emptied after sending',
      );
    },
  },
  {
    name: 'keyboard: vague question → "Did you mean…" → chip → answer',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.vague);
      await waitForEvent(page, 'askwell:clarify', 0);
      assert.match(await logText(page), /Did you mean/i);
      const questions = new Set(faq().entries.map((e) => squash(e.question)));
      const latest = await lastMessageButtons(page);
      const offered = latest.filter((b) => questions.has(b));
      assert.ok(
        offered.length >= 2 && offered.length <= 3,
        `clarify offers ${offered.length} chips: ${latest.join(' | ')}`,
      );
      assert.ok(
        latest.some((b) => /none of these/i.test(b)),
        '"None of these" is offered',
      );
      // The last offered chip (the first may also be a suggested chip higher up).
      const pick = offered.at(-1) as string;
      const before = (await events(page)).length;
      await pressButton(page, pick, `the clarify chip "${pick}"`);
      const answered = await waitForEvent(page, 'askwell:answer', before);
      const id = entryIdOf(answered);
      assert.ok(id && squash(entry(id).question) === pick, `picked "${pick}", answered ${id}`);
      await expectAnswerShown(page, id);
      await expectFocusInPanel(page, 'after picking a clarify chip');
    },
  },
  {
    name: 'keyboard: "None of these" → handoff with the practice\'s contact routes',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.vague);
      await waitForEvent(page, 'askwell:clarify', 0);
      const before = (await events(page)).length;
      await pressButton(page, /none of these/i, '"None of these"');
      await waitForEvent(page, 'askwell:handoff', before);
      await expectFocusInPanel(page, 'after "None of these"');
      const links = await hrefs(page);
      assert.ok(
        links.includes(CONTACT_EMAIL),
        `no ${CONTACT_EMAIL} link; links: ${links.join(' ')}`,
      );
      assert.ok(
        links.includes(CONTACT_PHONE),
        `no ${CONTACT_PHONE} link; links: ${links.join(' ')}`,
      );
    },
  },
  {
    name: 'keyboard: out-of-scope ("how much does it cost") → handoff with contact links, no answer',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.outOfScope);
      await waitForEvent(page, 'askwell:handoff', 0);
      const seen = (await events(page)).map((e) => e.type);
      assert.ok(!seen.includes('askwell:answer'), `answered an out-of-scope question: ${seen}`);
      const links = await hrefs(page);
      assert.ok(
        links.includes(CONTACT_EMAIL),
        `no ${CONTACT_EMAIL} link; links: ${links.join(' ')}`,
      );
      assert.ok(
        links.includes(CONTACT_PHONE),
        `no ${CONTACT_PHONE} link; links: ${links.join(' ')}`,
      );
      assert.doesNotMatch(await logText(page), /Was this helpful\?/);
      await expectNoVisitorText(page, Q.outOfScope);
    },
  },
  {
    name: 'keyboard: crisis message → crisis card with tel:988, no answer, no form',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.crisis);
      await waitForEvent(page, 'askwell:crisis', 0);
      await page.waitForTimeout(300);
      const seen = (await events(page)).map((e) => e.type);
      for (const bad of ['askwell:answer', 'askwell:clarify', 'askwell:handoff']) {
        assert.ok(!seen.includes(bad), `crisis message also produced ${bad}`);
      }
      const links = await hrefs(page);
      assert.ok(
        links.includes('tel:988'),
        `no tel:988 link in the card; links: ${links.join(' ')}`,
      );
      assert.ok(
        links.some((h) => h.startsWith('sms:988')),
        'no sms:988 link',
      );
      assert.ok(links.includes('tel:911'), 'no tel:911 link');
      const text = await logText(page);
      assert.match(text, /can.t respond to emergencies/i);
      assert.doesNotMatch(text, /Was this helpful\?/);
      assert.equal(await log(page).getByRole('textbox').count(), 0, 'no form in the crisis card');
      assert.ok(
        !(await logButtons(page)).some((b) => /different question/i.test(b)),
        'a clear hit offers no "I have a different question"',
      );
      await expectNoVisitorText(page, Q.crisis);
    },
  },
  {
    name: 'crisis card opens at its first line (title and 911 in view), not scrolled past',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.crisis);
      await waitForEvent(page, 'askwell:crisis', 0);
      await page.waitForTimeout(300);
      const { hidden, first } = await newestReplyTop(page);
      assert.equal(
        hidden,
        0,
        `the card's first ${hidden} px ("${first}"…) are scrolled out of view`,
      );
      assert.ok(await log(page).getByRole('link', { name: /911/ }).first().isVisible());
    },
  },
  {
    name: 'a long answer opens at its first line, not scrolled to its end (1280×800)',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.typed.text);
      await waitForEvent(page, 'askwell:answer', 0);
      await page.waitForTimeout(300);
      const { hidden, first } = await newestReplyTop(page);
      assert.equal(
        hidden,
        0,
        `the answer's first ${hidden} px ("${first}"…) are scrolled out of view`,
      );
    },
  },
  {
    name: 'keyboard: weaker-tier risk words → card first, "I have a different question" → answer',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.weakerTier);
      await waitForEvent(page, 'askwell:crisis', 0);
      assert.ok((await hrefs(page)).includes('tel:988'), 'card with tel:988');
      const early = (await events(page)).map((e) => e.type);
      assert.ok(!early.includes('askwell:answer'), 'no answer before the visitor asks to continue');
      const before = (await events(page)).length;
      const textBefore = await logText(page);
      await pressButton(page, /different question/i, '"I have a different question"');
      // Continuing either answers the message past the screen or invites the next question.
      await poll(async () => (await logText(page)).length > textBefore.length, 3000).catch(() => {
        throw new Error('"I have a different question" added nothing to the conversation');
      });
      await page.waitForTimeout(200);
      const next = (await events(page)).slice(before);
      const added = squash((await log(page).locator(':scope > *').last().textContent()) ?? '');
      t.note(
        `continued with ${next.map((e) => `${e.type} ${JSON.stringify(e.detail)}`).join(', ') || 'no event'}: "${added.slice(0, 120)}"`,
      );
      assert.ok(!next.some((e) => e.type === 'askwell:crisis'), 'the crisis card came again');
      assert.equal(
        await log(page)
          .getByRole('button', { name: /different question/i })
          .count(),
        0,
        '"I have a different question" is still offered after use',
      );
      await expectFocusInPanel(page, 'after "I have a different question"');
      const mark = (await events(page)).length;
      await askWithKeyboard(page, Q.typed.text);
      const answered = await waitForEvent(page, 'askwell:answer', mark);
      assert.equal(entryIdOf(answered), Q.typed.id, 'the next question is answered normally');
    },
  },
  {
    name: 'keyboard: Escape closes the panel and focus returns to the launcher',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.typed.text);
      await waitForEvent(page, 'askwell:answer', 0);
      await page.keyboard.press('Escape');
      await panel(page).waitFor({ state: 'hidden' });
      const f = await focused(page);
      assert.ok(f.isLauncher, `focus after Escape: ${f.tag} "${f.label ?? f.text}"`);
      assert.equal(await launcher(page).getAttribute('aria-expanded'), 'false');
      await waitForEvent(page, 'askwell:close', 0);
      // And the header's close button does the same.
      await page.keyboard.press('Enter');
      await panel(page).waitFor({ state: 'visible' });
      await pressButton(page, /close|minimi[sz]e/i, 'the close button');
      await panel(page).waitFor({ state: 'hidden' });
      assert.ok((await focused(page)).isLauncher, 'focus returns to the launcher after close');
    },
  },
  {
    name: 'keyboard: Tab is never trapped in the open panel (forwards and backwards)',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await tabTo(page, (f) => !f.inWidget, 'anything outside the widget', { max: 40 });
      await tabTo(page, (f) => f.inPanel, 'the panel again', { max: 60 });
      await tabTo(page, (f) => !f.inWidget, 'outside the widget (Shift+Tab)', {
        max: 40,
        back: true,
      });
      assert.ok(await panel(page).isVisible(), 'a non-modal panel stays open when focus leaves');
    },
  },
  {
    name: 'composer: Enter sends, Shift+Enter adds a line, 16 px text',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await tabTo(page, (f) => f.isComposer, 'the composer');
      await page.keyboard.type('first line');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('second line');
      assert.equal(await composer(page).inputValue(), 'first line\nsecond line');
      assert.equal((await events(page)).filter((e) => e.type !== 'askwell:open').length, 0);
      const size = await composer(page).evaluate((el) => getComputedStyle(el).fontSize);
      assert.ok(Number.parseFloat(size) >= 16, `composer font-size is ${size}`);
    },
  },
  {
    name: 'persistence: a reload keeps the conversation; "clear" wipes it from screen and storage',
    run: async (t) => {
      const { page } = await openDemo(t);
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.typed.text);
      await waitForEvent(page, 'askwell:answer', 0);
      await expectAnswerShown(page, Q.typed.id);
      await page.reload({ waitUntil: 'load' });
      await launcher(page).waitFor({ state: 'visible' });
      if (!(await panel(page).isVisible())) await openWithKeyboard(page);
      await expectAnswerShown(page, Q.typed.id);
      assert.ok((await logText(page)).includes(Q.typed.text), 'visitor message survives a reload');
      const stored = () =>
        page.evaluate(() =>
          Object.keys(sessionStorage)
            .map((k) => `${k}=${sessionStorage.getItem(k)}`)
            .join('\n'),
        );
      assert.ok((await stored()).includes(Q.typed.text), 'the conversation is in sessionStorage');
      await pressButton(
        page,
        /clear|start over|new conversation/i,
        'the clear-conversation button',
      );
      const confirm = panel(page).getByRole('button', { name: /^(clear|yes|confirm)/i });
      if ((await logText(page)).includes(Q.typed.text) && (await confirm.count())) {
        t.note('clear asked for confirmation');
        await confirm.first().focus();
        await page.keyboard.press('Enter');
      }
      await poll(async () => !(await logText(page)).includes(Q.typed.text), 3000).catch(() => {
        throw new Error('the conversation is still shown after clear');
      });
      assert.ok(!(await stored()).includes(Q.typed.text), 'still in sessionStorage after clear');
      await page.reload({ waitUntil: 'load' });
      await launcher(page).waitFor({ state: 'visible' });
      if (!(await panel(page).isVisible())) await openWithKeyboard(page);
      assert.ok(!(await logText(page)).includes(Q.typed.text), 'cleared conversation came back');
    },
  },
  {
    name: 'privacy: no cookies, no localStorage, no other origins, no fetches across a journey',
    run: async (t) => {
      const v = await openDemo(t);
      const { page, context } = v;
      await openWithKeyboard(page);
      for (const q of [Q.typed.text, Q.vague, Q.outOfScope, Q.crisis]) {
        const before = (await events(page)).length;
        await askWithKeyboard(page, q);
        await poll(async () => (await events(page)).length > before, 5000);
      }
      await page.reload({ waitUntil: 'load' });
      await launcher(page).waitFor({ state: 'visible' });
      assert.deepEqual(await context.cookies(), [], 'cookies were set');
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'localStorage keys');
      assert.equal(await page.evaluate(() => document.cookie), '');
      assert.deepEqual(v.foreignRequests, [], 'requests to other origins');
      const fetches = v.requests.filter((r) => r.type === 'fetch' || r.type === 'xhr');
      assert.deepEqual(fetches, [], 'with the embedded knowledge the widget fetches nothing');
    },
  },
  {
    name: 'phone 320 px: nothing scrolls sideways, panel fits, launcher ≥ 44×44',
    run: async (t) => {
      const { page } = await openDemo(t, { viewport: { width: 320, height: 640 }, hasTouch: true });
      const overflow = () =>
        page.evaluate(() => ({
          doc: document.documentElement.scrollWidth,
          body: document.body.scrollWidth,
        }));
      assert.ok((await overflow()).doc <= 320, `closed: scrollWidth ${(await overflow()).doc}`);
      const box = await launcher(page).boundingBox();
      assert.ok(
        box && box.width >= 44 && box.height >= 44,
        `launcher ${box?.width}×${box?.height}`,
      );
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.typed.text);
      await waitForEvent(page, 'askwell:answer', 0);
      const o = await overflow();
      assert.ok(o.doc <= 320, `open: documentElement.scrollWidth = ${o.doc}`);
      const p = await panel(page).evaluate((el) => {
        const r = el.getBoundingClientRect();
        const wide: string[] = [];
        for (const node of el.querySelectorAll('*')) {
          // Only boxes a visitor could scroll (visually-hidden text clips on purpose).
          const scrolls = /auto|scroll/.test(getComputedStyle(node).overflowX);
          if (scrolls && node.scrollWidth > node.clientWidth + 1) {
            wide.push(
              `${node.tagName.toLowerCase()}.${node.className}: ${node.scrollWidth}>${node.clientWidth}`,
            );
          }
        }
        return { left: r.left, right: r.right, sw: el.scrollWidth, cw: el.clientWidth, wide };
      });
      assert.ok(p.left >= 0 && p.right <= 320, `panel spans ${p.left}..${p.right}`);
      assert.ok(p.sw <= p.cw, `panel scrolls sideways: ${p.sw} > ${p.cw}`);
      assert.deepEqual(p.wide, [], 'elements inside the panel scroll sideways');
      const input = await composer(page).boundingBox();
      assert.ok(input && input.y + input.height <= 640, 'composer is on screen');
    },
  },
  {
    name: 'reduced motion: nothing animates when opening and answering',
    run: async (t) => {
      const { page } = await openDemo(t, { reducedMotion: 'reduce' });
      const running = () =>
        page.evaluate(() => {
          const root = document.querySelector('askwell-widget')?.shadowRoot;
          return (root?.getAnimations() ?? [])
            .filter((a) => {
              const timing = a.effect?.getComputedTiming();
              return Number(timing?.activeDuration ?? 0) > 20;
            })
            .map(
              (a) => (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty,
            );
        });
      await openWithKeyboard(page);
      const opening = await running();
      await askWithKeyboard(page, Q.typed.text);
      await waitForEvent(page, 'askwell:answer', 0);
      const answering = await running();
      assert.deepEqual([...opening, ...answering], [], 'animations ran under reduced motion');
    },
  },
  {
    name: 'embedding: the script twice mounts one widget; destroy() removes it',
    run: async (t) => {
      const { page } = await openDemo(t);
      await page.addScriptTag({ url: '/askwell.js' });
      await page.waitForTimeout(200);
      assert.equal(await host(page).count(), 1, 'two <askwell-widget> elements');
      await page.evaluate(() =>
        (window as unknown as { Askwell: { destroy(): void } }).Askwell.destroy(),
      );
      assert.equal(await host(page).count(), 0, 'destroy() left the host element');
    },
  },
  {
    name: 'strict CSP (no unsafe-inline, Trusted Types): renders and answers with zero violations',
    run: async (t) => {
      const v = await t.visit({}, t.urls.csp);
      await gotoPage(v, t.urls.csp as string);
      const { page } = v;
      await openWithKeyboard(page);
      await askWithKeyboard(page, Q.typed.text);
      await waitForEvent(page, 'askwell:answer', 0);
      await expectAnswerShown(page, Q.typed.id);
      const styled = await panel(page).evaluate((el) => getComputedStyle(el).position);
      assert.notEqual(styled, 'static', 'the panel is unstyled (stylesheet blocked?)');
      assert.deepEqual(await cspViolationsOf(page), [], 'securitypolicyviolation events');
    },
  },
];

async function cspViolationsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}
