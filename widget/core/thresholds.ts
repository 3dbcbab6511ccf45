/**
 * Every number that decides what the matcher says, in one place. Tuned on the `tune` part of
 * tests/eval/questions.json with `npm run eval -- --tune`; the `holdout` part is never used for
 * tuning. Scores run from 0 (nothing in common) to 1 (the message is one of the entry's phrasings).
 */
export const THRESHOLDS = Object.freeze({
  /** Answer when the best entry scores at least this… */
  answer: 0.5,
  /** …and beats the second-best entry by at least this much. */
  margin: 0.12,
  /** Entries scoring at least this are "Did you mean…" candidates. */
  clarify: 0.3,
  /** At most this many candidates in "Did you mean…". */
  maxCandidates: 3,
});

/** How words weigh in a score. */
export const WEIGHTS = Object.freeze({
  /** A message word no entry uses weighs this much (like a rare word): out-of-scope messages sink. */
  unknownWord: 2.0,
  /** A message word found only in the entry's keywords counts this fraction of a phrasing word. */
  keyword: 0.7,
  /** Share of a phrasing's score from covering the message (the rest: covering the phrasing). */
  messageCoverage: 0.5,
  /** Share of an entry's score from how much of the message all its words cover together. */
  entryCoverage: 0.3,
  /** idf exponent: above 1, words that every entry uses ("therapy") count for less. */
  idfPower: 1,
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
