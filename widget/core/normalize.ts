import { canonical, PHRASES, STOPWORDS } from './lexicon';
import { cleanText, expandContractions, words } from './text';

/**
 * Text → the words a person typed, cleaned: one Unicode form, lowercase, no accents, contractions
 * expanded, punctuation gone. Knowledge phrasings and visitor messages both go through this.
 */
export function rawWords(text: string): string[] {
  return words(expandContractions(cleanText(text))).map((w) => CHAT[w] ?? w);
}

// Chat spellings in any question: "how much do u charge", "r u a bot".
const CHAT: Readonly<Record<string, string>> = { u: 'you', ur: 'your', r: 'are', ppl: 'people' };

// All phrases in one pass: one alternation, earlier phrases first where two start at one place.
const groups = PHRASES.map(([pattern]) => new RegExp(`${pattern.source}|`).exec('')?.length ?? 1);
const PHRASE = new RegExp(PHRASES.map(([pattern]) => `(${pattern.source})`).join('|'), 'g');

/** Raw words with the lexicon's phrases ("talk therapy", "root cause") made into their one word. */
export function phrased(raw: readonly string[]): string[] {
  const text = raw.join(' ').replace(PHRASE, (...match: unknown[]) => {
    let group = 1;
    for (const [i, [, replacement]] of PHRASES.entries()) {
      if (match[group] !== undefined) return replacement;
      group += groups[i] ?? 1;
    }
    return String(match[0]);
  });
  return text.split(' ').filter(Boolean);
}

/** Raw words → the meaningful canonical words the matcher compares (no stopwords, no repeats). */
export function meaningful(raw: readonly string[]): string[] {
  const out = new Set<string>();
  for (const word of raw) {
    if (STOPWORDS.has(word)) continue;
    const c = canonical(word);
    if (c && !STOPWORDS.has(c)) out.add(c);
  }
  return [...out];
}

/** Both steps at once, for knowledge text (`words`: `rawWords`, or a cached copy of it). */
export function analyze(text: string, words: (text: string) => string[] = rawWords): string[] {
  return meaningful(phrased(words(text)));
}
