import { MAX_INPUT_CHARS } from '../limits';

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

// Whole words that expand; the apostrophe-less forms are how people type on phones.
const WHOLE: Readonly<Record<string, string>> = {
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  im: 'i am',
  whats: 'what is',
};
const SUFFIX: Readonly<Record<string, string>> = {
  "'re": ' are',
  "'ve": ' have',
  "'ll": ' will',
  "'d": ' would',
  "'s": '',
};
const NOT_WITHOUT_APOSTROPHE =
  /^(do|does|did|is|was|are|were|have|has|had|would|could|should|must)nt$/;
const CONTRACTION = /[\w']+/g;

/** "can't" → "can not", "I'm" → "i am", "dont" → "do not"; the rest of an apostrophe is dropped. */
export function expandContractions(text: string): string {
  return text.replace(CONTRACTION, (word) => {
    const bare = word.replace(/'/g, '');
    const whole = WHOLE[bare];
    if (whole) return whole;
    if (word.endsWith("n't")) return `${bare.slice(0, -2)} not`;
    const quote = word.lastIndexOf("'");
    if (quote > 0) {
      const suffix = SUFFIX[word.slice(quote)];
      if (suffix !== undefined) return word.slice(0, quote).replace(/'/g, '') + suffix;
    }
    const not = NOT_WITHOUT_APOSTROPHE.exec(bare);
    return not ? `${not[1]} not` : bare;
  });
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
