/**
 * Every number that decides what the matcher says, in one place. Tuned on the `tune` part of
 * tests/eval/questions.json (`npm run eval -- --tune`); the `holdout` part is never used for
 * tuning. Scores run from 0 (nothing in common) to 1 (the message is one of the entry's phrasings).
 */
export const THRESHOLDS = Object.freeze({
  /** Answer when the best entry scores at least this… */
  answer: 0.55,
  /** …and leads the second-best entry by at least this much. */
  margin: 0.03,
  /** Entries scoring at least this are "Did you mean…" candidates; below it, hand off. */
  clarify: 0.25,
  /** At most this many candidates in "Did you mean…". */
  maxCandidates: 3,
  /** Answer only when the best phrasing covers at least this share of the message (idf-weighted). */
  coverage: 0.1,
  /**
   * A personal message of at most this many words that asks a clear general question gets its
   * answer; a longer story gets the personal reply, with the entries offered beside it.
   */
  storyWords: 60,
  /** A personal message that scores this much is one of an entry's phrasings: it gets the answer. */
  verbatim: 0.9,
  /** The score a question inside a long message needs to be answered on its own. */
  questionAnswer: 0.7,
  /** "Did you mean…" only for messages of at most this many words; longer ones hand off. */
  clarifyWords: 20,
});

/** How words weigh in a score (see `score.ts`). */
export const WEIGHTS = Object.freeze({
  /** A message word no entry uses weighs this much (like a rare word): out-of-scope messages sink. */
  unknownWord: 3,
  /** A message word found only in the entry's keywords counts this fraction of a phrasing word. */
  keyword: 0.8,
  /** Share of similarity from covering the message (the rest: covering the phrasing). */
  messageCoverage: 0.4,
  /** Share of the score from the naive Bayes ranking (the rest: similarity). */
  bayes: 0.3,
  /** Naive Bayes' additive smoothing. */
  smoothing: 0.3,
});

export type Tuning = Record<keyof typeof THRESHOLDS | keyof typeof WEIGHTS, number>;

/** Typo correction against the knowledge vocabulary. */
export const TYPOS = Object.freeze({
  /** Shorter words are never corrected ("car" must not become "care"). */
  minLength: 4,
  /** Longer "words" are pasted junk, not typos (and fuse.js slows down on long patterns). */
  maxLength: 20,
  /** Highest fuse.js score accepted (0 = exact), after adding `lengthPenalty` per letter of difference. */
  maxScore: 0.34,
  lengthPenalty: 0.08,
});
