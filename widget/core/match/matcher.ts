import { crisisFor, DEFAULT_CRISIS, resourcesFor } from '../crisis/resources';
import { screenCrisis } from '../crisis/screen';
import type {
  CrisisConfig,
  Entry,
  HandoffTopic,
  Knowledge,
  MatchResult,
  SmallTalk,
} from '../knowledge/types';
import { MAX_QUERY_WORDS } from '../limits';
import { createAnalyzer, rawWords } from '../text/words';
import { tellsOwnStory } from './personal';
import { type Ranked, rank } from './score';
import { buildIndex } from './search';
import { THRESHOLDS, type Tuning, WEIGHTS } from './tuning';
import { createCorrector } from './typos';

export interface Matcher {
  readonly knowledge: Knowledge;
  readonly crisis: CrisisConfig;
  /**
   * Decide what to say to one message. Pure: the same text always gets the same result.
   * `screen: false` skips the crisis screen, only for a visitor who saw the card for a weaker
   * signal and chose "I have a different question". `previous`: the visitor's message before this
   * one, so a crisis told across two messages is caught.
   */
  match(text: string, options?: { screen?: boolean; previous?: string }): MatchResult;
  entry(id: string): Entry | undefined;
  /** A text's meaningful words as the matcher reads them (this knowledge's vocabulary applied). */
  analyze(text: string): string[];
}

export interface MatcherOptions {
  /** Crisis card content; default: the knowledge file's `crisis`, else US defaults. */
  crisis?: CrisisConfig;
  /** Replaces numbers from `thresholds.ts`; for the evaluation's tuning runs only. */
  tuning?: Partial<Tuning>;
}

/**
 * Builds a matcher over a knowledge base. Each message goes: crisis screen → typo correction →
 * small talk → handoff topics (fees, drugs…) → ranking the entries (`score.ts`) → answer,
 * clarify or handoff (`decide`).
 *
 * Not fuse.js over sentences, which answers wrong on word order and favours entries with many
 * alternates (docs/how-it-decides.md); fuse.js corrects typos word by word instead.
 *
 * @example
 * const matcher = createMatcher(knowledge);
 * matcher.match('who prescribes the meds?'); // { outcome: 'answer', entry: { id: 'who-prescribes', … } }
 */
