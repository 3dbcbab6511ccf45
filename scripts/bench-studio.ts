/**
 * The knowledge studio on a large knowledge file, in Chromium (`npm run bench`, or alone:
 * `tsx scripts/bench-studio.ts`): a 2,000-entry file served by the studio server, from navigation
 * to the entries listed (the bar: under 1 s), and, once it has opened, the time from each keystroke
 * in an answer to the next paint (Event Timing; the bar: under 50 ms), while the checks and the live
 * widget catch up with each pause.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatKnowledge } from '../knowledge/studio/doc';
import { startStudio } from '../knowledge/studio/serve';
import { stats } from './bench-browser';
import { launchChromium, NAME_SHIM } from './browser';
import { generated } from './generated';

/** `entries`: a generated file of that size; 0, the shipped file. */
export async function benchStudio(entries = 2000, runs = 5) {
  const dir = mkdtempSync(join(tmpdir(), 'askwell-bench-studio-'));
  const file = join(dir, 'faq.json');
  const knowledge = entries
    ? generated(entries)
    : JSON.parse(readFileSync('knowledge/faq.json', 'utf8'));
  writeFileSync(file, formatKnowledge(knowledge));
  const html = readFileSync('dist/askwell-studio.html', 'utf8');
  const server = await startStudio({ file, html, port: 0 });
  const browser = await launchChromium();
  const opens: number[] = [];
  const keys: number[] = [];
  let longest = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(NAME_SHIM);
      await context.addInitScript(() => {
        const w = window as unknown as { __listed?: number; __events: Record<number, number> };
        w.__events = {};
        new MutationObserver(() => {
          if (!w.__listed && document.getElementById('entries-t')) w.__listed = performance.now();
        }).observe(document, { childList: true, subtree: true });
        // Keystroke → next paint: the longest of a key's events (keydown, keypress, input, keyup
        // share its interactionId), for keys that took 16 ms or more (the Event Timing API does
        // not report shorter ones: they count as fast).
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
            const id = e.interactionId ?? 0;
            if (id) w.__events[id] = Math.max(w.__events[id] ?? 0, e.duration);
          }
        }).observe({
          type: 'event',
          buffered: true,
          durationThreshold: 16,
        } as PerformanceObserverInit);
      });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => (window as { __listed?: number }).__listed, null, {
        timeout: 30_000,
      });
      opens.push(await page.evaluate(() => (window as unknown as { __listed: number }).__listed));
      // Typing once the studio has opened: its checks done and the live widget (or, above 300
      // entries, its start button) there. What the opening itself costs is the row above.
      await page.getByText('Every phrasing was tried in the matcher.').waitFor({ timeout: 60_000 });
      await page
        .locator('askwell-widget, .try button.small')
        .first()
        .waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const answer = page.getByLabel('Answer', { exact: true });
      await answer.click();
      await page.waitForTimeout(200); // the click's own timing is reported late: not a keystroke
      await page.evaluate(() => {
        (window as unknown as { __events: Record<number, number> }).__events = {};
      });
      const typed = ' Ask the practice about this at your first visit.';
      await page.keyboard.type(typed, { delay: 60 });
      await page.waitForTimeout(3000); // the checks and the widget catch up, keys still count
      await page.keyboard.type(' More.', { delay: 60 });
      await page.waitForTimeout(500);
      const slow = Object.values(
        await page.evaluate(
          () => (window as unknown as { __events: Record<number, number> }).__events,
        ),
      );
      const count = typed.length + 6;
      keys.push(...slow, ...Array(Math.max(0, count - slow.length)).fill(8));
      longest = Math.max(longest, ...slow);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    entries: knowledge.entries.length as number,
    open: stats(opens),
    key: stats(keys),
    longest,
  };
}

export function formatStudioBench(list: Awaited<ReturnType<typeof benchStudio>>[]): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  return [
    '| served by the studio | median | p90 | max | bar |',
    '|---|---|---|---|---|',
    ...list.flatMap((b) => [
      `| ${b.entries} entries: navigation → entries listed (${b.open.runs} runs) | ${ms(b.open.median)} | ${ms(b.open.p90)} | ${ms(b.open.max)} | < 1000 ms |`,
      `| ${b.entries} entries: keystroke in an answer → next paint (${b.key.runs} keys; under 16 ms counted as 8) | ${ms(b.key.median)} | ${ms(b.key.p90)} | ${ms(b.longest)} | < 50 ms |`,
    ]),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatStudioBench([await benchStudio(0), await benchStudio(2000)]));
}
