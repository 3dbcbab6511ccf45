/**
 * What the core returns, and the shape of a knowledge file (`knowledge/faq.json`), declared once in
 * the public types (`widget/askwell.d.ts`). `knowledge/faq.schema.json` describes the same shape
 * for editors; `tests/core/schema.test.ts` proves the two agree.
 */

import type { CrisisCategory, CrisisResource, Entry } from '../../askwell';

export type {
  CrisisAction,
  CrisisCategory,
  CrisisConfig,
  CrisisResource,
  Entry,
  HandoffTopic,
  Knowledge,
  SmallTalk,
  Vocabulary,
} from '../../askwell';

/** What `match(text)` decides. */
export type Outcome = 'answer' | 'clarify' | 'handoff' | 'crisis';

/**
 * Why a message was handed off: nothing matched, a topic the practice answers itself, the visitor
 * told their own story (what a clinician talks through, not an FAQ), asked for a person, or wrote
 * in a language the practice has no knowledge in.
 */
export type HandoffReason = 'no-match' | 'topic' | 'personal' | 'requested' | 'language';

export type CrisisTier = 'urgent' | 'possible';

/** An entry the ranking weighed, and its score: `top` holds the best two, best first. */
export interface RankedEntry {
  id: string;
  score: number;
}

export type MatchResult =
  /** `smallTalk` is set when the entry was made from a small-talk reply (no related chips, no feedback). */
  | { outcome: 'answer'; entry: Entry; smallTalk?: boolean; score: number; top?: RankedEntry[] }
  | { outcome: 'clarify'; candidates: Entry[]; score: number; top?: RankedEntry[] }
  /**
   * `reply`: small talk that asked for a person, or a topic's own words. `related`: entries that
   * answer a general question asked inside a personal story, offered beside the reply. `term`:
   * the topic's term the message holds, as the knowledge file writes it.
   */
  | {
      outcome: 'handoff';
      reason: HandoffReason;
      topic?: string;
      term?: string;
      reply?: string;
      related?: Entry[];
      score: number;
      top?: RankedEntry[];
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
