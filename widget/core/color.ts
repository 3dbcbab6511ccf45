/**
 * WCAG 2.x contrast helpers for the accent colour. Pure: a practice picks any accent, and the
 * widget derives text colours from it that keep AA contrast (4.5:1) instead of trusting it.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */

export type Rgb = readonly [number, number, number];

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/**
 * `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`; null if not opaque or not hex. Other CSS colours (names,
 * `rgb()`, `hsl()`…) reach this as hex through a canvas (`canvasColor` in options.ts).
 */
export function parseColor(input: string): Rgb | null {
  const hex = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.exec(input.trim())?.[1];
  if (!hex) return null;
  const full = hex.length < 5 ? hex.replace(/./g, '$&$&') : hex;
  const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
  return full.length > 6 && n(6) < 255 ? null : [n(0), n(2), n(4)];
}

export function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function toHex(c: Rgb): string {
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** White or black, whichever reads better on `bg` (at least 4.58:1 for any colour). */
export function textOn(bg: Rgb): Rgb {
  return contrast(WHITE, bg) >= contrast(BLACK, bg) ? WHITE : BLACK;
}

/**
 * `fg` itself if it reaches `min` contrast on `bg`, else `fg` mixed toward black or white (the one
 * that reads better on `bg`) just far enough. Always reaches 4.5, since black or white does.
 */
export function readableOn(fg: Rgb, bg: Rgb, min = 4.5): Rgb {
  const target = textOn(bg);
  for (let t = 0; t < 1; t += 0.05) {
    const mixed = fg.map((c, i) => Math.round(c + ((target[i] ?? 0) - c) * t)) as unknown as Rgb;
    if (contrast(mixed, bg) >= min) return mixed;
  }
  return target;
}

export interface AccentTheme {
  /** The accent as given: launcher, visitor bubbles, send button. */
  accent: string;
  /** Text and icons drawn on the accent. */
  onAccent: string;
  /** Accent-coloured text (links, chips) on the light surface. */
  light: string;
  /** Accent-coloured text on the dark surface. */
  dark: string;
}

/** The colours the widget needs from one accent, given the two surfaces accent text sits on. */
export function accentTheme(accent: Rgb, lightSurface: Rgb, darkSurface: Rgb): AccentTheme {
  return {
    accent: toHex(accent),
    onAccent: toHex(textOn(accent)),
    light: toHex(readableOn(accent, lightSurface)),
    dark: toHex(readableOn(accent, darkSurface)),
  };
}
