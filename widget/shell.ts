/**
 * The widget's frame in plain DOM, shared by the loader and the chat: `<askwell-widget>` with an
 * open shadow root, the root element (position, theme, language) and the launcher. The loader
 * builds it before any chat code exists; the chat renders its panel into `slot` and keeps the
 * launcher in step (`setOpen`). One launcher from first paint on: nothing is swapped under the
 * visitor's pointer or focus when the chat arrives.
 */
import type { AccentTheme } from './core/color';
import { PATHS } from './icons';

export interface ShellLook {
  position: 'right' | 'left';
  zIndex: number;
  /** A CSS colour: the launcher. */
  accent: string;
  /** The exact colours derived from it (the chat's); without, launcher.css derives them. */
  theme?: AccentTheme;
  lang: string;
  /** The launcher's accessible name. */
  label: string;
}

export interface Shell {
  host: HTMLElement;
  root: ShadowRoot;
  /** `.r`: position, theme variables, `op` while open. */
  frame: HTMLDivElement;
  launcher: HTMLButtonElement;
  /** Where the chat renders its panel (or the loader its fallback). */
  slot: HTMLDivElement;
}

const SVG = 'http://www.w3.org/2000/svg';
const sheets = new Map<string, CSSStyleSheet>();

/** One constructable stylesheet per CSS text, shared by every widget on the page. */
export function sheet(css: string): CSSStyleSheet {
  let s = sheets.get(css);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(css);
    sheets.set(css, s);
  }
  return s;
}

/** An element with a class and text, for the loader's plain-DOM parts. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text = '') {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

export function createShell(look: ShellLook, css: string, toggle: () => void): Shell {
  const host = document.createElement('askwell-widget');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet(css)];
  const frame = el('div', 'r');
  frame.dir = 'ltr';
  const launcher = el('button', 'l');
  launcher.type = 'button';
  const svg = document.createElementNS(SVG, 'svg');
  const path = document.createElementNS(SVG, 'path');
  // size and stroke are in launcher.css
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.append(path);
  launcher.append(svg);
  launcher.addEventListener('click', toggle);
  const slot = el('div', 'pc');
  frame.append(launcher, slot);
  root.append(frame);
  const shell = { host, root, frame, launcher, slot };
  style(shell, look);
  setOpen(shell, false, false);
  return shell;
}

/** Applies position, theme, language and the launcher's name (again, once the chat has them all). */
export function style({ frame, launcher }: Shell, look: ShellLook): void {
  frame.classList.toggle('left', look.position === 'left');
  frame.classList.toggle('right', look.position !== 'left');
  frame.lang = look.lang;
  const { theme } = look;
  const vars = {
    '--aw-a': theme?.accent ?? look.accent,
    '--aw-on': theme?.onAccent,
    '--aw-tl': theme?.light,
    '--aw-td': theme?.dark,
    '--aw-z': String(look.zIndex),
  };
  for (const [k, v] of Object.entries(vars))
    if (v) frame.style.setProperty(k, v);
    else frame.style.removeProperty(k);
  launcher.setAttribute('aria-label', look.label);
}

/**
 * Open or closed: the launcher's state, icon and (once there is a panel) `aria-controls`; `op` on
 * the root hides the launcher under a full-screen panel on phones.
 */
export function setOpen({ frame, launcher }: Shell, open: boolean, panel: boolean): void {
  frame.classList.toggle('op', open);
  launcher.setAttribute('aria-expanded', String(open));
  if (panel) launcher.setAttribute('aria-controls', 'aw-panel');
  else launcher.removeAttribute('aria-controls');
  launcher.querySelector('path')?.setAttribute('d', open ? PATHS.close : PATHS.chat);
}
