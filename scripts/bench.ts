/**
 * `npm run bench`: matcher latency (p50/p95/p99) and start-up time on the shipped knowledge and on
 * generated knowledge bases of 500, 2,000 and 10,000 entries. Not a test: numbers for notes.
 * Then the widget's timings in Chromium (scripts/bench-browser.ts) and its cost to the host page
 * (scripts/bench-host.ts); `--no-browser` skips both.
 */
import { existsSync } from 'node:fs';
import faq from '../knowledge/faq.json' with { type: 'json' };
import type { Knowledge } from '../widget/core';
import { createMatcher, MAX_INPUT_CHARS, screenCrisis } from '../widget/core';
import { MESSAGES, QUESTIONS } from './corpus';
import { generated, random } from './generated';

const shipped = faq as Knowledge;
function typo(text: string): string {
  const i = Math.floor(random() * text.length);
  return text.slice(0, i) + text.slice(i + 1);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function bench(name: string, knowledge: Knowledge) {
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    createMatcher(knowledge);
    startups.push(performance.now() - t);
  }
  const matcher = createMatcher(knowledge);
  const questions = [
    ...QUESTIONS.map((q) => q.text),
    ...knowledge.entries.slice(0, 300).flatMap((e) => [e.question, typo(e.alternates[0] ?? '')]),
  ];
  for (const q of questions.slice(0, 50)) matcher.match(q); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of questions) {
      const t = performance.now();
      matcher.match(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  startups.sort((a, b) => a - b);
  const ms = (n: number) => `${n.toFixed(3)} ms`;
  return [
    name,
    String(knowledge.entries.length),
    String(times.length),
    ms(percentile(times, 50)),
    ms(percentile(times, 95)),
    ms(percentile(times, 99)),
    ms(percentile(startups, 50)),
  ];
}

const rows = [
  ['knowledge', 'entries', 'queries', 'p50', 'p95', 'p99', 'start-up (median of 5)'],
  bench('shipped', shipped),
  bench('generated', generated(500)),
  bench('generated', generated(2000)),
  bench('generated', generated(10000)),
];
const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
console.log('Matcher (Node, one core):');
for (const [i, r] of rows.entries()) {
  console.log(`| ${r.map((c, j) => c.padEnd(widths[j] ?? 0)).join(' | ')} |`);
  if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}

/**
 * The crisis screen alone, on the corpus's messages as typed (short and long) and on 4,000-character
 * messages (the input cap) made of long forum posts, dense in risk words: its worst case.
 */
function benchScreen() {
  const typed = MESSAGES.map((m) => m.text);
  const longs = typed.filter((t) => t.length > 600);
  const capped = Array.from({ length: 300 }, (_, i) => {
    let text = '';
    for (let j = i; text.length < MAX_INPUT_CHARS; j++) text += `${longs[(j * 7) % longs.length]} `;
    return text.slice(0, MAX_INPUT_CHARS);
  });
  const time = (
    inputs: string[],
    previous: (i: number) => string | undefined = () => undefined,
  ) => {
    for (const t of inputs.slice(0, 30)) screenCrisis(t);
    const times = inputs.map((t, i) => {
      const before = previous(i);
      const start = performance.now();
      screenCrisis(t, before);
      return performance.now() - start;
    });
    times.sort((a, b) => a - b);
    return [50, 95, 99].map((p) => `${percentile(times, p).toFixed(2)} ms`);
  };
  const [a50, a95, a99] = time(typed);
  const [c50, c95, c99] = time(capped);
  // in the widget every message after the first is screened with the one before it
  const [p50, p95, p99] = time(capped, (i) => capped[(i + 1) % capped.length]);
  console.log('\nCrisis screen (Node, one core):');
  console.log(`| messages | count | p50 | p95 | p99 |\n|---|---|---|---|---|`);
  console.log(`| the corpus, as typed | ${typed.length} | ${a50} | ${a95} | ${a99} |`);
  console.log(`| ${MAX_INPUT_CHARS} characters | ${capped.length} | ${c50} | ${c95} | ${c99} |`);
  console.log(
    `| ${MAX_INPUT_CHARS} characters, after a ${MAX_INPUT_CHARS}-character message | ${capped.length} | ${p50} | ${p95} | ${p99} |`,
  );
}
benchScreen();

// The widget in Chromium: needs a build (npm run build) and Debian's chromium.
if (process.argv.includes('--no-browser')) process.exit(0);
if (
  !existsSync('dist/askwell.js') ||
  !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
) {
  console.log('\nWidget in Chromium: skipped (run npm run build, and install chromium).');
} else {
  const { benchBrowser, formatBrowserBench } = await import('./bench-browser');
  console.log(`\nWidget in Chromium:\n${formatBrowserBench(await benchBrowser({ runs: 15 }))}`);
  const { benchHost, formatHostBench } = await import('./bench-host');
  console.log(`\nCost to the host page (Chromium):\n${formatHostBench(await benchHost())}`);
  const { benchStudio, formatStudioBench } = await import('./bench-studio');
  const studio = [await benchStudio(0), await benchStudio(2000)];
  console.log(`\nKnowledge studio (Chromium):\n${formatStudioBench(studio)}`);
}
