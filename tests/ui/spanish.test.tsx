import { afterEach, describe, expect, it, vi } from 'vitest';
import spanishJson from '../../knowledge/faq.es.json' with { type: 'json' };
import type { Knowledge } from '../../widget/core';
import { EMBEDDED } from '../../widget/model/embedded';
import { STRINGS } from '../../widget/strings';
import { button, click, latest, log, openPanel, run, setup, text, type } from './helpers';

const SPANISH = spanishJson as unknown as Knowledge;
const es = STRINGS.es;
const en = STRINGS.en;
const ENDPOINT = 'https://practice.example/api/contact';

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

/** The shipped Spanish knowledge as the chat loads it: on demand, counted. */
function translations() {
  const es = vi.fn(async () => SPANISH);
  return { env: { translations: { es } }, es };
}

const answerOf = (id: string, k: Knowledge) =>
  text(
    Object.assign(document.createElement('div'), {
      textContent: k.entries.find((e) => e.id === id)?.answer.replace(/\*\*/g, '') ?? '',
    }),
  );

describe('A Spanish question on an English page', () => {
  it('is answered in Spanish, with Spanish labels, from knowledge loaded only then', async () => {
    const t = translations();
    const rig = setup({ lang: 'en' }, EMBEDDED, t.env);
    await openPanel(rig);
    await type(rig.root, 'what is medication management?');
    expect(text(latest(rig.root))).toContain(
      answerOf('medication-management', EMBEDDED).slice(0, 60),
    );
    // English so far: the Spanish knowledge was never downloaded
    expect(t.es).not.toHaveBeenCalled();

    await type(rig.root, '¿quién me receta los medicamentos?');
    const reply = latest(rig.root);
    expect(t.es).toHaveBeenCalledTimes(1);
    expect(text(reply)).toContain(answerOf('who-prescribes', SPANISH).slice(0, 60));
    // its labels are Spanish, the page's stay English
    expect(text(reply)).toContain(es.helpful);
    expect(text(reply)).not.toContain(en.helpful);
    expect(rig.root.querySelector('#aw-input')?.getAttribute('placeholder')).toBe(en.placeholder);
  });

  it('keeps to Spanish for a short follow-up that does not say its language', async () => {
    const t = translations();
    const rig = setup({ lang: 'en' }, EMBEDDED, t.env);
    await openPanel(rig);
    await type(rig.root, '¿por qué combinar medicamentos y terapia?');
    await type(rig.root, 'CBT?');
    // "CBT?" alone would be English; after a Spanish message it is answered in Spanish
    expect(text(latest(rig.root))).toMatch(/[áéíóúñ¿]|terapia/);
  });

  it('hands off in Spanish with a Spanish form, and sends the language with the request', async () => {
    const calls: string[] = [];
    const fetch = vi.fn(async (_: unknown, init?: RequestInit) => {
      calls.push(String(init?.body));
      return new Response(JSON.stringify({ reference: 'AW-TEST-0001' }), { status: 201 });
    });
    const rig = setup({ lang: 'en', contactEndpoint: ENDPOINT }, EMBEDDED, {
      ...translations().env,
      submit: { fetch, sleep: async () => {}, random: () => 0 },
    });
    await openPanel(rig);
    await type(rig.root, '¿cuánto cuesta una consulta?');
    const form = rig.root.querySelector('form.cf') as HTMLFormElement;
    expect(form.getAttribute('aria-label')).toBe(es.formName);
    expect(text(latest(rig.root))).toContain(es.outOfScope);
    // the prefilled message is the visitor's own question
    expect((rig.root.getElementById('aw-c-message') as HTMLTextAreaElement).value).toContain(
      '¿cuánto cuesta una consulta?',
    );
    await click(button(form, es.sendMessage));
    expect(text(rig.root.getElementById('aw-c-name-e') as HTMLElement)).toBe(es['e:required']);
    for (const [id, value] of [
      ['aw-c-name', 'Ana López'],
      ['aw-c-email', 'ana@example.com'],
    ] as const) {
      const el = rig.root.getElementById(id) as HTMLInputElement;
      await run(() => {
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await click(rig.root.querySelector('[name="consent"]') as HTMLElement);
    await click(button(form, es.sendMessage));
    for (let i = 0; i < 4; i++) await run(() => {});
    expect(JSON.parse(calls.at(-1) ?? '{}')).toMatchObject({ name: 'Ana López', lang: 'es' });
  });
});

describe('A Spanish page', () => {
  it('greets in Spanish from the Spanish knowledge, and answers an English question in English', async () => {
    const t = translations();
    const rig = setup({ lang: 'es' }, EMBEDDED, t.env);
    await openPanel(rig);
    await run(() => {});
    expect(text(log(rig.root))).toContain(SPANISH.greeting);
    await type(rig.root, 'who prescribes the medication?');
    expect(text(latest(rig.root))).toContain(answerOf('who-prescribes', EMBEDDED).slice(0, 60));
    expect(text(latest(rig.root))).toContain(en.helpful);
  });
});

describe('Knowledge in one language only', () => {
  it('answers a Spanish message in Spanish that answers here are in English, with the contact routes', async () => {
    const rig = setup({ lang: 'en', contactEmail: 'hola@example.com' }, EMBEDDED);
    await openPanel(rig);
    await type(rig.root, '¿qué es el manejo de medicamentos?');
    expect(text(latest(rig.root))).toContain(es.otherLanguage);
    expect(latest(rig.root).querySelector('a[href^="mailto:"]')).not.toBeNull();
  });

  it('still shows a Spanish crisis message the card, in Spanish', async () => {
    const rig = setup({ lang: 'en' }, EMBEDDED);
    await openPanel(rig);
    await type(rig.root, 'ya no quiero vivir, esta noche me voy a matar');
    expect(text(latest(rig.root))).toContain('988');
    expect(text(latest(rig.root))).toMatch(/oprima 2/);
  });
});

describe('A practice publishing its own files (data-knowledge, data-knowledge-es)', () => {
  const served = (files: Record<string, unknown>) =>
    vi.fn(async (url: string | URL | Request) => {
      const body = files[new URL(String(url), 'http://localhost').pathname];
      return body
        ? new Response(JSON.stringify(body), { status: 200 })
        : new Response('{}', { status: 404 });
    });

  it('answers Spanish from its Spanish file, fetched only when a Spanish message arrives', async () => {
    const edited = structuredClone(SPANISH);
    (edited.entries.find((e) => e.id === 'who-prescribes') as { answer: string }).answer =
      'Una respuesta editada por el consultorio.';
    const fetch = served({ '/kb/faq.json': EMBEDDED, '/kb/faq.es.json': edited });
    const t = translations();
    const rig = setup({ knowledge: '/kb/faq.json', knowledgeEs: '/kb/faq.es.json' }, EMBEDDED, {
      ...t.env,
      fetch,
    });
    await openPanel(rig);
    await type(rig.root, 'who prescribes the meds?');
    const fetched = () => fetch.mock.calls.map(([u]) => new URL(String(u)).pathname);
    expect(fetched()).toEqual(['/kb/faq.json']);
    await type(rig.root, '¿quién me receta los medicamentos?');
    expect(text(latest(rig.root))).toContain('Una respuesta editada por el consultorio.');
    expect(fetched()).toEqual(['/kb/faq.json', '/kb/faq.es.json']);
    expect(t.es).not.toHaveBeenCalled();
  });

  it('falls back to the shipped Spanish when its Spanish file cannot be used, and says why', async () => {
    const t = translations();
    const rig = setup({ knowledgeEs: '/kb/missing.json' }, EMBEDDED, {
      ...t.env,
      fetch: served({}),
    });
    await openPanel(rig);
    await type(rig.root, '¿quién me receta los medicamentos?');
    expect(text(latest(rig.root))).toContain(answerOf('who-prescribes', SPANISH).slice(0, 60));
    expect(rig.warnings.join('\n')).toContain('/kb/missing.json');
  });

  it('with only its own English file, answers a Spanish message that answers are in English', async () => {
    const t = translations();
    const rig = setup({ knowledge: '/kb/faq.json' }, EMBEDDED, {
      ...t.env,
      fetch: served({ '/kb/faq.json': EMBEDDED }),
    });
    await openPanel(rig);
    await type(rig.root, '¿quién me receta los medicamentos?');
    expect(text(latest(rig.root))).toContain(es.otherLanguage);
    // the shipped Spanish is another build's, not this practice's published knowledge
    expect(t.es).not.toHaveBeenCalled();
  });
});
