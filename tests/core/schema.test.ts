// @vitest-environment node
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import faq from '../../knowledge/faq.json' with { type: 'json' };
import schema from '../../knowledge/faq.schema.json' with { type: 'json' };
import type {
  CrisisCategory,
  CrisisConfig,
  Entry,
  HandoffTopic,
  Knowledge,
  SmallTalk,
} from '../../widget/core';
import { CATEGORIES, KEYS, validateKnowledge } from '../../widget/core';

// Compile-time: each list names every field of its TypeScript type and nothing else.
const entryKeys = {
  id: 1,
  question: 1,
  alternates: 1,
  keywords: 1,
  answer: 1,
  related: 1,
} satisfies Record<keyof Entry, 1>;
const smallTalkKeys = { id: 1, patterns: 1, reply: 1, action: 1 } satisfies Record<
  keyof SmallTalk,
  1
>;
const topicKeys = { topic: 1, terms: 1, reply: 1, unlessAnswered: 1 } satisfies Record<
  keyof HandoffTopic,
  1
>;
const rootKeys = {
  $schema: 1,
  version: 1,
  lang: 1,
  greeting: 1,
  suggestions: 1,
  entries: 1,
  smallTalk: 1,
  handoffTopics: 1,
  vocabulary: 1,
  crisis: 1,
} satisfies Record<keyof Knowledge, 1>;
const crisisKeys = { title: 1, notice: 1, resources: 1, banner: 1 } satisfies Record<
  keyof CrisisConfig,
  1
>;

const sorted = (o: object) => Object.keys(o).sort();
const ajv = new Ajv({ allErrors: true });
const schemaValid = ajv.compile(schema);
// biome-ignore lint/suspicious/noExplicitAny: these tests break the JSON on purpose, field by field.
type Loose = any;
const clone = (): Record<string, Loose> => structuredClone(faq);

describe('The schema, the TypeScript types and the validator describe one shape', () => {
  it('has the same fields as the types', () => {
    expect(sorted(schema.properties)).toEqual(sorted(rootKeys));
    expect(sorted(schema.definitions.entry.properties)).toEqual(sorted(entryKeys));
    expect(sorted(schema.definitions.smallTalk.properties)).toEqual(sorted(smallTalkKeys));
    expect(sorted(schema.definitions.crisis.properties)).toEqual(sorted(crisisKeys));
    expect(sorted(schema.definitions.handoffTopic.properties)).toEqual(sorted(topicKeys));
    expect([...KEYS.handoffTopic].sort()).toEqual(sorted(topicKeys));
    expect([...KEYS.entry].sort()).toEqual(sorted(entryKeys));
    expect([...KEYS.root].sort()).toEqual(sorted(rootKeys));
  });

  it('names the same crisis categories as the type and the validator', () => {
    // compile time: every category the type names is in the validator's list
    const all: readonly (typeof CATEGORIES)[number][] = [] as CrisisCategory[];
    const enumOf =
      schema.definitions.crisis.properties.resources.items.properties.categories.items.enum;
    expect([...enumOf].sort()).toEqual([...CATEGORIES, ...all].sort());
  });

  it('accepts the shipped knowledge, both ways', () => {
    expect(schemaValid(faq), JSON.stringify(schemaValid.errors)).toBe(true);
    expect(validateKnowledge(faq).ok).toBe(true);
  });

  const broken: [string, (k: Record<string, Loose>) => void][] = [
    [
      'a misspelt field',
      (k) => {
        k.entries[0].anwser = 'x';
      },
    ],
    [
      'a missing answer',
      (k) => {
        delete k.entries[0].answer;
      },
    ],
    [
      'an empty answer',
      (k) => {
        k.entries[0].answer = '  ';
      },
    ],
    [
      'too few alternates',
      (k) => {
        k.entries[0].alternates = ['a', 'b'];
      },
    ],
    [
      'a bad id',
      (k) => {
        k.entries[0].id = 'Who Prescribes';
      },
    ],
    [
      'the wrong version',
      (k) => {
        k.version = 2;
      },
    ],
    [
      'five suggestions',
      (k) => {
        k.suggestions = [...k.suggestions, k.entries[5].id];
      },
    ],
    [
      'a small-talk action that does not exist',
      (k) => {
        k.smallTalk[0].action = 'close';
      },
    ],
    [
      'a crisis link that is not tel:, sms: or https:',
      (k) => {
        k.crisis = {
          title: 't',
          notice: 'n',
          banner: {
            text: 'b',
            actions: [{ kind: 'call', label: 'l', href: 'javascript:alert(1)' }],
          },
          resources: [
            { id: 'r', name: 'r', actions: [{ kind: 'call', label: 'l', href: 'tel:988' }] },
          ],
        };
      },
    ],
    [
      'alternates that are not a list',
      (k) => {
        k.entries[0].alternates = 'who prescribes';
      },
    ],
  ];
  it.each(broken)('rejects %s, both ways', (_, breakIt) => {
    const k = clone();
    breakIt(k);
    expect(schemaValid(k)).toBe(false);
    expect(validateKnowledge(k).ok).toBe(false);
  });
});
