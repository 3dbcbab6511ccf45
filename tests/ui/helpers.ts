import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { Knowledge } from '../../widget/core';
import { parseColor } from '../../widget/core';
import type { ChatDeps } from '../../widget/model/createChat';
import { EMBEDDED } from '../../widget/model/embedded';
import { type MountOptions, parseOptions } from '../../widget/options';
import { type Mounted, mountWidget } from '../../widget/ui/mountWidget';

/** Questions with a known outcome on the shipped knowledge. */
export const Q = {
  typed: { text: 'Who prescribes the medication?', id: 'who-prescribes' },
  vague: 'medication',
  outOfScope: 'how much does it cost',
  crisis: 'I want to kill myself',
} as const;

export const entry = (id: string) => {
  const found = EMBEDDED.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

export interface Rig {
  widget: Mounted;
  root: ShadowRoot;
  events: { type: string; detail: unknown }[];
  warnings: string[];
}

const EVENTS = [
  'open',
  'close',
  'answer',
  'clarify',
  'handoff',
  'crisis',
  'feedback',
  'contact-sent',
];

/**
 * Mounts a widget on <body> as a visitor would meet it, recording its events and warnings. `env`
 * injects the contact endpoint's network and the clock.
 */
export function setup(
  options: MountOptions = {},
  knowledge: Knowledge = EMBEDDED,
  env: Pick<ChatDeps, 'fetch' | 'submit' | 'now' | 'translations'> = {},
): Rig {
  const warnings: string[] = [];
  vi.spyOn(console, 'warn').mockImplementation((m: string) => void warnings.push(m));
  const parsed = parseOptions([{ values: options, name: (k) => k }], parseColor, (m) =>
    warnings.push(m),
  );
  let widget!: Mounted;
  // act() flushes Preact's (and signals') scheduled renders before we look.
  void act(() => {
    widget = mountWidget(parsed, knowledge, document.body, env);
  });
  const events: Rig['events'] = [];
  for (const name of EVENTS) {
    widget.host.addEventListener(`askwell:${name}`, (e) =>
      events.push({ type: name, detail: (e as CustomEvent).detail }),
    );
  }
  const root = widget.host.shadowRoot;
  if (!root) throw new Error('no open shadow root');
  return { widget, root, events, warnings };
}

export async function run(fn: () => void): Promise<void> {
  await act(fn);
  // Replies to runtime knowledge resolve on later ticks.
  await act(() => new Promise((r) => setTimeout(r, 0)));
}

export function query<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
}

/** A button by its accessible name: aria-label, else its text. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => {
    const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) {
    const names = all.map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | ');
    throw new Error(`no button "${name}" among: ${names}`);
  }
  return found;
}

export const hasButton = (root: ParentNode, name: string | RegExp) => {
  try {
    button(root, name);
    return true;
  } catch {
    return false;
  }
};

/** A group (a fieldset) by its accessible name: aria-label, or the text aria-labelledby names. */
export function group(root: ShadowRoot, name: string, within: ParentNode = root): HTMLElement {
  const all = [...within.querySelectorAll<HTMLElement>('fieldset, [role="group"]')];
  const nameOf = (g: HTMLElement) =>
    g.getAttribute('aria-label') ??
    root.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent ??
    '';
  const found = all.findLast((g) => nameOf(g) === name);
  if (!found) throw new Error(`no group "${name}" among: ${all.map(nameOf).join(' | ')}`);
  return found;
}

/** The newest message in the conversation. */
export const latest = (root: ShadowRoot) =>
  [...log(root).querySelectorAll(':scope > .m')].at(-1) as HTMLElement;

export const log = (root: ShadowRoot) => query(root, '[role="log"]');
export const panel = (root: ShadowRoot) => query(root, '[role="dialog"]');
export const launcher = (root: ShadowRoot) => query<HTMLButtonElement>(root, 'button.l');
export const composer = (root: ShadowRoot) => query<HTMLTextAreaElement>(root, '#aw-input');
export const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
export const hrefs = (el: ParentNode) =>
  [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** Types into the composer and presses Enter, as a visitor would. */
export async function type(root: ShadowRoot, value: string, key: Partial<KeyboardEventInit> = {}) {
  const input = composer(root);
  await run(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await run(() => {
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...key }),
    );
  });
}

export async function click(el: HTMLElement) {
  await run(() => el.click());
}

export async function openPanel(rig: Rig) {
  await click(launcher(rig.root));
}
