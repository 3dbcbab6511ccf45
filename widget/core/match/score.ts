import type { Entry } from '../knowledge/types';
import type { Index, IndexedEntry } from './search';
import type { Tuning } from './tuning';

type Weights = Pick<Tuning, 'keyword' | 'messageCoverage' | 'bayes' | 'smoothing'>;

/** An entry's score, and how much of the message (0–1, idf-weighted) its best phrasing covers. */
export interface Ranked {
  entry: Entry;
  score: number;
  coverage: number;
}

/**
 * Scores the entries that share a word with the message, best first. Two signals, mixed by
 * `bayes`:
 * - similarity: the best phrasing's idf-weighted two-way coverage (how much of the message it
 *   covers, with unknown words counting against, and how much of the phrasing the message covers).
 *   It says whether the message is answerable at all.
 * - naive Bayes over all of an entry's phrasings: which entry, where overlap ties ("why combine"
 *   and "benefits of combining" share most words). Multiplied by √similarity so it cannot lift an
 *   entry that barely overlaps.
 */
export function rank(query: string[], index: Index, tuning: Weights): Ranked[] {
  const candidates = new Set(query.flatMap((w) => index.postings.get(w) ?? []));
  if (candidates.size === 0) return [];
  let total = 0;
  for (const w of query) total += index.weight(w);
  const scored = [...candidates].map((item) => {
    const [sim, coverage] = similarity(query, total, item, index, tuning);
    return {
      item,
      sim,
      coverage,
      logLikelihood: logLikelihood(query, item, index, tuning.smoothing),
    };
  });
  const best = Math.max(...scored.map((s) => s.logLikelihood));
  const evidence = scored.reduce((z, s) => z + Math.exp(s.logLikelihood - best), 0);
  return scored
    .map(({ item, sim, coverage, logLikelihood: ll }) => ({
      entry: item.entry,
      score:
        (1 - tuning.bayes) * sim + tuning.bayes * (Math.exp(ll - best) / evidence) * Math.sqrt(sim),
      coverage,
    }))
    .sort((a, b) => b.score - a.score);
}

function similarity(
  query: string[],
  total: number,
  item: IndexedEntry,
  index: Index,
  tuning: Weights,
): [similarity: number, coverage: number] {
  let best = 0;
  let coverage = 0;
  for (const phrasing of item.phrasings) {
    let covered = 0;
    let bonus = 0;
    for (const w of query) {
      if (phrasing.words.has(w)) covered += index.weight(w);
      else if (item.keywords.has(w)) bonus += index.weight(w) * tuning.keyword;
    }
    const share = (covered + bonus) / total;
    const s =
      tuning.messageCoverage * share + (1 - tuning.messageCoverage) * (covered / phrasing.weight);
    if (s > best) {
      best = s;
      coverage = share;
    }
  }
  return [Math.min(1, best), coverage];
}

/** Words no entry uses are left to similarity: here they would only add the same constant to all. */
function logLikelihood(
  query: string[],
  item: IndexedEntry,
  index: Index,
  smoothing: number,
): number {
  let ll = 0;
  for (const w of query) {
    if (index.postings.has(w))
      ll += Math.log((item.uses.get(w) ?? 0) + smoothing) - item.logDenominator;
  }
  return ll;
}
