/**
 * The cost of Askwell to the page that embeds it, measured in Debian's Chromium on the demo page
 * with and without the Askwell script tag, at normal speed and with 4× CPU throttling (Chrome
 * DevTools Protocol `Emulation.setCPUThrottlingRate`). One fresh browser context per run; the four
 * configurations are interleaved (rotating order) so background noise spreads evenly.
 *
 * Per run, an init script (before any page script) observes, buffered:
 * - `longtask` entries → count and total blocking time (Σ (duration − 50 ms)), split into the page
 *   load (navigation → load event, launcher visible and 300 ms quiet) and the first open (click on
 *   the launcher → panel painted and 300 ms quiet);
 * - `layout-shift` entries → cumulative layout shift (as CLS: no shift within 500 ms of input), and
 *   any shift at all; Askwell's part, every shift from its script's execution start on (the first
 *   open included), must be 0. A shift before that is the page's own: at 4× CPU its header is
 *   sometimes painted before the parser has all of the nav, with or without Askwell;
 * - `long-animation-frame` entries → which script ran in a long frame (`sourceURL`), the only
 *   per-script attribution Chromium gives for same-frame work (a `longtask`'s attribution says
 *   just "self"/window, its `containerSrc` is only set for iframes).
 *
 * Widget timings: script execution start (the widget reads `document.currentScript` first thing;
 * see watchLauncher in bench-browser.ts) → first frame with the launcher laid out; click on the
 * launcher (the click event's timeStamp) → the animation frame after the first frame with the
 * dialog laid out ("panel painted").
 *
 * Attributable to Askwell: a long task that overlaps the script's work (execution start → launcher
 * visible) or the first open (click → panel painted), or that contains askwell.js script time in a
 * long animation frame. The aim: none over 50 ms, even throttled. When one is, CPU profiles
 * (CDP Profiler) of 3 extra runs of that configuration name the functions that took the time
 * (minified names, with their place in askwell.js and the start of their source).
 *
 * The page itself is driven without Playwright's injected scripts (no locators, no waitForFunction:
 * they would add their own long tasks under throttling): page.evaluate and page.mouse only.
 *
 * Run: `npx tsx scripts/bench-host.ts [runs]` (builds nothing: run `npm run build` first).
 * Or: `import { benchHost, formatHostBench } from './bench-host'`.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { type RouteHandler, startServer } from '../demo/serve';
import { type Stats, stats, watchLauncher } from './bench-browser';
import { DIST, launchChromium, NAME_SHIM } from './browser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO = join(ROOT, 'demo');

/** Long-task threshold (Long Tasks API), and the aim for any task Askwell causes. */
const LONG = 50;
/** Quiet time after each phase so trailing tasks are observed before the phase is cut. */
const SETTLE_MS = 300;
const THROTTLE = 4;

export type ConfigName = 'without' | 'with' | 'with4x' | 'without4x' | 'old' | 'old4x';
interface Config {
  name: ConfigName;
  /** The page: the demo without Askwell, with this build, or with the baseline build. */
  page: 'without' | 'with' | 'with-old';
  askwell: boolean;
  rate: number;
  label: string;
}
const BASE_CONFIGS: readonly Config[] = [
  { name: 'without', page: 'without', askwell: false, rate: 1, label: 'without' },
  { name: 'with', page: 'with', askwell: true, rate: 1, label: 'with' },
  { name: 'with4x', page: 'with', askwell: true, rate: THROTTLE, label: `with, ${THROTTLE}× CPU` },
  {
    name: 'without4x',
    page: 'without',
    askwell: false,
    rate: THROTTLE,
    label: `without, ${THROTTLE}× CPU`,
  },
];
/** With a baseline build (`ASKWELL_BASELINE=dir`): the same page with it, side by side. */
const BASELINE_CONFIGS: readonly Config[] = [
  { name: 'old', page: 'with-old', askwell: true, rate: 1, label: 'baseline' },
  {
    name: 'old4x',
    page: 'with-old',
    askwell: true,
    rate: THROTTLE,
    label: `baseline, ${THROTTLE}× CPU`,
  },
];
let CONFIGS: readonly Config[] = BASE_CONFIGS;

interface TaskEntry {
  start: number;
  duration: number;
  attribution: string[];
}
interface ShiftEntry {
  start: number;
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}
interface FrameScript {
  sourceURL: string;
  invoker: string;
  invokerType: string;
  fn: string;
  start: number;
  duration: number;
  forcedLayout: number;
}
interface FrameEntry {
  start: number;
  duration: number;
  blocking: number;
  scripts: FrameScript[];
}
interface ProbeData {
  supported: string[];
  longTasks: TaskEntry[];
  shifts: ShiftEntry[];
  frames: FrameEntry[];
  clickAt?: number;
  panelVisibleAt?: number;
  panelPaintedAt?: number;
}

/** A long task Askwell is answerable for, with what ran in it. */
export interface AskwellTask {
  config: ConfigName;
  run: number;
  phase: 'load' | 'open' | 'later';
  start: number;
  duration: number;
  /** Why it counts: overlaps the script's work or the first open, or has askwell.js script time. */
  why: string;
  /** Long-animation-frame script entries within it ("askwell.js classic-script … 41 ms"). */
  scripts: string[];
}

