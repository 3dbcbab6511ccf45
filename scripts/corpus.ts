import { readdirSync, readFileSync } from 'node:fs';

/**
 * Two labelled sets, both written by helpers who never saw the code they measure:
 * - `questions.json`: questions to the matcher (in-scope paraphrases of each entry, out-of-scope
 *   questions), split tune / holdout;
 * - `corpus/`: messages for the crisis screen and the personal-story reply, one file a slice,
 *   each slice by its own writer; `holdout-*` slices were written by separate helpers and are
 *   never tuned on (see corpus/README.md).
 */
export type Split = 'tune' | 'holdout';

export interface Question {
  text: string;
  label: 'in-scope' | 'out-of-scope';
  entry?: string;
  category?: string;
  split: Split;
  /** The question's language; absent: English. */
  lang?: 'en' | 'es';
}

/** One corpus message and what a careful counsellor would say it is. */
export interface Message {
  text: string;
  tier: 'urgent' | 'possible' | 'none';
  category: string;
  kind: string;
  /** `personal`: about the writer's own life; `practice`: a general question; `other`. */
  asks: 'personal' | 'practice' | 'other';
  voice: string;
  lang: 'en' | 'es';
  /** The visitor's message before this one, for a crisis told across two. */
  previous?: string;
  split: Split;
  slice: string;
}

export const QUESTIONS = JSON.parse(
  readFileSync(new URL('../tests/eval/questions.json', import.meta.url), 'utf8'),
) as Question[];

const corpusDir = new URL('../tests/eval/corpus/', import.meta.url).pathname;
export const MESSAGES: Message[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) =>
    (JSON.parse(readFileSync(corpusDir + f, 'utf8')) as Omit<Message, 'split' | 'slice'>[]).map(
      (m) => ({
        ...m,
        split: f.startsWith('holdout') ? ('holdout' as const) : ('tune' as const),
        slice: f.replace('.json', ''),
      }),
    ),
  );
