import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, hrefs, latest, log, openPanel, panel, setup, text, type } from './helpers';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = '';
  sessionStorage.clear();
  vi.restoreAllMocks();
});

const practice = { contactEndpoint: '/api/contact', contactPhone: '+1 555 555 0123' };

describe('When a visitor tells their own story', () => {
  const story =
    'My husband and I have been fighting every night since the baby came, and I feel so alone. What should I do?';

  it('says warmly what this chat can and cannot do, and opens the form with their words in it', async () => {
    const rig = setup(practice);
    await openPanel(rig);
    await type(rig.root, story);
    const reply = latest(rig.root);
    expect(text(reply)).toMatch(/automated assistant/);
    expect(text(reply)).toMatch(/exactly what a clinician here can talk through with you/);
    expect(text(reply)).not.toMatch(/Did you mean/);
    const message = reply.querySelector('textarea') as HTMLTextAreaElement;
    expect(message.value).toBe(story);
    expect(text(reply)).toMatch(/don't include detailed health information/);
    // the crisis line stays in view
    expect(hrefs(panel(rig.root).querySelector('.cb') as Element)).toContain('tel:988');
    expect(rig.events.at(-1)).toEqual({ type: 'handoff', detail: { outcome: 'handoff' } });
  });

  it('offers the entry for a general question asked inside a long story, as a chip', async () => {
    const rig = setup(practice);
    await openPanel(rig);
    await type(
      rig.root,
      'I retired last year after forty years at the plant. My wife says I mope around the house and my kids say I am short with them. ' +
        'I do not sleep well and I keep thinking about the job I left. My doctor mentioned an antidepressant and my daughter thinks I ' +
        'should see a counselor instead. Do you have to choose between therapy and medication?',
    );
    const reply = latest(rig.root);
    expect(text(reply)).toMatch(/automated assistant/);
    expect(button(reply, 'Do I have to choose between therapy and medication?')).toBeTruthy();
  });
});

describe('A crisis message in Spanish', () => {
  it('gets the card in Spanish, with 988 press 2 and text AYUDA, on an English page', async () => {
    const rig = setup(practice);
    await openPanel(rig);
    await type(rig.root, 'ya no aguanto, me quiero morir');
    const card = latest(rig.root);
    expect(text(card)).toMatch(/Usted merece apoyo ahora mismo/);
    expect(text(card)).toMatch(/oprima 2/);
    expect(hrefs(card)).toEqual(
      expect.arrayContaining(['tel:988', 'sms:988?&body=AYUDA', 'tel:911']),
    );
    expect(log(rig.root).querySelector('form')).toBeNull();
  });

  it('on a Spanish page, the always-visible line is in Spanish too', async () => {
    document.documentElement.lang = 'es';
    const rig = setup(practice);
    await openPanel(rig);
    expect(text(panel(rig.root).querySelector('.cb') as Element)).toMatch(/¿En crisis\?/);
  });
});
