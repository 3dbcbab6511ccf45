// @vitest-environment node
import { describe, expect, it } from 'vitest';
import spanishJson from '../../knowledge/faq.es.json' with { type: 'json' };
import faq from '../../knowledge/faq.json' with { type: 'json' };
import type { Knowledge } from '../../widget/core';
import {
  compareTranslation,
  createMatcher,
  lintKnowledge,
  MAX_INPUT_CHARS,
  matchIn,
  replyLang,
} from '../../widget/core';
import { stemEs } from '../../widget/core/text/spanish';

const knowledge = faq as Knowledge;
const matcher = createMatcher(knowledge);
const outcome = (text: string) => {
  const r = matcher.match(text);
  return r.outcome === 'answer' ? `answer:${r.entry.id}` : r.outcome;
};

describe('When a visitor asks something the article answers', () => {
  it.each([
    ['who prescribes the meds?', 'who-prescribes'],
    ['what is medication management', 'medication-management'],
    ['WHAT IS MEDICATION MANAGEMENT???', 'medication-management'],
    ['what is medicaton managment', 'medication-management'],
    ['do my therapist and psychiatrist talk to each other', 'care-coordination'],
    ['how do i get started', 'get-started'],
    ['hi! what are the benefits of combining meds and therapy?', 'benefits'],
  ])('%j → the answer of %s', (text, id) => {
    expect(outcome(text)).toBe(`answer:${id}`);
  });
});

describe('When a visitor asks a practice fact the article lacks, Askwell hands off', () => {
  it.each([
    ['how much does therapy cost', 'fees'],
    ['do you take blue cross insurance', 'insurance'],
    ['what are your hours on saturday', 'hours'],
    ['can i do telehealth', 'telehealth'],
    ['what dose of zoloft should i take', 'medication specifics'],
    ['can my psychiatrist prescribe xanax', 'drug names'],
    ['how much does medication management cost', 'fees'],
  ])('%j → handoff (%s)', (text, topic) => {
    const r = matcher.match(text);
    expect(r).toMatchObject({ outcome: 'handoff', reason: 'topic', topic });
  });

  it.each(['what is the weather today', 'asdfghjkl', 'recommend a pizza place'])(
    '%j → handoff, never an answer',
    (text) => {
      expect(outcome(text)).toBe('handoff');
    },
  );
});

describe('A handoff topic that gives way to a clear answer ("unlessAnswered")', () => {
  const topicOf = (m: ReturnType<typeof createMatcher>, text: string) => {
    const r = m.match(text);
    return r.outcome === 'handoff' ? `handoff:${r.topic}` : outcome(text);
  };
  const children = knowledge.handoffTopics?.find((t) => t.unlessAnswered)?.topic;

  it('answers a general question asked for a son or daughter; "do you see teens?" goes to staff', () => {
    expect(children).toMatch(/^children and teens/);
    expect(outcome('why combine meds and therapy for my son')).toBe('answer:why-combine');
    expect(topicOf(matcher, 'do you work with teenagers?')).toBe(`handoff:${children}`);
    // a weak match is not a clear answer: the topic's handoff, never a near miss
    expect(topicOf(matcher, 'is medication safe for my daughter')).toBe(`handoff:${children}`);
  });

  it('a firm topic in the same message still wins', () => {
    expect(topicOf(matcher, 'how much does therapy cost for my teen')).toBe('handoff:fees');
    expect(topicOf(matcher, 'do you treat children?')).toMatch(/^handoff:conditions/);
  });

  it('without the flag the same words hand off every time', () => {
    const firm = structuredClone(knowledge);
    for (const t of firm.handoffTopics ?? []) delete t.unlessAnswered;
    expect(topicOf(createMatcher(firm), 'why combine meds and therapy for my son')).toBe(
      `handoff:${children}`,
    );
  });

  it('in Spanish too', () => {
    const es = createMatcher(spanishJson as unknown as Knowledge);
    expect(es.match('¿por qué combinan medicamento y terapia para mi hija?')).toMatchObject({
      outcome: 'answer',
      entry: { id: 'why-combine' },
    });
    expect(es.match('¿atienden adolescentes?')).toMatchObject({
      outcome: 'handoff',
      reason: 'topic',
    });
  });
});

describe('Small talk', () => {
  it.each([
    ['hi', 'hello'],
    ['Hello there!', 'hello'],
    ['thanks so much', 'thanks'],
    ['bye', 'goodbye'],
  ])('%j → the %s reply, marked as small talk', (text, id) => {
    expect(matcher.match(text)).toMatchObject({
      outcome: 'answer',
      entry: { id },
      smallTalk: true,
    });
  });

  it('"talk to a person" hands off at once, with its reply', () => {
    expect(matcher.match('can I talk to a person')).toMatchObject({
      outcome: 'handoff',
      reason: 'requested',
    });
  });

  it('a greeting in front of a question still answers the question', () => {
    expect(outcome('hello, who prescribes medication?')).toBe('answer:who-prescribes');
  });
});

