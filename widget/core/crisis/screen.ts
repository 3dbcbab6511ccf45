import type { CrisisCategory, CrisisTier } from '../knowledge/types';
import { detectLang } from '../text/lang';
import { scoresOf, THRESHOLDS } from './model';
import { sentences } from './read';
import { type Finding, isHistory, read, riskConcepts, ruleWarmSteps, tellsHistory } from './rules';

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
  // The pair repeats the windows of each message: each is read once.
  const read = memo();
  const own = screen(text, lang, read);
  if (!previous) return finish(own, lang);
  const together = screen(`${previous}\n${text}`, lang, read);
  const more = rank(together) > rank(own) && rank(together) > rank(screen(previous, lang, read));
  return finish(more ? together : own, lang);
}

/**
 * Small steps that, run once each in idle time, leave the screen's first real message as fast
 * as the rest (see `ruleWarmSteps`); the screen works the same without them.
 */
export const crisisWarmSteps = (): (() => void)[] => [
  ...ruleWarmSteps(),
  () => screenCrisis('ok'),
  () => screenCrisis('ok, thanks'),
];

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
  const risks = list.map(riskConcepts);
  for (let i = 0; i < list.length; i++) {
    const one = list[i] ?? [];
    out.push({ words: one, history: told[i] ?? false, story });
    const next = list[i + 1];
    // A pair is read only when together the two sentences hold two risk concepts: that is all
    // a pair can add to reading each alone.
    if (
      next &&
      one.length + next.length <= 40 &&
      new Set([...(risks[i] ?? []), ...(risks[i + 1] ?? [])]).size >= 2
    )
      out.push({ words: [...one, ...next], history: !!(told[i] || told[i + 1]), story });
  }
  const all = list.flat();
  if (list.length > 2 && all.length <= 60)
    out.push({ words: all, history: told.some(Boolean), story });
  return out;
}

/**
 * Rules first, then the learned layer over the same windows: an urgent finding stands; the
 * layer's urgent model, when sure, makes the message urgent too; a weaker finding from a noisier
 * rule stands unless the layer is sure the message is benign (a guard may lower the weaker tier,
 * never cancel an urgent one); with no finding, a high risk score shows the card with a way back.
 */
function screen(
  text: string,
  lang: CrisisHit['lang'],
  readWindow: ReturnType<typeof memo>,
): Finding[] {
  const windows = messageWindows(text, lang);
  const found: Finding[] = [];
  let risk = 0;
  let urgent = 0;
  for (const w of windows) {
    const r = readWindow(w.words, w);
    found.push(...r.found);
    risk = Math.max(risk, r.risk);
    urgent = Math.max(urgent, r.urgent);
  }
  if (found.some((f) => f.tier === 'urgent')) return found;
  // the second model sure of danger now: urgent, in the category a weaker rule saw, if one did
  if (urgent >= THRESHOLDS.urgent)
    return [{ tier: 'urgent', category: found[0]?.category ?? guess(windows) }];
  if (found.length) return risk >= THRESHOLDS.guard ? found : found.filter((f) => !f.guarded);
  return risk >= THRESHOLDS.possible ? [{ tier: 'possible', category: guess(windows) }] : [];
}

/** `read` and the learned layer's scores of a window, remembered for one message and its pair. */
function memo() {
  const seen = new Map<string, { found: Finding[]; risk: number; urgent: number }>();
  return (words: string[], { history, story }: { history: boolean; story: boolean }) => {
    const key = `${+history}${+story}${words.join(' ')}`;
    let r = seen.get(key);
    if (!r) {
      const { found, features } = read(words, { history, story });
      r = { found, ...scoresOf(features) };
      seen.set(key, r);
    }
    return r;
  };
}

/** The category a learned finding most likely has, from what the message mentions. */
function guess(windows: ReadWindow[]): CrisisCategory {
  const text = ` ${windows.map((w) => w.words.join(' ')).join(' ')} `;
  if (/ (?:took|swallowed|pills|tablets|overdose|pastillas) /.test(text)) return 'overdose';
  if (/ (?:hits|hit me|beat|choked|raped|threatens|abuse|pega|golpea) /.test(text)) return 'abuse';
  if (/ (?:my (?:friend|son|daughter|brother|sister|mom|dad|wife|husband)|she|he) /.test(text))
    return 'third-person';
  return 'ideation';
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