export interface RunResult {
  loadTasks: number;
  loadTbt: number;
  /** CDP ScriptDuration: every script on the page, navigation to 3 s after the load event. */
  scriptMs: number;
  fcp: number;
  loadEvent: number;
  /** CLS as defined (no shift within 500 ms of input), over load and first open. */
  cls: number;
  /** All layout shift, including shifts right after the click. */
  shiftAll: number;
  /** Each shift: what moved, by how much, when. */
  shiftSources: string[];
  /** Layout shift from askwell.js's execution start on (input or not): must be 0. */
  askwellShift?: number;
  launcherVisible?: number;
  panelPainted?: number;
  openTasks?: number;
  openTbt?: number;
  /** Largest long task overlapping exec start → launcher visible (0: none). */
  largestLoadOverlap?: number;
  /** Largest long task overlapping click → panel painted (0: none). */
  largestOpenOverlap?: number;
  /** Longest askwell.js script entry in a long animation frame, during load / open (0: none). */
  askwellScriptLoad?: number;
  askwellScriptOpen?: number;
  askwellTasks: AskwellTask[];
  startSource?: string;
}

export interface ConfigResult {
  name: ConfigName;
  label: string;
  askwell: boolean;
  rate: number;
  runs: RunResult[];
}

export interface ProfileFunction {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
  snippet: string;
}

export interface ProfileSummary {
  config: ConfigName;
  phase: 'load' | 'open';
  /** Wall time of the phase (no profiler), of Askwell's span in the profile, and non-idle in it. */
  phaseMs: number;
  spanMs: number;
  sampledMs: number;
  /** askwell.js functions by self time, then by inclusive time. */
  bySelf: ProfileFunction[];
  byTotal: ProfileFunction[];
  /** Non-JS buckets ((garbage collector), (program) …) and other scripts. */
  other: { name: string; selfMs: number }[];
  /** The same run's largest long task overlapping the phase. */
  largestTask: number;
}

export interface HostBench {
  chromium: string;
  runs: number;
  configs: ConfigResult[];
  scriptBytes: number;
  gzipBytes: number;
  /** Which entry types the browser supports (longtask, layout-shift, long-animation-frame). */
  supported: string[];
  /** One per phase (load, open) with a task over 50 ms attributable to Askwell. */
  profiles: ProfileSummary[];
  seconds: number;
  /** 1-minute load average at the start and the end, and the number of CPUs (noise check). */
  load: [number, number];
  cpus: number;
}

export interface HostBenchOptions {
  /** Measured runs per configuration (at least 10; default 10). */
  runs?: number;
  browser?: Browser;
  /**
   * CPU profiles (3 extra runs, the median one kept) per phase in which a task attributable to
   * Askwell exceeds 50 ms, in the configuration where that happens most (default true).
   */
  profile?: boolean;
  /** A build to measure side by side (its askwell.js, and askwell-chat.js if it has one). */
  baseline?: string;
}

// ─── In the page ───