export function createMatcher(knowledge: Knowledge, options: MatcherOptions = {}): Matcher {
  const crisis = options.crisis ?? knowledge.crisis ?? DEFAULT_CRISIS;
  const tuning: Tuning = { ...THRESHOLDS, ...WEIGHTS, ...options.tuning };
  // Index and typo vocabulary read the same phrasings: split each into words once.
  const cache = new Map<string, string[]>();
  const words = (text: string) => {
    const cached = cache.get(text);
    if (cached) return cached;
    const split = rawWords(text);
    cache.set(text, split);
    return split;
  };
  const analyzer = createAnalyzer(knowledge.vocabulary, knowledge.lang);
  const { stem } = analyzer.rules;
  const { meaningful, phrased } = analyzer;
  const index = buildIndex(knowledge.entries, tuning, analyzer, words);
  const correct = createCorrector(knowledge, analyzer, words);
  cache.clear();
  // A topic's word hands off before any entry is ranked, unless the topic gives way to a clear
  // answer (`unlessAnswered`): those terms come last, so a firm topic in the same message wins.
  const handoffTerms = (knowledge.handoffTopics ?? [])
    .flatMap((t) => t.terms.map((term) => ({ topic: t, term, words: rawWords(term).map(stem) })))
    .sort((a, b) => +!!a.topic.unlessAnswered - +!!b.topic.unlessAnswered);
  const smallTalk = knowledge.smallTalk.map((s) => ({
    smallTalk: s,
    patterns: s.patterns.map((p) => smallTalkKey(rawWords(p))),
  }));
  const byId = new Map(knowledge.entries.map((e) => [e.id, e]));

  function match(
    text: string,
    { screen = true, previous }: { screen?: boolean; previous?: string } = {},
  ): MatchResult {
    const hit = screen ? crisisReply(text, crisis, previous) : null;
    if (hit) return hit;
    const raw = rawWords(text).map(correct);
    if (raw.length === 0) return { outcome: 'handoff', reason: 'no-match', score: 0 };

    const key = smallTalkKey(raw);
    const talk = smallTalk.find((s) => s.patterns.includes(key))?.smallTalk;
    if (talk) return smallTalkResult(talk);

    // A story about the visitor's own life: no entry answers it, and a near miss or a "Did you
    // mean" would say nobody listened. A clinician can talk it through; the reply says so. A plain
    // question about the practice asked inside the story still gets its answer.
    // Its general questions ("is couples counseling for small stuff too?") get their entries offered
    // beside the reply, not instead of it.
    if (tellsOwnStory(raw)) {
      // ...unless it is, nearly word for word, a way of asking an entry's question
      const whole = answer(raw, false);
      if (whole.outcome === 'answer' && whole.score >= tuning.verbatim) return whole;
      const related: Entry[] = [];
      for (const q of questionsIn(text)) {
        const words = rawWords(q).map(correct);
        // only a general question ("do therapists work on that?"), not "how do I fix it?", and one
        // with something to match ("how do people even do it" has nothing)
        if (words.some((w) => FIRST_PERSON.has(w)) || meaningful(phrased(words)).length < 2)
          continue;
        const r = answer(words, false);
        if (r.outcome !== 'answer' || related.includes(r.entry)) continue;
        // a short story told to frame a clear question: the question is the point
        if (raw.length <= tuning.storyWords && r.score >= tuning.questionAnswer) return r;
        related.push(r.entry);
      }
      return {
        outcome: 'handoff',
        reason: 'personal',
        ...(related.length ? { related } : {}),
        score: 0,
      };
    }
    const short = raw.length <= tuning.clarifyWords;
    const whole = answer(raw, short);
    if (short || whole.outcome !== 'handoff' || whole.reason !== 'no-match') return whole;
    // A long message the whole of which matches nothing well may still end in a plain question,
    // answered clearly.
    for (const q of questionsIn(text)) {
      const r = answer(rawWords(q).map(correct), false);
      if (r.outcome === 'answer' && r.score >= tuning.questionAnswer) return r;
    }
    return whole;
  }

  /** Handoff topics, then the ranking: what a question about the practice gets. */
  function answer(raw: string[], clarify: boolean): MatchResult {
    const found = findHandoffTopic(raw.map(stem), handoffTerms);
    if (found && !found.topic.unlessAnswered) return topicHandoff(found);
    const query = meaningful(phrased(raw)).slice(0, MAX_QUERY_WORDS);
    const ranked = decide(rank(query, index, tuning), tuning, clarify);
    // a topic that gives way: a clear answer stands; anything less is the topic's to answer
    return found && (ranked.outcome !== 'answer' || ranked.score < tuning.questionAnswer)
      ? topicHandoff(found)
      : ranked;
  }

  return {
    knowledge,
    crisis,
    match,
    entry: (id) => byId.get(id),
    analyze: (text) => analyzer.analyze(text),
  };
}

/**
 * The crisis screen's result for a message: the card in the message's language, with the resources
 * for its categories; null when the screen finds nothing. Needs no knowledge (the widget uses it
 * while knowledge loads).
 */
export function crisisReply(
  text: string,
  crisis: CrisisConfig,
  previous?: string,
): Extract<MatchResult, { outcome: 'crisis' }> | null {
  const hit = screenCrisis(text, previous);
  if (!hit) return null;
  const card = crisisFor(crisis, hit.lang);
  return {
    outcome: 'crisis',
    tier: hit.tier,
    categories: hit.categories,
    title: card.title,
    notice: card.notice,
    resources: resourcesFor(card, hit.categories),
    lang: hit.lang,
    score: 1,
  };
}