describe('When a visitor tells their own story, Askwell says honestly what this chat can do', () => {
  it.each([
    'my husband and I fight every night, what should I do?',
    'My mom and I have not spoken since the funeral. I miss her. How do I fix it?',
    'Got dumped two weeks ago and I check his instagram constantly. how do I stop??',
    'i think im bi but idk how to tell my parents. i get so nervous my stomach hurts. how do ppl even do it',
  ])('%j → a personal handoff, not an FAQ answer or "Did you mean"', (text) => {
    expect(matcher.match(text)).toMatchObject({ outcome: 'handoff', reason: 'personal' });
  });

  it('offers the entry for a general question asked inside a long story, beside the reply', () => {
    const story =
      'I retired last year after forty years at the plant. My wife says I mope around the house and ' +
      'my kids say I am short with them. I do not sleep well and I keep thinking about the job I left. ' +
      'My doctor mentioned an antidepressant and my daughter thinks I should see a counselor instead. ' +
      'I honestly do not know which is better. Do you have to choose between therapy and medication?';
    const r = matcher.match(story);
    expect(r).toMatchObject({ outcome: 'handoff', reason: 'personal' });
    expect(r.outcome === 'handoff' && r.related?.map((e) => e.id)).toContain('no-need-to-choose');
  });

  it('still answers a short question framed by a little context', () => {
    expect(
      outcome(
        'my life has a lot going on, job stress and a breakup. do therapists work on that kind of thing or is it all about symptoms?',
      ),
    ).not.toBe('clarify');
  });

  it('offers "Did you mean" only for short questions, never for a long message', () => {
    const long =
      'the thing is, between work and the kids and everything going on, what exactly happens with ' +
      'medication and with therapy, and is one of them the main thing or do they both matter the same';
    expect(long.split(' ').length).toBeGreaterThan(20);
    expect(matcher.match(long).outcome).not.toBe('clarify');
  });
});

describe('Honest replies to what visitors ask the chat itself', () => {
  it.each(['is this a bot?', 'am i talking to a real person', 'r u a bot', 'are you human'])(
    '%j → says it is an automated assistant, and offers a person',
    (text) => {
      const r = matcher.match(text);
      expect(r).toMatchObject({ outcome: 'handoff', reason: 'requested' });
      expect(r.outcome === 'handoff' && r.reply).toMatch(/automated assistant, not a person/);
    },
  );

  it.each(['how much do u charge', 'how much are sessions', 'what are your rates'])(
    '%j (fees in text-speak) → the fees handoff',
    (text) => {
      expect(matcher.match(text)).toMatchObject({
        outcome: 'handoff',
        reason: 'topic',
        topic: 'fees',
      });
    },
  );

  it.each([
    'can i take xanax with alcohol',
    'is it ok to mix my meds with weed',
    'can i drink on my meds',
  ])(
    '%j → hands off and says to ask a pharmacist or prescriber, and Poison Help or 911',
    (text) => {
      const r = matcher.match(text);
      expect(r).toMatchObject({ outcome: 'handoff', reason: 'topic' });
      expect(r.outcome === 'handoff' && r.reply).toMatch(/pharmacist or your prescriber/);
      expect(r.outcome === 'handoff' && r.reply).toMatch(/1-800-222-1222.*911/);
    },
  );
});

