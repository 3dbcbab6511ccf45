import { MAX_INPUT_CHARS } from './limits';

/**
 * The text clean-up both the crisis screen and the matcher start from: bounded length, one
 * Unicode form, lowercase, no accents, no control or invisible characters, straight quotes.
 */
export function cleanText(text: string): string {
  return (
    text
      .slice(0, MAX_INPUT_CHARS)
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      // Accents (é → e) and the invisible characters people paste or use to dodge filters.
      .replace(/[\u0300-\u036f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]/g, '')
      // Control characters become spaces so they split words instead of joining them.
      .replace(/\p{Cc}/gu, ' ')
      .replace(/[\u2018\u2019\u02bc`´]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
  );
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\b(i|you|we|they)'re\b/g, '$1 are'],
  [/\bi'm\b/g, 'i am'],
  [/\bim\b/g, 'i am'],
  // The same without the apostrophe, as people type on phones.
  [/\b(do|does|did|is|was|are|were|have|has|had|would|could|should|must)nt\b/g, '$1 not'],
  [/\bcant\b/g, 'can not'],
  [/\bwont\b/g, 'will not'],
  [/\bwhats\b/g, 'what is'],
  [/\b(\w+)'ve\b/g, '$1 have'],
  [/\b(\w+)'ll\b/g, '$1 will'],
  [/\b(\w+)'d\b/g, '$1 would'],
  [/\b(\w+)'s\b/g, '$1'],
];

/** "can't" → "can not", "I'm" → "i am"; the rest of an apostrophe is dropped. */
export function expandContractions(text: string): string {
  let out = text;
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  return out.replace(/'/g, '');
}

/** Words: runs of letters and digits in any script. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Damerau–Levenshtein (optimal string alignment) distance, stopping early once it must exceed
 * `max`. Short words only; used to tolerate typos against small word lists.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** "killll" and "kil" both become "kil": repeated letters collapsed, for stretched words. */
export function squash(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}
