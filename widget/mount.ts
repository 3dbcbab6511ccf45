import { EMBEDDED } from './model/embedded';
import { canvasColor, type MountOptions, parseOptions } from './options';
import { type AskwellHandle, mountWidget } from './ui/mountWidget';

export type { EventDetail } from './model/events';
export type { MountOptions } from './options';
export type { AskwellHandle } from './ui/mountWidget';

/**
 * Mounts the Askwell widget on `<body>`. Invalid options warn in the console and fall back to
 * their defaults.
 *
 * @example
 * import { mount } from './askwell.mjs';
 * const askwell = mount({ practiceName: 'Riverside Therapy', contactEmail: 'hello@example.org' });
 * askwell.ask('Who prescribes the medication?');
 */
export function mount(options: MountOptions = {}): AskwellHandle {
  const parsed = parseOptions([{ values: options, name: (k) => `mount({ ${k} })` }], canvasColor);
  const { open, close, toggle, ask, destroy } = mountWidget(parsed, EMBEDDED, document.body);
  return { open, close, toggle, ask, destroy };
}
