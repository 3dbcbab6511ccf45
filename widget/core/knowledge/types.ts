/**
 * The shape of a knowledge file (`knowledge/faq.json`) and of what the core returns.
 * `knowledge/faq.schema.json` describes the same shape for editors; `tests/core/schema.test.ts`
 * proves the two agree.
 */

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

/** The crisis card's content. US defaults live in `core/crisis/resources.ts`; a knowledge file may replace them. */
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

/** What `match(text)` decides. */
export type Outcome = 'answer' | 'clarify' | 'handoff' | 'crisis';

/**
 * Why a message was handed off: nothing matched, a topic the practice answers itself, the visitor
 * told their own story (what a clinician talks through, not an FAQ), or asked for a person.
 */
export type HandoffReason = 'no-match' | 'topic' | 'personal' | 'requested';

export type CrisisTier = 'urgent' | 'possible';

export type MatchResult =
  /** `smallTalk` is set when the entry was made from a small-talk reply (no related chips, no feedback). */
  | { outcome: 'answer'; entry: Entry; smallTalk?: boolean; score: number }
  | { outcome: 'clarify'; candidates: Entry[]; score: number }
  /**
   * `reply`: small talk that asked for a person, or a topic's own words. `related`: entries that
   * answer a general question asked inside a personal story, offered beside the reply.
   */
  | {
      outcome: 'handoff';
      reason: HandoffReason;
      topic?: string;
      reply?: string;
      related?: Entry[];
      score: number;
    }
  /** The card to show: its title, notice and the resources for these categories, in `lang`. */
  | {
      outcome: 'crisis';
      tier: CrisisTier;
      categories: CrisisCategory[];
      title: string;
      notice: string;
      resources: CrisisResource[];
      lang: 'en' | 'es' | null;
      score: number;
    };
