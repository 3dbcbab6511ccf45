/**
 * `npm run --silent ask -- [--json] [--knowledge FILE] ["question"]` — what Askwell would reply.
 * Without a question it reads standard input, one question per line, one reply line each.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { MatchResult } from '../widget/core';
import {
  createMatcher,
  crisisText,
  parseMarkdown,
  toPlainText,
  validateKnowledge,
} from '../widget/core';

const args = process.argv.slice(2);
const json = args.includes('--json');
const k = args.indexOf('--knowledge');
const file = k >= 0 ? args[k + 1] : new URL('./faq.json', import.meta.url).pathname;
const questions = args.filter((a, i) => a !== '--json' && !(k >= 0 && (i === k || i === k + 1)));

if (!file) fail('--knowledge needs a file name');
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
const matcher = createMatcher(validation.knowledge);

function fail(message: string): never {
  console.error(`ask: ${message}`);
  process.exit(2);
}

const plain = (markdown: string) => toPlainText(parseMarkdown(markdown));

/** The JSON contract other tools rely on: question, outcome, entryId/answer, suggestions, score. */
function toJson(question: string, r: MatchResult): Record<string, unknown> {
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
      return `${r.reply ?? "I don't have a good answer to that. The practice can help you directly."} (Talk to a person: the practice's contact options follow.)`;
    case 'crisis':
      return crisisText(r);
  }
}

const reply = (q: string) => {
  const r = matcher.match(q);
  return json ? JSON.stringify(toJson(q, r)) : toText(r).replace(/\n/g, ' / ');
};

if (questions.length > 0) {
  console.log(reply(questions.join(' ')));
} else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) console.log(reply(line));
}
