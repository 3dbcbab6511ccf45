import Fuse from 'fuse.js/basic';
import type { Knowledge } from '../knowledge/types';
import { editDistance } from '../text/clean';
import { type Analyzer, rawWords } from '../text/words';
import { TYPOS } from './tuning';

/**
 * Typo correction, word by word: an unknown word of `TYPOS.minLength`+ letters becomes the closest
 * knowledge word fuse.js finds, if it starts with the same letter and is close enough once a
 * length difference is penalised ("medicaton" → "medication", but "car" stays "car").
 */
export function createCorrector(
  knowledge: Knowledge,
  analyzer: Analyzer,
  words: (text: string) => string[] = rawWords,
): (word: string) => string {
  const { stopwords, typoEdits: strict } = analyzer.rules;
  const vocabulary = new Set<string>(analyzer.known);
  const addText = (text: string) => {
    for (const w of words(text)) if (!stopwords.has(w)) vocabulary.add(w);
  };
  for (const e of knowledge.entries) {
    for (const t of [e.question, ...e.alternates, ...(e.keywords ?? [])]) addText(t);
  }
  for (const s of knowledge.smallTalk) s.patterns.forEach(addText);
  // Handoff terms are not correction targets: "pairing" must not become "parking" and hand off.
  // A correction keeps the first letter, so one small fuse.js index per letter, built when first needed.
  const byLetter = new Map<string, Fuse<string>>();
  const fuseFor = (letter: string) => {
    let fuse = byLetter.get(letter);
    if (!fuse) {
      const list = [...vocabulary].filter(
        (w) => w[0] === letter && w.length >= TYPOS.minLength - 1,
      );
      fuse = new Fuse(list, { includeScore: true, threshold: 0.4, ignoreLocation: true });
      byLetter.set(letter, fuse);
    }
    return fuse;
  };
  // Handoff words are known words too (never "corrected" into something else: "fees" ≠ "feel").
  const handoffWords = new Set(
    (knowledge.handoffTopics ?? []).flatMap((t) => t.terms.flatMap(rawWords)),
  );
  const known = (w: string) =>
    vocabulary.has(w) ||
    stopwords.has(w) ||
    handoffWords.has(w) ||
    analyzer.meaningful([w]).some((c) => vocabulary.has(c));
  const cache = new Map<string, string>();
  return (word) => {
    const plausible = word.length >= TYPOS.minLength && word.length <= TYPOS.maxLength;
    if (!plausible || /\d/.test(word) || known(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    let bestScore: number = TYPOS.maxScore;
    for (const r of fuseFor(word[0] ?? '').search(word, { limit: 5 })) {
      const s = (r.score ?? 1) + TYPOS.lengthPenalty * Math.abs(r.item.length - word.length);
      if (s <= bestScore && (!strict || editDistance(word, r.item, 2) <= strict(word))) {
        best = r.item;
        bestScore = s;
      }
    }
    if (cache.size < 1000) cache.set(word, best);
    return best;
  };
}
