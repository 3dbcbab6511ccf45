/**
 * A tiny sequential test runner: each test gets a fresh browser context; a test fails on a thrown
 * error, an uncaught page error, a request to another origin, or its time limit.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { newVisit, SCREENSHOTS, type Visit } from './kit';

export interface TestContext {
  browser: Browser;
  url: string;
  /** Extra servers (e.g. one with a strict CSP) by name. */
  urls: Record<string, string>;
  /** Opens a fresh context/page; closed and checked after the test. */
  visit: (options?: Parameters<typeof newVisit>[2], url?: string) => Promise<Visit>;
  note: (line: string) => void;
}

export interface TestCase {
  name: string;
  run: (t: TestContext) => Promise<void>;
  timeout?: number;
}

export interface Result {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  notes: string[];
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

export async function runTests(
  tests: readonly TestCase[],
  env: { browser: Browser; url: string; urls: Record<string, string> },
  filter?: RegExp,
): Promise<Result[]> {
  const results: Result[] = [];
  await mkdir(SCREENSHOTS, { recursive: true });
  // Failure screenshots from an earlier run would mislead whoever looks at the folder.
  for (const file of await readdir(SCREENSHOTS)) {
    if (file.startsWith('fail-')) await rm(join(SCREENSHOTS, file), { force: true });
  }
  for (const test of tests) {
    if (filter && !filter.test(test.name)) continue;
    const started = Date.now();
    const visits: Visit[] = [];
    const notes: string[] = [];
    const t: TestContext = {
      browser: env.browser,
      url: env.url,
      urls: env.urls,
      note: (line) => notes.push(line),
      visit: async (options, url = env.url) => {
        const v = await newVisit(env.browser, url, options);
        visits.push(v);
        return v;
      },
    };
    let error: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      const limit = test.timeout ?? 30_000;
      await Promise.race([
        test.run(t),
        new Promise((_, fail) => {
          timer = setTimeout(() => fail(new Error(`timed out after ${limit} ms`)), limit);
        }),
      ]);
      for (const v of visits) {
        if (v.pageErrors.length)
          throw new Error(`uncaught page error:\n${v.pageErrors.join('\n')}`);
        if (v.foreignRequests.length) {
          throw new Error(`requests to other origins:\n  ${v.foreignRequests.join('\n  ')}`);
        }
      }
    } catch (e) {
      error = e instanceof Error ? e.message || String(e) : String(e);
      const page = visits.at(-1)?.page;
      if (page && !page.isClosed()) {
        const file = join(SCREENSHOTS, `fail-${slug(test.name)}.png`);
        await page.screenshot({ path: file }).catch(() => undefined);
        notes.push(`screenshot: ${file}`);
      }
    } finally {
      clearTimeout(timer);
      for (const v of visits) {
        for (const w of v.consoleErrors) notes.push(`console.error: ${w}`);
        await v.context.close().catch(() => undefined);
      }
    }
    const result: Result = { name: test.name, ok: !error, ms: Date.now() - started, notes };
    if (error) result.error = error;
    results.push(result);
    const mark = result.ok ? '✔' : '✘';
    console.log(`${mark} ${test.name} (${result.ms} ms)`);
    if (error) console.log(`    ${error.replace(/\n/g, '\n    ')}`);
    for (const line of notes) console.log(`    · ${line.replace(/\n/g, '\n      ')}`);
  }
  return results;
}
