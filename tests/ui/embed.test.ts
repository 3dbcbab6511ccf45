import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrisisConfig } from '../../widget/core';
import { WARN } from '../../widget/core';
import { STORAGE_KEY } from '../../widget/model/storage';
import { bootScript } from '../../widget/ui/bootScript';
import { Q, run } from './helpers';

let warnings: string[] = [];

beforeEach(() => {
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((m: string) => void warnings.push(m));
});

afterEach(() => {
  window.Askwell?.destroy();
  delete window.AskwellConfig;
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
  sessionStorage.clear();
  vi.restoreAllMocks();
});

function scriptTag(attributes: Record<string, string> = {}) {
  const script = document.createElement('script');
  for (const [k, v] of Object.entries(attributes)) script.setAttribute(k, v);
  document.body.append(script);
  return script;
}

/** Boots like the script tag does; the widget renders in the next task (see mountWidget). */
const boot = async (script: HTMLScriptElement | null) => {
  await act(() => bootScript(script));
  await act(() => new Promise((resolve) => setTimeout(resolve)));
};
const shadow = () => document.querySelector('askwell-widget')?.shadowRoot as ShadowRoot;

describe('The script tag', () => {
  it('mounts one <askwell-widget> on <body> with an open shadow root and exposes window.Askwell', async () => {
    await boot(scriptTag());
    const hosts = document.querySelectorAll('askwell-widget');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.parentElement).toBe(document.body);
    expect(shadow().mode).toBe('open');
    expect(Object.keys(window.Askwell ?? {}).sort()).toEqual([
      'ask',
      'close',
      'destroy',
      'on',
      'open',
      'toggle',
    ]);
  });

  it('mounts once when included twice, and says so', async () => {
    await boot(scriptTag());
    await boot(scriptTag());
    expect(document.querySelectorAll('askwell-widget')).toHaveLength(1);
    expect(warnings).toEqual([WARN.noContact, WARN.twice]);
  });

  it('works without a script element (async after load) on the defaults, saying the practice cannot be reached', async () => {
    await boot(null);
    expect(shadow().querySelector('button.l')).not.toBeNull();
    expect(warnings).toEqual([WARN.noContact]);
  });

  it('reads data-* attributes', async () => {
    await boot(
      scriptTag({
        'data-practice-name': 'Riverside Counseling',
        'data-contact-phone': '+1 555 555 0123',
        'data-position': 'left',
        'data-lang': 'es',
      }),
    );
    await run(() => window.Askwell?.open());
    const root = shadow();
    expect(root.querySelector('h2')?.textContent).toBe('Riverside Counseling');
    expect(root.querySelector('.r')?.classList.contains('left')).toBe(true);
    expect(root.querySelector('button.l')?.getAttribute('aria-label')).toBe(
      '¿Preguntas? Chatea con nosotros',
    );
    expect(warnings).toEqual([]);
  });

  it('warns about invalid or unknown data-* values, naming the attribute, and uses the defaults', async () => {
    await boot(
      scriptTag({
        'data-position': 'middle',
        'data-persist': 'forever',
        'data-accent': 'not-a-colour',
        'data-z-index': 'high',
        'data-contact-email': 'nobody',
        'data-knowledge': 'javascript:alert(1)',
        'data-lang': 'klingon',
        'data-acent': '#f00',
      }),
    );
    expect(warnings).toEqual([
      WARN.invalid('data-position', 'middle', 'right or left'),
      WARN.invalid('data-persist', 'forever', 'session or none'),
      WARN.invalid('data-accent', 'not-a-colour', 'an opaque CSS colour'),
      WARN.invalid('data-z-index', 'high', 'an integer'),
      WARN.invalid('data-contact-email', 'nobody', 'an email address'),
      WARN.invalid('data-knowledge', 'javascript:alert(1)', 'a knowledge URL or object'),
      WARN.invalid('data-lang', 'klingon', 'en or es'),
      WARN.unknown('data-acent'),
      WARN.noContact,
    ]);
    await run(() => window.Askwell?.open());
    expect(shadow().querySelector('.r')?.classList.contains('right')).toBe(true);
    expect(shadow().querySelector('[role="dialog"]')).not.toBeNull();
  });

  it('takes window.AskwellConfig, with data-* winning', async () => {
    window.AskwellConfig = {
      practiceName: 'From config',
      position: 'left',
      strings: { send: 'Ask' },
      colour: 'red',
    };
    await boot(scriptTag({ 'data-practice-name': 'From the tag' }));
    await run(() => window.Askwell?.open());
    expect(shadow().querySelector('h2')?.textContent).toBe('From the tag');
    expect(shadow().querySelector('.r')?.classList.contains('left')).toBe(true);
    expect(shadow().querySelector('button.s')?.textContent).toBe('Ask');
    expect(warnings).toEqual([WARN.unknown('AskwellConfig.colour'), WARN.noContact]);
  });

  it('takes data-contact-endpoint and AskwellConfig.contact: a handoff shows the form', async () => {
    window.AskwellConfig = { contact: { format: 'form' } };
    await boot(scriptTag({ 'data-contact-endpoint': '/api/contact' }));
    await run(() => window.Askwell?.ask(Q.outOfScope));
    expect(shadow().querySelector('form [name="message"]')).not.toBeNull();
    expect(warnings).toEqual([]);
  });

  it('warns about an AskwellConfig.contact it cannot use', async () => {
    window.AskwellConfig = { contact: { format: 'xml' } };
    await boot(scriptTag({ 'data-contact-endpoint': '/api/contact' }));
    expect(warnings).toEqual([
      WARN.invalid(
        'AskwellConfig.contact',
        { format: 'xml' },
        '{ format: "json" } or { format: "form" }',
      ),
    ]);
  });

  it('follows <html lang> when data-lang is absent', async () => {
    document.documentElement.lang = 'es-MX';
    await boot(scriptTag());
    expect(shadow().querySelector('button.l')?.getAttribute('aria-label')).toBe(
      '¿Preguntas? Chatea con nosotros',
    );
    expect(shadow().querySelector('.r')?.getAttribute('lang')).toBe('es');
  });

  it('on(event) delivers outcome and entry id only, and can unsubscribe', async () => {
    await boot(scriptTag());
    const seen: unknown[] = [];
    const off = window.Askwell?.on('answer', (d) => seen.push(d));
    window.Askwell?.on('askwell:open', (d) => seen.push(d));
    await run(() => window.Askwell?.ask(Q.typed.text));
    expect(seen).toEqual([{}, { outcome: 'answer', entryId: Q.typed.id }]);
    off?.();
    await run(() => window.Askwell?.ask(Q.typed.text));
    expect(seen).toHaveLength(2);
  });

  it('destroy() removes the element, window.Askwell and the saved conversation; the script can then mount again', async () => {
    await boot(scriptTag());
    await run(() => window.Askwell?.ask(Q.typed.text));
    expect(sessionStorage.getItem(STORAGE_KEY)).toContain(Q.typed.text);
    await run(() => window.Askwell?.destroy());
    expect(document.querySelector('askwell-widget')).toBeNull();
    expect(window.Askwell).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
    await boot(scriptTag());
    expect(document.querySelectorAll('askwell-widget')).toHaveLength(1);
  });

  const uk: CrisisConfig = {
    title: 'Please get support now.',
    notice: "This chat can't respond to emergencies.",
    resources: [
      {
        id: 'samaritans',
        name: 'Samaritans',
        actions: [{ kind: 'call', label: 'Call 116 123', href: 'tel:116123' }],
      },
    ],
    banner: { text: 'In crisis?', actions: [{ kind: 'call', label: 'Call 999', href: 'tel:999' }] },
  };

  it('AskwellConfig.crisis replaces the crisis card and line', async () => {
    window.AskwellConfig = { crisis: uk };
    await boot(scriptTag({ 'data-contact-phone': '+1 555 555 0123' }));
    await run(() => window.Askwell?.ask(Q.crisis));
    const root = shadow();
    const card = root.querySelector('.cc');
    expect(card?.textContent).toContain('Please get support now.');
    expect([...(card?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'tel:116123',
    ]);
    expect(root.querySelector('.cb')?.textContent).toBe('In crisis? Call 999');
    expect(warnings).toEqual([]);
  });

  it.each<[string, unknown]>([
    [
      'a javascript: link',
      { ...uk, banner: { text: 'x', actions: [{ label: 'x', href: 'javascript:alert(1)' }] } },
    ],
    ['no resources', { ...uk, resources: [] }],
    ['no banner', { ...uk, banner: undefined }],
    ['a string', 'tel:999'],
  ])(
    'AskwellConfig.crisis with %s warns, naming it, and keeps the default card',
    async (_, crisis) => {
      window.AskwellConfig = { crisis };
      await boot(scriptTag({ 'data-contact-phone': '+1 555 555 0123' }));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(
        /^Askwell: AskwellConfig\.crisis .* is not valid \(expected a crisis card/,
      );
      await run(() => window.Askwell?.ask(Q.crisis));
      expect(shadow().querySelector('.cc a[href="tel:988"]')).not.toBeNull();
    },
  );
});
