import type { CrisisResource, CrisisTier, HandoffReason, PreferredContact } from '../core';

/** A question offered as a chip. */
export interface Chip {
  id: string;
  question: string;
}

/**
 * One line of the conversation. Replies carry the content they showed (not just entry ids), so a
 * conversation restored on the next page renders before, and regardless of, the knowledge.
 * `done` marks a "Did you mean…" or a weaker-tier crisis card the visitor has moved past.
 * A handoff keeps the question it could not answer (`asked`): the contact form starts from it.
 * `sent` confirms a contact request the endpoint accepted.
 */
export type Message =
  | { id: number; kind: 'visitor'; text: string }
  | {
      id: number;
      kind: 'answer';
      entryId: string;
      answer: string;
      related: Chip[];
      smallTalk?: boolean;
    }
  | { id: number; kind: 'clarify'; candidates: Chip[]; done?: boolean }
  | {
      id: number;
      kind: 'handoff';
      reason: HandoffReason;
      reply?: string;
      asked?: string;
      /** Entries for general questions inside a personal story, offered as chips. */
      related?: Chip[];
    }
  | { id: number; kind: 'sent'; by: PreferredContact; reference?: string }
  | {
      id: number;
      kind: 'crisis';
      tier: CrisisTier;
      title: string;
      notice: string;
      resources: CrisisResource[];
      done?: boolean;
    };

/** A loose check of what comes back from storage (another script on the page can write there). */
export function isMessage(value: unknown): value is Message {
  const m = value as Record<string, unknown> | null;
  if (typeof m?.id !== 'number') return false;
  switch (m.kind) {
    case 'visitor':
      return typeof m.text === 'string';
    case 'answer':
      return typeof m.answer === 'string' && Array.isArray(m.related);
    case 'clarify':
      return Array.isArray(m.candidates);
    case 'handoff':
      return typeof m.reason === 'string' && (m.asked === undefined || typeof m.asked === 'string');
    case 'crisis':
      return typeof m.title === 'string' && Array.isArray(m.resources);
    case 'sent':
      return ['email', 'phone', 'text'].includes(m.by as string);
  }
  return false;
}
