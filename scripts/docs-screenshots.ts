/**
 * `npm run docs:screenshots`: copies the screenshots the browser suite made (run `npm run test:e2e`
 * first) into docs/screenshots/, where the README shows them.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const SHOTS = [
  'desktop.png',
  'phone-answer.png',
  'dark.png',
  'crisis.png',
  'form.png',
  'personal.png',
  'crisis-es.png',
  'es-answer-english-page.png',
  'es-form-spanish-page.png',
  'studio-entries.png',
  'studio-clash.png',
  'studio-try.png',
  'studio-questions.png',
  'studio-conflict.png',
  'studio-publish.png',
];
mkdirSync('docs/screenshots', { recursive: true });
let missing = 0;
for (const shot of SHOTS) {
  const from = `tests/e2e/screenshots/${shot}`;
  if (!existsSync(from)) {
    console.error(`${from} is missing: run npm run test:e2e first.`);
    missing++;
    continue;
  }
  copyFileSync(from, `docs/screenshots/${shot}`);
  console.log(`docs/screenshots/${shot}`);
}
process.exit(missing ? 1 : 0);
