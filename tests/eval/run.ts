/**
 * `npm run eval`: Askwell on the labelled sets, tune and holdout apart, next to plain fuse.js.
 * `--verbose` lists what the holdout misses; `--misses tune` the tune split's. `--tune` searches
 * the matcher's numbers on the tune split only (the holdout is never used for tuning).
 */
import type { Knowledge } from '../../widget/core';
import {
  askwell,
  BARS,
  baseline,
  evaluate,
  FROZEN,
  MESSAGES,
  QUESTIONS,
  type Report,
  type Split,
} from './evaluate';

const [knowledge, spanish] = FROZEN as [Knowledge, Knowledge];
const args = process.argv.slice(2);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One split: its English matcher questions (`lang`: another language's) and its corpus messages. */
const part = (split: Split, lang: 'en' | 'es' = 'en') =>
  [
    QUESTIONS.filter((q) => q.split === split && (q.lang ?? 'en') === lang),
    MESSAGES.filter((m) => m.split === split),
  ] as const;

const ROWS: [string, keyof typeof BARS, 'min' | 'max', (r: Report) => number][] = [
  ['in-scope paraphrases answered right', 'right', 'min', (r) => r.counts.inScope],
  ['in-scope answered wrong', 'wrong', 'max', (r) => r.counts.inScope],
  ['out-of-scope answered', 'outOfScopeAnswered', 'max', (r) => r.counts.outOfScope],
  ['urgent shown the crisis card', 'urgentShown', 'min', (r) => r.counts.urgent],
  ['urgent given the urgent tier', 'urgentTier', 'min', (r) => r.counts.urgent],
  ['possible shown the card', 'possibleShown', 'min', (r) => r.counts.possible],
  ['benign flagged (either tier)', 'benignFlagged', 'max', (r) => r.counts.benign],
  ['benign given the urgent tier', 'benignUrgent', 'max', (r) => r.counts.benign],
  ['unanswerable given an FAQ answer', 'unanswerableAnswered', 'max', (r) => r.counts.unanswerable],
  [
    'unanswerable given "Did you mean"',
    'unanswerableClarified',
    'max',
    (r) => r.counts.unanswerable,
  ],
];

function table(columns: [string, Report][], rows = ROWS): string {
  const head = ['', ...columns.map(([name]) => name), 'bar (holdout)'];
  const body = rows.map(([label, key, dir, n]) => [
    label,
    ...columns.map(([, r]) => `${pct(r[key])} of ${n(r)}`),
    `${dir === 'min' ? '≥' : '≤'} ${pct(BARS[key])}`,
  ]);
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
  const ours = askwell([knowledge, spanish]);
  const tuneReport = evaluate(ours, ...part('tune'));
  const holdout = evaluate(ours, ...part('holdout'));
  const plain = evaluate(baseline(knowledge), ...part('holdout'));
  const es = (split: Split) => evaluate(ours, part(split, 'es')[0], []);
  const slices = new Set(MESSAGES.map((m) => m.slice));
  console.log(
    `${QUESTIONS.length} matcher questions and ${MESSAGES.length} corpus messages in ${slices.size} slices; holdout: ${part('holdout')[0].length} questions, ${part('holdout')[1].length} messages.\n`,
  );
  console.log(
    table([
      ['Askwell, tune', tuneReport],
      ['Askwell, holdout', holdout],
      ['plain fuse.js, holdout', plain],
    ]),
  );
  console.log(
    `\nSpanish questions (${part('tune', 'es')[0].length} tune, ${part('holdout', 'es')[0].length} holdout), answered from the Spanish knowledge:\n`,
  );
  const esHoldout = es('holdout');
  console.log(
    table(
      [
        ['Askwell, es tune', es('tune')],
        ['Askwell, es holdout', esHoldout],
        ['plain fuse.js, es holdout', evaluate(baseline(spanish), part('holdout', 'es')[0], [])],
      ],
      ROWS.slice(0, 3),
    ),
  );
  const which = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
  if (args.includes('--verbose'))
    console.log(`\nHoldout misses:\n${[...holdout.misses, ...esHoldout.misses].join('\n')}`);
  if (which === 'tune') console.log(`\nTune misses:\n${tuneReport.misses.join('\n')}`);
}

function tune() {
  const [qs] = part('tune');
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
    const r = evaluate(
      askwell([knowledge, spanish], { tuning }),
      [...qs, ...part('tune', 'es')[0]],
      [],
    );
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
