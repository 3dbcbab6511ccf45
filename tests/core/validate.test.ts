// @vitest-environment node
import { describe, expect, it } from 'vitest';
import faq from '../../knowledge/faq.json' with { type: 'json' };
import { KEYS, KNOWLEDGE_TEXT, validateKnowledge } from '../../widget/core';

// biome-ignore lint/suspicious/noExplicitAny: these tests break the JSON on purpose, field by field.
type Loose = any;
const clone = (): Record<string, Loose> => structuredClone(faq);
const errorsOf = (k: unknown) => {
  const r = validateKnowledge(k);
  return r.ok ? [] : r.errors;
};

describe('validateKnowledge: what staff see when the file is wrong', () => {
  it('names the path and a fix for a misspelt field', () => {
    const k = clone();
    k.entries[2].anwser = 'x';
    expect(errorsOf(k)).toContainEqual({
      path: '$.entries[2].anwser',
      ...KNOWLEDGE_TEXT.unknownField('anwser', KEYS.entry),
      // removing it is the fix: the studio offers a button
      remove: '$.entries[2].anwser',
    });
    expect(KNOWLEDGE_TEXT.unknownField('anwser', KEYS.entry).fix).toContain('answer');
  });

  it('says "unlessAnswered" takes true or false, not a word in quotes', () => {
    const k = clone();
    k.handoffTopics[0].unlessAnswered = 'yes';
    expect(errorsOf(k)).toContainEqual({
      path: '$.handoffTopics[0].unlessAnswered',
      ...KNOWLEDGE_TEXT.notTrueOrFalse('unlessAnswered'),
    });
  });

  it('finds a vocabulary word listed under two meanings, and a meaning with no words', () => {
    const k = clone();
    k.vocabulary.medication.push('counselor');
    k.vocabulary.empty = [];
    expect(errorsOf(k)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '$.vocabulary["medication"]',
          message: '"counselor" is listed under both "therapy" and "medication"',
        }),
        expect.objectContaining({ path: '$.vocabulary.empty' }),
      ]),
    );
  });

  it('finds duplicate ids, across entries and small talk', () => {
    const k = clone();
    k.entries[1].id = k.entries[0].id;
    k.smallTalk[0].id = k.entries[3].id;
    const paths = errorsOf(k).map((e) => e.path);
    expect(paths).toContain('$.entries[1].id');
    expect(paths).toContain('$.smallTalk[0].id');
  });

  it('finds related ids and suggestions that point nowhere', () => {
    const k = clone();
    k.entries[0].related = ['no-such-entry'];
    k.suggestions[0] = 'also-missing';
    const paths = errorsOf(k).map((e) => e.path);
    expect(paths).toContain('$.entries[0].related[0]');
    expect(paths).toContain('$.suggestions[0]');
  });

  it.each(['javascript:alert(1)', 'http://example.com', 'data:text/html,x'])(
    'refuses an answer link to %s',
    (url) => {
      const k = clone();
      k.entries[0].answer = `See [this](${url}).`;
      expect(errorsOf(k)).toContainEqual(expect.objectContaining({ path: '$.entries[0].answer' }));
    },
  );

  it.each([null, 'text', 42, [], { version: 1 }])('rejects %j without throwing', (data) => {
    expect(validateKnowledge(data).ok).toBe(false);
  });

  it('warns, without failing, about an answer longer than four sentences', () => {
    const k = clone();
    k.entries[0].answer = 'One. Two. Three. Four. Five.';
    const r = validateKnowledge(k);
    expect(r.ok).toBe(true);
    expect(r.warnings).toContainEqual(expect.objectContaining({ path: '$.entries[0].answer' }));
  });
});
