/**
 * Why the widget replies as it does, in words staff read beside the live widget and in the
 * questions list: the outcome, the entry chosen and the runner-up with their scores, the handoff
 * topic or crisis category that fired. Pure: runs in Node for the tests.
 */
import type { Entry, Knowledge, Matcher, MatchResult } from '../../widget/core';
import { createMatcher } from '../../widget/core';

export interface Explained {
  outcome: MatchResult['outcome'];
  /** One line: "Answer: Do you offer telehealth? (score 0.92)". */
  summary: string;
  /** The details under it. */
  details: string[];
  /** The entry answered, if any. */
  entryId?: string;
  /** The entry it most likely belongs to: where "add as an alternate" would put it. */
  nearest?: string;
  /** The handoff topic that took it: no alternate can answer it while the topic has the word. */
  topic?: string;
}

const REASONS = {
  'no-match': 'no entry matches it well enough',
  topic: 'it is about a topic the practice answers itself',
  personal: 'it tells the visitor’s own story, which a clinician talks through',
  requested: 'the visitor asked for a person',
  language: 'there is no knowledge in its language',
} as const;

const pct = (score: number) => score.toFixed(2);

export function explain(result: MatchResult, k: Knowledge): Explained {
  const byId = new Map<string, Entry>(k.entries.map((e) => [e.id, e]));
  const name = (id: string) => `“${byId.get(id)?.question ?? id}”`;
  const ranked =
    'top' in result && result.top?.length
      ? [
          `Best match: ${name(result.top[0]?.id ?? '')} (score ${pct(result.top[0]?.score ?? 0)})`,
          ...(result.top[1]
            ? [`Runner-up: ${name(result.top[1].id)} (score ${pct(result.top[1].score)})`]
            : []),
        ]
      : [];
  const nearest = 'top' in result ? result.top?.[0]?.id : undefined;
  switch (result.outcome) {
    case 'answer':
      return result.smallTalk
        ? { outcome: 'answer', summary: `Small talk “${result.entry.id}”`, details: [] }
        : {
            outcome: 'answer',
            summary: `Answered with ${name(result.entry.id)}`,
            details: ranked,
            entryId: result.entry.id,
            nearest: result.entry.id,
          };
    case 'clarify':
      return {
        outcome: 'clarify',
        summary: `“Did you mean…”: ${result.candidates.map((c) => name(c.id)).join(' or ')}`,
        details: ['No entry is clearly better than the others.', ...ranked],
        nearest: nearest ?? result.candidates[0]?.id,
      };
    case 'handoff':
      return {
        outcome: 'handoff',
        summary: `Handed to the practice: ${REASONS[result.reason]}`,
        details: [
          ...(result.topic
            ? [`Handoff topic “${result.topic}”, because of the word “${result.term}”.`]
            : []),
          ...(result.related?.length
            ? [`Offered beside it: ${result.related.map((e) => name(e.id)).join(', ')}`]
            : []),
          ...ranked,
        ],
        ...(nearest ? { nearest } : {}),
        ...(result.topic ? { topic: result.topic } : {}),
      };
    case 'crisis':
      return {
        outcome: 'crisis',
        summary: `Crisis resources (${result.tier === 'urgent' ? 'urgent' : 'possible risk'})`,
        details: [`Crisis category: ${result.categories.join(', ')}`],
      };
  }
}

/** A matcher per knowledge object, made once: the draft changes, the saved file does not. */
const matchers = new WeakMap<Knowledge, Matcher | null>();
export function matcherFor(k: Knowledge): Matcher | null {
  if (!matchers.has(k)) {
    try {
      matchers.set(k, createMatcher(k));
    } catch {
      matchers.set(k, null);
    }
  }
  return matchers.get(k) ?? null;
}

export interface Outcome {
  question: string;
  before: Explained | null;
  after: Explained | null;
  /** Answered with an entry in the saved file, and now not with the same one. */
  regressed: boolean;
}

/** Each question on the saved file and on the draft, and whether the draft answers it worse. */
export function compareOutcomes(qs: string[], saved: Knowledge, draft: Knowledge): Outcome[] {
  const a = matcherFor(saved);
  const b = matcherFor(draft);
  return qs.map((question) => {
    const before = a ? explain(a.match(question), saved) : null;
    const after = b ? explain(b.match(question), draft) : null;
    const regressed = !!before?.entryId && before.entryId !== after?.entryId;
    return { question, before, after, regressed };
  });
}
