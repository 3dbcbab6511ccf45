import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as chatModule from '../../widget/chat';
import type { CrisisConfig } from '../../widget/core';
import { LOADER_WARN, toHex, WARN } from '../../widget/core';
import type { ChatModule } from '../../widget/loader/boot';
import { bootScript } from '../../widget/loader/script';
import { STORAGE_KEY } from '../../widget/model/storage';
import { DEFAULT_ACCENT, PAGE_DEFAULTS } from '../../widget/parsers';
import { entry, Q, run } from './helpers';

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

/** What window.Askwell offers, before and after the chat has loaded. */
const API = ['ask', 'close', 'destroy', 'on', 'open', 'toggle'];

/** How many times the loader asked for the chat. */
let loads = 0;
const loadChat = async (): Promise<ChatModule> => {
  loads++;
  return chatModule;
};
const tick = () => act(() => new Promise((resolve) => setTimeout(resolve)));

/** Boots like the script tag does, without the visitor's intent yet: only the loader runs. */
const bootOnly = async (script: HTMLScriptElement | null, load = loadChat) => {
  loads = 0;
  await act(() => bootScript(script, load, 'https://example.org/askwell-chat.js'));
  await tick();
};
/** Boots, then the pointer goes over the launcher: the chat loads. */
const boot = async (script: HTMLScriptElement | null) => {
  await bootOnly(script);
  shadow()?.querySelector('button.l')?.dispatchEvent(new Event('pointerenter'));
  await tick();
};
const shadow = () => document.querySelector('askwell-widget')?.shadowRoot as ShadowRoot;

