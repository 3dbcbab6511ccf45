/**
 * The shipped knowledge in Spanish, built to `dist/askwell-faq.es.js` beside the chat: the chat
 * imports it when the first Spanish message arrives (or the page is in Spanish), never before.
 */
import faq from '../knowledge/faq.es.json';
import type { Knowledge } from './core';

export default faq as unknown as Knowledge;
