import { STOPWORDS, stem } from './english';
import { STOPWORDS_ES, stemEs } from './spanish';

/** The languages a knowledge file can be written in. */
export type KnowledgeLang = 'en' | 'es';

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

const RULES: Readonly<Record<KnowledgeLang, LanguageRules>> = {
  en: { stopwords: STOPWORDS, stem },
  es: { stopwords: STOPWORDS_ES, stem: stemEs, typoEdits: (w) => (w.length >= 8 ? 2 : 1) },
};

/** The rules for a knowledge file's `lang` ("es", "es-MX"); English for anything else. */
export function rulesFor(lang: string | undefined): LanguageRules {
  return lang?.toLowerCase().startsWith('es') ? RULES.es : RULES.en;
}

/** A knowledge file's `lang` as one of the languages the matcher has rules for. */
export const knowledgeLang = (lang: string | undefined): KnowledgeLang =>
  lang?.toLowerCase().startsWith('es') ? 'es' : 'en';
