/**
 * The loader: all the host page runs before a visitor shows intent. It draws the launcher,
 * answers `window.Askwell` at once (calls wait in order and are replayed), and loads the chat on
 * first intent: the pointer over the launcher, focus on it, a touch, a click, an API call, or a
 * conversation to restore from this tab's session. If the chat cannot load, the launcher opens a
 * small panel with the practice's contact details and the crisis line instead. Plain DOM, no
 * Preact: every page view pays for it (its budget is in scripts/size.ts).
 */
import type { AskwellHandle } from '../askwell';
import type { CrisisAction } from '../core';
import { BANNER, BANNER_ES, LOADER_WARN } from '../core';
import launcherCss from '../launcher.css?inline';
import { type AskwellEvent, type AskwellEvents, EVENT_PREFIX } from '../model/events';
import { STORAGE_KEY } from '../model/storage';
import {
  DEFAULT_ACCENT,
  type Given,
  isObject,
  type Lang,
  PAGE_DEFAULTS,
  type PageOptions,
  pageParsers,
  uiLang,
} from '../parsers';
import { createShell, el, type Shell, setOpen } from '../shell';
import { phoneLabel, telHref } from '../ui/phone';
import { LOADER_STRINGS } from './strings';

/** `window.Askwell`: the mount handle plus event subscription. */
export interface AskwellApi extends AskwellHandle {
  /** `on('answer', fn)` or `on('askwell:answer', fn)`; returns the unsubscribe function. */
  on<E extends AskwellEvent>(
    event: E | `${typeof EVENT_PREFIX}${E}`,
    fn: (detail: AskwellEvents[E]) => void,
  ): () => void;
}

/** The chat's module (chat.ts, built to askwell-chat.js). */
export interface ChatModule {
  start(shell: Shell, given: Given): AskwellHandle;
}

type Method = 'open' | 'close' | 'toggle' | 'ask';
const run = (chat: AskwellHandle, name: Method, args: unknown[]) =>
  (chat[name] as (...a: unknown[]) => void)(...args);

/** Loads the chat module from `url` by import(); a retry after a failure asks for the file anew. */
export const importFrom =
  (url: string) =>
  (attempt: number): Promise<ChatModule> =>
    import(/* @vite-ignore */ attempt ? `${url}?retry=${attempt}` : url);

/**
 * Builds the shell and the `window.Askwell`-shaped API for what the page gave; the caller puts the
 * host on the page. `load(attempt)` imports the chat module (a retry after a failure asks for the
 * file again); `where` is its URL, for the warning when it fails.
 */
