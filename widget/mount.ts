import { boot, importFrom } from './loader/boot';
import { CHAT_FILE } from './loader/script';
import type { MountOptions } from './options';
import type { AskwellHandle } from './ui/mountWidget';

export type { EventDetail } from './model/events';
export type { MountOptions } from './options';
export type { AskwellHandle } from './ui/mountWidget';

/**
 * Mounts the Askwell widget on `<body>`: the launcher now, the chat (`askwell-chat.js`, beside
 * this file) on first intent. Invalid options warn in the console when the chat loads and fall
 * back to their defaults.
 *
 * @example
 * import { mount } from './askwell.mjs';
 * const askwell = mount({ practiceName: 'Riverside Therapy', contactEmail: 'hello@example.org' });
 * askwell.ask('Who prescribes the medication?');
 */
export function mount(options: MountOptions = {}): AskwellHandle {
  const here = import.meta.url;
  const chat = new URL(CHAT_FILE, here).href;
  const { api, host } = boot({ mount: options }, importFrom(chat), chat);
  document.body.appendChild(host);
  const { open, close, toggle, ask, destroy } = api;
  return { open, close, toggle, ask, destroy };
}
