import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The shipped knowledge files: `faq.json` first, then its translations beside it (`faq.es.json`). */
export function knowledgeFiles(): string[] {
  const main = new URL('./faq.json', import.meta.url).pathname;
  const dir = dirname(main);
  const translations = readdirSync(dir).filter((f) => /^faq\.[a-z]{2,3}\.json$/.test(f));
  return [main, ...translations.sort().map((f) => join(dir, f))];
}
