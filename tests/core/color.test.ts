import { describe, expect, it } from 'vitest';
import {
  accentTheme,
  contrast,
  parseColor,
  type Rgb,
  readableOn,
  textOn,
  toHex,
} from '../../widget/core';

const WHITE: Rgb = [255, 255, 255];
const LIGHT: Rgb = [241, 244, 244];
const DARK: Rgb = [38, 43, 46];

describe('parseColor', () => {
  it.each([
    ['#0f766e', [15, 118, 110]],
    ['#FFF', [255, 255, 255]],
    ['#000f', [0, 0, 0]],
    ['#12345678'.slice(0, 7), [18, 52, 86]],
    ['#ff0000ff', [255, 0, 0]],
    ['  #abc  ', [170, 187, 204]],
  ])('reads %s', (input, rgb) => {
    expect(parseColor(input)).toEqual(rgb);
  });

  it.each([
    '',
    'red',
    '#12',
    '#ggg',
    'rgb(1,2)',
    '#ff000080',
    '#0008',
    'rgb(10, 20, 30)',
    'url(x)',
  ])('refuses %j (not hex, or not opaque: other colours come through a canvas)', (input) => {
    expect(parseColor(input)).toBeNull();
  });
});

describe('contrast', () => {
  it.each([
    [[0, 0, 0], [255, 255, 255], 21],
    [[255, 255, 255], [255, 255, 255], 1],
    [[118, 118, 118], [255, 255, 255], 4.54],
    [[0, 0, 255], [255, 255, 255], 8.59],
  ] as [Rgb, Rgb, number][])('of %j on %j is %d', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
    expect(contrast(b, a)).toBeCloseTo(ratio, 2);
  });
});

describe('When a practice picks an accent', () => {
  const accents = [
    '#0f766e',
    '#ffff00',
    '#ffffff',
    '#000000',
    '#7fdbff',
    '#ff4136',
    '#777777',
    '#1e3a8a',
    '#f0f0f0',
  ];

  it.each(accents)('text on %s keeps AA contrast', (hex) => {
    const accent = parseColor(hex) as Rgb;
    expect(contrast(textOn(accent), accent)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(accents)('%s as text keeps AA contrast on the light and dark surfaces', (hex) => {
    const theme = accentTheme(parseColor(hex) as Rgb, LIGHT, DARK);
    expect(contrast(parseColor(theme.light) as Rgb, LIGHT)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(parseColor(theme.light) as Rgb, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(parseColor(theme.dark) as Rgb, DARK)).toBeGreaterThanOrEqual(4.5);
    expect(
      contrast(parseColor(theme.onAccent) as Rgb, parseColor(theme.accent) as Rgb),
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps an accent that already reads well unchanged', () => {
    const teal = parseColor('#0f766e') as Rgb;
    expect(toHex(readableOn(teal, WHITE))).toBe('#0f766e');
  });

  it('darkens a pale accent for text on light, and lightens a deep one for text on dark', () => {
    const yellow = parseColor('#ffff00') as Rgb;
    const navy = parseColor('#1e3a8a') as Rgb;
    const onLight = readableOn(yellow, LIGHT);
    const onDark = readableOn(navy, DARK);
    expect(onLight.every((c, i) => c <= (yellow[i] ?? 0))).toBe(true);
    expect(onDark.every((c, i) => c >= (navy[i] ?? 0))).toBe(true);
  });
});
