import { render } from 'preact';
import type { AskwellHandle } from '../askwell';
import { accentTheme, crisisWarmSteps, type Knowledge, type Rgb } from '../core';
import launcherCss from '../launcher.css?inline';
import { type Chat, type ChatDeps, createChat } from '../model/createChat';
import { EVENT_PREFIX } from '../model/events';
import { sessionStore } from '../model/storage';
import type { Options } from '../options';
import { uiLang } from '../parsers';
import { createShell, type Shell, type ShellLook, sheet, style } from '../shell';
import { STRINGS, type Strings } from '../strings';
import css from '../styles.css?inline';
import { App } from './App';

/** The handle `mount()` returns, declared once in the public types. */
export type { AskwellHandle };

export interface Mounted extends AskwellHandle {
  host: HTMLElement;
}

// Light and dark surfaces accent-coloured text sits on (the bot bubbles): --sf in launcher.css.
const LIGHT_SURFACE: Rgb = [241, 244, 244];
const DARK_SURFACE: Rgb = [38, 43, 46];

/** What the shell shows, from the full options: the exact WCAG colours from the accent. */
export function lookOf(options: Readonly<Options>, lang: string, strings: Strings): ShellLook {
  const { position, zIndex, accent } = options;
  const theme = accentTheme(accent, LIGHT_SURFACE, DARK_SURFACE);
  return { position, zIndex, accent: theme.accent, theme, lang, label: strings.launcher };
}

/**
 * Renders the chat into a shell (shell.ts): the loader's, or (`parent` a node) a new one appended
 * there. Adopts the styles (constructable stylesheets pass a strict `style-src`; `<style>` would
 * not).
 */
export function mountWidget(
  options: Readonly<Options>,
  embedded: Knowledge,
  parent: Node | Shell,
  /** Tests inject the network and the clock. */
  env: Pick<ChatDeps, 'fetch' | 'submit' | 'now' | 'translations'> = {},
): Mounted {
  const lang = uiLang(options.lang);
  const strings = { ...STRINGS[lang], ...options.strings };
  const look = lookOf(options, lang, strings);
  let chat: Chat | undefined;
  const given = 'launcher' in parent;
  // The loader's shell is restyled with the chat's exact colours; a new one is built with them.
  const shell = given ? parent : createShell(look, launcherCss, () => chat?.toggle());
  if (given) style(shell, look);
  shell.root.adoptedStyleSheets = [sheet(launcherCss), sheet(css)];
  const { host } = shell;
  chat = createChat({
    ...env,
    options,
    lang,
    strings,
    embedded,
    storage: options.persist === 'session' ? sessionStore() : null,
    emit: (type, detail) =>
      host.dispatchEvent(
        new CustomEvent(EVENT_PREFIX + type, { detail: Object.freeze(detail), bubbles: true }),
      ),
  });
  const c = chat;
  render(<App chat={c} shell={shell} />, shell.slot);
  // In idle time, build the matcher (so that the first open is only a render), then warm the
  // crisis screen a step at a time (so that the first reply is as fast as the rest).
  const idle =
    globalThis.requestIdleCallback ??
    ((fn: (d?: IdleDeadline) => void) => setTimeout(fn, 1000) as unknown as number);
  const cancelIdle = globalThis.cancelIdleCallback ?? clearTimeout;
  const steps = [() => c.warm(), ...crisisWarmSteps()];
  const next = (deadline?: IdleDeadline) => {
    do steps.shift()?.();
    while (steps.length && (deadline?.timeRemaining() ?? 0) > 10);
    if (steps.length) warming = idle(next, { timeout: 5000 });
  };
  let warming = idle(next, { timeout: 5000 });
  if (!given) parent.appendChild(host);
  return {
    host,
    open: c.open,
    close: c.close,
    toggle: c.toggle,
    ask: c.ask,
    destroy() {
      cancelIdle(warming);
      render(null, shell.slot);
      c.dispose();
      host.remove();
    },
  };
}