/** Init script: buffered observers for long tasks, layout shifts and long animation frames. */
function hostProbe(): void {
  const p: ProbeData = { supported: [], longTasks: [], shifts: [], frames: [] };
  (window as unknown as { __hostProbe: ProbeData }).__hostProbe = p;
  const observe = (type: string, take: (e: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) take(e);
      }).observe({ type, buffered: true });
      if (PerformanceObserver.supportedEntryTypes.includes(type)) p.supported.push(type);
    } catch {
      // Not supported: the metric stays empty and the report says so.
    }
  };
  const describe = (node: Node | null | undefined) => {
    if (!node) return '(gone)';
    const el = node as Element;
    const root = node.getRootNode?.();
    const where = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
    return `${where}${el.localName ?? node.nodeName}${el.id ? `#${el.id}` : ''}${
      el.classList?.length ? `.${[...el.classList].join('.')}` : ''
    }`;
  };
  observe('longtask', (e) => {
    const t = e as PerformanceEntry & {
      attribution?: {
        name: string;
        containerType: string;
        containerSrc: string;
        containerName: string;
      }[];
    };
    p.longTasks.push({
      start: t.startTime,
      duration: t.duration,
      attribution: (t.attribution ?? []).map(
        (a) => `${a.name}/${a.containerType}${a.containerSrc ? ` ${a.containerSrc}` : ''}`,
      ),
    });
  });
  observe('layout-shift', (e) => {
    const s = e as PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: {
        node?: Node | null;
        previousRect: DOMRectReadOnly;
        currentRect: DOMRectReadOnly;
      }[];
    };
    p.shifts.push({
      start: s.startTime,
      value: s.value,
      hadRecentInput: s.hadRecentInput,
      sources: (s.sources ?? []).map(
        (x) =>
          `${describe(x.node)} moved ${Math.round(x.currentRect.x - x.previousRect.x)},${Math.round(
            x.currentRect.y - x.previousRect.y,
          )} px`,
      ),
    });
  });
  observe('long-animation-frame', (e) => {
    const f = e as PerformanceEntry & {
      blockingDuration: number;
      scripts: (PerformanceEntry & {
        sourceURL: string;
        invoker: string;
        invokerType: string;
        sourceFunctionName: string;
        forcedStyleAndLayoutDuration: number;
      })[];
    };
    p.frames.push({
      start: f.startTime,
      duration: f.duration,
      blocking: f.blockingDuration,
      scripts: (f.scripts ?? []).map((s) => ({
        sourceURL: s.sourceURL,
        invoker: s.invoker,
        invokerType: s.invokerType,
        fn: s.sourceFunctionName,
        start: s.startTime,
        duration: s.duration,
        forcedLayout: s.forcedStyleAndLayoutDuration,
      })),
    });
  });
  // First click into the widget: time it, then watch for the dialog, then one more frame.
  window.addEventListener(
    'click',
    (event) => {
      const host = document.querySelector('askwell-widget');
      if (p.clickAt !== undefined || !host || !event.composedPath().includes(host)) return;
      p.clickAt = Math.min(event.timeStamp, performance.now());
      const check = () => {
        const dialog = host.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
        if (dialog && !dialog.hidden) {
          const r = dialog.getBoundingClientRect();
          if (r.width > 0 && r.height > 0 && getComputedStyle(dialog).visibility !== 'hidden') {
            p.panelVisibleAt = performance.now();
            requestAnimationFrame(() => {
              p.panelPaintedAt = performance.now();
            });
            return;
          }
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    },
    true,
  );
}

/** Resolves once `window[key]` (or `window.__hostProbe[key]`) is set, polling with timers. */
function waitFor(page: Page, key: string, timeout = 15_000): Promise<number> {
  return page.evaluate(
    ({ key, timeout }) =>
      new Promise<number>((ok, fail) => {
        const w = window as unknown as Record<string, unknown> & {
          __hostProbe: Record<string, unknown>;
        };
        const t0 = performance.now();
        const tick = () => {
          const v = (w[key] ?? w.__hostProbe[key]) as number | undefined;
          if (v !== undefined) return ok(v);
          if (performance.now() - t0 > timeout)
            return fail(new Error(`no ${key} in ${timeout} ms`));
          setTimeout(tick, 20);
        };
        tick();
      }),
    { key, timeout },
  );
}

/** Waits `ms` in the page, then returns the page's clock. */
function settle(page: Page, ms = SETTLE_MS): Promise<number> {
  return page.evaluate(
    (ms) => new Promise<number>((ok) => setTimeout(() => ok(performance.now()), ms)),
    ms,
  );
}

// ─── One run ───

const tbt = (tasks: TaskEntry[]) =>
  tasks.reduce((sum, t) => sum + Math.max(0, t.duration - LONG), 0);
const overlaps = (t: { start: number; duration: number }, from: number, to: number) =>
  t.start < to && t.start + t.duration > from;
const isAskwell = (url: string) => /\/askwell(?:-chat)?\.m?js(\?|#|$)/.test(url);
const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);

interface RunHooks {
  /** Called with the page's CDP session before navigating / before the click, and after. */
  beforeLoad?: (cdp: CDPSession) => Promise<void>;
  afterLoad?: (cdp: CDPSession) => Promise<void>;
  beforeOpen?: (cdp: CDPSession) => Promise<void>;
  afterOpen?: (cdp: CDPSession) => Promise<void>;
}

interface RawRun {
  result: RunResult;
  windows: { load?: [number, number]; open?: [number, number] };
  probe: ProbeData;
}

async function hostRun(
  browser: Browser,
  url: string,
  config: Config,
  index: number,
  hooks: RunHooks = {},
): Promise<RawRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(hostProbe);
    await context.addInitScript(watchLauncher);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (config.rate !== 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: config.rate });
    }
    await cdp.send('Performance.enable');
    await hooks.beforeLoad?.(cdp);
    await page.goto(`${url}${config.page}.html`, { waitUntil: 'load' });
    if (config.askwell) await waitFor(page, '__launcherVisibleAt');
    const cut = await settle(page);
    // Script time on the page (all of its scripts) until 3 s after the load event.
    const sinceLoad = await page.evaluate(
      () =>
        performance.now() -
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    );
    if (sinceLoad < 3000) await page.waitForTimeout(3000 - sinceLoad);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN);
    await hooks.afterLoad?.(cdp);

    if (config.askwell) {
      const box = await page.evaluate(() => {
        const root = document.querySelector('askwell-widget')?.shadowRoot;
        const button = root?.querySelector('button[aria-expanded]') as HTMLElement;
        const r = button.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await hooks.beforeOpen?.(cdp);
      await page.mouse.click(box.x, box.y);
      await waitFor(page, 'panelPaintedAt');
      await settle(page);
      await hooks.afterOpen?.(cdp);
    }

    const got = await page.evaluate(() => {
      const w = window as unknown as {
        __hostProbe: ProbeData;
        __launcherVisibleAt?: number;
        __execStartAt?: number;
      };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const resource = performance
        .getEntriesByType('resource')
        .find((r) => new URL(r.name).pathname.endsWith('/askwell.js')) as
        | PerformanceResourceTiming
        | undefined;
      return {
        probe: w.__hostProbe,
        launcherVisibleAt: w.__launcherVisibleAt,
        execStartAt: w.__execStartAt,
        responseEnd: resource?.responseEnd,
        fcp: fcp?.startTime ?? Number.NaN,
        loadEvent: nav?.loadEventEnd ?? Number.NaN,
      };
    });
    const { probe } = got;
    const loadTasks = probe.longTasks.filter((t) => t.start < cut);
    const openTasks = probe.longTasks.filter((t) => t.start >= cut);
    const shifts = probe.shifts;
    const result: RunResult = {
      loadTasks: loadTasks.length,
      loadTbt: tbt(loadTasks),
      scriptMs,
      fcp: got.fcp,
      loadEvent: got.loadEvent,
      cls: shifts.filter((s) => !s.hadRecentInput).reduce((a, s) => a + s.value, 0),
      shiftAll: shifts.reduce((a, s) => a + s.value, 0),
      shiftSources: shifts.map(
        (s) =>
          `${s.sources.join(' + ') || '?'} (${s.value.toPrecision(2)} at ${s.start.toFixed(0)} ms${
            got.execStartAt === undefined
              ? ''
              : s.start < got.execStartAt
                ? ', before askwell.js ran'
                : `, ${(s.start - got.execStartAt).toFixed(0)} ms after askwell.js started`
          }${s.hadRecentInput ? ', after input' : ''})`,
      ),
      askwellTasks: [],
    };
    const windows: RawRun['windows'] = {};
    if (config.askwell) {
      const [start, source] =
        got.execStartAt !== undefined
          ? [got.execStartAt, 'currentScript']
          : [got.responseEnd ?? 0, 'responseEnd'];
      const visible = got.launcherVisibleAt as number;
      const clickAt = probe.clickAt as number;
      const painted = probe.panelPaintedAt as number;
      windows.load = [start, visible];
      windows.open = [clickAt, painted];
      const askwellScripts = (from: number, to: number) =>
        probe.frames
          .filter((f) => f.start >= from && f.start < to)
          .flatMap((f) => f.scripts.filter((s) => isAskwell(s.sourceURL)))
          .map((s) => s.duration);
      Object.assign(result, {
        askwellShift: shifts.filter((s) => s.start >= start).reduce((a, s) => a + s.value, 0),
        startSource: source,
        launcherVisible: visible - start,
        panelPainted: painted - clickAt,
        openTasks: openTasks.length,
        openTbt: tbt(openTasks),
        largestLoadOverlap: max(
          probe.longTasks.filter((t) => overlaps(t, start, visible)).map((t) => t.duration),
        ),
        largestOpenOverlap: max(
          probe.longTasks.filter((t) => overlaps(t, clickAt, painted)).map((t) => t.duration),
        ),
        askwellScriptLoad: max(askwellScripts(0, cut)),
        askwellScriptOpen: max(askwellScripts(cut, Number.POSITIVE_INFINITY)),
      });
      for (const t of probe.longTasks) {
        // The script entries (of long animation frames) that ran within this task.
        const scripts = probe.frames
          .flatMap((f) => f.scripts)
          .filter((s) => overlaps(s, t.start, t.start + t.duration));
        const why = [
          overlaps(t, start, visible) ? 'overlaps exec → launcher visible' : '',
          overlaps(t, clickAt, painted) ? 'overlaps click → panel painted' : '',
          scripts.some((s) => isAskwell(s.sourceURL)) ? 'askwell.js ran in it' : '',
          // Only iframes get a containerSrc; kept in case the widget ever uses one.
          t.attribution.some((a) => /askwell/i.test(a))
            ? `attribution ${t.attribution.join(', ')}`
            : '',
        ].filter(Boolean);
        if (!why.length) continue;
        result.askwellTasks.push({
          config: config.name,
          run: index,
          phase: t.start < cut ? 'load' : t.start < painted ? 'open' : 'later',
          start: t.start,
          duration: t.duration,
          why: why.join(', '),
          scripts: scripts.map(
            (s) =>
              `${s.sourceURL ? s.sourceURL.replace(/^.*\//, '') : '(no url)'} ${s.invokerType}` +
              `${s.invoker ? ` ${s.invoker}` : ''} ${s.duration.toFixed(0)} ms` +
              (s.forcedLayout >= 1 ? ` (forced layout ${s.forcedLayout.toFixed(0)} ms)` : ''),
          ),
        });
      }
    }
    return { result, windows, probe };
  } finally {
    await context.close();
  }
}

