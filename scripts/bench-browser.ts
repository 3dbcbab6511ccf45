/**
 * Browser timings for the widget, measured in Debian's Chromium on the demo page, one fresh page
 * per run (median of 15 by default):
 *
 * - start → launcher visible: from the widget script's execution start (the widget's own
 *   `askwell:start` performance mark when present, else the script's resource `responseEnd`,
 *   which also counts parse and compile) to the first animation frame with the launcher laid out.
 * - question → answer painted: from the Enter keydown in the composer to the animation frame
 *   after the answer's text is in the conversation.
 *
 * Run: `tsx scripts/bench-browser.ts [runs]` (builds nothing: run `npm run build` first).
 * Or: `import { benchBrowser, formatBrowserBench } from './bench-browser'`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../demo/serve';
import { DIST, entry, launchChromium, NAME_SHIM, plainText } from './browser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A question the shipped knowledge answers outright (the e2e suite checks it), and its entry. */
const QUESTION = 'Who prescribes the medication?';
const ANSWER_ID = 'who-prescribes';

export interface Stats {
  runs: number;
  median: number;
  p90: number;
  min: number;
  max: number;
}

export interface BrowserBench {
  chromium: string;
  /** Which start point the launcher timing used. */
  startSource: string;
  launcherVisible: Stats;
  /** Same start → the <askwell-widget> element is in the document (part of the above). */
  mounted: Stats;
  /** Script downloaded (resource responseEnd) → launcher visible: adds queueing, parse, compile. */
  fromResponseEnd: Stats;
  answerPainted: Stats;
  /** Size of dist/askwell.js on disk, and gzipped (-9). */
  scriptBytes: number;
  gzipBytes: number;
}

export interface BenchOptions {
  runs?: number;
  /** Demo page URL; default: start the demo server on an ephemeral port. */
  url?: string;
  browser?: Browser;
}

/** Median, p90 (nearest rank), min and max of a sample. */
export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2
      ? (sorted[Math.floor(mid)] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    runs: sorted.length,
    median,
    p90: at(0.9),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/**
 * Init script: timestamps the first frame in which the launcher is laid out (`__launcherVisibleAt`),
 * the widget element's insertion (`__mountedAt`) and the script's execution start (`__execStartAt`).
 */
export function watchLauncher(): void {
  const w = window as unknown as {
    __launcherVisibleAt?: number;
    __mountedAt?: number;
    __execStartAt?: number;
  };
  // The widget reads document.currentScript first thing (that is how it finds its data-*
  // attributes), so the first read that returns askwell.js marks its execution start.
  const current = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript');
  if (current?.get) {
    const get = current.get;
    Object.defineProperty(Document.prototype, 'currentScript', {
      configurable: true,
      get(this: Document) {
        const script = get.call(this) as HTMLScriptElement | null;
        if (w.__execStartAt === undefined && script && /\/askwell\.js(\?|$)/.test(script.src)) {
          w.__execStartAt = performance.now();
        }
        return script;
      },
    });
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector('askwell-widget')) {
      w.__mountedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const check = () => {
    const root = document.querySelector('askwell-widget')?.shadowRoot;
    const button = root?.querySelector('button[aria-expanded]');
    if (button) {
      const r = button.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(button).visibility !== 'hidden') {
        w.__launcherVisibleAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function launcherRun(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(watchLauncher);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (window as unknown as { __launcherVisibleAt?: number }).__launcherVisibleAt,
      undefined,
      { timeout: 10_000 },
    );
    return await page.evaluate(() => {
      const w = window as unknown as {
        __launcherVisibleAt: number;
        __mountedAt: number;
        __execStartAt?: number;
      };
      const visible = w.__launcherVisibleAt;
      const mark = performance
        .getEntriesByType('mark')
        .find((m) => /^askwell[:.-]?(start|init|exec)/i.test(m.name));
      const resource = performance
        .getEntriesByType('resource')
        .find((r) => new URL(r.name).pathname === '/askwell.js') as PerformanceResourceTiming;
      const [start, source] = mark
        ? [mark.startTime, 'mark']
        : w.__execStartAt !== undefined
          ? [w.__execStartAt, 'currentScript']
          : [resource.responseEnd, 'responseEnd'];
      return {
        ms: visible - start,
        mounted: w.__mountedAt - start,
        fromResponseEnd: visible - resource.responseEnd,
        source,
      };
    });
  } finally {
    await context.close();
  }
}

async function answerRun(browser: Browser, url: string, snippet: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(NAME_SHIM);
    const page: Page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('askwell-widget button[aria-expanded]').first().click();
    const input = page.locator('askwell-widget').getByRole('dialog').getByRole('textbox').first();
    await input.waitFor({ state: 'visible' });
    await input.focus();
    await page.keyboard.type(QUESTION);
    await page.evaluate((want) => {
      const w = window as unknown as { __sentAt?: number; __paintedAt?: number };
      const root = document.querySelector('askwell-widget')?.shadowRoot as ShadowRoot;
      const log = root.querySelector('[role="log"]') as HTMLElement;
      const seen = () => (log.textContent ?? '').replace(/\s+/g, ' ').includes(want);
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.key !== 'Enter' || w.__sentAt !== undefined) return;
          w.__sentAt = performance.now();
          const observer = new MutationObserver(() => {
            if (!seen()) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              w.__paintedAt = performance.now();
            });
          });
          observer.observe(root, { childList: true, subtree: true, characterData: true });
        },
        true,
      );
    }, snippet);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as unknown as { __paintedAt?: number }).__paintedAt,
      undefined,
      { timeout: 10_000 },
    );
    return await page.evaluate(() => {
      const w = window as unknown as { __sentAt: number; __paintedAt: number };
      return w.__paintedAt - w.__sentAt;
    });
  } finally {
    await context.close();
  }
}

