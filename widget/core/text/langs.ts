/** The languages Askwell speaks: its labels, its crisis card, and the knowledge it has rules for. */
export type Lang = 'en' | 'es';

/** `en`, `es` or null for a BCP 47 tag (`es-MX` → `es`). */
export function toLang(tag: string): Lang | null {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'es' ? base : null;
}
