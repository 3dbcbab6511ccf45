/**
 * `npm run size`: the gzip -9 size of the built bundles (run `npm run build` first), with a
 * breakdown of where the bytes of `dist/askwell.js` come from. Fails when it passes the budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = 24 * 1024;
const FILES = ['dist/askwell.js', 'dist/askwell.mjs'];

const gzip = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One part bundled and minified on its own (gzip is not additive, so the parts are approximate). */
async function part(contents: string, external: string[] = []): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    external,
    logLevel: 'silent',
  });
  return gzip(result.outputFiles[0]?.text ?? '');
}

let failed = false;
for (const file of FILES) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    failed = true;
    continue;
  }
  const raw = readFileSync(file);
  const gz = gzip(raw);
  const budgeted = file === 'dist/askwell.js';
  const over = budgeted && gz > BUDGET;
  const note = budgeted
    ? ` (budget ${kb(BUDGET)}${over ? `, OVER by ${gz - BUDGET} bytes` : ''})`
    : '';
  console.log(`${file}: ${kb(raw.length)} raw, ${kb(gz)} gzip (${gz} bytes)${note}`);
  failed ||= over;
}

if (existsSync(FILES[0] ?? '')) {
  const libs = ['preact', 'preact/hooks', '@preact/signals', 'fuse.js/basic'];
  const preact = await part(
    `export * from 'preact'; export * from 'preact/hooks'; export * from '@preact/signals';`,
  );
  const fuse = await part(`export { default } from 'fuse.js/basic';`);
  const core = await part(
    `export * from './widget/core/match/matcher'; export * from './widget/core/knowledge/validate'; export * from './widget/core/knowledge/markdown'; export * from './widget/core/crisis/resources';`,
    libs,
  );
  const knowledge = gzip(JSON.stringify(JSON.parse(readFileSync('knowledge/faq.json', 'utf8'))));
  const total = gzip(readFileSync(FILES[0] ?? ''));
  console.log('\nWhere dist/askwell.js comes from (each part gzipped alone; approximate):');
  console.log(`  Preact + hooks + signals   ${kb(preact)}`);
  console.log(`  fuse.js (basic)            ${kb(fuse)}`);
  console.log(`  core (matcher, crisis screen, validation, markdown)  ${kb(core)}`);
  console.log(`  embedded knowledge (faq.json)  ${kb(knowledge)}`);
  console.log(
    `  widget UI, model, styles, strings (the rest)  ≈ ${kb(total - preact - fuse - core - knowledge)}`,
  );
}
// The crisis screen on its own: concepts, rules, learned weights and its text layer.
const SCREEN_BUDGET = 8 * 1024;
const screen = await part(`export { screenCrisis } from './widget/core/crisis/screen';`);
const weights = await part(`export { WEIGHTS } from './widget/core/crisis/weights';`);
const lexicon = await part(`export { CONCEPTS } from './widget/core/crisis/lexicon';`);
console.log(
  `\nCrisis screen, bundled alone: ${kb(screen)} gzip (budget ${kb(SCREEN_BUDGET)}${screen > SCREEN_BUDGET ? `, OVER by ${screen - SCREEN_BUDGET} bytes` : ''}); of it, learned weights ${kb(weights)}, concept lexicon ${kb(lexicon)}, rules and reading the rest.`,
);
failed ||= screen > SCREEN_BUDGET;
process.exit(failed ? 1 : 0);
