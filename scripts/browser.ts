/**
 * Debian's Chromium through playwright-core, and the shipped knowledge as the browser sees it:
 * shared by the real-browser suite (tests/e2e/) and the browser benches (scripts/bench-*.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The build under test: `dist/`, or ASKWELL_DIST to run the suite against another build. */
export const DIST = process.env.ASKWELL_DIST
  ? resolve(process.env.ASKWELL_DIST)
  : fileURLToPath(new URL('../dist', import.meta.url));

/** Debian's Chromium (`apt-get install -y chromium`); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and offline-friendly in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * tsx (esbuild keepNames) compiles `const f = () => …` inside functions we hand to the page as
 * `__name(() => …, "f")`; the page has no `__name`. Every context gets this shim first.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

// ─── Knowledge: the suite reads the shipped knowledge to know what a right answer looks like ───

export interface FaqEntry {
  id: string;
  question: string;
  alternates: string[];
  answer: string;
  related?: string[];
}

export interface Faq {
  entries: FaqEntry[];
  suggested?: string[];
  [key: string]: unknown;
}

let faqCache: Faq | undefined;
export function faq(): Faq {
  faqCache ??= JSON.parse(readFileSync(join(DIST, 'faq.json'), 'utf8'));
  return faqCache as Faq;
}

export function entry(id: string): FaqEntry {
  const found = faq().entries.find((e) => e.id === id);
  if (!found) throw new Error(`dist/faq.json has no entry "${id}"`);
  return found;
}

/** The visible words of a mini-markdown answer, whitespace collapsed (for "the answer is shown"). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
