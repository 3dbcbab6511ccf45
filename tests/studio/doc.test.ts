// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  diffKnowledge,
  entryId,
  formatKnowledge,
  MAX_FILE_BYTES,
  openKnowledge,
} from '../../knowledge/studio/doc';
import { compareOutcomes, explain, matcherFor } from '../../knowledge/studio/explain';
import { scriptTag } from '../../knowledge/studio/ui/Save';
import type { Knowledge } from '../../widget/core';
import { lintKnowledge } from '../../widget/core';

const TEXT = readFileSync('knowledge/faq.json', 'utf8');
const shipped = (): Knowledge => JSON.parse(TEXT);

describe('opening a file staff picked', () => {
  it('opens the shipped file with no problems', () => {
    const r = openKnowledge(TEXT);
    expect(r.ok && r.problems.filter((p) => !/fewer|suggestion/.test(p.message))).toEqual([]);
  });

  it.each([
    ['not JSON', '{ "entries": [ }', /not valid JSON/],
    ['JSON but not an object', '[1, 2, 3]', /not a knowledge file/],
    ['entries that are not a list', '{"entries": "none"}', /\$\.entries is not a list/],
    ['an entry that is not an object', '{"entries": [42]}', /\$\.entries\[0\] is not an entry/],
    ['deeply nested', `{"x": ${'['.repeat(5000)}${']'.repeat(5000)}}`, /nested far deeper/],
    ['20 MB', `{"x": "${'a'.repeat(20 * 1024 * 1024)}"}`, /20\.0 MB/],
  ])('refuses %s with a plain reason and a fix, never throwing', (_, text, reason) => {
    const r = openKnowledge(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(reason);
      expect(r.fix.length).toBeGreaterThan(20);
    }
  });

  it('opens a file with wrong values and unknown fields, every problem listed, nothing dropped', () => {
    const k = shipped() as unknown as Record<string, unknown>;
    const entries = k.entries as Record<string, unknown>[];
    (entries[0] as Record<string, unknown>).anwser = 'typo';
    (entries[1] as Record<string, unknown>).answer = '<img src=x onerror=alert(1)>';
    (entries[2] as Record<string, unknown>).alternates = ['only one'];
    k.extra = { kept: true };
    const r = openKnowledge(JSON.stringify(k));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('$.entries[0].anwser');
    expect(paths).toContain('$.entries[2].alternates');
    expect(paths).toContain('$.extra');
    // Kept as text, to be shown as text: the file is data, never markup.
    expect(r.knowledge.entries[1]?.answer).toBe('<img src=x onerror=alert(1)>');
    expect((r.knowledge as unknown as Record<string, unknown>).extra).toEqual({ kept: true });
    expect(MAX_FILE_BYTES).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('saving writes what the formatter would', () => {
  it('writes the shipped files byte for byte as they are', () => {
    for (const f of ['knowledge/faq.json', 'knowledge/faq.es.json']) {
      const text = readFileSync(f, 'utf8');
      expect(formatKnowledge(JSON.parse(text))).toBe(text);
    }
  });

  it('writes an edited file as Biome formats it, so npm run lint stays green', () => {
    const k = shipped();
    k.entries[0]?.keywords?.push(...Array.from({ length: 30 }, (_, i) => 'w'.repeat((i % 9) + 1)));
    for (let w = 60; w < 100; w++)
      k.entries.push({
        id: `w${w}`,
        question: 'q',
        alternates: ['a'.repeat(w - 20), 'b'],
        answer: 'x',
      });
    const out = formatKnowledge(k);
    const biome = execFileSync('npx', ['biome', 'format', '--stdin-file-path', 'faq.json'], {
      input: out,
    }).toString();
    expect(out).toBe(biome);
  }, 20_000);
});

describe('ids and changes', () => {
  it('makes an id from the question, unique and readable', () => {
    expect(entryId('Do you offer telehealth?', new Set())).toBe('do-you-offer-telehealth');
    expect(entryId('¿Ofrecen terapia en línea?', new Set())).toBe('ofrecen-terapia-en-linea');
    expect(entryId('Do you offer telehealth?', new Set(['do-you-offer-telehealth']))).toBe(
      'do-you-offer-telehealth-2',
    );
    expect(entryId('???', new Set())).toBe('entry');
    expect(entryId('a '.repeat(60), new Set()).length).toBeLessThanOrEqual(48);
  });

  it('says what a save changes, in words staff read', () => {
    const before = shipped();
    const after = shipped();
    after.entries.push({
      id: 'telehealth',
      question: 'Do you offer telehealth?',
      alternates: [],
      answer: 'Yes.',
    });
    (after.entries[0] as { alternates: string[] }).alternates.push('by video?');
    after.entries.splice(1, 1);
    after.greeting = 'Hello.';
    const changes = diffKnowledge(before, after);
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'added', what: 'Entry "Do you offer telehealth?"', details: [] },
        {
          kind: 'changed',
          what: 'Entry "Why combine medication and therapy?"',
          details: ['alternates: + "by video?"'],
        },
        { kind: 'removed', what: `Entry "${before.entries[1]?.question}"`, details: [] },
        {
          kind: 'changed',
          what: 'Greeting',
          details: [`greeting: "${before.greeting}" → "Hello."`],
        },
      ]),
    );
    expect(diffKnowledge(before, shipped())).toEqual([]);
  });
});

