/**
 * `npm run knowledge:check [file]` — checks a knowledge file before it is published.
 * Errors (exit 1): the file cannot be used as it is. Warnings: worth a look, do not fail.
 */
import { readFileSync } from 'node:fs';
import { type Issue, lintKnowledge, validateKnowledge } from '../widget/core';

const file = process.argv[2] ?? new URL('./faq.json', import.meta.url).pathname;

function print(kind: 'error' | 'warning', issues: Issue[]) {
  for (const i of issues) console.log(`${kind}: ${i.path}: ${i.message}\n  fix: ${i.fix}`);
}

let data: unknown;
try {
  data = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  const reason =
    e instanceof SyntaxError
      ? `it is not valid JSON (${e.message})`
      : `it cannot be read (${(e as Error).message})`;
  console.log(
    `error: ${file}: ${reason}\n  fix: Check for a missing comma, quote or bracket near the place named.`,
  );
  process.exit(1);
}

const result = validateKnowledge(data);
print('warning', result.warnings);
if (!result.ok) {
  print('error', result.errors);
  console.log(`\n${file}: ${result.errors.length} error(s), ${result.warnings.length} warning(s).`);
  process.exit(1);
}
const lint = lintKnowledge(result.knowledge);
print('warning', lint.warnings);
print('error', lint.errors);
const warnings = result.warnings.length + lint.warnings.length;
const phrasings = result.knowledge.entries.reduce((n, e) => n + 1 + e.alternates.length, 0);
console.log(
  `\n${file}: ${result.knowledge.entries.length} entries, ${phrasings} phrasings; ${lint.errors.length} error(s), ${warnings} warning(s).`,
);
process.exit(lint.errors.length ? 1 : 0);
