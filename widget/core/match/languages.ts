import type { MatchResult } from '../knowledge/types';
import { detectLang } from '../text/lang';
import type { Lang } from '../text/langs';
import { crisisReply, type Matcher } from './matcher';

/**
 * The language to answer a message in: its own when it can be told ("¿cuánto cuesta?" on an
 * English page is answered in Spanish), else `fallback` (the conversation's language so far, or
 * the page's): "ok", "CBT?" or a name say nothing about it.
 */
export function replyLang(text: string, fallback: Lang): Lang {
  return detectLang(text) ?? fallback;
}

/** A match in the message's language, and that language. */
export type LangResult = MatchResult & { lang: Lang };

/**
 * Matches a message with the knowledge in its language. A message in a language the practice has
 * no knowledge in is still screened for crisis (the screen reads both languages), then handed off
 * (`reason: 'language'`): the reply says, in the visitor's language, which language answers are in.
 */
export function matchIn(
  matchers: Partial<Record<Lang, Matcher>>,
  text: string,
  {
    fallback = 'en',
    previous,
    lang = replyLang(text, fallback),
  }: {
    fallback?: Lang;
    previous?: string;
    /** Answer in this language, whatever the message is written in. */
    lang?: Lang;
  } = {},
): LangResult {
  const own = matchers[lang];
  if (own) return { ...own.match(text, { previous }), lang };
  const other = matchers.en ?? matchers.es;
  const hit = other && crisisReply(text, other.crisis, previous);
  return hit ? { ...hit, lang } : { outcome: 'handoff', reason: 'language', score: 0, lang };
}
