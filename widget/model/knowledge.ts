import { batch, createModel, signal } from '@preact/signals';
import type { CrisisConfig, Knowledge, Matcher } from '../core';
import { createMatcher, DEFAULT_CRISIS } from '../core';
import type { Options } from '../options';
import { loadKnowledge } from './loadKnowledge';

export interface KnowledgeDeps {
  options: Readonly<Options>;
  /** The knowledge shipped inside the bundle: the default, and the fallback. */
  embedded: Knowledge;
  fetch?: typeof fetch;
  warn: (message: string) => void;
}

/**
 * The knowledge and its matcher: loaded on first open (a knowledge URL is never fetched at page
 * load), or built ahead in idle time for the embedded one. What needs the matcher before it is
 * ready waits for it, in the order asked.
 */
export const KnowledgeModel = createModel((deps: KnowledgeDeps) => {
  const { options, embedded } = deps;
  /** Set on first open: the knowledge starts loading, and the panel exists from then on. */
  const started = signal(false);
  const knowledge = signal<Knowledge | null>(null);
  const crisis = signal<CrisisConfig>(options.crisis ?? embedded.crisis ?? DEFAULT_CRISIS);
  const matcher = signal<Matcher | null>(null);
  let waiting: ((m: Matcher) => void)[] = [];

  function use(k: Knowledge) {
    // `AskwellConfig.crisis` wins over the knowledge file's own card.
    const config = { crisis: options.crisis ?? undefined };
    let m: Matcher;
    try {
      m = createMatcher(k, config);
    } catch {
      m = createMatcher(embedded, config); // validated but unusable: the shipped knowledge still works
    }
    batch(() => {
      matcher.value = m;
      knowledge.value = m.knowledge;
      crisis.value = m.crisis;
    });
    for (const fn of waiting.splice(0)) fn(m);
  }

  function start() {
    if (started.peek()) return;
    started.value = true;
    const source = options.knowledge;
    // The embedded knowledge (checked at build time) is shown at once, greeting and all; its
    // matcher is built in the next task, so the panel paints first.
    if (source === null) {
      knowledge.value = embedded;
      return void setTimeout(warm);
    }
    const fetcher = deps.fetch ?? globalThis.fetch.bind(globalThis);
    loadKnowledge(source, embedded, fetcher, deps.warn).then(use);
  }

  /**
   * Builds the matcher for the embedded knowledge ahead of the first open (the widget calls it in
   * idle time), so opening is only a render: at 4× CPU throttling the build alone is ~45 ms.
   */
  function warm() {
    if (!matcher.peek() && options.knowledge === null) use(embedded);
  }

  return {
    started,
    knowledge,
    crisis,
    matcher,
    start,
    warm,
    /** Runs `fn` now if the matcher is ready, else once it is (starting the load), in order. */
    whenReady(fn: (m: Matcher) => void) {
      const m = matcher.peek();
      if (m) return fn(m);
      waiting.push(fn);
      start();
    },
    /** Drops what is still waiting for the matcher (the conversation was cleared). */
    cancel() {
      waiting = [];
    },
  };
});
