/**
 * `npm run size`: the gzip -9 size of the built bundles (run `npm run build` first). Fails when
 * `dist/askwell.js` passes the budget: Preact, signals and fuse.js alone are about 16 KB of it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 24 * 1024;
const FILES = ['dist/askwell.js', 'dist/askwell.mjs'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
let failed = false;
for (const file of FILES) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const budgeted = file === 'dist/askwell.js';
  const over = budgeted && gz > BUDGET;
  const note = budgeted
    ? ` (budget ${kb(BUDGET)}${over ? `, OVER by ${gz - BUDGET} bytes` : ''})`
    : '';
  console.log(`${file}: ${kb(raw.length)} raw, ${kb(gz)} gzip (${gz} bytes)${note}`);
  failed ||= over;
}
process.exit(failed ? 1 : 0);
