// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  crisisFor,
  crisisText,
  DEFAULT_CRISIS,
  messageWindows,
  readWindow,
  resourcesFor,
  screenCrisis,
} from '../../widget/core';

describe('screenCrisis: every category, with typos, slang and leetspeak', () => {
  it.each([
    ['i want to kill myself', 'ideation'],
    ['I am suicidal', 'ideation'],
    ['i just want to end my life', 'ideation'],
    ['everyone would be better off if i was dead', 'ideation'],
    ['kms', 'ideation'],
    ['thinking about unaliving myself', 'ideation'],
    ['sewerslide', 'ideation'],
    ['su1c1de', 'ideation'],
    ['k1ll mys3lf', 'ideation'],
    ['kil my self', 'ideation'],
    ['im so suicidial', 'ideation'],
    ['s u i c i d e', 'ideation'],
    ['i don\u2019t want to live anymore', 'ideation'],
    ['i dont want to wake up tomorrow', 'ideation'],
    ['does medication help with suicidal thoughts?', 'ideation'],
    ['i started cutting myself again', 'self-harm'],
    ['burning my arms', 'self-harm'],
    ['i took too many pills', 'overdose'],
    ['swallowed the whole bottle', 'overdose'],
    // means that are not swallowed are ideation: the card adds Poison Help only for overdoses
    ['going to jump off a bridge', 'ideation'],
    ['my friend wants to kill herself', 'third-person'],
    ['my son is cutting', 'third-person'],
    ['i want to hurt someone', 'harm-to-others'],
    ['im going to kill him', 'harm-to-others'],
    ['my husband hits me', 'abuse'],
    ['i was raped', 'abuse'],
    ['i am not safe at home', 'abuse'],
    ['i cant breathe', 'medical'],
    ['chest pain and my arm is numb', 'medical'],
  ])('%j → urgent %s', (text, category) => {
    const hit = screenCrisis(text);
    expect(hit?.tier).toBe('urgent');
    expect(hit?.categories).toContain(category);
  });

  it.each([
    'i feel hopeless, does therapy help?',
    'i cant go on like this',
    'i keep looking at the knife in the kitchen drawer',
    'what happens if you take 2000mg of tylenol',
    'i have a \u{1f48a} question',
  ])('%j → possible (card first, then a way back)', (text) => {
    expect(screenCrisis(text)?.tier).toBe('possible');
  });

  it.each([
    'this wait is killing me',
    "I'm dying to know how this works",
    'my back is killing me lol',
    'that cake was to die for',
    "i'm dead tired after work",
    'killing time before my appointment',
    'bored to death in the waiting room',
    'my phone died',
    'I was amused by the intake form',
    'therapy goes into more depth',
    'what are you doing',
    'my payment is overdue',
    'who prescribes the meds?',
    'goodbye',
    'can i take all my meds at once in the morning?',
  ])('%j → no crisis', (text) => {
    expect(screenCrisis(text)).toBeNull();
  });

  it('finds a crisis hidden inside an ordinary question', () => {
    expect(screenCrisis('do meds help? honestly i just want to die')?.tier).toBe('urgent');
  });

  it('ignores invisible characters used to split words', () => {
    expect(screenCrisis('sui\u200bcide')?.tier).toBe('urgent');
    expect(screenCrisis('kill\u0000myself')?.tier).toBe('urgent');
  });
});

describe('crisis resources', () => {
  it('shows the abuse hotline for abuse and poison help for overdose, 988 always', () => {
    const ids = (c: Parameters<typeof resourcesFor>[1]) =>
      resourcesFor(DEFAULT_CRISIS, c).map((r) => r.id);
    expect(ids(['abuse'])).toEqual(
      expect.arrayContaining(['988', 'emergency', 'domestic-violence']),
    );
    expect(ids(['abuse'])).not.toContain('poison-help');
    expect(ids(['overdose'])).toContain('poison-help');
    expect(ids(['ideation'])).toEqual(['emergency', '988', 'crisis-text-line', 'outside-us']);
  });

  it('links only to tel:, sms: and https:', () => {
    const hrefs = [
      ...DEFAULT_CRISIS.resources.flatMap((r) => r.actions),
      ...DEFAULT_CRISIS.banner.actions,
    ].map((a) => a.href);
    for (const href of hrefs) expect(href).toMatch(/^(tel:|sms:|https:\/\/)/);
  });
});

