/** The widget seen from outside: its parts, what it shows, and the questions the suite asks. */
import { strict as assert } from 'node:assert';
import type { Locator, Page } from 'playwright-core';
import { entry, plainText, squash } from '../../../scripts/browser';
import { poll, type Visit } from './visit';

/** Questions with a known reply in the shipped knowledge. */
export const Q = {
  typed: { text: 'Who prescribes the medication?', id: 'who-prescribes' },
  vague: 'medication',
  outOfScope: 'how much does it cost',
  crisis: 'I want to kill myself',
  weakerTier: "I'm so tired of everything, does meds help",
  personal:
    'My husband and I have been fighting every night since the baby came, and I feel so alone. What should I do?',
  crisisEs: 'ya no aguanto, me quiero morir',
} as const;

export const host = (page: Page): Locator => page.locator('askwell-widget');

/** The launcher: the widget's button with aria-expanded that is not inside the panel. */
export function launcher(page: Page): Locator {
  return host(page).locator('button[aria-expanded]:not([role="dialog"] *):not(dialog *)').first();
}

export const panel = (page: Page): Locator => host(page).getByRole('dialog');
export const log = (page: Page): Locator => host(page).getByRole('log');
export const composer = (page: Page): Locator => panel(page).getByRole('textbox').first();

export async function waitForLauncher(page: Page): Promise<void> {
  await launcher(page).waitFor({ state: 'visible', timeout: 10_000 });
}

/** Opens a page and waits for the launcher. */
export async function gotoPage(visit: Visit, url: string): Promise<void> {
  await visit.page.goto(url, { waitUntil: 'load' });
  await waitForLauncher(visit.page);
}

/** The accessible name Chromium computes for a locator (from its ARIA snapshot). */
export async function accessibleName(locator: Locator): Promise<string> {
  const snapshot = await locator.ariaSnapshot();
  const match = /^- \w+ "((?:[^"\\]|\\.)*)"/m.exec(snapshot);
  return match?.[1] ?? '';
}

/** The conversation's text as shown (Playwright's innerText, whitespace collapsed). */
export async function logText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is shown is the point
  return squash(await log(page).innerText());
}

/** Waits until the conversation shows the first ~60 characters of the entry's answer. */
export async function expectAnswerShown(page: Page, id: string): Promise<void> {
  const want = plainText(entry(id).answer).slice(0, 60);
  await poll(async () => (await logText(page)).includes(want), 5000).catch(async () => {
    throw new Error(
      `answer "${id}" not shown; expected "${want}…" in the log, got:\n${await logText(page)}`,
    );
  });
}

export interface Scan {
  /** Elements with an on* attribute, anywhere in the document or an open shadow root. */
  handlers: string[];
  /** script/iframe/img/… inside the widget (it renders none of these). */
  elements: string[];
  /** href/xlink:href values in the widget whose scheme is not https:, mailto:, tel: or sms:. */
  badHrefs: string[];
  /** src/srcdoc/action/formaction/data attributes inside the widget. */
  sources: string[];
  /** Every href in the widget (for notes). */
  hrefs: string[];
}

/** Everything the widget rendered, looked at element by element (through open shadow roots). */
export async function scanWidget(page: Page): Promise<Scan> {
  return page.evaluate(() => {
    const out = { handlers: [], elements: [], badHrefs: [], sources: [], hrefs: [] } as {
      handlers: string[];
      elements: string[];
      badHrefs: string[];
      sources: string[];
      hrefs: string[];
    };
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}> ${el.outerHTML.slice(0, 120)}`;
    const all = (root: Document | ShadowRoot, inWidget: boolean) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.name)) out.handlers.push(describe(el));
        }
        if (inWidget) {
          if (
            /^(script|iframe|frame|frameset|img|image|object|embed|video|audio|source|base|meta|link|style|math|foreignobject|animate|set|marquee)$/i.test(
              el.tagName,
            )
          ) {
            out.elements.push(describe(el));
          }
          for (const name of ['src', 'srcdoc', 'action', 'formaction', 'data', 'background']) {
            if (el.hasAttribute(name)) out.sources.push(`${name}: ${describe(el)}`);
          }
          for (const name of ['href', 'xlink:href']) {
            const value = el.getAttribute(name);
            if (value === null) continue;
            out.hrefs.push(value);
            let scheme = '(unparseable)';
            try {
              scheme = new URL(value, document.baseURI).protocol;
            } catch {}
            if (!['https:', 'mailto:', 'tel:', 'sms:'].includes(scheme)) {
              out.badHrefs.push(`${name}="${value}" (${scheme}) on ${describe(el)}`);
            }
          }
        }
        if (el.shadowRoot) all(el.shadowRoot, inWidget || el.tagName === 'ASKWELL-WIDGET');
      }
    };
    all(document, false);
    return out;
  });
}

export function assertClean(scan: Scan, when: string): void {
  assert.deepEqual(scan.handlers, [], `${when}: elements with on* attributes`);
  assert.deepEqual(scan.elements, [], `${when}: elements the widget never renders`);
  assert.deepEqual(scan.sources, [], `${when}: src/srcdoc/action attributes in the widget`);
  assert.deepEqual(scan.badHrefs, [], `${when}: hrefs other than https:, mailto:, tel:, sms:`);
}

/** The texts of the visitor's bubbles, in order (their textContent, exactly). */
export async function visitorTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('askwell-widget')?.shadowRoot;
    return [...(root?.querySelectorAll('[role="log"] .v p') ?? [])].map((p) => p.textContent ?? '');
  });
}