describe('The loader, before the visitor shows intent', () => {
  it('draws the launcher and answers window.Askwell, and loads no chat', async () => {
    await bootOnly(scriptTag({ 'data-position': 'left' }));
    const launcher = shadow().querySelector('button.l');
    expect(launcher?.getAttribute('aria-label')).toBe('Questions? Chat with us');
    expect(launcher?.getAttribute('aria-expanded')).toBe('false');
    expect(launcher?.hasAttribute('aria-controls')).toBe(false);
    expect(shadow().querySelector('.r')?.classList.contains('left')).toBe(true);
    expect(Object.keys(window.Askwell ?? {}).sort()).toEqual(API);
    expect(loads).toBe(0);
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
  });

  it("draws the launcher in the default accent, the same the chat's options default to", async () => {
    expect(DEFAULT_ACCENT).toBe(toHex(PAGE_DEFAULTS.accent));
    await bootOnly(scriptTag());
    const frame = shadow().querySelector('.r') as HTMLElement;
    expect(frame.style.getPropertyValue('--aw-a')).toBe(DEFAULT_ACCENT);
    // The exact WCAG colours come with the chat; until then launcher.css derives them.
    expect(frame.style.getPropertyValue('--aw-on')).toBe('');
  });

  it.each([
    ['focus', () => shadow().querySelector('button.l')?.dispatchEvent(new Event('focus'))],
    ['touch', () => shadow().querySelector('button.l')?.dispatchEvent(new Event('touchstart'))],
    ['click', () => (shadow().querySelector('button.l') as HTMLButtonElement).click()],
  ])('loads the chat on %s', async (_, intent) => {
    await bootOnly(scriptTag());
    await act(intent);
    await tick();
    expect(loads).toBe(1);
  });

  it('queues calls made before the chat loads and replays them in order', async () => {
    await bootOnly(scriptTag());
    const seen: string[] = [];
    window.Askwell?.on('answer', () => seen.push('answer'));
    window.Askwell?.on('open', () => seen.push('open'));
    window.Askwell?.ask(Q.typed.text);
    window.Askwell?.close();
    await tick();
    await tick();
    expect(loads).toBe(1);
    expect(seen).toEqual(['open', 'answer']);
    expect(shadow().querySelector('button.l')?.getAttribute('aria-expanded')).toBe('false');
    expect(shadow().textContent).toContain(entry(Q.typed.id).answer.slice(0, 30));
  });

  it('destroy() while the chat is loading leaves nothing: the chat never mounts', async () => {
    let arrive!: (m: ChatModule) => void;
    await bootOnly(scriptTag(), () => new Promise((resolve) => (arrive = resolve)));
    window.Askwell?.ask(Q.typed.text);
    window.Askwell?.destroy();
    await act(() => arrive(chatModule));
    await tick();
    expect(document.querySelector('askwell-widget')).toBeNull();
    expect(window.Askwell).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('loads at once when this tab holds a conversation to restore', async () => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 2, messages: [] }));
    await bootOnly(scriptTag());
    expect(loads).toBe(1);
  });

  it('when the chat cannot load, the launcher opens the practice contact details and the crisis line, and tries again next time', async () => {
    let fail = true;
    const flaky = async (): Promise<ChatModule> => {
      loads++;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return chatModule;
    };
    await bootOnly(
      scriptTag({
        'data-practice-name': 'Riverside Counseling',
        'data-contact-phone': '+1 555 555 0123',
        'data-contact-email': 'hello@example.com',
      }),
      flaky,
    );
    const launcher = shadow().querySelector('button.l') as HTMLButtonElement;
    await act(() => launcher.click());
    await tick();
    const panel = shadow().querySelector('[role="dialog"]');
    expect(panel?.textContent).toContain('The chat could not load.');
    expect(panel?.textContent).toContain('You can reach Riverside Counseling directly:');
    expect([...(panel?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'tel:+15555550123',
      'mailto:hello@example.com',
      'tel:988',
      'sms:988',
      'tel:911',
    ]);
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(warnings).toEqual([LOADER_WARN.chatFailed('https://example.org/askwell-chat.js')]);
    await act(() => launcher.click());
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    // Back online: the next open loads the chat.
    fail = false;
    await act(() => launcher.click());
    await tick();
    expect(loads).toBe(2);
    expect(shadow().querySelector('[role="dialog"]')?.textContent).not.toContain('could not load');
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows a practice crisis line from AskwellConfig in the fallback, in Spanish on a Spanish page', async () => {
    window.AskwellConfig = {
      crisis: { banner: { text: 'In crisis?', actions: [{ label: 'Call 999', href: 'tel:999' }] } },
    };
    await bootOnly(scriptTag(), () => Promise.reject(new Error('offline')));
    window.Askwell?.open();
    await tick();
    expect(shadow().querySelector('.cb')?.textContent).toBe('In crisis? Call 999');
    // Nothing configured to reach the practice: no contact line, no link to this very page.
    expect(shadow().querySelector('ul')).toBeNull();
    window.Askwell?.destroy();
    delete window.AskwellConfig;
    document.documentElement.lang = 'es';
    await bootOnly(scriptTag(), () => Promise.reject(new Error('offline')));
    window.Askwell?.open();
    await tick();
    expect(shadow().querySelector('h2')?.textContent).toBe('No se pudo cargar el chat.');
    expect(shadow().querySelector('.cb')?.textContent).toBe(
      '¿En crisis? Llamar al 988 · Texto al 988 · Emergencias 911',
    );
  });
});

describe('The script tag', () => {
  it('mounts one <askwell-widget> on <body> with an open shadow root and exposes window.Askwell', async () => {
    await boot(scriptTag());
    const hosts = document.querySelectorAll('askwell-widget');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.parentElement).toBe(document.body);
    expect(shadow().mode).toBe('open');
    expect(Object.keys(window.Askwell ?? {}).sort()).toEqual(API);
  });

  it('mounts once when included twice, and says so', async () => {
    await boot(scriptTag());
    await boot(scriptTag());
    expect(document.querySelectorAll('askwell-widget')).toHaveLength(1);
    expect(warnings).toEqual([WARN.noContact, LOADER_WARN.twice]);
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
      '¿Preguntas? Escríbanos',
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
      '¿Preguntas? Escríbanos',
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
