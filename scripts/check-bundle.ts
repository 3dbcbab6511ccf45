/**
 * `npm run check:bundle` (part of `npm run test:e2e`, after the build): fails if a built bundle
 * contains a way to run strings as code or to write HTML: the quality bar's "no eval, new
 * Function, innerHTML or dangerouslySetInnerHTML", plus their cousins.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const FORBIDDEN: readonly [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b|\bFunction\s*\(/],
  ['innerHTML', /innerHTML/],
  ['outerHTML', /outerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\.write/],
  ['setTimeout/setInterval with a string', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['a style attribute from a string', /setAttribute\(\s*["'`]style["'`]/],
];

/** The forbidden constructs found in some code, with a little context each. */
export function scan(code: string): string[] {
  return FORBIDDEN.flatMap(([name, pattern]) => {
    const m = pattern.exec(code);
    return m ? [`${name}: …${code.slice(Math.max(0, m.index - 60), m.index + 60)}…`] : [];
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const files = [
    'dist/askwell.js',
    'dist/askwell.mjs',
    'dist/askwell-chat.js',
    'dist/askwell-faq.es.js',
  ];
  const found = files.flatMap((file) =>
    scan(readFileSync(file, 'utf8')).map((f) => `✘ ${file}: ${f}`),
  );
  console.log(
    found.length
      ? found.join('\n')
      : `✔ ${files.join(', ')}: no eval, new Function, innerHTML or other HTML/code sinks.`,
  );
  process.exit(found.length ? 1 : 0);
}
