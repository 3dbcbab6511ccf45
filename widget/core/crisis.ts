import { CRISIS_PATTERNS, CRISIS_WORDS, IDIOMS, RISK_EMOJI } from './crisisPatterns';
import { cleanText, editDistance, expandContractions, squash, words } from './text';
import type { CrisisCategory, CrisisTier } from './types';

export interface CrisisHit {
  tier: CrisisTier;
  categories: CrisisCategory[];
}

/**
 * Screens one message for danger; runs before any matching. Returns null when nothing was found.
 * Tolerates leetspeak ("su1c1de"), stretched and misspelled words ("killl", "suicidial"),
 * spaced-out words ("s u i c i d e", "my self") and invisible characters.
 */
export function screenCrisis(text: string): CrisisHit | null {
  const cleaned = cleanText(text);
  const normalized = normalizeForCrisis(cleaned);
  const urgent = categoriesMatching(normalized, 'urgent');
  if (urgent.length) return { tier: 'urgent', categories: urgent };
  const withoutIdioms = IDIOMS.reduce((t, idiom) => t.replace(idiom, ' '), normalized);
  const possible = categoriesMatching(withoutIdioms, 'possible');
  if (RISK_EMOJI.test(cleaned) && !possible.includes('overdose')) possible.push('overdose');
  return possible.length ? { tier: 'possible', categories: possible } : null;
}

function categoriesMatching(text: string, tier: CrisisTier): CrisisCategory[] {
  const found: CrisisCategory[] = [];
  for (const p of CRISIS_PATTERNS) {
    if (p.tier === tier && !found.includes(p.category) && p.pattern.test(text))
      found.push(p.category);
  }
  return found;
}

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
// Numbers with units stay numbers: "800mg", "2nd", "24/7".
const NUMERIC = /^\d+(?:[a-z]{0,3})$/;

/** The text the crisis patterns read: words joined by single spaces. */
function normalizeForCrisis(cleaned: string): string {
  const unleet = cleaned
    .split(/\s+/)
    .map((chunk) =>
      /[a-z]/.test(chunk) && !NUMERIC.test(chunk)
        ? chunk.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c)
        : chunk,
    )
    .join(' ');
  const tokens = words(expandContractions(unleet)).map(correct);
  return joinSplitWords(tokens).join(' ');
}

const CRISIS_SET = new Set(CRISIS_WORDS);
const SQUASHED = new Map(CRISIS_WORDS.map((w) => [squash(w), w]));

// Visitors reuse the same few hundred words; remembering them keeps long messages cheap.
const corrections = new Map<string, string>();

/** A crisis word the token is a typo or a stretched spelling of, else the token. */
function correct(token: string): string {
  if (token.length < 4 || CRISIS_SET.has(token)) return token;
  let known = corrections.get(token);
  if (known === undefined) {
    known = closestCrisisWord(token);
    if (corrections.size < 5000) corrections.set(token, known);
  }
  return known;
}

function closestCrisisWord(token: string): string {
  const stretched = SQUASHED.get(squash(token));
  if (stretched) return stretched;
  if (token.length < 6) return token;
  let best = token;
  let bestDistance = 3;
  for (const word of CRISIS_WORDS) {
    if (word[0] !== token[0] || word.length < 6) continue;
    const allowed = Math.min(word.length, token.length) >= 9 ? 2 : 1;
    const d = editDistance(token, word, allowed);
    if (d <= allowed && d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * "my self" → "myself", "sui cide" → "suicide", "s u i c i d e" → "suicide": rejoins words
 * split by spaces when the joined word is (a typo of) a crisis word.
 */
function joinSplitWords(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    // A run of four or more single letters is a spelled-out word.
    let j = i;
    while (j < tokens.length && tokens[j]?.length === 1) j++;
    if (j - i >= 4) {
      out.push(correct(tokens.slice(i, j).join('')));
      i = j - 1;
      continue;
    }
    const next = tokens[i + 1];
    if (next !== undefined) {
      const joined = correct(token + next);
      if (CRISIS_SET.has(joined) && !CRISIS_SET.has(token) && !CRISIS_SET.has(next)) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}
