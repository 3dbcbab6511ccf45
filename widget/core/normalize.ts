import { canonical, PHRASES, STOPWORDS } from './lexicon';
import { cleanText, expandContractions, words } from './text';

/**
 * Text → the words a person typed, cleaned: one Unicode form, lowercase, no accents, contractions
 * expanded, punctuation gone. Knowledge phrasings and visitor messages both go through this.
 */
export function rawWords(text: string): string[] {
  return words(expandContractions(cleanText(text)));
}

/** Raw words with the lexicon's phrases ("talk therapy", "root cause") made into their one word. */
export function phrased(raw: readonly string[]): string[] {
  let text = raw.join(' ');
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
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

/** Both steps at once, for knowledge text. */
export function analyze(text: string): string[] {
  return meaningful(phrased(rawWords(text)));
}
