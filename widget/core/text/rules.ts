import { remembered } from '../remember';
import { STOPWORDS, stem } from './english';
import { type Lang, toLang } from './langs';
import { STOPWORDS_ES, soundEs, stemEs } from './spanish';

/** One language's matching rules: the words that carry no meaning, and the stemmer. */
export interface LanguageRules {
  readonly stopwords: ReadonlySet<string>;
  readonly stem: (word: string) => string;
  /**
   * The most edits a typo correction may make to a word, if the language needs a limit. Spanish
   * does: its conjugations and accent-less spellings give most everyday words a near neighbour in
   * the knowledge ("peli" is not "papel", "muerta" not "mental"), so only a slip of one key (two
   * from eight letters) is corrected.
   */
  readonly typoEdits?: (word: string) => number;
}

const RULES: Readonly<Record<Lang, LanguageRules>> = {
  en: { stopwords: STOPWORDS, stem },
  es: {
    stopwords: new Set([...STOPWORDS_ES, ...[...STOPWORDS_ES].map(soundEs)]),
    // remembered: the stemmer and the spelling fold run for every word of every phrasing
    stem: remembered((w) => soundEs(stemEs(w)), 20000),
    typoEdits: (w) => (w.length >= 8 ? 2 : 1),
  },
};

/** A knowledge file's `lang` ("es", "es-MX") as one of the languages the matcher has rules for; English for anything else. */
export const knowledgeLang = (lang: string | undefined): Lang => (lang && toLang(lang)) || 'en';

/** The matching rules for a knowledge file's `lang`. */
export const rulesFor = (lang: string | undefined): LanguageRules => RULES[knowledgeLang(lang)];
