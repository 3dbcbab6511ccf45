import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Locator,
  Page,
} from 'playwright-core';

export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DIST,
  entry,
  type Faq,
  type FaqEntry,
  faq,
  launchChromium,
  NAME_SHIM,
  plainText,
  ROOT,
  squash,
} from '../../scripts/browser';

import { faq, NAME_SHIM, squash } from '../../scripts/browser';

export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

// ─── Pages ───

export interface WidgetEvent {
  type: string;
  detail: unknown;
  at: number;
}

export const EVENT_TYPES = [
  'askwell:open',
  'askwell:close',
  'askwell:answer',
  'askwell:clarify',
  'askwell:handoff',
  'askwell:crisis',
  'askwell:feedback',
] as const;

/** Runs before any page script: records widget events and CSP violations. */
function recorder(types: readonly string[]): void {
  const w = window as unknown as {
    __askwellEvents: { type: string; detail: unknown; at: number }[];
    __cspViolations: string[];
  };
  w.__askwellEvents = [];
  w.__cspViolations = [];
  // A capture listener on window sees events dispatched on the host even if they do not bubble.
  for (const type of types) {
    window.addEventListener(
      type,
      (event) => {
        let detail: unknown = null;
        try {
          detail = JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null));
        } catch {
          detail = String((event as CustomEvent).detail);
        }
        w.__askwellEvents.push({ type, detail, at: performance.now() });
      },
      true,
    );
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(
      `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
    );
  });
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** Requests the page made to an origin other than the demo server. */
  foreignRequests: string[];
  /** All request URLs, in order. */
  requests: { url: string; type: string }[];
  pageErrors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
}

export async function newVisit(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  context.setDefaultTimeout(8000);
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(recorder, [...EVENT_TYPES]);
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const visit: Visit = {
    context,
    page,
    foreignRequests: [],
    requests: [],
    pageErrors: [],
    consoleErrors: [],
    consoleWarnings: [],
  };
  page.on('request', (request) => {
    const url = request.url();
    visit.requests.push({ url, type: request.resourceType() });
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      visit.foreignRequests.push(url);
    }
  });
  page.on('pageerror', (error) => visit.pageErrors.push(String(error.stack ?? error)));
  page.on('console', (message) => {
    if (message.type() === 'error') visit.consoleErrors.push(message.text());
    if (message.type() === 'warning') visit.consoleWarnings.push(message.text());
  });
  return visit;
}

// ─── The widget, seen from outside ───

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

export async function gotoDemo(visit: Visit, url: string): Promise<void> {
  await visit.page.goto(url, { waitUntil: 'load' });
  await waitForLauncher(visit.page);
}

/** The accessible name Chromium computes for a locator (from its ARIA snapshot). */
export async function accessibleName(locator: Locator): Promise<string> {
  const snapshot = await locator.ariaSnapshot();
  const match = /^- \w+ "((?:[^"\\]|\\.)*)"/m.exec(snapshot);
  return match?.[1] ?? '';
}

export async function events(page: Page): Promise<WidgetEvent[]> {
  return page.evaluate(
    () => (window as unknown as { __askwellEvents: WidgetEvent[] }).__askwellEvents,
  );
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Waits for the next widget event of `type` after `since` events had been seen. */
export async function waitForEvent(
  page: Page,
  type: string,
  since: number,
  timeout = 5000,
): Promise<WidgetEvent> {
  let seen: WidgetEvent[] = [];
  const found = await poll(async () => {
    seen = await events(page);
    return seen.slice(since).find((e) => e.type === type);
  }, timeout).catch(() => undefined);
  if (!found) {
    const got = seen.slice(since).map((e) => `${e.type} ${JSON.stringify(e.detail)}`);
    throw new Error(`expected a ${type} event; got ${got.length ? got.join(', ') : 'none'}`);
  }
  return found;
}

/** Which entry an event is about: the first string in its detail that names a knowledge entry. */
export function entryIdOf(event: WidgetEvent): string | undefined {
  const ids = new Set(faq().entries.map((e) => e.id));
  const walk = (value: unknown): string | undefined => {
    if (typeof value === 'string') return ids.has(value) ? value : undefined;
    if (Array.isArray(value)) {
      for (const v of value) {
        const hit = walk(v);
        if (hit) return hit;
      }
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) {
        const hit = walk(v);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  return walk(event.detail);
}

export async function poll<T>(
  fn: () => Promise<T | undefined | false>,
  timeout = 5000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ─── The keyboard ───

export interface Focused {
  tag: string;
  role: string | null;
  text: string;
  label: string | null;
  href: string | null;
  expanded: string | null;
  inWidget: boolean;
  inPanel: boolean;
  isLauncher: boolean;
  isComposer: boolean;
}

/** What has focus, looking through open shadow roots. */
export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const widget = document.querySelector('askwell-widget');
    const root = widget?.shadowRoot ?? null;
    const inWidget = !!el && !!root && (el === widget || el.getRootNode() === root);
    const dialog = root?.querySelector('[role="dialog"], dialog') ?? null;
    const inPanel = inWidget && !!dialog && !!el && (dialog === el || dialog.contains(el));
    const tag = el?.tagName.toLowerCase() ?? 'none';
    return {
      tag,
      role: el?.getAttribute('role') ?? null,
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      label: el?.getAttribute('aria-label') ?? null,
      href: el?.getAttribute('href') ?? null,
      expanded: el?.getAttribute('aria-expanded') ?? null,
      inWidget,
      inPanel,
      isLauncher:
        inWidget && !inPanel && tag === 'button' && el?.hasAttribute('aria-expanded') === true,
      isComposer: inPanel && (tag === 'textarea' || el?.getAttribute('role') === 'textbox'),
    };
  });
}

export const describe = (f: Focused): string =>
  `${f.tag}${f.role ? `[role=${f.role}]` : ''} "${f.label ?? f.text}"${f.inPanel ? ' (panel)' : f.inWidget ? ' (widget)' : ''}`;

/** Presses Tab (or Shift+Tab) until `want` holds for the focused element; throws with the path. */
export async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  what: string,
  { max = 60, back = false } = {},
): Promise<Focused> {
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (want(f)) return f;
    trail.push(describe(f));
  }
  throw new Error(
    `Tab never reached ${what} in ${max} presses. Path:\n    ${trail.join('\n    ')}`,
  );
}

/** Keyboard: Tab to the launcher from wherever focus is, press Enter, wait for the panel. */
export async function openWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, (f) => f.isLauncher, 'the launcher');
  await page.keyboard.press('Enter');
  await panel(page).waitFor({ state: 'visible' });
}

/** Keyboard: get to the composer, type, press Enter. */
export async function askWithKeyboard(page: Page, text: string): Promise<void> {
  if (!(await focused(page)).isComposer) {
    await tabTo(page, (f) => f.isComposer, 'the composer');
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Keyboard: Tab to a button in the panel whose text or name matches, press Enter. */
export async function pressButton(page: Page, name: RegExp | string, what?: string): Promise<void> {
  const matches = (f: Focused) =>
    f.inPanel &&
    (f.tag === 'button' || f.role === 'button') &&
    (typeof name === 'string'
      ? squash(f.label ?? f.text) === name || squash(f.text) === name
      : name.test(f.label ?? '') || name.test(f.text));
  if (!matches(await focused(page))) {
    await tabTo(page, matches, what ?? `the button ${String(name)}`);
  }
  await page.keyboard.press('Enter');
}

// ─── axe-core ───

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    interface AxeNode {
      target: unknown;
      html: string;
      failureSummary?: string;
    }
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        helpUrl: string;
        nodes: AxeNode[];
      }[];
    }
    const axe = (
      window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: JSON.stringify(n.target),
        html: String(n.html).slice(0, 300),
        summary: String(n.failureSummary ?? ''),
      })),
    }));
  }, AXE_TAGS);
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n` +
        v.nodes
          .map(
            (n) =>
              `    - ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`,
          )
          .join('\n'),
    )
    .join('\n');
}
