/**
 * How each page-level option is read from a script tag, `AskwellConfig` or `mount()`: shared by
 * the loader (which needs only these, to draw the launcher and the fallback panel before the chat
 * exists) and the chat's full `parseOptions` (options.ts), so each option has one parser.
 */
import { parseColor, type Rgb } from './core/color';

import { type Lang, toLang } from './core/text/langs';

export type { Lang };

/** The UI's language: the `lang` option, else the page's `<html lang>`, else English. */
export const uiLang = (lang: Lang | null): Lang =>
  lang ?? toLang(document.documentElement.lang) ?? 'en';

/** Reads one option's value; undefined when it is not usable. */
export type Parse<T> = (value: unknown) => T | undefined;

export const str = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
export const oneOf =
  <T extends string>(...values: T[]): Parse<T> =>
  (v) =>
    values.find((x) => x === str(v));
export const webUrl: Parse<string> = (v) => {
  try {
    const url = new URL(str(v) ?? '', globalThis.document?.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};

/** A CSS colour to RGB, or null if it is not an opaque colour. */
export type ColorResolver = (value: string) => Rgb | null;

/** Hex directly; other CSS colours (names, rgb(), hsl()…) through a canvas, which writes them as hex. */
export const canvasColor: ColorResolver = (value) => {
  const rgb = parseColor(value);
  // An invalid fillStyle is ignored (black stays): only what CSS calls a colour goes to the canvas.
  if (rgb || !globalThis.CSS?.supports('color', value)) return rgb;
  try {
    const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = value;
    return parseColor(String(ctx.fillStyle));
  } catch {
    return null; // no canvas (old engines): only hex is understood
  }
};

/** The options the page's loader reads. */
export interface PageOptions {
  practiceName: string;
  contactUrl: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** An opaque colour. */
  accent: Rgb;
  position: 'right' | 'left';
  /** null: from the page's `<html lang>`, else English. */
  lang: Lang | null;
  persist: 'session' | 'none';
  zIndex: number;
}

/**
 * The top of the stacking order: consent banners sit at 2147483645 (OneTrust) and below; at the
 * maximum, and added last to <body>, the launcher is never under one. `data-z-index` lowers it.
 */
export const TOP_Z_INDEX = 2147483647;

/** The default accent as CSS writes it, for the loader (PAGE_DEFAULTS.accent, as RGB). */
export const DEFAULT_ACCENT = '#0f766e';

export const PAGE_DEFAULTS: Readonly<PageOptions> = {
  practiceName: '',
  contactUrl: null,
  contactEmail: null,
  contactPhone: null,
  accent: [15, 118, 110],
  position: 'right',
  lang: null,
  persist: 'session',
  zIndex: TOP_Z_INDEX,
};

export function pageParsers(color: ColorResolver): {
  [K in keyof PageOptions]: Parse<PageOptions[K]>;
} {
  return {
    practiceName: (v) => {
      const s = str(v);
      return s && s.length <= 80 ? s : undefined;
    },
    contactUrl: webUrl,
    contactEmail: (v) => str(v)?.match(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/)?.[0],
    contactPhone: (v) => str(v)?.match(/^\+?[\d\s().-]{3,24}$/)?.[0],
    accent: (v) => (typeof v === 'string' ? (color(v) ?? undefined) : undefined),
    position: oneOf('right', 'left'),
    lang: (v) => (typeof v === 'string' ? (toLang(v) ?? undefined) : undefined),
    persist: oneOf('session', 'none'),
    zIndex: (v) => {
      const n =
        typeof v === 'number' ? v : /^-?\d{1,10}$/.test(str(v) ?? '') ? Number(v) : Number.NaN;
      return Number.isSafeInteger(n) && Math.abs(n) < 2 ** 31 ? n : undefined;
    },
  };
}

/** One source of option values and how a warning names each key (`data-accent`, `AskwellConfig.accent`). */
export interface OptionLayer {
  values: Record<string, unknown>;
  name(key: string): string;
}

/** What a page gave: the script tag's `AskwellConfig` and `data-*`, or `mount()`'s options. */
export type Given =
  | { config: unknown; data: Record<string, string | undefined> }
  | { mount: object };

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null;

/** The option layers a page gave, later ones winning; `config` is only used when it is an object. */
export function layersOf(given: Given): OptionLayer[] {
  if ('mount' in given) return [{ values: { ...given.mount }, name: (k) => `mount({ ${k} })` }];
  return [
    { values: isObject(given.config) ? given.config : {}, name: (k) => `AskwellConfig.${k}` },
    { values: { ...given.data }, name: (k) => `data-${kebab(k)}` },
  ];
}
