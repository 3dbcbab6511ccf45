/**
 * Types for `askwell.mjs`, written by hand (TypeScript 7 has no compiler API for a d.ts plugin),
 * and the one declaration of the shapes the widget shares with the page: the knowledge file, the
 * crisis card and the events. The source imports them from here; `tests/ui/types.test.ts` checks
 * that the rest (options, the handle, `window.Askwell`) agrees with the source, and
 * `tests/core/schema.test.ts` that the knowledge agrees with its JSON Schema.
 *
 * @example
 * import { mount } from './askwell.mjs';
 * const askwell = mount({ practiceName: 'Riverside Therapy', contactEmail: 'hello@example.org' });
 * askwell.ask('Who prescribes the medication?');
 */

/* The knowledge file (`faq.json`, documented field by field in its JSON Schema) and the crisis card. */

/** One question the practice answers. */
export interface Entry {
  /** Stable id, lowercase words joined by hyphens: `who-prescribes`. Never reuse or rename. */
  id: string;
  /** The canonical question, shown on chips and in "Did you mean…". */
  question: string;
  /** At least five other ways visitors ask the same thing. */
  alternates: string[];
  /** Extra words that point at this entry (counted at a discount). */
  keywords?: string[];
  /** 1–4 plain-language sentences in mini-markdown: paragraphs, `- ` lists, `**bold**`, `[text](https://…)`. */
  answer: string;
  /** Ids of entries offered as follow-up chips. */
  related?: string[];
}

/** Whole-message chit-chat: "hi", "thanks", "bye", "talk to a person". */
export interface SmallTalk {
  id: string;
  /** Messages that are this small talk and nothing else. */
  patterns: string[];
  reply: string;
  /** `handoff`: go straight to the practice's contact routes after the reply. */
  action?: 'handoff';
}

/** Questions the practice must answer itself (fees, hours, drug specifics…): any of these words hands off. */
export interface HandoffTopic {
  topic: string;
  terms: string[];
  /** Said before the contact routes, when a topic needs more than "ask the practice". */
  reply?: string;
  /**
   * Hand off only when no entry answers the message clearly: for words that also come up in
   * general questions ("my son", "teen": "what does therapy do for my teen?" has its answer).
   */
  unlessAnswered?: boolean;
}

export type CrisisCategory =
  | 'ideation'
  | 'self-harm'
  | 'overdose'
  | 'third-person'
  | 'harm-to-others'
  | 'abuse'
  | 'medical';

export interface CrisisAction {
  kind: 'call' | 'text' | 'chat' | 'web';
  /** What the link says: "Call 988", "Text HOME to 741741". */
  label: string;
  /** `tel:`, `sms:` or `https:` only. */
  href: string;
}

export interface CrisisResource {
  id: string;
  name: string;
  detail?: string;
  actions: CrisisAction[];
  /** Shown only for these categories; absent means always shown. */
  categories?: CrisisCategory[];
}

/** The crisis card and the always-visible crisis line. US defaults: 911, 988, 741741 and the rest; a knowledge file or `mount({ crisis })` may replace them. */
export interface CrisisConfig {
  /** First line of the card. */
  title: string;
  /** "This chat can't respond to emergencies." */
  notice: string;
  resources: CrisisResource[];
  /** The always-visible line: text and its links. */
  banner: { text: string; actions: CrisisAction[] };
}

/**
 * The practice's own words: each meaning (a word of the knowledge, such as `therapy`) → the words
 * and phrases visitors use for it (`therapist`, `counselor`, `talk therapy`). A single word counts
 * in any inflection; a phrase of several words counts where it appears whole.
 */
export type Vocabulary = Record<string, string[]>;

export interface Knowledge {
  $schema?: string;
  /** Format version of this file; currently 1. */
  version: 1;
  /** BCP 47 language of the content, e.g. `en`. */
  lang?: string;
  greeting: string;
  /** 3–4 entry ids offered as starter chips. */
  suggestions: string[];
  entries: Entry[];
  smallTalk: SmallTalk[];
  handoffTopics?: HandoffTopic[];
  /** Synonyms and phrases of this practice's field; without it, words count only as written. */
  vocabulary?: Vocabulary;
  crisis?: CrisisConfig;
}

export interface MountOptions {
  /** URL of a knowledge JSON, fetched on first open and validated; or a knowledge object. Default: the embedded one. */
  knowledge?: string | Knowledge | null;
  /** The same for the Spanish knowledge (same entries and ids), fetched when a visitor first writes in Spanish. Default: the one built beside the chat. */
  knowledgeEs?: string | Knowledge | null;
  practiceName?: string;
  /** Where the in-chat contact form POSTs (JSON; see `contact.format`). Without it, the routes below. */
  contactEndpoint?: string | null;
  contactUrl?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  /** `format: 'form'` sends the contact request form-encoded (for form services); default JSON. */
  contact?: { format: 'json' | 'form' };
  /** Any opaque CSS colour; text colours on and around it are computed to keep WCAG AA contrast. */
  accent?: string;
  position?: 'right' | 'left';
  /** `en` or `es` (a BCP 47 tag like `es-MX` works). Default: the page's `<html lang>`, else English. */
  lang?: string;
  /** `session` keeps the conversation for the tab (sessionStorage); `none` keeps it in memory only. */
  persist?: 'session' | 'none';
  /** Stacking order. Default: 2147483647, the top, above consent banners; lower it if an overlay of yours must cover the chat. */
  zIndex?: number;
  /** Overrides for individual UI strings, by key. */
  strings?: Partial<Record<string, string>>;
  /** Replaces the crisis card and line (the knowledge file's, else the US defaults). */
  crisis?: CrisisConfig | null;
}

export interface AskwellHandle {
  open(): void;
  close(): void;
  toggle(): void;
  /** Opens the panel and sends `text` as if the visitor typed it. */
  ask(text: string): void;
  /** Removes everything the widget added: its element, listeners, effects and saved conversation. */
  destroy(): void;
}

/**
 * The events, dispatched on the `<askwell-widget>` element as `askwell:<name>`, each with its
 * `detail`: outcomes and entry ids only, never what the visitor typed. The widget's code emits
 * them through this map, so this is the one declaration of every event and its detail.
 */
export interface AskwellEvents {
  open: Record<string, never>;
  close: Record<string, never>;
  answer: { outcome: 'answer'; entryId: string };
  clarify: { outcome: 'clarify' };
  handoff: { outcome: 'handoff' };
  crisis: { outcome: 'crisis' };
  /** The visitor rated an answer. */
  feedback: { outcome: 'answer'; entryId: string; helpful: boolean };
  /** The endpoint accepted a contact request; `reference` is its id for it, if it gave one. */
  'contact-sent': { reference?: string };
}

export type AskwellEventName = keyof AskwellEvents;

/** The `detail` of any `askwell:*` event. */
export type EventDetail = AskwellEvents[AskwellEventName];

/** `window.Askwell`, set up by the script tag (`askwell.js`). */
export interface AskwellApi extends AskwellHandle {
  /** `on('contact-sent', fn)` or `on('askwell:contact-sent', fn)`; returns the unsubscribe function. */
  on<E extends AskwellEventName>(
    event: E | `askwell:${E}`,
    fn: (detail: AskwellEvents[E]) => void,
  ): () => void;
}

export declare function mount(options?: MountOptions): AskwellHandle;