// ─── CPU profile ───

interface ProfileNode {
  id: number;
  callFrame: {
    functionName: string;
    url: string;
    lineNumber: number;
    columnNumber: number;
  };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

function summarize(
  profile: CpuProfile,
  source: string,
): Omit<ProfileSummary, 'config' | 'phase' | 'phaseMs' | 'largestTask'> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'}@${n.callFrame.url}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const frames = new Map<string, ProfileNode>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const inAskwell = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (isAskwell(byId.get(at)?.callFrame.url ?? '')) return true;
    }
    return false;
  };
  // Only Askwell's span: from the first to the last sample with askwell.js on the stack (the
  // profile also covers the page's own parsing, or the wait before the click).
  const first = samples.findIndex(inAskwell);
  const last = samples.findLastIndex(inAskwell);
  let sampled = 0;
  let span = 0;
  for (let i = Math.max(0, first); first >= 0 && i <= last; i++) {
    // A sample's time is the delta to the next sample.
    const ms = Math.max(0, deltas[i + 1] ?? 0) / 1000;
    span += ms;
    const leaf = byId.get(samples[i] as number);
    if (!leaf) continue;
    const k = key(leaf);
    self.set(k, (self.get(k) ?? 0) + ms);
    frames.set(k, leaf);
    if (leaf.callFrame.functionName !== '(idle)') sampled += ms;
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id) as ProfileNode;
      const nk = key(n);
      if (seen.has(nk)) continue;
      seen.add(nk);
      frames.set(nk, n);
      total.set(nk, (total.get(nk) ?? 0) + ms);
    }
  }
  const lines = source.split('\n');
  const describe = (k: string): ProfileFunction => {
    const n = frames.get(k) as ProfileNode;
    const { functionName, lineNumber, columnNumber } = n.callFrame;
    const text = lines[lineNumber] ?? '';
    return {
      name: functionName || '(anonymous)',
      where: `askwell.js:${lineNumber + 1}:${columnNumber + 1}`,
      selfMs: self.get(k) ?? 0,
      totalMs: total.get(k) ?? 0,
      snippet: text.slice(columnNumber, columnNumber + 90).replace(/\s+/g, ' '),
    };
  };
  const askwell = [...frames.keys()].filter((k) => isAskwell(frames.get(k)?.callFrame.url ?? ''));
  const bySelf = askwell
    .filter((k) => (self.get(k) ?? 0) > 0)
    .sort((a, b) => (self.get(b) ?? 0) - (self.get(a) ?? 0))
    .slice(0, 8)
    .map(describe);
  const byTotal = askwell
    .sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0))
    .slice(0, 8)
    .map(describe);
  const otherSelf = new Map<string, number>();
  for (const [k, ms] of self) {
    const n = frames.get(k) as ProfileNode;
    if (isAskwell(n.callFrame.url) || n.callFrame.functionName === '(idle)') continue;
    const name = n.callFrame.url
      ? `other script ${n.callFrame.url.replace(/^.*\//, '') || n.callFrame.url}`
      : n.callFrame.functionName || '(anonymous)';
    otherSelf.set(name, (otherSelf.get(name) ?? 0) + ms);
  }
  const other = [...otherSelf]
    .map(([name, selfMs]) => ({ name, selfMs }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 5);
  return { spanMs: span, sampledMs: sampled, bySelf, byTotal, other };
}

