import type { CrisisAction, CrisisConfig } from '../core/types';

const isText = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** One-tap links only, as the knowledge validator requires of a knowledge file's crisis card. */
const isActions = (v: unknown) =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every((a: CrisisAction) => isText(a?.label) && /^(tel|sms|https):/i.test(a.href));

/**
 * A crisis card from `AskwellConfig.crisis` (or `mount({ crisis })`), checked just enough to render
 * and match safely: text where text is shown, resources and a banner with one-tap links.
 */
export function isCrisisConfig(value: unknown): value is CrisisConfig {
  const c = value as CrisisConfig | null;
  return (
    !!c &&
    isText(c.title) &&
    isText(c.notice) &&
    Array.isArray(c.resources) &&
    c.resources.length > 0 &&
    c.resources.every(
      (r) =>
        isText(r?.name) && isActions(r.actions) && (!r.categories || Array.isArray(r.categories)),
    ) &&
    isText(c.banner?.text) &&
    isActions(c.banner.actions)
  );
}
