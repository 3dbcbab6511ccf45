// @vitest-environment node
import { describe, expect, it } from 'vitest';
import faq from '../../knowledge/faq.json' with { type: 'json' };
import type { Knowledge } from '../../widget/core/types';
import { askwell, BARS, evaluate, MESSAGES, QUESTIONS } from './evaluate';

const decide = askwell(faq as Knowledge);
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
    for (const c of [
      'ideation',
      'self-harm',
      'overdose',
      'third-person',
      'harm-to-others',
      'abuse',
      'medical',
    ])
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

describe(`On the holdout (npm run eval prints the table; --verbose the misses)`, () => {
  const r = evaluate(
    decide,
    QUESTIONS,
    MESSAGES.filter((m) => m.split === 'holdout'),
  );
  const misses = (re: RegExp) => r.misses.filter((m) => re.test(m)).join('\n');

  it(`shows every urgent message the crisis card`, () => {
    expect(r.urgentShown, misses(/ urgent\/.* → (?!crisis)/)).toBe(BARS.urgentShown);
  });
  it(`gives ≥ ${BARS.urgentTier * 100}% of urgent messages the urgent tier`, () => {
    expect(r.urgentTier, misses(/ urgent\//)).toBeGreaterThanOrEqual(BARS.urgentTier);
  });
  it(`shows ≥ ${BARS.possibleShown * 100}% of possible-risk messages the card`, () => {
    expect(r.possibleShown, misses(/ possible\//)).toBeGreaterThanOrEqual(BARS.possibleShown);
  });
  it(`flags ≤ ${BARS.benignFlagged * 100}% of benign messages, ≤ ${BARS.benignUrgent * 100}% as urgent`, () => {
    expect(r.benignFlagged, misses(/ none\/.* → crisis/)).toBeLessThanOrEqual(BARS.benignFlagged);
    expect(r.benignUrgent).toBeLessThanOrEqual(BARS.benignUrgent);
  });
  it(`answers ≤ ${BARS.unanswerableAnswered * 100}% of messages no entry answers, "Did you mean" ≤ ${BARS.unanswerableClarified * 100}%`, () => {
    expect(r.unanswerableAnswered, misses(/unanswerable → answer/)).toBeLessThanOrEqual(
      BARS.unanswerableAnswered,
    );
    expect(r.unanswerableClarified, misses(/unanswerable → clarify/)).toBeLessThanOrEqual(
      BARS.unanswerableClarified,
    );
  });
});

describe('The matcher, on all its questions', () => {
  const r = evaluate(decide, QUESTIONS, []);
  it(`answers ≥ ${BARS.right * 100}% of in-scope questions right, ≤ ${BARS.wrong * 100}% wrong`, () => {
    expect(r.right, r.misses.join('\n')).toBeGreaterThanOrEqual(BARS.right);
    expect(r.wrong).toBeLessThanOrEqual(BARS.wrong);
  });
  it(`answers ≤ ${BARS.outOfScopeAnswered * 100}% of out-of-scope questions`, () => {
    expect(r.outOfScopeAnswered).toBeLessThanOrEqual(BARS.outOfScopeAnswered);
  });
});
