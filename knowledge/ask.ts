/**
 * `npm run --silent ask -- [--json] [--lang es|en|auto] [--knowledge FILE]… ["question"]` — what
 * Askwell would reply. Without a question it reads standard input, one question per line, one
 * reply line each. The knowledge is `faq.json` and its translations beside it (`faq.es.json`), or
 * the files named with `--knowledge` (one per language). `--lang auto` (the default) answers in
 * the question's language, as the widget does; `es` or `en` forces one. The JSON reports `lang`.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Lang, LangResult, Matcher, MatchResult } from '../widget/core';
import {
  createMatcher,
  crisisText,
  knowledgeLang,
  matchIn,
  parseMarkdown,
  toPlainText,
  validateKnowledge,
} from '../widget/core';
import { knowledgeFiles } from './files';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files: string[] = [];
let lang: Lang | 'auto' = 'auto';
const questions: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--json') continue;
  if (a === '--knowledge') {
    const f = args[++i];
    if (!f) fail('--knowledge needs a file name');
    files.push(f);
  } else if (a === '--lang') {
    const l = args[++i];
    if (l !== 'es' && l !== 'en' && l !== 'auto') fail('--lang takes es, en or auto');
    lang = l;
  } else questions.push(a);
}
if (files.length === 0) files.push(...knowledgeFiles());

const matchers: Partial<Record<Lang, Matcher>> = {};
/** The first file's language: a question that does not say its own is answered in it. */
let first: Lang | undefined;
for (const file of files) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  const validation = validateKnowledge(data);
  if (!validation.ok) {
    fail(
      `${file} has errors; run npm run knowledge:check ${file}\n${validation.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`,
    );
  }
  const l = knowledgeLang(validation.knowledge.lang);
  first ??= l;
  matchers[l] ??= createMatcher(validation.knowledge);
}

function fail(message: string): never {
  console.error(`ask: ${message}`);
  process.exit(2);
}

const plain = (markdown: string) => toPlainText(parseMarkdown(markdown));

/** The JSON contract other tools rely on: question, outcome, entryId/answer, suggestions, score. */
function toJson(question: string, result: LangResult): Record<string, unknown> {
  return { ...fields(question, result), lang: result.lang };
}

function fields(question: string, r: MatchResult): Record<string, unknown> {
  switch (r.outcome) {
    case 'answer':
      return {
        question,
        outcome: 'answer',
        entryId: r.entry.id,
        answer: plain(r.entry.answer),
        score: r.score,
      };
    case 'clarify':
      return {
        question,
        outcome: 'clarify',
        suggestions: r.candidates.map((c) => ({ entryId: c.id, question: c.question })),
        score: r.score,
      };
    case 'handoff':
      return {
        question,
        outcome: 'handoff',
        reason: r.reason,
        ...(r.topic ? { topic: r.topic } : {}),
        score: r.score,
      };
    case 'crisis':
      return {
        question,
        outcome: 'crisis',
        tier: r.tier,
        categories: r.categories,
        answer: crisisText(r),
        score: r.score,
      };
  }
}

/** The reply as a visitor reads it, on one line (newlines shown as " / "). */
function toText(r: MatchResult): string {
  switch (r.outcome) {
    case 'answer':
      return plain(r.entry.answer);
    case 'clarify':
      return `Did you mean: ${r.candidates.map((c) => `"${c.question}"`).join(' or ')}? (or: None of these)`;
    case 'handoff':
      return `${r.reply ?? (r.reason === 'language' ? 'There are no answers in this language yet.' : "I don't have a good answer to that. The practice can help you directly.")} (Talk to a person: the practice's contact options follow.)`;
    case 'crisis':
      return crisisText(r);
  }
}

const reply = (q: string) => {
  const r = matchIn(matchers, q, { fallback: first, ...(lang === 'auto' ? {} : { lang }) });
  return json ? JSON.stringify(toJson(q, r)) : toText(r).replace(/\n/g, ' / ');
};

if (questions.length > 0) {
  console.log(reply(questions.join(' ')));
} else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) console.log(reply(line));
}
