import type { Entry } from '../knowledge/types';
import { type Analyzer, rawWords } from '../text/words';
import type { Tuning } from './tuning';

/**
 * The knowledge, prepared once for scoring. Two views of each entry:
 * - its phrasings (question + alternates) as word sets, for word-overlap similarity;
 * - how many of its phrasings use each word, for a naive Bayes ranking.
 */
export interface IndexedEntry {
  entry: Entry;
  phrasings: { words: Set<string>; weight: number }[];
  keywords: Set<string>;
  /** Phrasings (and keywords) using each word. */
  uses: Map<string, number>;
  /** log(total uses + smoothing × vocabulary size): naive Bayes' denominator. */
  logDenominator: number;
}

export interface Index {
  entries: IndexedEntry[];
  /** Entries that use a word: only they can score above zero for a message with that word. */
  postings: Map<string, IndexedEntry[]>;
  /** A word's weight: its idf, or `unknownWord` for words no entry uses. */
  weight(word: string): number;
}

type Weights = Pick<Tuning, 'unknownWord' | 'smoothing'>;

export function buildIndex(
  entries: Entry[],
  tuning: Weights,
  { analyze }: Analyzer,
  words: (text: string) => string[] = rawWords,
): Index {
  const analyzed = entries.map((entry) => {
    const phrasings = [entry.question, ...entry.alternates]
      .map((t) => analyze(t, words))
      .filter((p) => p.length);
    const keywords = new Set((entry.keywords ?? []).flatMap((t) => analyze(t, words)));
    const uses = new Map<string, number>();
    for (const w of [...phrasings.flatMap((p) => [...new Set(p)]), ...keywords]) {
      uses.set(w, (uses.get(w) ?? 0) + 1);
    }
    return { entry, phrasings, keywords, uses };
  });

  const postings = new Map<string, IndexedEntry[]>();
  const idf = new Map<string, number>();
  const weight = (word: string) => idf.get(word) ?? tuning.unknownWord;
  const sum = (words: Iterable<string>) => {
    let total = 0;
    for (const w of words) total += weight(w);
    return total;
  };

  const indexed: IndexedEntry[] = analyzed.map((a) => {
    let used = 0;
    for (const u of a.uses.values()) used += u;
    return { ...a, phrasings: [], logDenominator: used };
  });
  for (const item of indexed) {
    for (const w of item.uses.keys()) {
      const list = postings.get(w);
      if (list) list.push(item);
      else postings.set(w, [item]);
    }
  }
  // idf over entries (not phrasings): a word every entry uses ("therapy") tells little.
  for (const [w, list] of postings) idf.set(w, Math.log(1 + entries.length / list.length));
  for (const [i, item] of indexed.entries()) {
    item.phrasings = (analyzed[i]?.phrasings ?? []).map((p) => ({
      words: new Set(p),
      weight: sum(p),
    }));
    item.logDenominator = Math.log(item.logDenominator + tuning.smoothing * postings.size);
  }
  return { entries: indexed, postings, weight };
}
