/**
 * `npm run size`: what Askwell costs to download (run `npm run build` first), gzip -9 and brotli
 * (quality 11), against the budgets that matter to the host page: the loader it runs on every
 * page view, and all of it (loader, chat and the knowledge inside) once a visitor opens the chat.
 * Then where the chat's bytes come from. Fails when a budget is passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gzip = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;
const brotli = (code: string | Buffer) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const LOADER = 'dist/askwell.js';
const CHAT = 'dist/askwell-chat.js';
const MODULE = 'dist/askwell.mjs';
/** The Spanish knowledge: downloaded only by a visitor who writes in Spanish (or a Spanish page). */
const SPANISH = 'dist/askwell-faq.es.js';
const BUDGETS = [
  { what: 'loader (askwell.js), on every page view', files: [LOADER], max: 3 * 1024 },
  { what: 'loader + chat + shipped knowledge, once opened', files: [LOADER, CHAT], max: 45 * 1024 },
  {
    what: 'loader + chat + both languages, for a Spanish-speaking visitor',
    files: [LOADER, CHAT, SPANISH],
    max: 45 * 1024,
  },
];

let failed = false;
const sizes = new Map<string, { raw: number; gz: number; br: number }>();
for (const file of [LOADER, CHAT, MODULE, SPANISH]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const bytes = readFileSync(file);
  sizes.set(file, { raw: bytes.length, gz: gzip(bytes), br: brotli(bytes) });
}

console.log('| file | raw | gzip -9 | brotli |\n|---|---|---|---|');
for (const [file, s] of sizes) console.log(`| ${file} | ${kb(s.raw)} | ${s.gz} B | ${s.br} B |`);

console.log('\n| budget (gzip -9) | size | budget | |\n|---|---|---|---|');
for (const b of BUDGETS) {
  const gz = b.files.reduce((sum, f) => sum + (sizes.get(f)?.gz ?? 0), 0);
  const over = gz > b.max;
  failed ||= over;
  console.log(`| ${b.what} | ${gz} B | ${b.max} B | ${over ? `OVER by ${gz - b.max} B` : 'ok'} |`);
}

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

const libs = ['preact', 'preact/hooks', '@preact/signals', 'fuse.js/basic'];
const preact = await part(
  `export * from 'preact'; export * from 'preact/hooks'; export * from '@preact/signals';`,
);
const fuse = await part(`export { default } from 'fuse.js/basic';`);
const screen = await part(`export { screenCrisis } from './widget/core/crisis/screen';`);
const core = await part(
  `export * from './widget/core/match/matcher'; export * from './widget/core/knowledge/validate'; export * from './widget/core/knowledge/markdown'; export * from './widget/core/crisis/resources';`,
  libs,
);
const knowledge = gzip(JSON.stringify(JSON.parse(readFileSync('knowledge/faq.json', 'utf8'))));
const chat = sizes.get(CHAT)?.gz ?? 0;
console.log(`\nWhere ${CHAT} comes from (each part gzipped alone; approximate):`);
console.log(`  Preact + hooks + signals   ${kb(preact)}`);
console.log(`  fuse.js (basic)            ${kb(fuse)}`);
console.log(`  core (matcher, validation, markdown, crisis screen)  ${kb(core)}`);
console.log(`    of it, the crisis screen alone  ${kb(screen)} (issue 8's budget: 8.0 KB)`);
console.log(`  embedded knowledge (faq.json)  ${kb(knowledge)}`);
console.log(
  `  UI, model, styles, strings (the rest)  ≈ ${kb(chat - preact - fuse - core - knowledge)}`,
);
process.exit(failed ? 1 : 0);