describe('screenCrisis reads meaning: tense, voice, who acts on whom', () => {
  it.each([
    ["he's been hitting me for months", 'abuse'],
    ['i got choked last night', 'abuse'],
    ['she has threatened to kill me if i leave', 'abuse'],
    ["my boyfriend won't let me leave the house", 'abuse'],
    ['my stepdad comes into my room at night and touches me', 'abuse'],
    ['i keep having thoughts about hurting my baby', 'harm-to-others'],
    ['my friend just took a whole bottle of her pills', 'third-person'],
    ['i just swallowed 30 of my sertraline', 'overdose'],
    ['how many tylenol would it take to not wake up', 'overdose'],
    ["i'm standing on the roof of my building right now", 'ideation'],
    ['wrote a letter to each of my kids and gave my dog to my neighbor. tonight', 'ideation'],
  ])('%j → urgent %s', (text, category) => {
    const hit = screenCrisis(text);
    expect(hit?.tier).toBe('urgent');
    expect(hit?.categories).toContain(category);
  });

  it.each([
    'my stepdad abused me when i was a kid, i am safe now. can therapy help with trust?',
    'my brother died by suicide two years ago, do you offer grief counseling?',
    'can i take ibuprofen with my lexapro?',
    "what's the most tylenol a person can take in a day?",
    'i need to cut back on caffeine',
    'my phone is dead and my boss is killing me with deadlines',
    'we watched a documentary about suicide prevention in health class',
    'friday is my last day at the warehouse, do you have evening sessions?',
  ])('%j → no crisis', (text) => {
    expect(screenCrisis(text)).toBeNull();
  });

  it('finds the one sentence of danger in a long story', () => {
    const story =
      'We moved here in the spring for my husband’s job and the kids are settling in at school. ' +
      'I work part time at the library and I like it there. My mother calls most evenings. ' +
      'Lately I have been saving up my sleeping pills in a jar in the closet. ' +
      'Do you have therapists who see adults in the evening, and do you take Aetna?';
    expect(screenCrisis(story)?.tier).toBe('urgent');
  });

  it('reads the previous message too: a plan told across two messages', () => {
    const earlier = 'i have 40 of my oxycodone left over from surgery';
    const later = 'tonight. after the kids are asleep';
    // alone, neither is urgent (pills left over from surgery may get the card with a way back)
    expect(screenCrisis(earlier)?.tier).not.toBe('urgent');
    expect(screenCrisis(later)).toBeNull();
    expect(screenCrisis(later, earlier)?.tier).toBe('urgent');
    // A danger the earlier message already showed is not shown again for an ordinary question
    expect(screenCrisis('what are your fees?', 'i want to die')).toBeNull();
  });
});

describe('The learned urgent model', () => {
  it('gives the urgent tier to a goodbye that no rule reads as urgent', () => {
    const farewell =
      'ya escribí la carta para mi mamá, mañana ya no van a tener que preocuparse por mí';
    const rules = messageWindows(farewell).flatMap((w) => readWindow(w.words, w).found);
    expect(rules.some((f) => f.tier === 'urgent')).toBe(false);
    expect(screenCrisis(farewell)?.tier).toBe('urgent');
    // a letter for a birthday is not a goodbye
    const birthday =
      'mañana le escribo una carta a mi mamá por su cumpleaños, ya no sé qué regalarle';
    expect(screenCrisis(birthday)?.tier).not.toBe('urgent');
  });
});

describe('Spanish', () => {
  it.each([
    ['quiero matarme', 'ideation'],
    ['me quiero morir', 'ideation'],
    ['ya no quiero vivir', 'ideation'],
    ['me tomé todas las pastillas de mi mamá', 'overdose'],
    ['mi esposo me pega y me amenazó con matarme', 'abuse'],
    ['mi amiga se quiere suicidar', 'third-person'],
  ])('%j → urgent %s, in Spanish', (text, category) => {
    const hit = screenCrisis(text);
    expect(hit).toMatchObject({ tier: 'urgent', lang: 'es' });
    expect(hit?.categories).toContain(category);
  });

  it.each([
    'me muero de risa',
    'este calor me está matando',
    'se me olvidó tomar la sertralina, ¿la tomo ahora?',
  ])('%j → no crisis', (text) => {
    expect(screenCrisis(text)).toBeNull();
  });

  it('gives a Spanish message the card in Spanish: 988 (press 2) and text AYUDA', () => {
    const card = crisisFor(DEFAULT_CRISIS, 'es');
    const text = crisisText({ ...card, resources: resourcesFor(card, ['ideation']) });
    expect(text).toMatch(/oprima 2/);
    expect(text).toMatch(/AYUDA al 988/);
    expect(card.banner.text).toBe('¿En crisis?');
    // A practice's own card (another country's numbers) is kept as the practice wrote it
    const own = { ...DEFAULT_CRISIS, title: 'Need help now?' };
    expect(crisisFor(own, 'es')).toBe(own);
  });
});
