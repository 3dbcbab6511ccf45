import type { CrisisConfig, Knowledge } from './core';
import { parseColor, type Rgb, validateCrisis, WARN } from './core';
import { type Lang, STRINGS, type Strings, toLang } from './strings';

/** Every option with its default. Parsed once, at the boundary (script tag, `AskwellConfig`, `mount()`). */
export interface Options {
  /** URL of a knowledge JSON (fetched on first open) or a knowledge object; null: the embedded one. */
  knowledge: string | Knowledge | null;
  practiceName: string;
  contactEndpoint: string | null;
  contactUrl: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** How requests go to `contactEndpoint`: `json`, or `form` (form-encoded, for form services). */
  contact: { format: 'json' | 'form' };
  /** An opaque colour. */
  accent: Rgb;
  position: 'right' | 'left';
  /** null: from the page's `<html lang>`, else English. */
  lang: Lang | null;
  persist: 'session' | 'none';
  zIndex: number;
  strings: Partial<Strings>;
  /** Replaces the crisis card and line (the knowledge file's, else the US defaults). */
  crisis: CrisisConfig | null;
}

export const DEFAULTS: Readonly<Options> = Object.freeze<Options>({
  knowledge: null,
  practiceName: '',
  contactEndpoint: null,
  contactUrl: null,
  contactEmail: null,
  contactPhone: null,
  contact: Object.freeze({ format: 'json' }),
  accent: [15, 118, 110],
  position: 'right',
  lang: null,
  persist: 'session',
  zIndex: 2147483000,
  strings: {},
  crisis: null,
});

type Parser<T> = { expected: string; parse(value: unknown): T | undefined };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : undefined);
const oneOf = <T extends string>(...values: T[]): Parser<T> => ({
  expected: values.join(' or '),
  parse: (v) => values.find((x) => x === str(v)),
});
const webUrl = (v: unknown) => {
  try {
    const url = new URL(str(v) ?? '', globalThis.document?.baseURI);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
};
const url: Parser<string> = { expected: 'an http(s) URL', parse: webUrl };

/** What `mount()` takes: any subset of the options; `accent` any CSS colour, `lang` any BCP 47 tag. */
export type MountOptions = Partial<Omit<Options, 'lang' | 'accent'>> & {
  lang?: string;
  accent?: string;
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

function parsers(color: ColorResolver): { [K in keyof Options]: Parser<Options[K]> } {
  return {
    knowledge: {
      expected: 'a knowledge URL or object',
      parse: (v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? (v as Knowledge) : webUrl(v),
    },
    practiceName: {
      expected: 'a name of 1 to 80 characters',
      parse: (v) => {
        const s = str(v);
        return s && s.length <= 80 ? s : undefined;
      },
    },
    contactEndpoint: url,
    contactUrl: url,
    contactEmail: {
      expected: 'an email address',
      parse: (v) => str(v)?.match(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/)?.[0],
    },
    contactPhone: {
      expected: 'a phone number',
      parse: (v) => str(v)?.match(/^\+?[\d\s().-]{3,24}$/)?.[0],
    },
    contact: {
      expected: '{ format: "json" } or { format: "form" }',
      parse: (v) => {
        const format = (v as Options['contact'] | null)?.format;
        return format === 'json' || format === 'form' ? Object.freeze({ format }) : undefined;
      },
    },
    accent: {
      expected: 'an opaque CSS colour',
      parse: (v) => (typeof v === 'string' ? (color(v) ?? undefined) : undefined),
    },
    position: oneOf('right', 'left'),
    lang: {
      expected: Object.keys(STRINGS).join(' or '),
      parse: (v) => (typeof v === 'string' ? (toLang(v) ?? undefined) : undefined),
    },
    persist: oneOf('session', 'none'),
    zIndex: {
      expected: 'an integer',
      parse: (v) => {
        const n =
          typeof v === 'number' ? v : /^-?\d{1,10}$/.test(str(v) ?? '') ? Number(v) : Number.NaN;
        return Number.isSafeInteger(n) && Math.abs(n) < 2 ** 31 ? n : undefined;
      },
    },
    crisis: {
      expected:
        'a crisis card: title, notice, resources and banner with tel:, sms: or https: links',
      parse: (v) => (validateCrisis(v).length === 0 ? (v as CrisisConfig) : undefined),
    },
    strings: {
      expected: 'an object of UI strings',
      parse: (v) => {
        if (!v || typeof v !== 'object') return undefined;
        const entries = Object.entries(v);
        const ok = entries.every(([k, s]) => k in STRINGS.en && typeof s === 'string');
        return ok ? (Object.fromEntries(entries) as Partial<Strings>) : undefined;
      },
    },
  };
}

/** One source of option values and how a warning names each key (`data-accent`, `AskwellConfig.accent`). */
export interface OptionLayer {
  values: Record<string, unknown>;
  name(key: string): string;
}

/**
 * Later layers override earlier ones. An invalid or unknown value warns, naming it, and leaves
 * the default (or the earlier layer's value) in place.
 */
export function parseOptions(
  layers: OptionLayer[],
  color: ColorResolver,
  warn: (message: string) => void = console.warn,
): Readonly<Options> {
  const table = parsers(color);
  const out: Record<string, unknown> = { ...DEFAULTS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer.values)) {
      if (value === undefined) continue;
      if (!Object.hasOwn(table, key)) {
        warn(WARN.unknown(layer.name(key)));
        continue;
      }
      const parser = table[key as keyof Options] as Parser<unknown>;
      const parsed = parser.parse(value);
      if (parsed === undefined) warn(WARN.invalid(layer.name(key), value, parser.expected));
      else out[key] = parsed;
    }
  }
  return Object.freeze(out as unknown as Options);
}
