import type { Outcome } from '../core/types';

/** Event names without the `askwell:` prefix the host element dispatches them with. */
export type AskwellEvent = 'open' | 'close' | Outcome | 'feedback';

/**
 * What the host page learns: the outcome and the entry id, and for feedback the answer; never
 * what the visitor typed.
 */
export interface EventDetail {
  outcome?: Outcome;
  entryId?: string;
  helpful?: boolean;
}

export const EVENT_PREFIX = 'askwell:';
