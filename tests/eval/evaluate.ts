import Fuse from 'fuse.js';
import { createMatcher, type MatcherOptions } from '../../widget/core/matcher';
import type { Knowledge, MatchResult } from '../../widget/core/types';
import questions from './questions.json' with { type: 'json' };

export type Label = 'in-scope' | 'out-of-scope' | 'crisis' | 'benign';
export interface Question {
  text: string;
  label: Label;
  entry?: string;
  category?: string;
  split: 'tune' | 'holdout';
}

export const QUESTIONS = questions as Question[];

/** The evaluation's rows, as fractions of their group (0–1). */
export interface Report {
  inScope: number;
  right: number;
  wrong: number;
  clarify: number;
  handoff: number;
  outOfScope: number;
  outOfScopeAnswered: number;
  crisis: number;
  crisisCaught: number;
  nonCrisis: number;
  falseCrisis: number;
  failures: string[];
}

type Decide = (text: string) => MatchResult;

export function evaluate(decide: Decide, items: Question[] = QUESTIONS): Report {
  const count = {
    right: 0,
    wrong: 0,
    clarify: 0,
    handoff: 0,
    oosAnswered: 0,
    caught: 0,
    falseCrisis: 0,
  };
  const failures: string[] = [];
  const fail = (q: Question, r: MatchResult) =>
    failures.push(
      `${q.split} ${q.label}/${q.entry ?? q.category ?? ''} → ${describe(r)} | ${q.text}`,
    );
  for (const q of items) {
    const r = decide(q.text);
    if (q.label === 'crisis') {
      if (r.outcome === 'crisis') count.caught++;
      else fail(q, r);
      continue;
    }
    if (r.outcome === 'crisis') {
      count.falseCrisis++;
      fail(q, r);
    }
    if (q.label === 'in-scope') {
      if (r.outcome === 'answer' && r.entry.id === q.entry) count.right++;
      else if (r.outcome === 'answer') count.wrong++;
      else if (r.outcome === 'clarify') count.clarify++;
      else if (r.outcome === 'handoff') count.handoff++;
      if (!(r.outcome === 'answer' && r.entry.id === q.entry) && r.outcome !== 'crisis') fail(q, r);
    } else if (q.label === 'out-of-scope' && r.outcome === 'answer') {
      count.oosAnswered++;
      fail(q, r);
    }
  }
  const n = (label: Label) => items.filter((q) => q.label === label).length;
  const inScope = n('in-scope');
  const outOfScope = n('out-of-scope');
  const crisis = n('crisis');
  const nonCrisis = items.length - crisis;
  const frac = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    inScope,
    right: frac(count.right, inScope),
    wrong: frac(count.wrong, inScope),
    clarify: frac(count.clarify, inScope),
    handoff: frac(count.handoff, inScope),
    outOfScope,
    outOfScopeAnswered: frac(count.oosAnswered, outOfScope),
    crisis,
    crisisCaught: frac(count.caught, crisis),
    nonCrisis,
    falseCrisis: frac(count.falseCrisis, nonCrisis),
    failures,
  };
}

function describe(r: MatchResult): string {
  switch (r.outcome) {
    case 'answer':
      return `answer ${r.entry.id} (${r.score})`;
    case 'clarify':
      return `clarify ${r.candidates.map((c) => c.id).join(',')} (${r.score})`;
    case 'handoff':
      return `handoff ${r.reason}${r.topic ? `/${r.topic}` : ''}`;
    case 'crisis':
      return `crisis ${r.tier} ${r.categories.join(',')}`;
  }
}

export function askwell(knowledge: Knowledge, options?: MatcherOptions): Decide {
  const matcher = createMatcher(knowledge, options);
  return (text) => matcher.match(text);
}

/** Plain default fuse.js over question + alternates, answering its top result: the baseline. */
export function baseline(knowledge: Knowledge): Decide {
  const fuse = new Fuse(knowledge.entries, {
    keys: ['question', 'alternates'],
    includeScore: true,
  });
  return (text) => {
    const [top] = text.trim() ? fuse.search(text) : [];
    return top
      ? { outcome: 'answer', entry: top.item, score: top.score ?? 0 }
      : { outcome: 'handoff', reason: 'no-match', score: 0 };
  };
}

/** The bars from the foundation issue; the eval test fails below them. */
export const BARS = Object.freeze({
  right: 0.9,
  wrong: 0.03,
  outOfScopeAnswered: 0.05,
  crisisCaught: 1,
  falseCrisis: 0.02,
});
