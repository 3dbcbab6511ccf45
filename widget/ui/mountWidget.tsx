import { render } from 'preact';
import type { AskwellHandle } from '../askwell';
import type { Knowledge } from '../core';
import { accentTheme, type Rgb } from '../core';
import { type ChatDeps, createChat } from '../model/createChat';
import { EVENT_PREFIX } from '../model/events';
import { sessionStore } from '../model/storage';
import type { Options } from '../options';
import { STRINGS, toLang } from '../strings';
import css from '../styles.css?inline';
import { App } from './App';

/** The handle `mount()` returns, declared once in the public types. */
export type { AskwellHandle };

export interface Mounted extends AskwellHandle {
  host: HTMLElement;
}

// Light and dark surfaces accent-coloured text sits on (the bot bubbles): --sf in styles.css.
const LIGHT_SURFACE: Rgb = [241, 244, 244];
const DARK_SURFACE: Rgb = [38, 43, 46];

let sheet: CSSStyleSheet | null = null;

/**
 * Creates `<askwell-widget>` with an open shadow root, adopts the styles (constructable
 * stylesheets pass a strict `style-src`; `<style>` would not) and renders the widget into it.
 * The host is appended to `parent` now if given, else by the caller.
 */
export function mountWidget(
  options: Readonly<Options>,
  embedded: Knowledge,
  parent: Node | null,
  /** Tests inject the network and the clock. */
  env: Pick<ChatDeps, 'fetch' | 'submit' | 'now'> = {},
  /**
   * Render in the next task instead of this one. The script tag uses it: compiling the bundle and
   * the first render in one task passed 50 ms on a slow phone (4× CPU throttling).
   */
  deferRender = false,
): Mounted {
  const host = document.createElement('askwell-widget');
  const root = host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  root.adoptedStyleSheets = [sheet];
  const lang = options.lang ?? toLang(document.documentElement.lang) ?? 'en';
  const strings = { ...STRINGS[lang], ...options.strings };
  const chat = createChat({
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
  const theme = accentTheme(options.accent, LIGHT_SURFACE, DARK_SURFACE);
  const show = () => render(<App chat={chat} theme={theme} lang={lang} />, root);
  const rendering = deferRender ? setTimeout(show) : undefined;
  if (!deferRender) show();
  // Build the matcher in idle time, so that the first open is only a render.
  const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1000));
  const cancelIdle = globalThis.cancelIdleCallback ?? clearTimeout;
  const warming = idle(() => chat.warm(), { timeout: 5000 });
  parent?.appendChild(host);
  return {
    host,
    open: chat.open,
    close: chat.close,
    toggle: chat.toggle,
    ask: chat.ask,
    destroy() {
      clearTimeout(rendering);
      cancelIdle(warming);
      render(null, root);
      chat.dispose();
      host.remove();
    },
  };
}