/**
 * The rule from scores to an outcome; thresholds in `thresholds.ts`. "Did you mean…" only for a
 * short question (`clarify`): a long message that matches nothing well is not a choice between
 * entries.
 */
function decide(
  ranked: Ranked[],
  thresholds: Pick<Tuning, keyof typeof THRESHOLDS>,
  clarify: boolean,
): MatchResult {
  const [first, second] = ranked;
  // The two best entries and their scores, for whoever explains a reply (the studio's "why").
  const top = ranked.slice(0, 2).map((r) => ({ id: r.entry.id, score: round(r.score) }));
  // A phrasing that covers a sliver of the message ("…fork, pastry cutter or fingers?") is not
  // an answer to it, however well the sliver matches.
  if (!first || first.score < thresholds.clarify || first.coverage < thresholds.coverage) {
    return { outcome: 'handoff', reason: 'no-match', score: round(first?.score ?? 0), top };
  }
  if (
    first.score >= thresholds.answer &&
    first.score - (second?.score ?? 0) >= thresholds.margin &&
    first.coverage >= thresholds.coverage
  ) {
    return { outcome: 'answer', entry: first.entry, score: round(first.score), top };
  }
  // Plausible but not clear: "Did you mean…" with the runner-up even if it is weak; alone and
  // weak, it is more honest to hand off than to guess.
  if (!second || !clarify)
    return { outcome: 'handoff', reason: 'no-match', score: round(first.score), top };
  const candidates = ranked
    .filter((r, i) => i < 2 || r.score >= thresholds.clarify)
    .slice(0, thresholds.maxCandidates)
    .map((r) => r.entry);
  return { outcome: 'clarify', candidates, score: round(first.score), top };
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
  'ok okay oh so much very there again all please pls you guys folks can could i would like want to a an the just me may really am is are this talking speaking chatting with actually even muchas mil por favor oye oiga bueno pues'.split(
    ' ',
  ),
);
function smallTalkKey(raw: readonly string[]): string {
  return [...new Set(raw.filter((w) => !SMALL_TALK_FILLER.has(w)))].sort().join(' ');
}

function topicHandoff({ topic, term }: { topic: HandoffTopic; term: string }): MatchResult {
  return {
    outcome: 'handoff',
    reason: 'topic',
    topic: topic.topic,
    term,
    ...(topic.reply ? { reply: topic.reply } : {}),
    score: 0,
  };
}

/** The first handoff term the message holds, and its topic. */
function findHandoffTopic<T extends { words: string[] }>(
  stems: string[],
  terms: T[],
): T | undefined {
  for (const term of terms) {
    const n = term.words.length;
    if (n === 0) continue;
    for (let i = 0; i + n <= stems.length; i++) {
      if (term.words.every((w, j) => stems[i + j] === w)) return term;
    }
  }
  return undefined;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
// The writer as subject or owner: "how do I fix it", "should we"; "can you tell me" is still general.
const FIRST_PERSON = new Set('i my myself mine we our yo mi mis nosotros'.split(' '));

/** The questions in a message, last first: sentences with a "?" or opening with a question word (English or Spanish). */
function questionsIn(text: string): string[] {
  return text
    .split(/(?<=[.!?\n])\s*/)
    .filter(
      (s) =>
        s.includes('?') ||
        /^\s*(?:how|what|why|when|where|who|which|is|are|do|does|can|could|will|would)\b/i.test(
          s,
        ) ||
        /^\s*(?:qu[eé]|c[oó]mo|por qu[eé]|cu[aá]ndo|d[oó]nde|qui[eé]n|cu[aá]l|cu[aá]nto|puedo|se puede|es|hay)\s/i.test(
          s,
        ),
    )
    .reverse()
    .slice(0, 2);
}
