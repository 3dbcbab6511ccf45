/**
 * Builds the knowledge studio to one self-contained file, `dist/askwell-studio.html`: the script
 * and its CSS inline, no other request, so it opens from a file as well as from any server.
 * `npm run build` runs it; `tsx knowledge/studio/build.ts` builds the studio alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { noRawHtml } from '../../scripts/no-raw-html';

export const STUDIO_FILE = 'dist/askwell-studio.html';

/** A script's text made safe inside `<script>`: it can neither end the element nor open a comment. */
const inline = (js: string) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/** One entry built to a single IIFE script, in memory. */
async function script(entry: string, define: Record<string, string> = {}): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [noRawHtml()],
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    build: {
      target: 'es2022',
      minify: process.env.STUDIO_MINIFY !== '0',
      write: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: fileURLToPath(new URL(entry, import.meta.url)),
        output: { format: 'iife', entryFileNames: 'studio.js', charset: 'ascii' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const [first] = Array.isArray(out) ? out : [out];
  const chunk = first?.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`the studio build wrote no script for ${entry}`);
  return chunk.code;
}

export async function buildStudio(): Promise<string> {
  // The checker runs in a Worker made from this text (model.ts): still one file.
  const worker = await script('./worker.ts');
  const code = await script('./main.tsx', { __STUDIO_WORKER__: JSON.stringify(worker) });
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Askwell knowledge studio</title>
</head>
<body>
<div id="studio"></div>
<script>${inline(code)}</script>
</body>
</html>
`;
  mkdirSync('dist', { recursive: true });
  writeFileSync(STUDIO_FILE, html);
  return STUDIO_FILE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildStudio().then(
    (file) => console.log(`built ${file}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
