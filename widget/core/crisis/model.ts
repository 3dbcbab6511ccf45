import { remembered } from '../remember';
import { URGENT_WEIGHTS, WEIGHTS } from './weights';

/** Hashed feature space of the learned layer; bucket 0 holds the bias. */
export const BUCKETS = 4096;

/**
 * The learned scores' cut-offs, chosen by leave-one-writer-out cross-validation on the tune
 * slices (`npm run train:crisis -- --cv`): from `possible` a message with no rule finding gets the
 * card with a way back; a rule's weaker finding is dropped only below `guard`; from `urgent` (the
 * second model's score: urgent against everything else) the message gets the urgent tier.
 */
export const THRESHOLDS = Object.freeze({ possible: 0.95, guard: 0.1, urgent: 0.99 });

/** FNV-1a, folded into 1…BUCKETS-1; remembered, since the same features recur. */
export const hashFeature = remembered(fnv, 50000);

function fnv(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % (BUCKETS - 1)) + 1;
}

/** One character a weight: 63 levels, −31…31 units of the scale, drawn from this alphabet. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LEVELS = 31;

/**
 * Weights as a string for the bundle: the scale, then one character a bucket (6 bits; gzip packs
 * the many near-zero weights, where base64 over bytes left it ~4 KB a model).
 */
export function encodeWeights(w: Float64Array): string {
  const max = Math.max(...w.map(Math.abs), 1e-9);
  const digits = Array.from(w, (x) => DIGITS[Math.round((x / max) * LEVELS) + 32]);
  return `${max.toPrecision(6)}:${digits.join('')}`;
}

function decode(encoded: string): Float64Array {
  const [scale = '0', data = ''] = encoded.split(':');
  const unit = Number(scale) / LEVELS;
  const w = new Float64Array(BUCKETS);
  for (let i = 0; i < data.length && i < BUCKETS; i++)
    w[i] = (DIGITS.indexOf(data.charAt(i)) - 32) * unit;
  return w;
}

let models: [risk: Float64Array, urgent: Float64Array] | null = null;

/**
 * The learned layer's two probabilities (0–1) for a window: that it carries risk (either tier),
 * and that it is urgent.
 */
export function scoresOf(features: readonly string[]): { risk: number; urgent: number } {
  models ??= [decode(WEIGHTS), decode(URGENT_WEIGHTS)];
  const [risk, urgent] = models.map((w) => {
    let z = w[0] ?? 0;
    for (const f of features) z += w[hashFeature(f)] ?? 0;
    return 1 / (1 + Math.exp(-z));
  });
  return { risk: risk ?? 0, urgent: urgent ?? 0 };
}
