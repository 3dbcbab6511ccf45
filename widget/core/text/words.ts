import type { Vocabulary } from '../knowledge/types';
import { cleanText, expandContractions, words } from './clean';
import { type LanguageRules, rulesFor } from './rules';

/**
 * Text → the words a person typed, cleaned: one Unicode form, lowercase, no accents, contractions
 * expanded, punctuation gone. Knowledge phrasings and visitor messages both go through this.
 */
export function rawWords(text: string): string[] {
  return words(expandContractions(cleanText(text))).map((w) => CHAT[w] ?? w);
}

// Chat spellings in any question: "how much do u charge", "r u a bot", "xq tomar meds", "q es".
const CHAT: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  r: 'are',
  ppl: 'people',
  q: 'que',
  k: 'que',
  ke: 'que',
  kien: 'quien',
  xq: 'porque',
  pq: 'porque',
  xk: 'porque',
  pk: 'porque',
  tmb: 'tambien',
  tb: 'tambien',
  pa: 'para',
};

/** What the matcher compares: a practice's vocabulary applied over the language's rules. */
export interface Analyzer {
  /** Raw words with the vocabulary's phrases ("talk therapy", "root cause") made into their meaning. */
  phrased(raw: readonly string[]): string[];
  /** Raw words → the meaningful canonical words the matcher compares (no stopwords, no repeats). */
  meaningful(raw: readonly string[]): string[];
  /** Both steps at once, for knowledge text (`words`: `rawWords`, or a cached copy of it). */
  analyze(text: string, words?: (text: string) => string[]): string[];
  /** Every single word the vocabulary knows, for typo correction. */
  readonly known: readonly string[];
  /** The knowledge language's stopwords and stemmer. */
  readonly rules: LanguageRules;
}

/**
 * The knowledge file's `vocabulary` (meaning → the words and phrases visitors use for it) made
 * into the matcher's steps. A listed word counts as its meaning in any inflection and even when
 * the language would skip it ("or" → choose); a phrase of several words counts as its meaning
 * where it appears whole, the longest phrase first. Knowledge text and visitor text go through the
 * same steps, so a word added here changes both.
 */
export function createAnalyzer(vocabulary: Vocabulary = {}, lang?: string): Analyzer {
  const rules = rulesFor(lang);
  const { stem, stopwords } = rules;
  const single = new Map<string, string>();
  const phrases = new Map<string, string>();
  // A listed word counts as its meaning, and so does any spelling that stems to it ("medisina").
  const listWord = (word: string, to: string) => {
    single.set(word, to);
    if (!single.has(stem(word))) single.set(stem(word), to);
  };
  for (const [meaning, list] of Object.entries(vocabulary)) {
    const to = rawWords(meaning).join(' ');
    if (!to.includes(' ')) listWord(to, to);
    for (const item of list) {
      const from = rawWords(item).join(' ');
      if (from.includes(' ')) phrases.set(from, to);
      else if (from) listWord(from, to);
    }
  }
  // Phrases are words of letters and digits (rawWords), so they need no escaping.
  const PHRASE = phrases.size
    ? new RegExp(
        `(^| )(${[...phrases.keys()].sort((a, b) => b.length - a.length).join('|')})(?= |$)`,
        'g',
      )
    : null;

  const phrased = (raw: readonly string[]) => {
    const text = raw.join(' ');
    const replaced = PHRASE
      ? text.replace(PHRASE, (_, before: string, p: string) => before + (phrases.get(p) ?? p))
      : text;
    return replaced.split(' ').filter(Boolean);
  };
  const meaningful = (raw: readonly string[]) => {
    const out = new Set<string>();
    for (const word of raw) {
      const listed = single.get(word) ?? single.get(stem(word));
      if (listed) {
        for (const w of listed.split(' ')) out.add(single.get(w) ?? stem(w));
      } else if (!stopwords.has(word) && !stopwords.has(stem(word))) out.add(stem(word));
    }
    return [...out];
  };
  return {
    phrased,
    meaningful,
    analyze: (text, split = rawWords) => meaningful(phrased(split(text))),
    known: [...single.keys()],
    rules,
  };
}