export async function benchBrowser(options: BenchOptions = {}): Promise<BrowserBench> {
  const runs = Math.max(15, options.runs ?? 15);
  if (!options.url && !existsSync(join(DIST, 'askwell.js'))) {
    throw new Error('dist/askwell.js is missing: run `npm run build` first.');
  }
  const server = options.url
    ? undefined
    : await startServer({ port: 0, roots: [join(ROOT, 'demo'), DIST] });
  const url = options.url ?? (server?.url as string);
  const browser = options.browser ?? (await launchChromium());
  try {
    // One warm-up of each, not counted (first-launch disk cache and JIT).
    await launcherRun(browser, url);
    const snippet = plainText(entry(ANSWER_ID).answer).slice(0, 40);
    await answerRun(browser, url, snippet);

    const launcher: number[] = [];
    const mounted: number[] = [];
    const fromResponseEnd: number[] = [];
    const sources = new Set<string>();
    const answer: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await launcherRun(browser, url);
      launcher.push(r.ms);
      mounted.push(r.mounted);
      fromResponseEnd.push(r.fromResponseEnd);
      sources.add(r.source);
      answer.push(await answerRun(browser, url, snippet));
    }
    const script = readFileSync(join(DIST, 'askwell.js'));
    return {
      chromium: browser.version(),
      startSource: [...sources].join('+'),
      fromResponseEnd: stats(fromResponseEnd),
      launcherVisible: stats(launcher),
      mounted: stats(mounted),
      answerPainted: stats(answer),
      scriptBytes: script.length,
      gzipBytes: gzipSync(script, { level: 9 }).length,
    };
  } finally {
    if (!options.browser) await browser.close();
    await server?.close();
  }
}

export function formatBrowserBench(b: BrowserBench): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const row = (name: string, s: Stats) =>
    `| ${name.padEnd(38)} | ${ms(s.median).padStart(9)} | ${ms(s.p90).padStart(9)} | ${ms(s.min).padStart(9)} | ${ms(s.max).padStart(9)} | ${String(s.runs).padStart(4)} |`;
  const start =
    b.startSource === 'mark'
      ? 'exec start (mark)'
      : b.startSource === 'currentScript'
        ? 'script exec start'
        : `start (${b.startSource})`;
  return [
    `Chromium ${b.chromium} · askwell.js ${(b.scriptBytes / 1024).toFixed(1)} KB raw, ${(b.gzipBytes / 1024).toFixed(1)} KB gzipped · fresh page per run`,
    `| ${'browser timing'.padEnd(38)} | ${'median'.padStart(9)} | ${'p90'.padStart(9)} | ${'min'.padStart(9)} | ${'max'.padStart(9)} | runs |`,
    `|${'-'.repeat(40)}|${'-'.repeat(11)}|${'-'.repeat(11)}|${'-'.repeat(11)}|${'-'.repeat(11)}|------|`,
    row(`${start} → widget mounted`, b.mounted),
    row(`${start} → launcher visible`, b.launcherVisible),
    row('script responseEnd → launcher visible', b.fromResponseEnd),
    row('Enter → answer painted', b.answerPainted),
  ].join('\n');
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const runs = Number(process.argv[2] ?? 15);
  benchBrowser({ runs: Number.isFinite(runs) ? runs : 15 }).then(
    (result) => console.log(formatBrowserBench(result)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
