/**
 * Plumbing for the hardening tests (hardening-*.ts): a server for the host pages in pages/ with
 * knowledge routes that misbehave on purpose, an init script with the XSS sentinel and a recorder
 * of every `askwell*` event, a scan of everything the widget rendered, and the privacy check each
 * journey ends with.
 */
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { type RouteHandler, startServer } from '../../demo/serve';
import { DIST, type Faq, faq, launcher, poll, ROOT, type Visit } from './harness';
import type { TestContext } from './runner';
import { PAYLOADS } from './xss-payloads';

export const PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
const BOOTSTRAP = join(ROOT, 'node_modules', 'bootstrap', 'dist');

/** A marker appended to answers served by a knowledge URL: seen means that file was used. */
export const SERVED = 'Served-knowledge marker 7Q2.';
export const SLOW_MS = 10_000;

// ─── Knowledge variants ───

const clone = (): Faq => structuredClone(faq());

/** The shipped knowledge with a marker on every answer: proves a knowledge URL is used. */
export function markedFaq(): Faq {
  const k = clone();
  for (const e of k.entries) e.answer = `${e.answer}\n\n${SERVED}`;
  return k;
}

/** Where each payload went in the XSS knowledge file, for the test to ask for it. */
export interface Placement {
  /** What to ask: an entry's own question, or a small-talk phrase. */
  ask: string;
  /** An entry id, or the small-talk id. */
  id: string;
  payloads: string[];
}

/**
 * The shipped knowledge with payloads in it: plain-text ones spread over the entries' answers
 * (4–5 per answer, each in its own paragraph after the marker), link ones (which an answer may not hold: the
 * validator would reject the whole file) in the "hello" small-talk reply, which is rendered by the
 * same mini-markdown; one payload also in the greeting.
 */
export function xssFaq(): { knowledge: Faq; placements: Placement[] } {
  const k = clone();
  const text = PAYLOADS.filter((p) => !p.link);
  const links = PAYLOADS.filter((p) => p.link);
  const placements: Placement[] = [];
  const entries = k.entries;
  text.forEach((p, i) => {
    const e = entries[i % entries.length] as Faq['entries'][number];
    e.answer = `${e.answer}\n\n${SERVED}\n\n${p.text}`;
    let place = placements.find((x) => x.id === e.id);
    if (!place) {
      place = { ask: e.question, id: e.id, payloads: [] };
      placements.push(place);
    }
    place.payloads.push(p.text);
  });
  const smallTalk = k.smallTalk as { id: string; patterns: string[]; reply: string }[];
  const hello = smallTalk.find((s) => s.id === 'hello');
  if (!hello) throw new Error('dist/faq.json has no "hello" small talk');
  hello.reply = `Hello! ${SERVED}\n\n${links.map((p) => p.text).join('\n\n')}`;
  placements.push({ ask: 'hello', id: 'hello', payloads: links.map((p) => p.text) });
  k.greeting = `${k.greeting as string} <img src=x onerror=top.__pwned=1> [x](javascript:top.__pwned=1)`;
  return { knowledge: k, placements };
}

// ─── The server ───

export interface PagesServer {
  url: string;
  /** Paths requested, in order (query strings kept). */
  hits: string[];
  close: () => Promise<void>;
}

const json = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(body);
};

/**
 * Serves tests/e2e/pages/ (first), the build under test and Bootstrap's dist (`/css/…`), plus:
 * `/knowledge.html?kb=URL` (pages/knowledge.html with `data-knowledge` set to URL) and the
 * knowledge routes `/kb/ok.json`, `/kb/404`, `/kb/500`, `/kb/invalid.json`, `/kb/schema.json`,
 * `/kb/unsafe-link.json`, `/kb/slow.json` (answers after SLOW_MS) and `/kb/xss.json`.
 */
export async function startPages(): Promise<PagesServer> {
  const hits: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const route: RouteHandler = async (req: IncomingMessage, res: ServerResponse) => {
    hits.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/knowledge.html') {
      const kb = url.searchParams.get('kb') ?? '';
      if (!/^\/kb\/[\w.-]+$/.test(kb)) return false;
      const html = await readFile(join(PAGES, 'knowledge.html'), 'utf8');
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(html.replace('__KNOWLEDGE__', kb));
      return true;
    }
    if (!url.pathname.startsWith('/kb/')) return false;
    switch (url.pathname) {
      case '/kb/ok.json':
        json(res, 200, JSON.stringify(markedFaq()));
        return true;
      case '/kb/404':
        json(res, 404, '{"error":"not found"}');
        return true;
      case '/kb/500':
        json(res, 500, '{"error":"server error"}');
        return true;
      case '/kb/invalid.json':
        json(res, 200, JSON.stringify(markedFaq()).slice(0, 400));
        return true;
      case '/kb/schema.json': {
        const k = markedFaq() as Record<string, unknown>;
        k.version = 2;
        (k.entries as Record<string, unknown>[])[0] = { id: 'Bad Id', question: '' };
        json(res, 200, JSON.stringify(k));
        return true;
      }
      case '/kb/unsafe-link.json': {
        const k = markedFaq();
        const first = k.entries[0] as Faq['entries'][number];
        first.answer += '\n\n[Read more](javascript:top.__pwned=1)';
        json(res, 200, JSON.stringify(k));
        return true;
      }
      case '/kb/slow.json': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!res.destroyed) json(res, 200, JSON.stringify(markedFaq()));
        }, SLOW_MS);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return true;
      }
      case '/kb/xss.json':
        json(res, 200, JSON.stringify(xssFaq().knowledge));
        return true;
      default:
        json(res, 404, '{}');
        return true;
    }
  };
  const server = await startServer({ port: 0, roots: [PAGES, DIST, BOOTSTRAP], routes: [route] });
  return {
    url: server.url,
    hits,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await server.close();
    },
  };
}