async function profileRun(
  browser: Browser,
  url: string,
  config: Config,
  phase: 'load' | 'open',
  source: string,
): Promise<ProfileSummary> {
  let profile: CpuProfile | undefined;
  const start = async (cdp: CDPSession) => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  };
  const stop = async (cdp: CDPSession) => {
    profile = (await cdp.send('Profiler.stop')).profile as unknown as CpuProfile;
  };
  const raw = await hostRun(
    browser,
    url,
    config,
    -1,
    phase === 'load'
      ? { beforeLoad: start, afterLoad: stop }
      : { beforeOpen: start, afterOpen: stop },
  );
  if (!profile) throw new Error('no CPU profile');
  const window = raw.windows[phase] as [number, number];
  return {
    config: config.name,
    phase,
    phaseMs: window[1] - window[0],
    largestTask: max(
      raw.probe.longTasks.filter((t) => overlaps(t, window[0], window[1])).map((t) => t.duration),
    ),
    ...summarize(profile, source),
  };
}

/** Profiles `times` runs and keeps the one with the median span (a descheduled run skews one). */
async function typicalProfile(
  times: number,
  ...args: Parameters<typeof profileRun>
): Promise<ProfileSummary> {
  const profiles: ProfileSummary[] = [];
  for (let i = 0; i < times; i++) profiles.push(await profileRun(...args));
  profiles.sort((a, b) => a.spanMs - b.spanMs);
  return profiles[Math.floor(profiles.length / 2)] as ProfileSummary;
}

// ─── The bench ───

/** Reads a file until two reads 150 ms apart agree (a build may be rewriting it). */
async function stableRead(path: string): Promise<Buffer> {
  for (let attempt = 0; attempt < 40; attempt++) {
    if (existsSync(path)) {
      const a = readFileSync(path);
      await new Promise((r) => setTimeout(r, 150));
      if (existsSync(path)) {
        const b = readFileSync(path);
        if (a.length > 0 && a.equals(b)) return b;
      }
    } else {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`${path} kept changing or is missing (is a build running?)`);
}

/** The demo page without its Askwell script tag; throws unless there is exactly one to remove. */
export function withoutAskwell(html: string): string {
  const tag = /[ \t]*<script\b[^>]*\bsrc="[^"]*\/askwell\.js"[^>]*>\s*<\/script>[ \t]*\n?/g;
  const found = html.match(tag)?.length ?? 0;
  if (found !== 1)
    throw new Error(`expected one Askwell script tag in the demo page, found ${found}`);
  return html.replace(tag, '');
}

