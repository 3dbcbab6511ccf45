import { WARN } from '../core';
import { EMBEDDED } from '../model/embedded';
import { type AskwellEvent, type AskwellEvents, EVENT_PREFIX } from '../model/events';
import { canvasColor, parseOptions } from '../options';
import { type AskwellHandle, mountWidget } from './mountWidget';

/** `window.Askwell`: the mount handle plus event subscription. */
export interface AskwellApi extends AskwellHandle {
  /** `on('answer', fn)` or `on('askwell:answer', fn)`; returns the unsubscribe function. */
  on<E extends AskwellEvent>(
    event: E | `${typeof EVENT_PREFIX}${E}`,
    fn: (detail: AskwellEvents[E]) => void,
  ): () => void;
}

declare global {
  interface Window {
    Askwell?: AskwellApi;
    AskwellConfig?: unknown;
  }
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The script-tag bootstrap: options from `window.AskwellConfig`, then the tag's `data-*`
 * attributes; the widget is created at once (so `window.Askwell` works immediately) and attached to
 * `<body>` as soon as there is one. A second copy of the script finds `window.Askwell` and stops.
 */
export function bootScript(script: HTMLScriptElement | null): void {
  if (window.Askwell) {
    console.warn(WARN.twice);
    return;
  }
  const config = window.AskwellConfig;
  const configOk = config === undefined || (typeof config === 'object' && config !== null);
  if (!configOk) console.warn(WARN.invalid('window.AskwellConfig', config, 'an object'));
  const options = parseOptions(
    [
      {
        values: configOk ? ((config as Record<string, unknown>) ?? {}) : {},
        name: (k) => `AskwellConfig.${k}`,
      },
      { values: { ...script?.dataset }, name: (k) => `data-${kebab(k)}` },
    ],
    canvasColor,
  );
  const widget = mountWidget(options, EMBEDDED, null, {}, true);
  const attach = () => document.body.appendChild(widget.host);
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach, { once: true });
  const host = widget.host;
  window.Askwell = {
    open: widget.open,
    close: widget.close,
    toggle: widget.toggle,
    ask: widget.ask,
    destroy() {
      document.removeEventListener('DOMContentLoaded', attach);
      widget.destroy();
      delete window.Askwell;
    },
    on(event, fn) {
      const type = event.startsWith(EVENT_PREFIX) ? event : EVENT_PREFIX + event;
      const listener = (e: Event) => fn((e as CustomEvent).detail);
      host.addEventListener(type, listener);
      return () => host.removeEventListener(type, listener);
    },
  };
}
