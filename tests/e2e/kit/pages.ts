/**
 * The host pages the browser suite puts the widget on, all made from one template, and the server
 * for them: the pages, their stylesheets, the build under test, and knowledge routes that
 * misbehave on purpose (404, 500, invalid, slow, XSS payloads).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RouteHandler, startServer } from '../../../demo/serve';
import { DIST, type Faq, faq, ROOT } from '../../../scripts/browser';
import { PAYLOADS } from '../xss-payloads';

const STYLES = fileURLToPath(new URL('../pages/', import.meta.url));
const BOOTSTRAP = join(ROOT, 'node_modules', 'bootstrap', 'dist');

interface HostPage {
  title: string;
  lang?: string;
  dir?: 'rtl';
  /** More of <head>: a stylesheet, an early script. */
  head?: string;
  bodyAttributes?: string;
  body: string;
  /** false: the page adds the widget itself (or not at all). */
  widget?: false;
}

/** The script tag a practice pastes, with the options the suite expects. */
const WIDGET: Readonly<Record<string, string>> = {
  'data-practice-name': 'Riverside Counseling &amp; Psychiatry',
  'data-contact-email': 'hello@example.com',
  'data-contact-phone': '+15555550123',
};

function hostPage(page: HostPage, options: Record<string, string> = {}): string {
  const attributes = Object.entries({ ...options, ...WIDGET })
    .map(([name, value]) => `\n      ${name}="${value}"`)
    .join('');
  const widget =
    page.widget === false
      ? ''
      : `    <script\n      src="/askwell.js"\n      async${attributes}\n    ></script>\n`;
  return `<!doctype html>
<html${page.dir ? ` dir="${page.dir}"` : ''} lang="${page.lang ?? 'en'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${page.title} · Askwell hardening</title>
${page.head ?? ''}  </head>
  <body${page.bodyAttributes ? ` ${page.bodyAttributes}` : ''}>
${page.body}${widget}  </body>
</html>
`;
}

