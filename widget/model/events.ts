import type { AskwellEventName, AskwellEvents } from '../askwell';

/** The events and their details: declared once, in the public types (`askwell.d.ts`). */
export type { AskwellEvents, EventDetail } from '../askwell';
export type AskwellEvent = AskwellEventName;

/** Tells the host page what happened, as one of the events of `AskwellEvents`. */
export type Emit = <E extends AskwellEvent>(type: E, detail: AskwellEvents[E]) => void;

/** Event names without the `askwell:` prefix the host element dispatches them with. */
export const EVENT_PREFIX = 'askwell:';
