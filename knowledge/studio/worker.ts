/**
 * The studio's checker, off the main thread: the matcher's checks on 2,000 entries take seconds
 * and building the matcher alone 0.2 s, which would freeze typing. The page sends the draft and
 * gets back what `lintKnowledge` finds; a newer draft replaces the worker (model.ts).
 */
import type { Knowledge } from '../../widget/core';
import { lintKnowledge } from '../../widget/core';

addEventListener('message', (e: MessageEvent<{ id: number; knowledge: Knowledge }>) => {
  const { id, knowledge } = e.data;
  postMessage({ id, lint: lintKnowledge(knowledge) });
});
