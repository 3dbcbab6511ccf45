import type { Chip, PreferredContact, Reply } from '../core';

export type { Chip };

type Shown<K extends Reply['kind'], More = unknown> = Extract<Reply, { kind: K }> & {
  id: number;
} & More;

/**
 * One line of the conversation: the visitor's, a reply (`core/reply.ts`) with its id, or the
 * confirmation of a contact request the endpoint accepted (`sent`). `done` marks a "Did you
 * mean…" or a weaker-tier crisis card the visitor has moved past. A handoff keeps the question it
 * could not answer (`asked`): the contact form starts from it.
 */
export type Message =
  | { id: number; kind: 'visitor'; text: string }
  | Shown<'answer'>
  | Shown<'clarify', { done?: boolean }>
  | Shown<'handoff', { asked?: string }>
  | Shown<'crisis', { done?: boolean }>
  | { id: number; kind: 'sent'; by: PreferredContact; reference?: string };

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