describe('why a reply, and questions that got worse', () => {
  it('names the entry, the runner-up with scores, and the handoff topic with its word', () => {
    const k = shipped();
    const m = matcherFor(k);
    const answered = explain(m?.match('who prescribes the meds') as never, k);
    expect(answered.summary).toBe('Answered with “Who oversees medication management?”');
    expect(answered.details[0]).toMatch(
      /^Best match: “Who oversees medication management\?” \(score \d\.\d\d\)$/,
    );
    expect(answered.details[1]).toMatch(/^Runner-up: “.+” \(score \d\.\d\d\)$/);
    const topic = explain(m?.match('how much is a session') as never, k);
    expect(topic.outcome).toBe('handoff');
    expect(topic.details[0]).toMatch(/Handoff topic “fees”, because of the word “how much is/);
    const crisis = explain(m?.match('i want to kill myself') as never, k);
    expect(crisis.summary).toMatch(/Crisis resources \(urgent\)/);
    expect(crisis.details[0]).toMatch(/ideation/);
  });

  it('flags a question answered with the saved file and not with the draft', () => {
    const saved = shipped();
    const draft = shipped();
    draft.handoffTopics?.push({ topic: 'prescribing', terms: ['prescribes'] });
    const [worse, same] = compareOutcomes(
      ['who prescribes the meds', 'how do i get started'],
      saved,
      draft,
    );
    expect(worse?.regressed).toBe(true);
    expect(worse?.after?.outcome).toBe('handoff');
    expect(same?.regressed).toBe(false);
  });
});

describe('the knowledge checks, one entry at a time', () => {
  it('name the handoff term to remove, as a path the studio can act on', () => {
    const k = shipped();
    k.entries[0]?.alternates.push('can i book an appointment to do both');
    const { errors } = lintKnowledge(k);
    const clash = errors.find((e) => e.remove);
    expect(clash?.remove).toMatch(/^\$\.handoffTopics\[\d+\]\.terms\[\d+\]$/);
    expect(clash?.message).toMatch(/"appointment"/);
  });
});

describe('the publish snippet', () => {
  const url = 'https://www.example.org/askwell/faq.json';
  it('sets data-knowledge on the practice’s own tag, or replaces the old one, keeping the rest', () => {
    expect(
      scriptTag('<script src="/askwell.js" data-practice-name="Riverside" defer></script>', url),
    ).toBe(
      `<script src="/askwell.js" data-practice-name="Riverside" defer data-knowledge="${url}"></script>`,
    );
    expect(scriptTag(`<script src="/a.js" data-knowledge='old.json'></script>`, url)).toBe(
      `<script src="/a.js" data-knowledge="${url}"></script>`,
    );
  });
  it('writes a whole tag with the practice’s details when none is given, quoting what it must', () => {
    expect(
      scriptTag('', url, { practiceName: 'Ana & "Bo" Therapy', contactEmail: 'hi@ab.org' }),
    ).toBe(
      `<script src="https://www.example.org/askwell/askwell.js" defer data-knowledge="${url}" data-practice-name="Ana &amp; &quot;Bo&quot; Therapy" data-contact-email="hi@ab.org"></script>`,
    );
  });
});
