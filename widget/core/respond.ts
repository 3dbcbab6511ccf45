import type { CrisisConfig, Entry, HandoffReason, MatchResult } from './knowledge/types';
import { crisisReply, type Matcher } from './match/matcher';
import type { Chip, Reply } from './reply';
import type { Lang } from './text/langs';

export interface Context {
  /** The matcher over the knowledge; null while the knowledge is still loading. */
  matcher: Matcher | null;
  /** The crisis card configured so far (the matcher's, once there is one). */
  crisis: CrisisConfig;
  /** The visitor's message before this one: a crisis told across two messages is caught. */
  previous?: string;
  /**
   * false skips the crisis screen: it already ran on this message (while the knowledge loaded),
   * or the visitor saw the card for a weaker signal and chose "I have a different question".
   */
  screen?: boolean;
  /** The language the reply is in (the matcher's knowledge's), carried on the reply for its labels. */
  lang?: Lang;
}

/**
 * The reply to one visitor message, decided here and nowhere else: the crisis screen, then the
 * matcher, then the reply with its related entries. The screen needs no knowledge, so a crisis
 * card never waits for a slow network; anything else returns null until the matcher is ready.
 */
export function respond(text: string, context: Context & { matcher: Matcher }): Reply;
export function respond(text: string, context: Context): Reply | null;
export function respond(text: string, context: Context): Reply | null {
  const { matcher, previous, screen = true, lang } = context;
  const crisis = matcher?.crisis ?? context.crisis;
  const hit = screen ? crisisReply(text, crisis, previous) : null;
  if (hit) return toReply(hit, matcher);
  if (!matcher) return null;
  const reply = toReply(matcher.match(text, { screen: false, previous }), matcher);
  return lang ? { ...reply, lang } : reply;
}

/** The reply to a message in a language the practice has no knowledge in: it says so, in that language. */
export const otherLanguage = (lang: Lang): Reply => ({
  kind: 'handoff',
  reason: 'language',
  lang,
});

/** The answer to a question chip; a chip restored from an earlier page may name an entry gone since. */
export function respondToChip(chip: Chip, matcher: Matcher, lang?: Lang): Reply {
  const entry = matcher.entry(chip.id);
  const reply: Reply = entry ? answer(entry, matcher) : { kind: 'handoff', reason: 'no-match' };
  return lang ? { ...reply, lang } : reply;
}

/** The contact routes, asked for with a button ("Talk to a person", "None of these"). */
export const handoff = (reason: HandoffReason): Reply => ({ kind: 'handoff', reason });

const chip = (e: Entry): Chip => ({ id: e.id, question: e.question });

function answer(entry: Entry, m: Pick<Matcher, 'entry'> | null, smallTalk?: boolean): Reply {
  const related = smallTalk
    ? []
    : (entry.related ?? []).map((id) => m?.entry(id)).filter((e): e is Entry => !!e);
  return {
    kind: 'answer',
    entryId: entry.id,
    answer: entry.answer,
    related: related.map(chip),
    ...(smallTalk ? { smallTalk } : {}),
  };
}

function toReply(result: MatchResult, m: Pick<Matcher, 'entry'> | null): Reply {
  switch (result.outcome) {
    case 'answer':
      return answer(result.entry, m, result.smallTalk);
    case 'clarify':
      return { kind: 'clarify', candidates: result.candidates.map(chip) };
    case 'handoff':
      return {
        kind: 'handoff',
        reason: result.reason,
        ...(result.reply ? { reply: result.reply } : {}),
        ...(result.related ? { related: result.related.map(chip) } : {}),
      };
    case 'crisis': {
      const { tier, title, notice, resources, lang } = result;
      return { kind: 'crisis', tier, title, notice, resources, ...(lang ? { lang } : {}) };
    }
  }
}