/** Runs `fn` with a pages server, closed afterwards. */
export async function withPages(fn: (server: PagesServer) => Promise<void>): Promise<void> {
  const server = await startPages();
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

// ─── In the page ───

interface Recorded {
  type: string;
  target: string;
  detail: string;
}

/**
 * Runs before any page script: the XSS sentinel (`__pwned`, also set by alert/confirm/prompt),
 * and a recorder of every event whose type starts with `askwell`, whatever its name, on whatever
 * target (the widget dispatches on its host element).
 */
function hardeningInit(): void {
  const w = window as unknown as {
    __pwned?: unknown;
    __pwnedBy: string[];
    __allEvents: Recorded[];
  };
  w.__pwnedBy = [];
  const trap = (name: string) =>
    function (this: unknown) {
      w.__pwned = 1;
      w.__pwnedBy.push(name);
    };
  window.alert = trap('alert');
  window.confirm = trap('confirm') as unknown as typeof window.confirm;
  window.prompt = trap('prompt') as unknown as typeof window.prompt;
  w.__allEvents = [];
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (typeof event?.type === 'string' && event.type.toLowerCase().startsWith('askwell')) {
      let detail: string;
      try {
        detail = JSON.stringify((event as CustomEvent).detail ?? null) ?? 'undefined';
      } catch {
        detail = String((event as CustomEvent).detail);
      }
      const el = this as Element;
      w.__allEvents.push({
        type: event.type,
        target: el?.tagName?.toLowerCase() ?? 'window',
        detail,
      });
    }
    return dispatch.call(this, event);
  };
}

/** A visit with the hardening init script; `url` is the pages server (for the origin check). */
export async function hardVisit(
  t: TestContext,
  url: string,
  options: BrowserContextOptions = {},
): Promise<Visit> {
  const v = await t.visit(options, url);
  await v.context.addInitScript(hardeningInit);
  return v;
}

export async function gotoPage(v: Visit, url: string): Promise<void> {
  await v.page.goto(url, { waitUntil: 'load' });
  await launcher(v.page).waitFor({ state: 'visible', timeout: 10_000 });
}

export async function pwned(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __pwnedBy: string[] };
    return w.__pwned === undefined ? [] : [`__pwned=${String(w.__pwned)}`, ...w.__pwnedBy];
  });
}

export async function allEvents(page: Page): Promise<Recorded[]> {
  return page.evaluate(() => (window as unknown as { __allEvents: Recorded[] }).__allEvents);
}

/** Replies (not open/close/feedback) recorded so far. */
export async function replyCount(page: Page): Promise<number> {
  return (await allEvents(page)).filter((e) =>
    /^askwell:(answer|clarify|handoff|crisis)$/.test(e.type),
  ).length;
}

export async function waitForReplies(page: Page, count: number, timeout = 5000): Promise<void> {
  await poll(async () => (await replyCount(page)) >= count, timeout).catch(async () => {
    throw new Error(`expected ${count} replies, got ${await replyCount(page)}`);
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

/** The widget's text, as shown (innerText of the log, whitespace collapsed). */
export async function widgetText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector('askwell-widget')?.shadowRoot;
    const log = root?.querySelector('[role="log"]') as HTMLElement | null;
    // biome-ignore lint/performance/useDomNodeTextContent: what is shown is the point
    return (log?.innerText ?? '').replace(/\s+/g, ' ').trim();
  });
}

// ─── Privacy ───

/** A string an event may carry: an id or an outcome word, nothing a visitor could have written. */
const ID_LIKE = /^[a-z0-9][a-z0-9:_-]{0,63}$/;

/**
 * The privacy checks every hardening journey ends with: no cookies, no localStorage keys, no
 * request to another origin, no network request but the configured knowledge URL, and no
 * visitor text (nor any free text) in any `askwell*` event detail.
 */
export async function expectPrivate(
  v: Visit,
  typed: readonly string[],
  { knowledge = [] as string[] } = {},
): Promise<{ events: number }> {
  const { page, context } = v;
  assert.deepEqual(await context.cookies(), [], 'cookies were set');
  const local = await page.evaluate(() => {
    try {
      return Object.keys(localStorage);
    } catch (e) {
      return [`(localStorage threw: ${String(e)})`];
    }
  });
  assert.deepEqual(local, [], 'localStorage keys');
  assert.deepEqual(v.foreignRequests, [], 'requests to other origins');
  const network = v.requests.filter((r) =>
    ['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'beacon', 'other'].includes(r.type),
  );
  const unexpected = network.filter((r) => !knowledge.some((k) => r.url.endsWith(k)));
  assert.deepEqual(unexpected, [], 'network requests other than the configured knowledge URL');
  const recorded = await allEvents(page);
  for (const e of recorded) {
    const strings: string[] = [];
    const walk = (x: unknown) => {
      if (typeof x === 'string') strings.push(x);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(JSON.parse(e.detail === 'undefined' ? 'null' : e.detail));
    const free = strings.filter((s) => !ID_LIKE.test(s));
    assert.deepEqual(free, [], `${e.type} carries free text: ${e.detail}`);
    for (const text of typed) {
      const t = text.trim().toLowerCase();
      if (t.length < 4 || ID_LIKE.test(t)) continue;
      assert.ok(!e.detail.toLowerCase().includes(t), `${e.type} carries visitor text: ${e.detail}`);
    }
  }
  return { events: recorded.length };
}
