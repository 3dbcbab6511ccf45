/**
 * A visit: a fresh browser context and page with one init script (every widget event recorded,
 * the XSS sentinel armed, CSP violations collected), and what the page did on the network.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { faq, NAME_SHIM } from '../../../scripts/browser';

export interface WidgetEvent {
  type: string;
  /** The element it was dispatched on (`askwell-widget`), or `window`. */
  target: string;
  detail: unknown;
  at: number;
}

/** The events the widget documents; the recorder keeps any `askwell*` event, named or not. */
export const EVENT_TYPES = [
  'askwell:open',
  'askwell:close',
  'askwell:answer',
  'askwell:clarify',
  'askwell:handoff',
  'askwell:crisis',
  'askwell:feedback',
] as const;

/**
 * Runs before any page script: records every event whose type starts with `askwell`, whatever its
 * name and target (the widget dispatches on its host element); the XSS sentinel (`__pwned`, also
 * set by alert/confirm/prompt); and CSP violations.
 */
function recorder(): void {
  const w = window as unknown as {
    __askwellEvents: WidgetEvent[];
    __cspViolations: string[];
    __pwned?: unknown;
    __pwnedBy: string[];
  };
  w.__askwellEvents = [];
  w.__cspViolations = [];
  w.__pwnedBy = [];
  const trap = (name: string) =>
    function (this: unknown) {
      w.__pwned = 1;
      w.__pwnedBy.push(name);
    };
  window.alert = trap('alert');
  window.confirm = trap('confirm') as unknown as typeof window.confirm;
  window.prompt = trap('prompt') as unknown as typeof window.prompt;
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (typeof event?.type === 'string' && event.type.toLowerCase().startsWith('askwell')) {
      let detail: unknown = null;
      try {
        detail = JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null) ?? 'null');
      } catch {
        detail = String((event as CustomEvent).detail);
      }
      const el = this as Element;
      w.__askwellEvents.push({
        type: event.type,
        target: el?.tagName?.toLowerCase() ?? 'window',
        detail,
        at: performance.now(),
      });
    }
    return dispatch.call(this, event);
  };
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
  await context.addInitScript(recorder);
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

export async function pwned(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __pwnedBy: string[] };
    return w.__pwned === undefined ? [] : [`__pwned=${String(w.__pwned)}`, ...w.__pwnedBy];
  });
}

/** Replies (not open/close/feedback) recorded so far. */
export async function replyCount(page: Page): Promise<number> {
  return (await events(page)).filter((e) =>
    /^askwell:(answer|clarify|handoff|crisis)$/.test(e.type),
  ).length;
}
export async function waitForReplies(page: Page, count: number, timeout = 5000): Promise<void> {
  await poll(async () => (await replyCount(page)) >= count, timeout).catch(async () => {
    throw new Error(`expected ${count} replies, got ${await replyCount(page)}`);
  });
}
