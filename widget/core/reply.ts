import type { CrisisResource, CrisisTier, HandoffReason } from './knowledge/types';
import type { Lang } from './text/langs';

/** A question offered as a chip. */
export interface Chip {
  id: string;
  question: string;
}

/**
 * What the widget shows in reply to a message, one member per kind of reply. It carries the
 * content shown (answer text, chips, the crisis card), not just ids, so a conversation restored
 * on the next page renders before, and regardless of, the knowledge. `respond.ts` decides it.
 */
export type Reply = (
  | {
      kind: 'answer';
      entryId: string;
      answer: string;
      related: Chip[];
      /** A small-talk reply: no related chips, no feedback. */
      smallTalk?: boolean;
    }
  | { kind: 'clarify'; candidates: Chip[] }
  | {
      kind: 'handoff';
      reason: HandoffReason;
      /** A topic's own words, or small talk that asked for a person. */
      reply?: string;
      /** Entries for general questions inside a personal story, offered as chips. */
      related?: Chip[];
    }
  | {
      kind: 'crisis';
      tier: CrisisTier;
      title: string;
      notice: string;
      resources: CrisisResource[];
    }
) & {
  /**
   * The language of the reply's content (the knowledge it came from), so its labels and the contact
   * form around it are in the same language; absent: the page's.
   */
  lang?: Lang;
};

/** The outcome a reply reports to the host page. */
export type ReplyKind = Reply['kind'];
