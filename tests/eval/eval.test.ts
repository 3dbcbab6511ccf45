// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../widget/core';
import { CATEGORIES, compareTranslation, validateKnowledge } from '../../widget/core';
import {
  askwell,
  BARS,
  evaluate,
  FLOORS,
  FLOORS_ES,
  FROZEN,
  MESSAGES,
  QUESTIONS,
} from './evaluate';

// As the widget decides: each message from the knowledge in its language (the frozen copy).
const decide = askwell(FROZEN);
const [faq, spanish] = FROZEN as [Knowledge, Knowledge];

describe('The knowledge the engine is measured on (a frozen copy, apart from staff edits)', () => {
  it('is valid knowledge in English and Spanish, with the same entries', () => {
    for (const k of FROZEN) expect(validateKnowledge(k).ok).toBe(true);
    expect(compareTranslation(faq, spanish)).toEqual([]);
  });
});
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('The labelled sets are the ones the crisis issue asks for', () => {
  const risky = MESSAGES.filter((m) => m.tier !== 'none');
  it('has 1,500+ messages: 700+ crisis, 800+ benign, 200+ personal stories', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(1500);
    expect(risky.length).toBeGreaterThanOrEqual(700);
    expect(MESSAGES.filter((m) => m.tier === 'none').length).toBeGreaterThanOrEqual(800);
    expect(
      MESSAGES.filter((m) => m.tier === 'none' && m.asks === 'personal').length,
    ).toBeGreaterThanOrEqual(200);
  });
  it('covers both tiers and every category, 150+ long posts and 100+ Spanish messages in danger', () => {
    for (const tier of ['urgent', 'possible'])
      expect(risky.some((m) => m.tier === tier)).toBe(true);
    for (const c of CATEGORIES)
      expect(risky.filter((m) => m.category === c).length).toBeGreaterThanOrEqual(20);
    expect(
      risky.filter((m) => words(m.text) >= 80 && words(m.text) <= 300).length,
    ).toBeGreaterThanOrEqual(150);
    expect(risky.filter((m) => m.lang === 'es').length).toBeGreaterThanOrEqual(100);
  });
  it('holds out at least 30% of the corpus, in slices of their own', () => {
    const holdout = MESSAGES.filter((m) => m.split === 'holdout');
    expect(holdout.length / MESSAGES.length).toBeGreaterThanOrEqual(0.3);
    const tuneSlices = new Set(MESSAGES.filter((m) => m.split === 'tune').map((m) => m.slice));
    for (const m of holdout) expect(tuneSlices.has(m.slice)).toBe(false);
  });
});

