import Fuse from 'fuse.js/basic';
import { screenCrisis } from './crisis';
import { DEFAULT_CRISIS, resourcesFor } from './crisisResources';
import { canonical, STOPWORDS, SYNONYMS, stem } from './lexicon';
import { MAX_QUERY_WORDS } from './limits';
import { analyze, meaningful, phrased, rawWords } from './normalize';
import { THRESHOLDS, type Tuning, TYPOS, WEIGHTS } from './thresholds';
import type { CrisisConfig, Entry, Knowledge, MatchResult, SmallTalk } from './types';

export interface Matcher {
  readonly knowledge: Knowledge;
  readonly crisis: CrisisConfig;
  /**
   * Decide what to say to one message. Pure: the same text always gets the same result.
   * `screen: false` skips the crisis screen, only for a visitor who saw the card for a weaker
   * signal and chose "I have a different question".
   */
  match(text: string, options?: { screen?: boolean }): MatchResult;
  entry(id: string): Entry | undefined;
}

export interface MatcherOptions {
  /** Crisis card content; default: the knowledge file's `crisis`, else US defaults. */
  crisis?: CrisisConfig;
  /** Replaces numbers from `thresholds.ts`; for the evaluation's tuning runs only. */
  tuning?: Partial<Tuning>;
}

interface Phrasing {
  words: Set<string>;
  /** Sum of the words' weights, computed once. */
  total: number;
}

interface Indexed {
  entry: Entry;
  phrasings: Phrasing[];
  keywords: Set<string>;
  /** Every word of every phrasing and keyword. */
  vocabulary: Set<string>;
}

/**
 * Builds a matcher over a knowledge base. Pipeline per message: crisis screen → small talk →
 * handoff topics (fees, drugs…) → scoring every entry → answer / clarify / handoff.
 *
 * Scoring is word-level, not fuse.js over sentences (which answers wrong on word order and on
 * entries with many alternates; see ../shared/notes/matching.md). fuse.js corrects typos word by
 * word against the knowledge vocabulary; each entry then scores as its best phrasing, mixing how
 * much of the message the phrasing covers and how much of the phrasing the message covers, with
 * rare words weighing more (idf) and unknown words counting against.
 *
 * @example
 * const matcher = createMatcher(knowledge);
 * matcher.match('who prescribes the meds?'); // { outcome: 'answer', entry: { id: 'who-prescribes', … } }
 */
export function createMatcher(knowledge: Knowledge, options: MatcherOptions = {}): Matcher {
  const crisis = options.crisis ?? knowledge.crisis ?? DEFAULT_CRISIS;
  const tuning: Tuning = { ...THRESHOLDS, ...WEIGHTS, ...options.tuning };
  const analyzed = knowledge.entries.map((entry) => {
    const phrasings = [entry.question, ...entry.alternates].map(analyze).filter((p) => p.length);
    const keywords = new Set((entry.keywords ?? []).flatMap(analyze));
    return { entry, phrasings, keywords, vocabulary: new Set([...phrasings.flat(), ...keywords]) };
  });
  const idf = inverseDocumentFrequency(analyzed, tuning.idfPower);
  const weight = (word: string) => idf.get(word) ?? tuning.unknownWord;
  const sum = (words: Iterable<string>) => {
    let total = 0;
    for (const w of words) total += weight(w);
    return total;
  };
  const indexed: Indexed[] = analyzed.map((a) => ({
    ...a,
    phrasings: a.phrasings.map((p) => ({ words: new Set(p), total: sum(p) })),
  }));
  // Which entries use a word: only those can score above zero for a message with that word.
  const postings = new Map<string, Indexed[]>();
  for (const item of indexed) {
    for (const w of item.vocabulary) {
      const list = postings.get(w);
      if (list) list.push(item);
      else postings.set(w, [item]);
    }
  }
  const corrector = createCorrector(knowledge);
  const handoffTerms = (knowledge.handoffTopics ?? []).flatMap((t) =>
    t.terms.map((term) => ({ topic: t.topic, words: rawWords(term).map(stem) })),
  );
  const smallTalk = knowledge.smallTalk.map((s) => ({
    smallTalk: s,
    patterns: s.patterns.map((p) => smallTalkKey(rawWords(p))),
  }));
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));

  function score(query: string[], total: number, item: Indexed): number {
    let best = 0;
    for (const phrasing of item.phrasings) {
      let covered = 0;
      let bonus = 0;
      for (const w of query) {
        if (phrasing.words.has(w)) covered += weight(w);
        else if (item.keywords.has(w)) bonus += weight(w) * tuning.keyword;
      }
      const messageCoverage = (covered + bonus) / total;
      const phrasingCoverage = covered / phrasing.total;
      const s =
        tuning.messageCoverage * messageCoverage + (1 - tuning.messageCoverage) * phrasingCoverage;
      if (s > best) best = s;
    }
    let entryCovered = 0;
    for (const w of query) if (item.vocabulary.has(w)) entryCovered += weight(w);
    return Math.min(
      1,
      (1 - tuning.entryCoverage) * best + (tuning.entryCoverage * entryCovered) / total,
    );
  }

  function match(text: string, { screen = true } = {}): MatchResult {
    const hit = screen ? screenCrisis(text) : null;
    if (hit) {
      return {
        outcome: 'crisis',
        tier: hit.tier,
        categories: hit.categories,
        resources: resourcesFor(crisis, hit.categories),
        score: 1,
      };
    }
    const raw = rawWords(text).map(corrector);
    if (raw.length === 0) return { outcome: 'handoff', reason: 'empty', score: 0 };

    const key = smallTalkKey(raw);
    const talk = smallTalk.find((s) => s.patterns.includes(key))?.smallTalk;
    if (talk) return smallTalkResult(talk);

    const topic = findHandoffTopic(raw.map(stem), handoffTerms);
    if (topic) return { outcome: 'handoff', reason: 'out-of-scope', topic, score: 0 };

    const query = meaningful(phrased(raw)).slice(0, MAX_QUERY_WORDS);
    if (query.length === 0) return { outcome: 'handoff', reason: 'no-match', score: 0 };
    const total = sum(query);
    const candidates = new Set(query.flatMap((w) => postings.get(w) ?? []));
    const ranked = [...candidates]
      .map((item) => ({ entry: item.entry, score: score(query, total, item) }))
      .sort((a, b) => b.score - a.score);
    return decide(ranked, tuning);
  }

  return { knowledge, crisis, match, entry: (id) => byId.get(id) };
}

