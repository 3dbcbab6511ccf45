import type { Message } from './message';

/** The handoff that shows the contact form: the newest, unless a request was sent after it. */
export function activeHandoff(messages: readonly Message[]): number | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m?.kind === 'sent') return null;
    if (m?.kind === 'handoff') return m.id;
  }
  return null;
}

/** The questions Askwell could not answer since the last request was sent: oldest first, once each. */
export function unanswered(messages: readonly Message[]): string[] {
  const out: string[] = [];
  for (const m of messages) {
    if (m.kind === 'sent') out.length = 0;
    const asked = m.kind === 'handoff' && m.asked?.trim();
    if (asked && !out.includes(asked)) out.push(asked);
  }
  return out;
}