describe('On the holdout, no worse than it last measured (npm run eval: the table and the bars)', () => {
  const r = evaluate(
    decide,
    [],
    MESSAGES.filter((m) => m.split === 'holdout'),
  );
  const misses = (re: RegExp) => r.misses.filter((m) => re.test(m)).join('\n');
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

  it(`shows ≥ ${pct(FLOORS.urgentShown)} of urgent messages the card (bar: ${pct(BARS.urgentShown)})`, () => {
    expect(r.urgentShown, misses(/ urgent\/.* → (?!crisis)/)).toBeGreaterThanOrEqual(
      FLOORS.urgentShown,
    );
  });
  it(`gives ≥ ${pct(FLOORS.urgentTier)} of urgent messages the urgent tier (bar: ${pct(BARS.urgentTier)})`, () => {
    expect(r.urgentTier).toBeGreaterThanOrEqual(FLOORS.urgentTier);
  });
  it(`shows ≥ ${pct(FLOORS.possibleShown)} of possible-risk messages the card (bar: ${pct(BARS.possibleShown)})`, () => {
    expect(r.possibleShown, misses(/ possible\//)).toBeGreaterThanOrEqual(FLOORS.possibleShown);
  });
  it(`flags ≤ ${pct(FLOORS.benignFlagged)} of benign messages (bar: ${pct(BARS.benignFlagged)}), ≤ ${pct(FLOORS.benignUrgent)} as urgent (bar: ${pct(BARS.benignUrgent)})`, () => {
    expect(r.benignFlagged, misses(/ none\/.* → crisis/)).toBeLessThanOrEqual(FLOORS.benignFlagged);
    expect(r.benignUrgent).toBeLessThanOrEqual(FLOORS.benignUrgent);
  });
  it(`answers ≤ ${pct(FLOORS.unanswerableAnswered)} of messages no entry answers (bar: ${pct(BARS.unanswerableAnswered)}), "Did you mean" ≤ ${pct(FLOORS.unanswerableClarified)} (bar: ${pct(BARS.unanswerableClarified)})`, () => {
    expect(r.unanswerableAnswered, misses(/unanswerable → answer/)).toBeLessThanOrEqual(
      FLOORS.unanswerableAnswered,
    );
    expect(r.unanswerableClarified, misses(/unanswerable → clarify/)).toBeLessThanOrEqual(
      FLOORS.unanswerableClarified,
    );
  });
});

describe("The first version's own crisis set (now a tune slice)", () => {
  it('still shows every one of its crisis messages the card, and flags none of its idioms', () => {
    const first = MESSAGES.filter((m) => m.slice === 'tune-first-version');
    const r = evaluate(decide, [], first);
    expect(r.urgentShown, r.misses.join('\n')).toBe(1);
    expect(r.possibleShown).toBe(1);
    expect(r.benignFlagged).toBe(0);
  });
});

describe('The matcher, on all its English questions', () => {
  const r = evaluate(
    decide,
    QUESTIONS.filter((q) => (q.lang ?? 'en') === 'en'),
    [],
  );
  it(`answers ≥ ${BARS.right * 100}% of in-scope questions right, ≤ ${BARS.wrong * 100}% wrong`, () => {
    expect(r.right, r.misses.join('\n')).toBeGreaterThanOrEqual(Math.max(BARS.right, FLOORS.right));
    expect(r.wrong).toBeLessThanOrEqual(Math.min(BARS.wrong, FLOORS.wrong));
  });
  it(`answers ≤ ${BARS.outOfScopeAnswered * 100}% of out-of-scope questions`, () => {
    expect(r.outOfScopeAnswered).toBeLessThanOrEqual(
      Math.min(BARS.outOfScopeAnswered, FLOORS.outOfScopeAnswered),
    );
  });
});

describe('The matcher, on all its Spanish questions (written apart from the Spanish knowledge)', () => {
  const qs = QUESTIONS.filter((q) => q.lang === 'es');
  const r = evaluate(decide, qs, []);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  it('has 200+ in-scope paraphrases across every entry, 60+ out-of-scope, 30%+ held out', () => {
    const inScope = qs.filter((q) => q.label === 'in-scope');
    expect(inScope.length).toBeGreaterThanOrEqual(200);
    expect(new Set(inScope.map((q) => q.entry)).size).toBe(faq.entries.length);
    expect(qs.filter((q) => q.label === 'out-of-scope').length).toBeGreaterThanOrEqual(60);
    expect(qs.filter((q) => q.split === 'holdout').length / qs.length).toBeGreaterThanOrEqual(0.3);
  });
  it(`answers ≥ ${pct(FLOORS_ES.right)} right (bar: ${pct(BARS.right)}), ≤ ${pct(FLOORS_ES.wrong)} wrong (bar: ${pct(BARS.wrong)})`, () => {
    expect(r.right, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOORS_ES.right);
    expect(r.wrong).toBeLessThanOrEqual(FLOORS_ES.wrong);
  });
  it(`answers ≤ ${pct(FLOORS_ES.outOfScopeAnswered)} of out-of-scope questions (bar: ${pct(BARS.outOfScopeAnswered)})`, () => {
    expect(r.outOfScopeAnswered).toBeLessThanOrEqual(FLOORS_ES.outOfScopeAnswered);
  });
});
