/**
 * Requests per client address: a token bucket per address. A full bucket holds `burst` tokens; it
 * refills at `perMinute` tokens a minute; each request takes one. An empty bucket answers how long
 * until the next token, which becomes `Retry-After`. With the defaults (10 a minute, bursts of 10)
 * that wait is at most 6 s, short enough for the widget to retry on its own.
 */
export interface RateLimitOptions {
  /** Sustained requests per minute per address (default 10). */
  perMinute?: number;
  /** Requests allowed at once from a full bucket (default: `perMinute`). */
  burst?: number;
}

export const RATE_LIMIT_DEFAULTS = Object.freeze({ perMinute: 10 });

/** Buckets kept before full (idle) ones are forgotten. */
const MAX_TRACKED = 10_000;

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export function createRateLimiter(
  options: RateLimitOptions,
  now: () => number,
): (address: string) => RateDecision {
  const perMinute = options.perMinute ?? RATE_LIMIT_DEFAULTS.perMinute;
  const burst = options.burst ?? perMinute;
  if (!(perMinute > 0) || !(burst >= 1)) throw new RangeError('rate limit must allow a request');
  // Counted in milliseconds of credit rather than fractional tokens, so whole-millisecond clocks
  // add up exactly: a token costs `interval` ms of credit; a full bucket holds `burst` of them.
  const interval = 60_000 / perMinute;
  const full = burst * interval;
  const buckets = new Map<string, { credit: number; at: number }>();

  const level = (bucket: { credit: number; at: number }, t: number) =>
    Math.min(full, bucket.credit + Math.max(0, t - bucket.at));

  return (address) => {
    const t = now();
    if (buckets.size >= MAX_TRACKED) {
      for (const [key, bucket] of buckets) if (level(bucket, t) >= full) buckets.delete(key);
      // Still full of busy addresses: forget the oldest (it starts again with a full bucket).
      const oldest = buckets.keys().next();
      if (buckets.size >= MAX_TRACKED && !oldest.done) buckets.delete(oldest.value);
    }
    const bucket = buckets.get(address) ?? { credit: full, at: t };
    const credit = level(bucket, t);
    // (1e-6: a fractional `interval` must not leave a bucket a hair short of a token.)
    if (credit + 1e-6 >= interval) {
      buckets.set(address, { credit: credit - interval, at: t });
      return { ok: true };
    }
    buckets.set(address, { credit, at: t });
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((interval - credit) / 1000 - 1e-9)),
    };
  };
}
