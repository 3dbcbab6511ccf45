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

const hashed = new Map<string, number>();
/** FNV-1a, folded into 1…BUCKETS-1; remembered, since the same features recur. */
export function hashFeature(feature: string): number {
  let h = hashed.get(feature);
  if (h === undefined) {
    h = fnv(feature);
    if (hashed.size < 50000) hashed.set(feature, h);
  }
  return h;
}

function fnv(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % (BUCKETS - 1)) + 1;
}

/** Weights as a string for the bundle: the scale, then one signed byte a bucket in base64. */
export function encodeWeights(w: Float64Array): string {
  const max = Math.max(...w.map(Math.abs), 1e-9);
  const bytes = Uint8Array.from(w, (x) => Math.round((x / max) * 127) & 0xff);
  return `${max.toPrecision(6)}:${btoa(String.fromCharCode(...bytes))}`;
}

function decode(encoded: string): Float64Array {
  const [scale = '0', data = ''] = encoded.split(':');
  const unit = Number(scale) / 127;
  const raw = atob(data);
  const w = new Float64Array(BUCKETS);
  for (let i = 0; i < raw.length && i < BUCKETS; i++)
    w[i] = ((raw.charCodeAt(i) << 24) >> 24) * unit;
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
