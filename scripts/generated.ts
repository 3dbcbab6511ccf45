/**
 * Made-up knowledge of any size for the benches (`npm run bench`): entries that differ the way
 * real ones do, made of the shipped knowledge's own words and made-up ones. Seeded: every run
 * benches the same knowledge.
 */
import faq from '../knowledge/faq.json' with { type: 'json' };
import type { Entry, Knowledge } from '../widget/core';

const shipped = faq as Knowledge;
let seed = 7;
export const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// Made-up words so generated entries differ the way real ones do, plus the real vocabulary.
const syllables = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sa',
  'tu',
  'vel',
  'dor',
  'an',
  'qui',
  'pe',
  'zo',
  'ny',
  'bra',
];
const realWords = [
  ...new Set(
    shipped.entries.flatMap(
      (e) => `${e.question} ${e.alternates.join(' ')}`.toLowerCase().match(/[a-z]+/g) ?? [],
    ),
  ),
];
const madeUp = Array.from({ length: 4000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(''),
);
const sentence = (n: number) =>
  Array.from({ length: n }, () => (random() < 0.4 ? pick(realWords) : pick(madeUp))).join(' ');

export function generated(size: number): Knowledge {
  const entries: Entry[] = Array.from({ length: size }, (_, i) => ({
    id: `entry-${i}`,
    question: `${sentence(6)}?`,
    alternates: Array.from({ length: 6 }, () => sentence(3 + Math.floor(random() * 6))),
    keywords: [pick(madeUp), pick(madeUp)],
    answer: sentence(20),
  }));
  return { ...shipped, entries: [...shipped.entries, ...entries].slice(0, size) };
}
