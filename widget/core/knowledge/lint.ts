import { screenCrisis } from '../crisis/screen';
import { createMatcher } from '../match/matcher';
import { LINT_TEXT as T } from '../messages';
import type { Knowledge } from './types';
import type { Issue } from './validate';

/**
 * Checks that need the matcher, for `npm run knowledge:check` (not shipped in the widget): every
 * question and alternate must be answered with its own entry, and no phrasing may belong to two
 * entries. Run only on knowledge that passed `validateKnowledge`.
 */
export function lintKnowledge(knowledge: Knowledge): { errors: Issue[]; warnings: Issue[] } {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const matcher = createMatcher(knowledge);
  const owners = new Map<string, string>();
  knowledge.entries.forEach((entry, i) => {
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
  });
  return { errors, warnings };
}
