/**
 * `npm run knowledge:check [file…]` — checks knowledge files before they are published: by default
 * `knowledge/faq.json` and its translations beside it (`faq.es.json`). Several files are one
 * knowledge in several languages: the first is the one the others translate.
 * Errors (exit 1): a file cannot be used as it is. Warnings: worth a look, do not fail.
 */
import { readFileSync } from 'node:fs';
import {
  compareTranslation,
  type Issue,
  type Knowledge,
  lintKnowledge,
  validateKnowledge,
} from '../widget/core';
import { knowledgeFiles } from './files';

const given = process.argv.slice(2);
const files = given.length ? given : knowledgeFiles();

function print(kind: 'error' | 'warning', issues: Issue[]) {
  for (const i of issues) console.log(`${kind}: ${i.path}: ${i.message}\n  fix: ${i.fix}`);
}

/** One file's checks; its knowledge, or null when it has errors. */
function check(file: string): { knowledge: Knowledge | null; errors: number } {
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
    return { knowledge: null, errors: 1 };
  }
  const result = validateKnowledge(data);
  print('warning', result.warnings);
  if (!result.ok) {
    print('error', result.errors);
    console.log(
      `${file}: ${result.errors.length} error(s), ${result.warnings.length} warning(s).\n`,
    );
    return { knowledge: null, errors: result.errors.length };
  }
  const lint = lintKnowledge(result.knowledge);
  print('warning', lint.warnings);
  print('error', lint.errors);
  const warnings = result.warnings.length + lint.warnings.length;
  const phrasings = result.knowledge.entries.reduce((n, e) => n + 1 + e.alternates.length, 0);
  console.log(
    `${file} (${result.knowledge.lang ?? 'en'}): ${result.knowledge.entries.length} entries, ${phrasings} phrasings; ${lint.errors.length} error(s), ${warnings} warning(s).\n`,
  );
  return { knowledge: result.knowledge, errors: lint.errors.length };
}

const checked = files.map(check);
let errors = checked.reduce((n, c) => n + c.errors, 0);
const [base, ...translations] = checked.map((c) => c.knowledge);
translations.forEach((t, i) => {
  if (!base || !t) return;
  const issues = compareTranslation(base, t);
  if (issues.length) console.log(`${files[i + 1]} against ${files[0]}:`);
  print('error', issues);
  errors += issues.length;
});
process.exit(errors ? 1 : 0);
