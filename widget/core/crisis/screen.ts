import { detectLang } from '../lang';
import type { CrisisCategory, CrisisTier } from '../types';
import { sentences } from './read';
import { type Finding, isHistory, readWindow, tellsHistory } from './rules';

export interface CrisisHit {
  tier: CrisisTier;
  categories: CrisisCategory[];
  /** The language the message is written in, for the card; null when it cannot tell. */
  lang: 'en' | 'es' | null;
}

/**
 * Screens one message for danger; runs before any matching. Null when nothing was found.
 *
 * It reads the whole message (up to the input limit) sentence by sentence, each sentence alone and
 * with the next one, so danger stated in one sentence of a long story is found, and a plan told
 * across two sentences ("I have the pills. Tonight.") is read as one. With `previous` (the
 * visitor's message before this one), a crisis told across two messages is caught too: the pair
 * counts only where it says more than either message alone.
 */
export function screenCrisis(text: string, previous?: string): CrisisHit | null {
  const lang = detectLang(previous ? `${previous} ${text}` : text);
  const own = screen(text, lang);
  if (!previous) return finish(own, lang);
  const together = screen(`${previous}\n${text}`, lang);
  const more = rank(together) > rank(own) && rank(together) > rank(screen(previous, lang));
  return finish(more ? together : own, lang);
}

export interface ReadWindow {
  words: string[];
  /** One of its sentences is told as history. */
  history: boolean;
  /** The message tells history somewhere. */
  story: boolean;
}

/**
 * The windows a message is read in: each sentence, each two neighbouring sentences (often one
 * thought: "I have 40 pills saved. Tonight."), and a short message whole, however punctuated
 * ("Got my pistol. Loaded. Just sitting here.").
 */
export function messageWindows(text: string, lang = detectLang(text)): ReadWindow[] {
  const list = sentences(text, lang === 'es');
  const told = list.map((s) => isHistory(s.join(' ')));
  const story = tellsHistory(list.map((s) => s.join(' ')).join(' '));
  const out: ReadWindow[] = [];
  for (let i = 0; i < list.length; i++) {
    const one = list[i] ?? [];
    out.push({ words: one, history: told[i] ?? false, story });
    const next = list[i + 1];
    if (next && one.length + next.length <= 40)
      out.push({ words: [...one, ...next], history: !!(told[i] || told[i + 1]), story });
  }
  const all = list.flat();
  if (list.length > 2 && all.length <= 60)
    out.push({ words: all, history: told.some(Boolean), story });
  return out;
}

function screen(text: string, lang: CrisisHit['lang']): Finding[] {
  return messageWindows(text, lang).flatMap((w) => readWindow(w.words, w));
}

const rank = (found: Finding[]) =>
  found.some((f) => f.tier === 'urgent') ? 2 : found.length > 0 ? 1 : 0;

function finish(found: Finding[], lang: CrisisHit['lang']): CrisisHit | null {
  if (found.length === 0) return null;
  const tier: CrisisTier = rank(found) === 2 ? 'urgent' : 'possible';
  const categories: CrisisCategory[] = [];
  for (const f of found) {
    if ((tier === 'possible' || f.tier === 'urgent') && !categories.includes(f.category))
      categories.push(f.category);
  }
  return { tier, categories, lang };
}
