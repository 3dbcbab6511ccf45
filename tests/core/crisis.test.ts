// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_CRISIS, resourcesFor } from '../../widget/core/crisis/resources';
import { screenCrisis } from '../../widget/core/crisis/screen';

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