/** The pages by path: what each one does to the widget is in its body. */
const HOST_PAGES: Readonly<Record<string, HostPage>> = {
  'plain.html': {
    title: 'Plain page',
    body: `    <h1>A plain page with the widget</h1>
    <p><a href="#top">A link before the widget</a></p>
`,
  },
  'bare.html': {
    title: 'A page without the widget',
    body: `    <h1>A single-page app shell</h1>
    <p>The tests add the widget here with a script tag or <code>mount()</code>, then remove it.</p>
    <div id="app"><a href="#one">Route one</a> · <a href="#two">Route two</a></div>
`,
    widget: false,
  },
  'twice.html': {
    title: 'Script included twice',
    head: `    <!-- A theme's header include and a plugin both add the widget: one in <head>, deferred… -->
    <script src="/askwell.js" defer data-practice-name="First Copy Practice"></script>
`,
    body: `    <h1>The widget's script is included twice</h1>
    <p>Once deferred in the head, once async at the end of the body, with different options.</p>
    <!-- …and one at the end of <body>, async: whichever runs first mounts; the other must not. -->
    <script src="/askwell.js" async data-practice-name="Second Copy Practice"></script>
`,
    widget: false,
  },
  'knowledge.html': {
    title: 'Knowledge URL',
    body: `    <h1>A page whose widget loads its knowledge from a URL</h1>
    <p>The server fills in <code>data-knowledge</code> from the query string.</p>
`,
  },
  'bootstrap.html': {
    title: 'Bootstrap 5 page',
    head: `    <link rel="stylesheet" href="/css/bootstrap.min.css" />
`,
    bodyAttributes: 'class="bg-body-tertiary" style="padding-top: 72px"',
    body: `    <nav class="navbar navbar-expand-lg navbar-dark bg-dark fixed-top">
      <div class="container">
        <a class="navbar-brand" href="#top">Lakeside Therapy</a>
        <ul class="navbar-nav ms-auto">
          <li class="nav-item"><a class="nav-link active" href="#top" aria-current="page">Home</a></li>
          <li class="nav-item"><a class="nav-link" href="#services">Services</a></li>
          <li class="nav-item"><a class="nav-link" href="#contact">Contact</a></li>
        </ul>
      </div>
    </nav>
    <main class="container">
      <div class="p-5 mb-4 bg-white rounded-3 shadow-sm">
        <h1 class="display-5 fw-bold">A page built with Bootstrap 5</h1>
        <p class="col-md-8 fs-4">
          Bootstrap's reboot, typography, buttons, cards and utilities are all loaded; the widget
          must look the same as on a plain page.
        </p>
        <button class="btn btn-primary btn-lg" type="button">Book a consultation</button>
      </div>
      <div class="row align-items-md-stretch" id="services">
        <div class="col-md-6">
          <div class="card h-100"><div class="card-body">
            <h2 class="card-title h4">Individual therapy</h2>
            <p class="card-text">CBT, DBT skills and talk therapy.</p>
            <a href="#services" class="btn btn-outline-secondary">More about this service</a>
          </div></div>
        </div>
        <div class="col-md-6">
          <div class="card h-100"><div class="card-body">
            <h2 class="card-title h4">Medication management</h2>
            <p class="card-text">Evaluations and follow-ups.</p>
            <a href="#services" class="btn btn-outline-secondary">More about this service</a>
          </div></div>
        </div>
      </div>
      <form class="row g-3 my-4" id="contact">
        <div class="col-md-6">
          <label class="form-label" for="email">Email</label>
          <input class="form-control" id="email" type="email" />
        </div>
        <div class="col-12"><button class="btn btn-success" type="button">Subscribe</button></div>
      </form>
    </main>
`,
  },
  'hostile-css.html': {
    title: 'Hostile CSS',
    head: `    <link rel="stylesheet" href="/hostile-css.css" />
`,
    body: `    <header class="masthead"><strong>Sunny Side Wellness</strong>&nbsp;· a page with hostile CSS</header>
    <main>
      <h1>Hostile host page</h1>
      <p>
        Everything here is reverted, red, letter-spaced by 9px, serif; every button on the page is
        hidden; the root font size is 8px; a header sits at the maximum z-index; a cookie banner
        covers the bottom of the viewport.
      </p>
      <p><button type="button">A page button (hidden by the page's own rule)</button></p>
      <p>
        Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero.
        Sed cursus ante dapibus diam. Sed nisi. Nulla quis sem at nibh elementum imperdiet.
      </p>
    </main>
    <section class="cookie" aria-label="Cookie consent">
      <p>We use cookies to improve your experience. <a href="#accept">Accept all</a><a href="#settings">Settings</a></p>
    </section>
`,
  },
  'hostile-host.html': {
    title: 'Rules on every body child',
    head: `    <link rel="stylesheet" href="/hostile-host.css" />
`,
    body: `    <main>
      <h1>Every child of body is lifted above a background</h1>
      <p>
        <code>body &gt; * { position: relative; z-index: 1 }</code> also reaches the widget's host
        element; a cookie banner at <code>z-index: 1000</code> covers the bottom of the page.
      </p>
    </main>
    <section class="cookie" aria-label="Cookie consent">
      <p>We use cookies. <a href="#accept">Accept all</a> · <a href="#settings">Settings</a></p>
    </section>
`,
  },
  'rtl.html': {
    title: 'عيادة النهر للإرشاد',
    lang: 'ar',
    dir: 'rtl',
    head: `    <link rel="stylesheet" href="/rtl.css" />
`,
    body: `    <header>
      <strong>عيادة النهر للإرشاد والطب النفسي</strong>
      <nav><a href="#services">خدماتنا</a><a href="#contact">اتصل بنا</a></nav>
    </header>
    <main>
      <h1>لماذا يكون الدواء النفسي أفضل مع العلاج بالكلام؟</h1>
      <p>
        عندما يتعلق الأمر بعلاج حالات الصحة النفسية، فإن الخيارات الرئيسية هي العلاج النفسي
        المتخصص أو تناول الدواء. كثير من الناس يتساءلون أيهما يجربون، لكن الجمع بين الاثنين غالباً
        ما يؤدي إلى نتائج أفضل.
      </p>
      <p>هذه صفحة من اليمين إلى اليسار: يجب أن تعمل الأداة وتبدو كما في الصفحة العادية.</p>
    </main>
`,
  },
};

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
 * Serves the host pages below (`/plain.html`, …; `?kb=URL` sets the widget's `data-knowledge`),
 * their stylesheets in pages/, the build under test and Bootstrap's dist (`/css/…`), plus the
 * knowledge routes `/kb/ok.json`, `/kb/404`, `/kb/500`, `/kb/invalid.json`, `/kb/schema.json`,
 * `/kb/unsafe-link.json`, `/kb/slow.json` (answers after SLOW_MS) and `/kb/xss.json`.
 */
export async function startPages(): Promise<PagesServer> {
  const hits: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const route: RouteHandler = async (req: IncomingMessage, res: ServerResponse) => {
    hits.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = HOST_PAGES[url.pathname.slice(1)];
    if (page) {
      const kb = url.searchParams.get('kb');
      if (kb !== null && !/^\/kb\/[\w.-]+$/.test(kb)) return false;
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(hostPage(page, kb === null ? {} : { 'data-knowledge': kb }));
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
  const server = await startServer({ port: 0, roots: [STYLES, DIST, BOOTSTRAP], routes: [route] });
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
