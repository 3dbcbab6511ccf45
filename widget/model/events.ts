import type { Outcome } from '../core';

/** Event names without the `askwell:` prefix the host element dispatches them with. */
export type AskwellEvent = 'open' | 'close' | Outcome | 'feedback' | 'contact-sent';

/**
 * What the host page learns: the outcome and the entry id, for feedback the answer, for a sent
 * contact request the endpoint's reference; never what the visitor typed.
 */
export interface EventDetail {
  outcome?: Outcome;
  entryId?: string;
  helpful?: boolean;
  reference?: string;
}

export const EVENT_PREFIX = 'askwell:';
