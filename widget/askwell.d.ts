/**
 * Types for `askwell.mjs`, written by hand (TypeScript 7 has no compiler API for a d.ts plugin).
 * `tests/ui/types.test.ts` checks they agree with the source.
 *
 * @example
 * import { mount } from './askwell.mjs';
 * const askwell = mount({ practiceName: 'Riverside Therapy', contactEmail: 'hello@example.org' });
 * askwell.ask('Who prescribes the medication?');
 */

/** A knowledge file (`faq.json`); its JSON Schema documents every field. */
export interface Knowledge {
  $schema?: string;
  version: 1;
  lang?: string;
  greeting: string;
  /** 3–4 entry ids offered as starter chips. */
  suggestions: string[];
  entries: {
    id: string;
    question: string;
    alternates: string[];
    keywords?: string[];
    /** Mini-markdown: paragraphs, `- ` lists, `**bold**`, `[text](https:…)`. */
    answer: string;
    related?: string[];
  }[];
  smallTalk: { id: string; patterns: string[]; reply: string; action?: 'handoff' }[];
  handoffTopics?: { topic: string; terms: string[]; reply?: string }[];
  /** Synonyms and phrases: each meaning → the words and phrases visitors use for it. */
  vocabulary?: Record<string, string[]>;
  /** The crisis card's content; default: US resources (988, 911, 741741…). */
  crisis?: CrisisConfig;
}

/** A crisis link: one tap, `tel:`, `sms:` or `https:` only. */
export interface CrisisAction {
  kind: 'call' | 'text' | 'chat' | 'web';
  label: string;
  href: string;
}

/** The crisis card and the always-visible crisis line. */
export interface CrisisConfig {
  title: string;
  /** "This chat can't respond to emergencies…" */
  notice: string;
  resources: {
    id: string;
    name: string;
    detail?: string;
    actions: CrisisAction[];
    /** Shown only for these categories; absent means always shown. */
    categories?: (
      | 'ideation'
      | 'self-harm'
      | 'overdose'
      | 'third-person'
      | 'harm-to-others'
      | 'abuse'
      | 'medical'
    )[];
  }[];
  banner: { text: string; actions: CrisisAction[] };
}

export interface MountOptions {
  /** URL of a knowledge JSON, fetched on first open and validated; or a knowledge object. Default: the embedded one. */
  knowledge?: string | Knowledge | null;
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

/** The events, dispatched on the `<askwell-widget>` element as `askwell:<name>`. */
export type AskwellEventName =
  | 'open'
  | 'close'
  | 'answer'
  | 'clarify'
  | 'handoff'
  | 'crisis'
  | 'feedback'
  | 'contact-sent';

/**
 * `detail` of the `askwell:*` events dispatched on the `<askwell-widget>` element: outcomes and
 * entry ids only, never what the visitor typed.
 */
export interface EventDetail {
  outcome?: 'answer' | 'clarify' | 'handoff' | 'crisis';
  entryId?: string;
  /** `askwell:feedback` only. */
  helpful?: boolean;
  /** `askwell:contact-sent` only: the endpoint's reference for the request, if it gave one. */
  reference?: string;
}

/** `window.Askwell`, set up by the script tag (`askwell.js`). */
export interface AskwellApi extends AskwellHandle {
  /** `on('contact-sent', fn)` or `on('askwell:contact-sent', fn)`; returns the unsubscribe function. */
  on(
    event: AskwellEventName | `askwell:${AskwellEventName}`,
    fn: (detail: EventDetail) => void,
  ): () => void;
}

export declare function mount(options?: MountOptions): AskwellHandle;
