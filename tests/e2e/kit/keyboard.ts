/** The keyboard, as a keyboard-only visitor uses the widget (through open shadow roots). */
import type { Page } from 'playwright-core';
import { squash } from '../../../scripts/browser';
import { panel } from './widget';

export interface Focused {
  tag: string;
  role: string | null;
  text: string;
  label: string | null;
  href: string | null;
  expanded: string | null;
  inWidget: boolean;
  inPanel: boolean;
  isLauncher: boolean;
  isComposer: boolean;
}

/** What has focus, looking through open shadow roots. */
export async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const widget = document.querySelector('askwell-widget');
    const root = widget?.shadowRoot ?? null;
    const inWidget = !!el && !!root && (el === widget || el.getRootNode() === root);
    const dialog = root?.querySelector('[role="dialog"], dialog') ?? null;
    const inPanel = inWidget && !!dialog && !!el && (dialog === el || dialog.contains(el));
    const tag = el?.tagName.toLowerCase() ?? 'none';
    return {
      tag,
      role: el?.getAttribute('role') ?? null,
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      label: el?.getAttribute('aria-label') ?? null,
      href: el?.getAttribute('href') ?? null,
      expanded: el?.getAttribute('aria-expanded') ?? null,
      inWidget,
      inPanel,
      isLauncher:
        inWidget && !inPanel && tag === 'button' && el?.hasAttribute('aria-expanded') === true,
      isComposer: inPanel && (tag === 'textarea' || el?.getAttribute('role') === 'textbox'),
    };
  });
}

export const describe = (f: Focused): string =>
  `${f.tag}${f.role ? `[role=${f.role}]` : ''} "${f.label ?? f.text}"${f.inPanel ? ' (panel)' : f.inWidget ? ' (widget)' : ''}`;

/** Presses Tab (or Shift+Tab) until `want` holds for the focused element; throws with the path. */
export async function tabTo(
  page: Page,
  want: (f: Focused) => boolean,
  what: string,
  { max = 60, back = false } = {},
): Promise<Focused> {
  const trail: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (want(f)) return f;
    trail.push(describe(f));
  }
  throw new Error(
    `Tab never reached ${what} in ${max} presses. Path:\n    ${trail.join('\n    ')}`,
  );
}

/** Keyboard: Tab to the launcher from wherever focus is, press Enter, wait for the panel. */
export async function openWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, (f) => f.isLauncher, 'the launcher');
  await page.keyboard.press('Enter');
  await panel(page).waitFor({ state: 'visible' });
}

/** Keyboard: get to the composer, type, press Enter. */
export async function askWithKeyboard(page: Page, text: string): Promise<void> {
  if (!(await focused(page)).isComposer) {
    await tabTo(page, (f) => f.isComposer, 'the composer');
  }
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Keyboard: Tab to a button in the panel whose text or name matches, press Enter. */
export async function pressButton(page: Page, name: RegExp | string, what?: string): Promise<void> {
  const matches = (f: Focused) =>
    f.inPanel &&
    (f.tag === 'button' || f.role === 'button') &&
    (typeof name === 'string'
      ? squash(f.label ?? f.text) === name || squash(f.text) === name
      : name.test(f.label ?? '') || name.test(f.text));
  if (!matches(await focused(page))) {
    await tabTo(page, matches, what ?? `the button ${String(name)}`);
  }
  await page.keyboard.press('Enter');
}