describe('Clarify', () => {
  it('offers two or three real entries when a message fits several', () => {
    const r = matcher.match('therapy and medication');
    expect(r.outcome).toBe('clarify');
    if (r.outcome === 'clarify') {
      expect(r.candidates.length).toBeGreaterThanOrEqual(2);
      expect(r.candidates.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('Crisis comes first', () => {
  it('a crisis message inside an in-scope question gets the crisis card, not the answer', () => {
    const r = matcher.match('who prescribes meds? i want to kill myself');
    expect(r).toMatchObject({ outcome: 'crisis', tier: 'urgent' });
    if (r.outcome === 'crisis') expect(r.resources.map((x) => x.id)).toContain('988');
  });

  it('uses the crisis resources of the knowledge file when it has them', () => {
    const crisis = {
      title: 'Help now',
      notice: 'No one reads this live.',
      banner: {
        text: 'In crisis?',
        actions: [{ kind: 'call' as const, label: 'Call 999', href: 'tel:999' }],
      },
      resources: [
        {
          id: 'uk',
          name: 'Samaritans',
          actions: [{ kind: 'call' as const, label: 'Call 116 123', href: 'tel:116123' }],
        },
      ],
    };
    const r = createMatcher({ ...knowledge, crisis }).match('i want to die');
    expect(r.outcome === 'crisis' && r.resources.map((x) => x.id)).toEqual(['uk']);
  });
});

describe('Any input gets a sensible outcome in bounded time', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t  '],
    ['emoji', '\u{1f642}\u{1f642}\u{1f642}'],
    ['right-to-left text', '\u0645\u0627 \u0647\u0648 \u0627\u0644\u0639\u0644\u0627\u062c'],
    ['control characters', '\u0000\u0007who\u0008 prescribes\u001b meds'],
    ['1 MB of text', 'medication therapy '.repeat(55_000)],
    ['1 MB without spaces', 'x'.repeat(1_000_000)],
  ];
  it.each(cases)('%s', (_, text) => {
    const start = performance.now();
    const r = matcher.match(text);
    expect(performance.now() - start).toBeLessThan(200);
    expect(['answer', 'clarify', 'handoff']).toContain(r.outcome);
  });

  it(`reads at most ${MAX_INPUT_CHARS} characters: a crisis after that is not seen, one before it is`, () => {
    const pad = 'a '.repeat(MAX_INPUT_CHARS);
    expect(matcher.match(`i want to die ${pad}`).outcome).toBe('crisis');
    expect(matcher.match(`${pad} i want to die`).outcome).not.toBe('crisis');
  });
});

describe('The shipped knowledge', () => {
  it('answers every question and alternate with its own entry, and shares no phrasing', () => {
    const { errors } = lintKnowledge(knowledge);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
  });

  it('names the handoff topic term that swallows a new entry, and how to fix it', () => {
    const edited = structuredClone(knowledge);
    edited.entries.push({
      id: 'telehealth',
      question: 'Do you offer telehealth?',
      alternates: ['can I have my appointment by video', 'can I see someone over video'],
      answer: 'Sessions can be held by video.',
    });
    const byPath = new Map(lintKnowledge(edited).errors.map((e) => [e.path, e]));
    const question = byPath.get(`$.entries[${knowledge.entries.length}].question`);
    const topics = edited.handoffTopics ?? [];
    const at = topics.findIndex((t) => t.topic === 'telehealth');
    expect(question?.message).toContain(
      `"telehealth", listed under the handoff topic "telehealth" ($.handoffTopics[${at}].terms[${topics[at]?.terms.indexOf('telehealth')}])`,
    );
    expect(question?.fix).toMatch(/remove "telehealth" from that topic's terms/);
    expect(byPath.get(`$.entries[${knowledge.entries.length}].alternates[0]`)?.message).toMatch(
      /"appointment", listed under the handoff topic "appointments"/,
    );
  });
});

describe("A practice's vocabulary lives in its own knowledge file", () => {
  // Another practice's file: its own entries, no vocabulary of ours.
  const other: Knowledge = {
    version: 1,
    greeting: 'Hello.',
    suggestions: [],
    smallTalk: [],
    entries: [
      {
        id: 'plans-accepted',
        question: 'Which insurance plans do you take?',
        alternates: [
          'do you take my insurance',
          'what insurance do you accept',
          'is my plan accepted',
          'do you take blue cross',
          'which insurers do you work with',
        ],
        answer: 'We accept most plans.',
      },
      {
        id: 'choosing-a-clinician',
        question: 'How do I choose a clinician?',
        alternates: [
          'how do I pick a therapist',
          'which clinician should I choose',
          'help me choose who to see',
          'how to decide on a provider',
          'choosing between clinicians',
        ],
        answer: 'Tell us what matters to you.',
      },
    ],
  };

  it('reads "or" as a plain word when the file does not say otherwise', () => {
    // Our article's vocabulary made "or" mean "choose": "Did you mean: How do I choose a clinician?"
    const r = createMatcher(other).match('Do you take Aetna or Cigna?');
    const offered =
      r.outcome === 'answer'
        ? [r.entry.id]
        : r.outcome === 'clarify'
          ? r.candidates.map((e) => e.id)
          : [];
    expect(offered).not.toContain('choosing-a-clinician');
  });

  it("uses the file's synonyms (in any inflection) and phrases, and only that file's", () => {
    const word = 'do you accept carriers like mine';
    expect(createMatcher(other).match(word).outcome).not.toBe('answer');
    const own = createMatcher({
      ...other,
      vocabulary: { insurance: ['carrier'] },
    });
    const r = own.match(word);
    expect(r.outcome === 'answer' && r.entry.id).toBe('plans-accepted');
    const phrased = createMatcher({
      ...other,
      vocabulary: { insurance: ['health coverage'] },
    }).match('is my health coverage accepted');
    expect(phrased.outcome === 'answer' && phrased.entry.id).toBe('plans-accepted');
  });

  it('ships the vocabulary this article needs inside faq.json', () => {
    expect(knowledge.vocabulary?.therapy).toContain('talk therapy');
    expect(outcome('is talk therapy alone enough')).toMatch(/^answer:/);
  });
});

describe('Spanish: its own rules, and the reply in the message’s language', () => {
  const es = createMatcher(spanishJson as unknown as Knowledge);
  const matchers = { en: createMatcher(faq as Knowledge), es };

  it('stems and drops Spanish function words, so inflections and accents meet', () => {
    expect(stemEs('medicamentos')).toBe(stemEs('medicamento'));
    expect(stemEs('combinacion')).toBe(stemEs('combinar'));
    expect(stemEs('terapias')).toBe(stemEs('terapia'));
    expect(stemEs('cita')).toBe('cita');
    // "del", "es", "el", "porfa" carry nothing; "qué" and its chat spelling "q" are one word
    expect(es.analyze('¿Qué es el manejo del medicamento, porfa?')).toEqual(
      es.analyze('q manejo medicamentos'),
    );
    expect(es.analyze('¿quién lleva los medicamentos?')).toContain('quien');
  });

  it('hears Spanish spelled as it sounds: "medisina", "sikologo", "pastiyas", "ke ase"', () => {
    // Spellings people who write by ear use, and the words they mean, are one word to the matcher;
    // different words stay different.
    for (const [heard, meant] of [
      ['medisina', 'medicina'],
      ['sikologo', 'psicólogo'],
      ['pastiyas', 'pastillas'],
      ['rekaer', 'recaer'],
      ['eskojer', 'escoger'],
      ['kiero', 'quiero'],
      ['bes', 'vez'],
      ['ase', 'hace'],
    ] as const)
      expect(es.analyze(heard), heard).toEqual(es.analyze(meant));
    expect(es.analyze('terapia')).not.toEqual(es.analyze('tarea'));
    expect(es.analyze('cita')).not.toEqual(es.analyze('cama'));
    // and a question written by ear gets what the same question spelled right gets
    for (const [heard, meant] of [
      ['ke ase la medisina', 'qué hace la medicina'],
      [
        'por ke tengo ke aser terapia i tomar medisina',
        'por qué tengo que hacer terapia y tomar medicina',
      ],
    ] as const) {
      const r = matchIn(matchers, heard);
      expect(r.outcome, heard).toBe('answer');
      expect(r, heard).toEqual(matchIn(matchers, meant));
    }
  });

  it('answers Spanish questions typed with chat spellings, without accents or "¿"', () => {
    for (const [text, id] of [
      ['q es el manejo de medicamentos', 'medication-management'],
      ['xq combinar terapia y pastillas', 'why-combine'],
      ['quien me receta las medicinas', 'who-prescribes'],
    ] as const) {
      const r = matchIn(matchers, text);
      expect(r, text).toMatchObject({ outcome: 'answer', entry: { id }, lang: 'es' });
    }
  });

  it('hands Spanish practice questions to staff by their Spanish topics', () => {
    expect(matchIn(matchers, '¿cuánto cuesta una consulta?')).toMatchObject({
      outcome: 'handoff',
      topic: 'fees',
      lang: 'es',
    });
    expect(matchIn(matchers, '¿ustedes aceptan aseguranza?')).toMatchObject({ topic: 'insurance' });
  });

  it('falls back to the conversation’s language for a message that does not say its own', () => {
    expect(replyLang('CBT?', 'es')).toBe('es');
    expect(replyLang('¿y la terapia?', 'en')).toBe('es');
    expect(replyLang('what about therapy?', 'es')).toBe('en');
  });

  it('with no knowledge in the message’s language: a "language" handoff, after the crisis screen', () => {
    const english = { en: matchers.en };
    expect(matchIn(english, '¿qué es el manejo de medicamentos?')).toMatchObject({
      outcome: 'handoff',
      reason: 'language',
      lang: 'es',
    });
    expect(matchIn(english, 'me quiero morir, ya tengo las pastillas')).toMatchObject({
      outcome: 'crisis',
      lang: 'es',
    });
  });

  it('every entry exists in both languages, with the same ids, related entries and suggestions', () => {
    expect(compareTranslation(faq as Knowledge, spanishJson as unknown as Knowledge)).toEqual([]);
    const ids = (k: { entries: { id: string; related?: string[] }[] }) =>
      k.entries.map((e) => [e.id, e.related ?? []]);
    expect(ids(spanishJson)).toEqual(ids(faq));
    expect(spanishJson.suggestions).toEqual(faq.suggestions);
  });
});
