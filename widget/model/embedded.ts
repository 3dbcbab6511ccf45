import faq from '../../knowledge/faq.json';
import type { Knowledge, Lang } from '../core';

/** The shipped knowledge, bundled: the default when no `data-knowledge` is given, and the fallback. */
export const EMBEDDED = faq as unknown as Knowledge;

/**
 * The shipped knowledge in Spanish: `askwell-faq.es.js`, a module of its own beside the chat (see
 * `knowledge-es.ts`), downloaded only when a Spanish message arrives (or the page is in Spanish),
 * never with the English. Found from the chat's own URL, as the loader finds the chat.
 */
export const TRANSLATIONS: Partial<Record<Lang, () => Promise<Knowledge>>> = {
  es: () => {
    // Resolved at run time, beside the chat (not an asset for the build to bundle).
    const chat = import.meta.url;
    return import(/* @vite-ignore */ new URL('./askwell-faq.es.js', chat).href).then(
      (m: { default: Knowledge }) => m.default,
    );
  },
};
