import faq from '../../knowledge/faq.json';
import type { Knowledge } from '../core';

/** The shipped knowledge, bundled: the default when no `data-knowledge` is given, and the fallback. */
export const EMBEDDED = faq as unknown as Knowledge;