/** The rule from scores to an outcome; thresholds in `thresholds.ts`. */
export function decide(
  ranked: { entry: Entry; score: number }[],
  thresholds: Pick<Tuning, keyof typeof THRESHOLDS> = THRESHOLDS,
): MatchResult {
  const [first, second] = ranked;
  if (!first || first.score < thresholds.clarify) {
    return { outcome: 'handoff', reason: 'no-match', score: first?.score ?? 0 };
  }
  const lead = first.score - (second?.score ?? 0);
  if (first.score >= thresholds.answer && lead >= thresholds.margin) {
    return { outcome: 'answer', entry: first.entry, score: round(first.score) };
  }
  const candidates = ranked
    .filter((r) => r.score >= thresholds.clarify)
    .slice(0, thresholds.maxCandidates)
    .map((r) => r.entry);
  if (candidates.length < 2) {
    // One plausible entry that is not strong enough: offer it with the runner-up rather than
    // answer something the visitor may not have asked.
    if (second) candidates.push(second.entry);
    else return { outcome: 'answer', entry: first.entry, score: round(first.score) };
  }
  return { outcome: 'clarify', candidates, score: round(first.score) };
}

function smallTalkResult(talk: SmallTalk): MatchResult {
  if (talk.action === 'handoff') {
    return { outcome: 'handoff', reason: 'requested', reply: talk.reply, score: 1 };
  }
  const entry: Entry = { id: talk.id, question: '', alternates: [], answer: talk.reply };
  return { outcome: 'answer', entry, smallTalk: true, score: 1 };
}

// Small talk is the whole message; politeness around it ("ok", "so much", "can I") does not count.
const SMALL_TALK_FILLER = new Set(
  'ok okay oh so much very there again all please pls you guys folks can could i would like want to a an the just me may really'.split(
    ' ',
  ),
);
function smallTalkKey(raw: readonly string[]): string {
  return [...new Set(raw.filter((w) => !SMALL_TALK_FILLER.has(w)))].sort().join(' ');
}

function findHandoffTopic(
  stems: string[],
  terms: { topic: string; words: string[] }[],
): string | undefined {
  for (const term of terms) {
    const n = term.words.length;
    if (n === 0) continue;
    for (let i = 0; i + n <= stems.length; i++) {
      if (term.words.every((w, j) => stems[i + j] === w)) return term.topic;
    }
  }
  return undefined;
}

function inverseDocumentFrequency(
  indexed: { vocabulary: Set<string> }[],
  power: number,
): Map<string, number> {
  const df = new Map<string, number>();
  for (const item of indexed) {
    for (const w of item.vocabulary) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const n = indexed.length;
  return new Map([...df].map(([w, d]) => [w, Math.log(1 + n / d) ** power]));
}

/**
 * Typo correction, word by word: an unknown word of `TYPOS.minLength`+ letters becomes the closest
 * knowledge word fuse.js finds, if it starts with the same letter and is close enough once a
 * length difference is penalised ("medicaton" → "medication", but "car" stays "car").
 */
function createCorrector(knowledge: Knowledge): (word: string) => string {
  const vocabulary = new Set<string>(Object.keys(SYNONYMS));
  const addText = (text: string) => {
    for (const w of rawWords(text)) if (!STOPWORDS.has(w)) vocabulary.add(w);
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
  const known = (w: string) =>
    vocabulary.has(w) || STOPWORDS.has(w) || vocabulary.has(canonical(w));
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
      if (s <= bestScore) {
        best = r.item;
        bestScore = s;
      }
    }
    if (cache.size < 1000) cache.set(word, best);
    return best;
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
