import { copyFileSync, mkdirSync } from 'node:fs';
import { build, type InlineConfig, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildStudio } from './knowledge/studio/build';
import { noRawHtml } from './scripts/no-raw-html';

/**
 * `vite build` writes two bundles from one config: `dist/askwell.js` (an IIFE that mounts itself
 * from its script tag) here, and `dist/askwell.mjs` (ESM, `mount()`) from a nested build started
 * by the plugin below; then copies the hand-written types and the shipped knowledge next to them.
 * Both are self-contained: Preact, signals, fuse.js, the CSS and the knowledge are inside.
 */
const shared: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  plugins: [noRawHtml()],
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: false,
    emptyOutDir: false,
    copyPublicDir: false,
  },
};

/** An ES module build of one entry, minified and served as is. */
const esm = (input: string, file: string) =>
  build({
    ...shared,
    mode: 'esm',
    build: {
      ...shared.build,
      // Not `build.lib` either: its ES output keeps whitespace for the consumer's minifier, and
      // these files are meant to be served as they are.
      rolldownOptions: {
        input,
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: file, charset: 'ascii' },
      },
    },
  });

function esmBuilds(): Plugin {
  return {
    name: 'askwell-esm',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild && env.mode !== 'esm',
    async closeBundle() {
      // The chat the loaders import on first intent (Preact, core, UI, knowledge), and `mount()`.
      await esm('widget/chat.ts', 'askwell-chat.js');
      await esm('widget/mount.ts', 'askwell.mjs');
      // The Spanish knowledge, imported by the chat beside it when a Spanish message arrives.
      await esm('widget/knowledge-es.ts', 'askwell-faq.es.js');
      mkdirSync('dist', { recursive: true });
      copyFileSync('widget/askwell.d.ts', 'dist/askwell.d.ts');
      copyFileSync('knowledge/faq.json', 'dist/faq.json');
      copyFileSync('knowledge/faq.es.json', 'dist/faq.es.json');
      // The knowledge studio, one self-contained page (knowledge/studio/).
      await buildStudio();
    },
  };
}

export default defineConfig({
  define: shared.define,
  plugins: [noRawHtml(), esmBuilds()],
  build: {
    ...shared.build,
    emptyOutDir: true,
    // Not `build.lib`: its IIFE needs a global name, and `var Askwell = …` would overwrite the
    // `window.Askwell` API the bundle sets up (and a second copy of the script would clobber it).
    rolldownOptions: {
      input: 'widget/embed.ts',
      output: { format: 'iife', entryFileNames: 'askwell.js', charset: 'ascii' },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