export function boot(
  given: Given,
  load: (attempt: number) => Promise<ChatModule>,
  where: string,
): { api: AskwellApi; host: HTMLElement } {
  // data-* over AskwellConfig, or mount()'s options; the chat reads them all again, and warns.
  const values: Record<string, unknown> =
    'mount' in given
      ? { ...given.mount }
      : { ...(isObject(given.config) ? given.config : {}), ...given.data };
  const page = { ...PAGE_DEFAULTS };
  // The accent as CSS has it (launcher.css derives the rest until the chat has exact colours).
  const accent = String(values.accent ?? '');
  for (const [key, parse] of Object.entries(pageParsers(() => null)))
    if (values[key] !== undefined)
      (page as Record<string, unknown>)[key] = parse(values[key]) ?? page[key as keyof PageOptions];
  const lang = uiLang(page.lang);
  const text = LOADER_STRINGS[lang];
  let chat: AskwellHandle | null = null;
  let loading: Promise<void> | null = null;
  let attempts = 0;
  let gone = false;
  let fallback: HTMLElement | null = null;
  const queue: [Method, unknown[]][] = [];
  const shell = createShell(
    {
      ...page,
      accent: accent && CSS.supports('color', accent) ? accent : DEFAULT_ACCENT,
      lang,
      label: text.launcher,
    },
    launcherCss,
    () => api.toggle(),
  );

  function start() {
    loading ??= load(attempts++).then(
      (module) => {
        if (gone) return;
        fallback?.remove();
        fallback = null;
        chat = module.start(shell, given);
        for (const [name, args] of queue.splice(0)) run(chat, name, args);
      },
      () => {
        loading = null; // the next intent tries again
        if (gone) return;
        console.warn(LOADER_WARN.chatFailed(where));
        const wanted = queue.some(([name]) => name !== 'close');
        queue.length = 0;
        if (wanted) show(true);
      },
    );
  }

  /** The panel shown when the chat could not load; null when hidden. */
  function show(open: boolean) {
    fallback?.remove();
    fallback = open ? unavailable(page, lang, given) : null;
    if (fallback) shell.slot.append(fallback);
    setOpen(shell, open, open);
  }

  const call =
    (name: Method) =>
    (...args: unknown[]) => {
      if (chat) return run(chat, name, args);
      if (name === 'close') {
        if (fallback) show(false);
        else if (loading) queue.push([name, args]);
        return;
      }
      if (fallback && name === 'toggle') return show(false);
      queue.push([name, args]);
      start();
    };

  for (const type of ['pointerenter', 'focus', 'touchstart'])
    shell.launcher.addEventListener(type, () => chat || start(), { passive: true });
  shell.root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && fallback) show(false);
  });
  // A conversation in this tab's session is on its way back: the chat loads now to restore it.
  try {
    if (page.persist === 'session' && sessionStorage.getItem(STORAGE_KEY)) start();
  } catch {}

  const api: AskwellApi = {
    open: call('open'),
    close: call('close'),
    toggle: call('toggle'),
    ask: call('ask') as (text: string) => void,
    destroy() {
      gone = true;
      queue.length = 0;
      if (chat) chat.destroy();
      shell.host.remove();
    },
    on(event, fn) {
      const type = event.startsWith(EVENT_PREFIX) ? event : EVENT_PREFIX + event;
      const listener = (e: Event) => fn((e as CustomEvent).detail);
      shell.host.addEventListener(type, listener);
      return () => shell.host.removeEventListener(type, listener);
    },
  };
  return { api, host: shell.host };
}

const SAFE_HREF = /^(?:tel:|sms:|https:)/i;

/** The small panel for a chat that could not load: who to contact, and the crisis line. */
function unavailable(page: PageOptions, lang: Lang, given: Given): HTMLElement {
  const text = LOADER_STRINGS[lang];
  const link = (href: string, label: string) => {
    const a = el('a', '', label);
    a.href = href;
    if (/^https?:/.test(href)) {
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
    }
    return a;
  };
  const panel = el('div', 'p u');
  panel.id = 'aw-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'aw-u');
  const title = el('h2', '', text.unavailable);
  title.id = 'aw-u';
  panel.append(title);
  const routes: HTMLElement[] = [];
  const { contactPhone: phone, contactEmail: email, contactUrl: page_ } = page;
  if (phone) routes.push(link(telHref(phone), text.callUs.replace('{v}', phoneLabel(phone))));
  if (email) routes.push(link(`mailto:${email}`, text.emailUs.replace('{v}', email)));
  if (page_) routes.push(link(page_, text.contactPage));
  if (routes.length) {
    panel.append(el('p', '', text.reach.replace('{v}', page.practiceName || text.thePractice)));
    const list = el('ul');
    for (const r of routes) {
      const item = el('li');
      item.append(r);
      list.append(item);
    }
    panel.append(list);
  }
  // The practice's own crisis line where it configured one, else the US line in this language.
  const config = 'config' in given && isObject(given.config) ? given.config.crisis : undefined;
  const own = isObject(config) && isObject(config.banner) ? config.banner : undefined;
  const actions = own?.actions;
  const usable =
    own &&
    typeof own.text === 'string' &&
    Array.isArray(actions) &&
    actions.every((a: CrisisAction) => typeof a?.label === 'string' && SAFE_HREF.test(a?.href));
  const banner = usable ? (own as typeof BANNER) : lang === 'es' ? BANNER_ES : BANNER;
  const line = el('p', 'cb', banner.text);
  banner.actions.forEach((a, i) => {
    line.append(i ? ' · ' : ' ', link(a.href, a.label));
  });
  panel.append(line);
  return panel;
}
