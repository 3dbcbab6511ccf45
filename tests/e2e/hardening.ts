/**
 * The hardening part of the real-browser suite: hostile host pages, hostile content, faults and
 * privacy. Run alone with `npx tsx tests/e2e/run.ts 'hardening|hostile|xss|fault|privacy'`.
 */
import { contentTests } from './hardening-content';
import { faultTests } from './hardening-faults';
import { hostilePageTests } from './hardening-pages';
import { privacyTests } from './hardening-privacy';
import type { TestCase } from './runner';

export const hardening: TestCase[] = [
  ...hostilePageTests,
  ...contentTests,
  ...faultTests,
  ...privacyTests,
];