export async function benchHost(options: HostBenchOptions = {}): Promise<HostBench> {
  const began = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const runs = Math.max(10, options.runs ?? 10);
  const baseline = options.baseline ?? process.env.ASKWELL_BASELINE;
  if (baseline && !existsSync(join(baseline, 'askwell.js')))
    throw new Error(`no askwell.js in the baseline ${baseline}`);
  CONFIGS = baseline ? [...BASE_CONFIGS, ...BASELINE_CONFIGS] : BASE_CONFIGS;
  // A private snapshot of the page, its assets and the build: others may rebuild dist meanwhile.
  const dir = mkdtempSync(join(tmpdir(), 'askwell-bench-host-'));
  const serve = async () => {
    cpSync(DEMO, dir, {
      recursive: true,
      filter: (src) => !/\.ts$/.test(src) && !src.startsWith(join(DEMO, 'receiver')),
    });
    const script = await stableRead(join(DIST, 'askwell.js'));
    copyFileSync(join(DIST, 'faq.json'), join(dir, 'faq.json'));
    writeFileSync(join(dir, 'askwell.js'), script);
    // The chat the loader imports on first intent, beside it (a single-file build has none).
    for (const [from, to] of [[DIST, dir], ...(baseline ? [[baseline, join(dir, 'old')]] : [])] as [
      string,
      string,
    ][]) {
      for (const file of ['askwell.js', 'askwell-chat.js', 'faq.json']) {
        if (existsSync(join(from, file))) cpSync(join(from, file), join(to, file));
      }
    }
    const withHtml = readFileSync(join(DEMO, 'index.html'), 'utf8');
    const pages: Record<string, string> = {
      '/with.html': withHtml,
      '/without.html': withoutAskwell(withHtml),
      '/with-old.html': withHtml.replace('src="/askwell.js"', 'src="/old/askwell.js"'),
    };
    const route: RouteHandler = (req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const body = pages[path];
      if (body === undefined || req.method !== 'GET') return false;
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        'Cache-Control': 'no-store',
      });
      res.end(body);
      return true;
    };
    return startServer({ port: 0, roots: [dir], routes: [route] });
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  try {
    server = await serve();
    browser = options.browser ?? (await launchChromium());
    const script = readFileSync(join(dir, 'askwell.js'));
    // Warm-up, not counted: first-launch disk cache, the server's first responses.
    for (const config of CONFIGS) await hostRun(browser, server.url, config, -1);
    const results = new Map(CONFIGS.map((c) => [c.name, [] as RunResult[]]));
    const supported = new Set<string>();
    for (let i = 0; i < runs; i++) {
      // Rotate the order so no configuration always runs first.
      for (let k = 0; k < CONFIGS.length; k++) {
        const config = CONFIGS[(i + k) % CONFIGS.length] as Config;
        const raw = await hostRun(browser, server.url, config, i);
        for (const type of raw.probe.supported) supported.add(type);
        results.get(config.name)?.push(raw.result);
      }
    }
    const configs: ConfigResult[] = CONFIGS.map((c) => ({
      name: c.name,
      label: c.label,
      askwell: c.askwell,
      rate: c.rate,
      runs: results.get(c.name) ?? [],
    }));
    const bench: HostBench = {
      chromium: browser.version(),
      runs,
      configs,
      scriptBytes: script.length,
      gzipBytes: gzipSync(script, { level: 9 }).length,
      supported: [...supported],
      profiles: [],
      seconds: 0,
      load: [loadBefore, 0],
      cpus: availableParallelism(),
    };
    // Name the work behind the tasks over the aim, per phase, where they happen most.
    for (const phase of ['load', 'open'] as const) {
      const worst = worstConfig(bench, phase);
      if (!(options.profile ?? true) || !worst) continue;
      const config = CONFIGS.find((c) => c.name === worst.name) as Config;
      bench.profiles.push(
        await typicalProfile(3, browser, server.url, config, phase, script.toString('utf8')),
      );
    }
    bench.seconds = (Date.now() - began) / 1000;
    bench.load[1] = loadavg()[0] ?? 0;
    return bench;
  } finally {
    if (!options.browser) await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The configuration with the most runs with an Askwell task over 50 ms in `phase` (ties: throttled). */
function worstConfig(b: HostBench, phase: AskwellTask['phase']): ConfigResult | undefined {
  const runsOver = (c: ConfigResult) =>
    c.runs.filter((r) => r.askwellTasks.some((t) => t.phase === phase && t.duration > LONG)).length;
  return b.configs
    .filter((c) => runsOver(c) > 0)
    .sort((x, y) => runsOver(y) - runsOver(x) || y.rate - x.rate)[0];
}

/** The longest task attributable to Askwell, over all runs (or in one phase). */
export function worstAskwellTask(
  b: HostBench,
  phase?: AskwellTask['phase'],
): AskwellTask | undefined {
  return b.configs
    .flatMap((c) => c.runs.flatMap((r) => r.askwellTasks))
    .filter((t) => !phase || t.phase === phase)
    .reduce<AskwellTask | undefined>((w, t) => (!w || t.duration > w.duration ? t : w), undefined);
}

// ─── Report ───

type Pick = (r: RunResult) => number | undefined;

const PHASE = {
  load: 'page load',
  open: 'first open',
  later: 'after the panel was painted',
} as const;

const ORDER: readonly ConfigName[] = ['without', 'with', 'old', 'without4x', 'with4x', 'old4x'];

export function formatHostBench(b: HostBench): string {
  const byName = new Map(b.configs.map((c) => [c.name, c]));
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const count = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  // Exactly 0 prints as 0; anything else keeps 2 significant digits, however small.
  const cls = (n: number) => (n === 0 ? '0' : n.toPrecision(2));
  const cell = (c: ConfigResult, pick: Pick, unit: (n: number) => string) => {
    const values = c.runs.map(pick).filter((v): v is number => v !== undefined && !Number.isNaN(v));
    if (!values.length) return '—';
    const s: Stats = stats(values);
    return `${unit(s.median)} (p90 ${unit(s.p90)})`;
  };
  const rows: [string, Pick, (n: number) => string][] = [
    ['long tasks, page load (count)', (r) => r.loadTasks, count],
    ['total blocking time, page load', (r) => r.loadTbt, ms],
    ['script time, to 3 s after load (ScriptDuration)', (r) => r.scriptMs, ms],
    ['first contentful paint', (r) => r.fcp, ms],
    ['load event end', (r) => r.loadEvent, ms],
    ['cumulative layout shift (load + open)', (r) => r.cls, cls],
    ['  any layout shift, incl. after the click', (r) => r.shiftAll, cls],
    ['  layout shift from askwell.js start on', (r) => r.askwellShift, cls],
    ['script exec start → launcher visible', (r) => r.launcherVisible, ms],
    ['first open: click → panel painted', (r) => r.panelPainted, ms],
    ['long tasks, first open (count)', (r) => r.openTasks, count],
    ['total blocking time, first open', (r) => r.openTbt, ms],
    ['largest long task ∩ exec → launcher', (r) => r.largestLoadOverlap, ms],
    ['largest long task ∩ click → painted', (r) => r.largestOpenOverlap, ms],
    ['askwell.js script in a long frame¹, load', (r) => r.askwellScriptLoad, ms],
    ['askwell.js script in a long frame¹, open', (r) => r.askwellScriptOpen, ms],
  ];
  const order = ORDER.filter((n) => byName.has(n));
  const header = ['metric (median, p90)', ...order.map((n) => byName.get(n)?.label ?? n)];
  const table = [
    header,
    ...rows.map(([name, pick, unit]) => [
      name,
      ...order.map((n) => {
        const c = byName.get(n);
        return c ? cell(c, pick, unit) : '—';
      }),
    ]),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const out = [
    `Chromium ${b.chromium} · demo page with and without the Askwell script tag · ${b.runs} fresh pages per column, interleaved · CPU throttling via CDP Emulation.setCPUThrottlingRate · ${b.seconds.toFixed(0)} s, load average ${b.load.map((l) => l.toFixed(1)).join(' → ')} on ${b.cpus} CPUs`,
    `askwell.js: ${b.scriptBytes.toLocaleString('en-US')} bytes raw (${(b.scriptBytes / 1024).toFixed(1)} KiB), ${b.gzipBytes.toLocaleString('en-US')} bytes gzip -9 (${(b.gzipBytes / 1024).toFixed(1)} KiB)`,
    line(table[0] as string[]),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...table.slice(1).map(line),
    '¹ longest askwell.js (or askwell-chat.js) script entry in a long animation frame (LoAF, > 50 ms frames only; 0: none). Long tasks carry no script attribution for same-frame work ("self"/window).',
  ];
  // Side by side with the baseline build, from this same run: this build's median ÷ the baseline's.
  if (byName.has('old')) {
    const med = (name: ConfigName, pick: Pick) => {
      const v = (byName.get(name)?.runs ?? [])
        .map(pick)
        .filter((x): x is number => x !== undefined && !Number.isNaN(x));
      return v.length ? stats(v).median : Number.NaN;
    };
    const ratio = (a: number, b: number) =>
      b === 0 ? (a === 0 ? '1 (both 0)' : '—') : `${(a / b).toFixed(2)}×`;
    out.push(
      '',
      '| this build ÷ baseline (medians, same run) | 1× CPU | 4× CPU |',
      '|---|---:|---:|',
    );
    for (const [name, pick] of [
      ['script time on the page, to 3 s after load (ScriptDuration)', (r: RunResult) => r.scriptMs],
      ['total blocking time, page load', (r: RunResult) => r.loadTbt],
      ['exec start → launcher visible', (r: RunResult) => r.launcherVisible],
      ['click → panel painted', (r: RunResult) => r.panelPainted],
      ['total blocking time, first open', (r: RunResult) => r.openTbt],
    ] as [string, Pick][]) {
      const cells = (
        [
          ['with', 'old'],
          ['with4x', 'old4x'],
        ] as const
      ).map(([mine, old]) => ratio(med(mine, pick), med(old, pick)));
      out.push(`| ${name} | ${cells.join(' | ')} |`);
    }
  }
  // The bench itself keeps about 2 runnable (Chromium's threads, Node): more means other work.
  const [before, after] = b.load;
  if (before > b.cpus || after > b.cpus + 2) {
    out.push(
      `⚠ The machine was busy (1-min load average ${before.toFixed(1)} before → ${after.toFixed(1)} after, on ${b.cpus} CPUs): medians hold up, p90s and maxima carry other processes' noise.`,
    );
  }
  const missing = ['longtask', 'layout-shift', 'long-animation-frame'].filter(
    (t) => !b.supported.includes(t),
  );
  if (missing.length)
    out.push(`Not supported by this Chromium (metrics empty): ${missing.join(', ')}`);

  // Layout shift with Askwell must be 0. A shift before askwell.js ran is the page's own (its
  // header painted before the parser got to the end of it, seen without Askwell too, rarely).
  const withRuns = b.configs.filter((c) => c.askwell);
  const withoutRuns = b.configs.filter((c) => !c.askwell);
  const runsOf = (cs: ConfigResult[]) => cs.reduce((n, c) => n + c.runs.length, 0);
  const shifted = withRuns.flatMap((c) =>
    c.runs.filter((r) => r.shiftAll > 0).map((r) => ({ c, r })),
  );
  const mine = shifted.filter(({ r }) => (r.askwellShift ?? 0) > 0);
  const withoutShifted = withoutRuns.flatMap((c) => c.runs.filter((r) => r.shiftAll > 0)).length;
  const listed = (list: typeof shifted) =>
    [...new Set(list.flatMap(({ c, r }) => r.shiftSources.map((s) => `${c.label}: ${s}`)))]
      .slice(0, 6)
      .map((s) => `    ${s}`);
  if (mine.length) {
    out.push(
      `✗ LAYOUT SHIFT WITH ASKWELL IS NOT 0: after askwell.js started, in ${mine.length}/${runsOf(withRuns)} runs ` +
        `(max ${cls(Math.max(...mine.map(({ r }) => r.askwellShift ?? 0)))}):`,
      ...listed(mine),
    );
  } else {
    out.push(
      `✓ Layout shift caused by Askwell: 0 in all ${runsOf(withRuns)} runs (none from askwell.js's start through the first open, throttled or not).`,
    );
  }
  if (shifted.length > mine.length) {
    const pageOnly = shifted.filter((x) => !mine.includes(x));
    out.push(
      `  The page's own shifts, before askwell.js ran: in ${pageOnly.length}/${runsOf(withRuns)} runs with Askwell ` +
        `(max CLS ${cls(Math.max(...pageOnly.map(({ r }) => r.shiftAll)))}); without Askwell: in ${withoutShifted}/${runsOf(withoutRuns)}.`,
      ...listed(pageOnly),
    );
  } else if (withoutShifted) {
    out.push(
      `  The page without Askwell shifted in ${withoutShifted}/${runsOf(withoutRuns)} runs (its own progressive rendering).`,
    );
  }

  // The aim: no task over 50 ms attributable to Askwell, even throttled.
  const tasks = b.configs.flatMap((c) => c.runs.flatMap((r) => r.askwellTasks));
  const over = tasks.filter((t) => t.duration > LONG);
  const worst = worstAskwellTask(b);
  if (!worst) {
    out.push(
      '✓ No long task attributable to Askwell (none overlaps its work, none runs askwell.js).',
    );
  } else if (!over.length) {
    out.push(
      `✓ No task over ${LONG} ms attributable to Askwell; the largest: ${ms(worst.duration)} (${byName.get(worst.config)?.label}, ${worst.phase}).`,
    );
  } else {
    out.push(
      `✗ TASKS OVER ${LONG} MS ATTRIBUTABLE TO ASKWELL: ${over.length} in ${b.configs.reduce((n, c) => n + c.runs.length, 0)} runs (aim: none, even throttled)`,
    );
    for (const c of b.configs) {
      for (const phase of ['load', 'open', 'later'] as const) {
        const mine = over.filter((t) => t.config === c.name && t.phase === phase);
        if (!mine.length) continue;
        const worstHere = mine.reduce((w, t) => (t.duration > w.duration ? t : w));
        out.push(
          `  ${c.label}, ${PHASE[phase]}: in ${new Set(mine.map((t) => t.run)).size}/${c.runs.length} runs, ` +
            `max ${ms(worstHere.duration)} (${worstHere.why})`,
        );
        for (const s of worstHere.scripts.slice(0, 4)) out.push(`    script in that task: ${s}`);
      }
    }
  }
  for (const p of b.profiles) {
    const fn = (f: ProfileFunction, n: number) =>
      `    ${ms(n).padStart(9)}  ${f.name} ${f.where}  «${f.snippet.slice(0, 70)}»`;
    out.push(
      `CPU profile (CDP Profiler, 100 µs sampling; the median of 3 more runs by span), ${byName.get(p.config)?.label}, ${PHASE[p.phase]}: ` +
        `Askwell's span ${ms(p.spanMs)} (${ms(p.sampledMs)} busy, profiler overhead included; the phase took ${ms(p.phaseMs)}, largest long task in it ${ms(p.largestTask)}):`,
      '  askwell.js by self time:',
      ...p.bySelf.slice(0, 6).map((f) => fn(f, f.selfMs)),
      '  askwell.js by inclusive time:',
      ...p.byTotal.slice(0, 6).map((f) => fn(f, f.totalMs)),
      `  outside askwell.js, in that span ((program) is native: parse, compile, style, layout): ${p.other.map((o) => `${o.name} ${ms(o.selfMs)}`).join(', ')}`,
    );
  }
  // Sanity: throttled must be slower (else the CDP throttling was not applied).
  const median = (c: ConfigResult | undefined, pick: Pick) => {
    const values = (c?.runs ?? []).map(pick).filter((v): v is number => v !== undefined);
    return values.length ? stats(values).median : Number.NaN;
  };
  const checks: [ConfigName, ConfigName, string, Pick][] = [
    ['without', 'without4x', 'load event end (without)', (r) => r.loadEvent],
    ['with', 'with4x', 'load event end (with)', (r) => r.loadEvent],
    ['with', 'with4x', 'exec start → launcher visible', (r) => r.launcherVisible],
    ['with', 'with4x', 'click → panel painted', (r) => r.panelPainted],
  ];
  for (const [fast, slow, what, pick] of checks) {
    const [a, t] = [median(byName.get(fast), pick), median(byName.get(slow), pick)];
    if (!(t > a))
      out.push(
        `? ${what}: ${ms(t)} throttled vs ${ms(a)}: not slower. Was the throttling applied?`,
      );
  }
  return out.join('\n');
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const runs = Number(process.argv[2] ?? 10);
  benchHost({ runs: Number.isFinite(runs) ? runs : 10 }).then(
    (result) => {
      console.log(formatHostBench(result));
      const shifted = result.configs.some((c) => c.runs.some((r) => (r.askwellShift ?? 0) > 0));
      if (shifted) process.exitCode = 1;
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
