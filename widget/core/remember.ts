/**
 * `fn` with its results remembered, up to `max` inputs (then computed as they come): for the
 * per-word work that visitors' reused words and the knowledge's phrasings repeat.
 */
export function remembered<T extends {}>(fn: (key: string) => T, max: number): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    const value = fn(key);
    if (seen.size < max) seen.set(key, value);
    return value;
  };
}
