import type { CrisisConfig, Knowledge } from './core';
import { validateCrisis, WARN } from './core';
import {
  type ColorResolver,
  type OptionLayer,
  PAGE_DEFAULTS,
  type PageOptions,
  type Parse,
  pageParsers,
  webUrl,
} from './parsers';
import { STRINGS, type Strings } from './strings';

export type { ColorResolver, OptionLayer } from './parsers';
export { canvasColor } from './parsers';

/** Every option with its default. Parsed once, at the boundary (script tag, `AskwellConfig`, `mount()`). */
export interface Options extends PageOptions {
  /** URL of a knowledge JSON (fetched on first open) or a knowledge object; null: the embedded one. */
  knowledge: string | Knowledge | null;
  /** The same for the Spanish knowledge (`data-knowledge-es`), fetched when first needed. */
  knowledgeEs: string | Knowledge | null;
  contactEndpoint: string | null;
  /** How requests go to `contactEndpoint`: `json`, or `form` (form-encoded, for form services). */
  contact: { format: 'json' | 'form' };
  strings: Partial<Strings>;
  /** Replaces the crisis card and line (the knowledge file's, else the US defaults). */
  crisis: CrisisConfig | null;
}

export const DEFAULTS: Readonly<Options> = Object.freeze<Options>({
  ...PAGE_DEFAULTS,
  knowledge: null,
  knowledgeEs: null,
  contactEndpoint: null,
  contact: Object.freeze({ format: 'json' }),
  strings: {},
  crisis: null,
});

/** What `mount()` takes: any subset of the options; `accent` any CSS colour, `lang` any BCP 47 tag. */
export type MountOptions = Partial<Omit<Options, 'lang' | 'accent'>> & {
  lang?: string;
  accent?: string;
};

const knowledgeOption = (v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Knowledge) : webUrl(v);

function parsers(color: ColorResolver): { [K in keyof Options]: Parse<Options[K]> } {
  return {
    ...pageParsers(color),
    knowledge: knowledgeOption,
    knowledgeEs: knowledgeOption,
    contactEndpoint: webUrl,
    contact: (v) => {
      const format = (v as Options['contact'] | null)?.format;
      return format === 'json' || format === 'form' ? Object.freeze({ format }) : undefined;
    },
    crisis: (v) => (validateCrisis(v).length === 0 ? (v as CrisisConfig) : undefined),
    strings: (v) => {
      if (!v || typeof v !== 'object') return undefined;
      const entries = Object.entries(v);
      const ok = entries.every(([k, s]) => k in STRINGS.en && typeof s === 'string');
      return ok ? (Object.fromEntries(entries) as Partial<Strings>) : undefined;
    },
  };
}

/** What each option expects, for the warning about a value it cannot use. */
const EXPECTED: Readonly<Record<keyof Options, string>> = {
  knowledge: 'a knowledge URL or object',
  knowledgeEs: 'a Spanish knowledge URL or object',
  practiceName: 'a name of 1 to 80 characters',
  contactEndpoint: 'an http(s) URL',
  contactUrl: 'an http(s) URL',
  contactEmail: 'an email address',
  contactPhone: 'a phone number',
  contact: '{ format: "json" } or { format: "form" }',
  accent: 'an opaque CSS colour',
  position: 'right or left',
  lang: 'en or es',
  persist: 'session or none',
  zIndex: 'an integer',
  crisis: 'a crisis card: title, notice, resources and banner with tel:, sms: or https: links',
  strings: 'an object of UI strings',
};

/**
 * Later layers override earlier ones. An invalid value (`invalid`) or a key the table does not
 * know (`unknown`) leaves the default, or the earlier layer's value, in place.
 */
function readLayers<T extends object>(
  layers: OptionLayer[],
  table: { [K in keyof T]: Parse<T[K]> },
  defaults: T,
  invalid?: (key: string, name: string, value: unknown) => void,
  unknown?: (name: string) => void,
): T {
  const out = { ...defaults } as Record<string, unknown>;
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer.values)) {
      if (value === undefined) continue;
      const parse = (table as Record<string, Parse<unknown>>)[key];
      if (!parse || !Object.hasOwn(table, key)) unknown?.(layer.name(key));
      else {
        const parsed = parse(value);
        if (parsed === undefined) invalid?.(key, layer.name(key), value);
        else out[key] = parsed;
      }
    }
  }
  return out as T;
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
  return Object.freeze(
    readLayers(
      layers,
      parsers(color),
      DEFAULTS,
      (key, name, value) => warn(WARN.invalid(name, value, EXPECTED[key as keyof Options])),
      (name) => warn(WARN.unknown(name)),
    ),
  );
}
