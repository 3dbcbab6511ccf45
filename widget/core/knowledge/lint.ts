import { screenCrisis } from '../crisis/screen';
import { createMatcher, type Matcher } from '../match/matcher';
import { LINT_TEXT as T } from '../messages';
import { knowledgeLang } from '../text/rules';
import type { Knowledge } from './types';
import type { Issue } from './validate';

/**
 * Checks that need the matcher, for `npm run knowledge:check` (not shipped in the widget): every
 * question and alternate must be answered with its own entry, and no phrasing may belong to two
 * entries. Run only on knowledge that passed `validateKnowledge`.
 */
export function lintKnowledge(knowledge: Knowledge): Lint {
  const lint: Lint = { errors: [], warnings: [] };
  for (const _ of lintSteps(knowledge, lint));
  return lint;
}

export interface Lint {
  errors: Issue[];
  warnings: Issue[];
}

/**
 * `lintKnowledge` one entry at a time: fills `out` and yields after each entry, so that a page
 * (the knowledge studio) can check 2,000 entries without freezing while staff type.
 */
export function* lintSteps(
  knowledge: Knowledge,
  out: Lint,
  /** A matcher already built on `knowledge` (building one for 2,000 entries takes 0.2 s). */
  matcher: Matcher = createMatcher(knowledge),
): Generator<void, void, void> {
  const { errors, warnings } = out;
  const owners = new Map<string, string>();
  for (const [i, entry] of knowledge.entries.entries()) {
    const phrasings: [string, string][] = [
      [`$.entries[${i}].question`, entry.question],
      ...entry.alternates.map((a, j): [string, string] => [`$.entries[${i}].alternates[${j}]`, a]),
    ];
    for (const [path, text] of phrasings) {
      const key = matcher.analyze(text).sort().join(' ');
      const owner = owners.get(key);
      if (owner && owner !== entry.id) {
        errors.push({ path, ...T.samePhrasing(text, owner) });
        continue;
      }
      owners.set(key, entry.id);
      if (screenCrisis(text)) {
        warnings.push({ path, ...T.looksLikeCrisis(text) });
        continue;
      }
      const result = matcher.match(text);
      if (result.outcome === 'answer' && result.entry.id === entry.id) continue;
      // A handoff topic's word takes the phrasing to staff: the fix is in the topic, or the words.
      if (result.outcome === 'handoff' && result.topic && result.term) {
        const t = (knowledge.handoffTopics ?? []).findIndex((h) => h.topic === result.topic);
        const where = `$.handoffTopics[${t}].terms[${knowledge.handoffTopics?.[t]?.terms.indexOf(result.term)}]`;
        errors.push({
          path,
          ...T.handedOff(text, result.term, result.topic, where),
          remove: where,
        });
        continue;
      }
      const got =
        result.outcome === 'answer'
          ? `the answer of "${result.entry.id}"`
          : result.outcome === 'clarify'
            ? `"Did you mean…" (${result.candidates.map((c) => c.id).join(', ')})`
            : result.outcome === 'handoff'
              ? `a handoff to staff${result.topic ? ` (it mentions the topic "${result.topic}")` : ''}`
              : 'the crisis card';
      errors.push({ path, ...T.wrongReply(text, got, entry.id) });
    }
    yield;
  }
}

/**
 * Checks a translation of the knowledge against the file it translates: one file per language,
 * and the same entries in each (by id), so related entries, suggestions and the host page's
 * events mean the same whichever language the visitor writes in.
 */
export function compareTranslation(base: Knowledge, translation: Knowledge): Issue[] {
  const lang = translation.lang ?? 'en';
  const baseLang = base.lang ?? 'en';
  if (knowledgeLang(lang) === knowledgeLang(baseLang))
    return [{ path: '$.lang', ...T.sameLanguage(lang) }];
  const theirs = new Set(translation.entries.map((e) => e.id));
  const ours = new Set(base.entries.map((e) => e.id));
  return [
    ...base.entries
      .filter((e) => !theirs.has(e.id))
      .map((e) => ({ path: '$.entries', ...T.missingTranslation(e.id, lang) })),
    ...translation.entries.flatMap((e, i) =>
      ours.has(e.id) ? [] : [{ path: `$.entries[${i}].id`, ...T.extraTranslation(e.id, baseLang) }],
    ),
  ];
}
