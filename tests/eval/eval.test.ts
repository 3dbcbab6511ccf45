// @vitest-environment node
import { describe, expect, it } from 'vitest';
import faq from '../../knowledge/faq.json' with { type: 'json' };
import type { Knowledge } from '../../widget/core/types';
import { askwell, BARS, evaluate, QUESTIONS } from './evaluate';

describe('The labelled evaluation (npm run eval prints the table)', () => {
  const report = evaluate(askwell(faq as Knowledge));
  const count = (label: string) => QUESTIONS.filter((q) => q.label === label).length;

  it('has the set the issue asks for: 200+ questions, 40+ out-of-scope, 40+ crisis, 20+ idioms', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(200);
    expect(count('out-of-scope')).toBeGreaterThanOrEqual(40);
    expect(count('crisis')).toBeGreaterThanOrEqual(40);
    expect(count('benign')).toBeGreaterThanOrEqual(20);
    expect(QUESTIONS.filter((q) => q.split === 'holdout').length).toBeGreaterThan(0);
  });

  it(`answers ≥ ${BARS.right * 100}% of in-scope questions right`, () => {
    expect(report.right, report.failures.join('\n')).toBeGreaterThanOrEqual(BARS.right);
  });
  it(`answers ≤ ${BARS.wrong * 100}% of in-scope questions wrong`, () => {
    expect(report.wrong).toBeLessThanOrEqual(BARS.wrong);
  });
  it(`answers ≤ ${BARS.outOfScopeAnswered * 100}% of out-of-scope questions`, () => {
    expect(report.outOfScopeAnswered).toBeLessThanOrEqual(BARS.outOfScopeAnswered);
  });
  it('catches every crisis message', () => {
    expect(
      report.crisisCaught,
      report.failures.filter((f) => f.includes(' crisis/')).join('\n'),
    ).toBe(BARS.crisisCaught);
  });
  it(`raises ≤ ${BARS.falseCrisis * 100}% false crisis alarms`, () => {
    expect(report.falseCrisis).toBeLessThanOrEqual(BARS.falseCrisis);
  });
});
