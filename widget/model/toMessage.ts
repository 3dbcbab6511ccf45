import type { Entry, Matcher, MatchResult } from '../core';
import type { Chip, Message } from './message';

const chip = (e: Entry): Chip => ({ id: e.id, question: e.question });

/**
 * The message that shows a match result. It keeps the content shown (answer text, chips, the
 * crisis card), not just ids, so a conversation restored on the next page needs no knowledge.
 */
export function toMessage(id: number, result: MatchResult, m: Pick<Matcher, 'entry'>): Message {
  switch (result.outcome) {
    case 'answer': {
      const { entry, smallTalk } = result;
      const related = smallTalk ? [] : (entry.related ?? []).map(m.entry).filter((e) => !!e);
      return {
        id,
        kind: 'answer',
        entryId: entry.id,
        answer: entry.answer,
        related: related.map(chip),
        smallTalk,
      };
    }
    case 'clarify':
      return { id, kind: 'clarify', candidates: result.candidates.map(chip) };
    case 'handoff': {
      const related = result.related?.map(chip);
      return {
        id,
        kind: 'handoff',
        reason: result.reason,
        reply: result.reply,
        ...(related ? { related } : {}),
      };
    }
    case 'crisis':
      return {
        id,
        kind: 'crisis',
        tier: result.tier,
        title: result.title,
        notice: result.notice,
        resources: result.resources,
      };
  }
}
