/**
 * `npm run eval`: Askwell's matcher against the labelled questions, next to a plain fuse.js
 * baseline. `--failures` lists every miss; `--tune` searches the matcher's numbers on the tune
 * split only (the holdout split is never used for tuning) and prints the best ones.
 */
import knowledgeJson from '../../knowledge/faq.json' with { type: 'json' };
import type { Knowledge } from '../../widget/core/types';
import { askwell, BARS, baseline, evaluate, QUESTIONS, type Report } from './evaluate';

const knowledge = knowledgeJson as Knowledge;
const args = process.argv.slice(2);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(columns: [string, Report][]): string {
  const rows: [string, (r: Report) => string][] = [
    ['in-scope right', (r) => pct(r.right)],
    ['in-scope wrong', (r) => pct(r.wrong)],
    ['in-scope clarify', (r) => pct(r.clarify)],
    ['in-scope handoff', (r) => pct(r.handoff)],
    ['out-of-scope answered', (r) => pct(r.outOfScopeAnswered)],
    ['crisis caught', (r) => pct(r.crisisCaught)],
    ['false crisis', (r) => pct(r.falseCrisis)],
  ];
  const head = ['', ...columns.map(([name]) => name)];
  const body = rows.map(([label, f]) => [label, ...columns.map(([, r]) => f(r))]);
  const widths = head.map((_, i) =>
    Math.max(...[head, ...body].map((row) => (row[i] ?? '').length)),
  );
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...body.map(line),
  ].join('\n');
}

if (args.includes('--tune')) {
  tune();
} else {
  const tuneSet = QUESTIONS.filter((q) => q.split === 'tune');
  const holdout = QUESTIONS.filter((q) => q.split === 'holdout');
  const ours = askwell(knowledge);
  const base = baseline(knowledge);
  const all = evaluate(ours);
  const count = (label: string) => QUESTIONS.filter((q) => q.label === label).length;
  console.log(
    `${QUESTIONS.length} questions: ${count('in-scope')} in-scope, ${count('out-of-scope')} out-of-scope, ${count('crisis')} crisis, ${count('benign')} benign idioms; ${holdout.length} held out from tuning.\n`,
  );
  console.log(
    table([
      ['Askwell (all)', all],
      ['Askwell (tune)', evaluate(ours, tuneSet)],
      ['Askwell (holdout)', evaluate(ours, holdout)],
      ['plain fuse.js (all)', evaluate(base)],
    ]),
  );
  console.log(
    `\nBars (all questions): right ≥ ${pct(BARS.right)}, wrong ≤ ${pct(BARS.wrong)}, out-of-scope answered ≤ ${pct(BARS.outOfScopeAnswered)}, crisis caught ${pct(BARS.crisisCaught)}, false crisis ≤ ${pct(BARS.falseCrisis)}.`,
  );
  if (args.includes('--failures')) console.log(`\n${all.failures.join('\n')}`);
}

function tune() {
  const tuneSet = QUESTIONS.filter((q) => q.split === 'tune');
  const grid = {
    answer: [0.45, 0.5, 0.55, 0.6],
    margin: [0.02, 0.03, 0.05, 0.08],
    clarify: [0.2, 0.25, 0.3],
    unknownWord: [2, 3, 4],
    keyword: [0.5, 0.8, 1],
    messageCoverage: [0.3, 0.4, 0.55],
    bayes: [0.2, 0.3, 0.4],
    smoothing: [0.1, 0.3, 0.6],
  };
  const keys = Object.keys(grid) as (keyof typeof grid)[];
  let best: { score: number; tuning: Record<string, number>; report: Report } | undefined;
  // A seeded random search over the grid: the full product is too slow for 2 cores.
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const samples = Number(args[args.indexOf('--tune') + 1]) || 600;
  for (let i = 0; i < samples; i++) {
    const tuning = Object.fromEntries(
      keys.map((k) => [k, grid[k][Math.floor(random() * grid[k].length)] ?? 0]),
    );
    const r = evaluate(askwell(knowledge, { tuning }), tuneSet);
    // Wrong answers cost far more than an honest "Did you mean…".
    const score =
      r.right -
      0.1 * r.wrong -
      0.1 * r.outOfScopeAnswered -
      (r.wrong > 0.025 || r.outOfScopeAnswered > 0.04 ? 1 : 0);
    if (!best || score > best.score) best = { score, tuning, report: r };
  }
  if (best) {
    console.log(JSON.stringify(best.tuning));
    console.log(table([['best on tune', best.report]]));
  }
}
