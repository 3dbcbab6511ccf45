import { batch, createModel, signal } from '@preact/signals';
import type { CrisisConfig, Knowledge, Lang, Matcher } from '../core';
import { createMatcher, DEFAULT_CRISIS, knowledgeLang } from '../core';
import type { Options } from '../options';
import { loadKnowledge } from './loadKnowledge';

export interface KnowledgeDeps {
  options: Readonly<Options>;
  /** The knowledge shipped inside the bundle: the default, and the fallback. */
  embedded: Knowledge;
  /**
   * The shipped knowledge in other languages, each loaded only when first needed (a message in
   * it, or a page in it), unless the page names its own (`knowledgeEs`); then it is the fallback.
   */
  translations?: Partial<Record<Lang, () => Promise<Knowledge>>>;
  /** The page's language: the shipped knowledge in it, if there is one, greets the visitor. */
  lang?: Lang;
  fetch?: typeof fetch;
  warn: (message: string) => void;
}

/** Something waiting for the matcher of the language `pick` chooses, once the first is ready. */
interface Job {
  pick: (first: Matcher) => Lang;
  run: (m: Matcher | null, lang: Lang) => void;
}

/**
 * The knowledge and its matchers, one per language: loaded on first open (a knowledge URL is never
 * fetched at page load), or built ahead in idle time for the embedded one; another language's
 * shipped knowledge is loaded when a message in it first arrives. What needs a matcher before it is
 * ready waits for it, in the order asked.
 */
export const KnowledgeModel = createModel((deps: KnowledgeDeps) => {
  const { options, embedded } = deps;
  const shipped = options.knowledge === null;
  const embeddedLang = knowledgeLang(embedded.lang);
  const fetcher: typeof fetch = (...a) => (deps.fetch ? deps.fetch(...a) : globalThis.fetch(...a));
  const spanish = deps.translations?.es;
  /**
   * Where each language's knowledge comes from: the page's own files (`knowledge`, for the
   * embedded one's language, and `knowledgeEs`), else the shipped ones. A page's file that fails
   * falls back to the shipped one, as the widget always has (the console says why).
   */
  const sources: Partial<Record<Lang, () => Knowledge | Promise<Knowledge>>> = {
    ...(shipped ? deps.translations : {}),
    [embeddedLang]: () =>
      options.knowledge === null
        ? embedded
        : loadKnowledge(options.knowledge, embedded, fetcher, deps.warn),
  };
  const ownEs = options.knowledgeEs;
  if (ownEs !== null && embeddedLang !== 'es')
    sources.es = () =>
      loadKnowledge(ownEs, null, fetcher, deps.warn).then(
        (k) => k ?? spanish?.() ?? Promise.reject(),
      );
  /** The page's language, when there is knowledge in it: its greeting opens the conversation. */
  const firstLang: Lang = deps.lang && sources[deps.lang] ? deps.lang : embeddedLang;
  /** Set on first open: the knowledge starts loading, and the panel exists from then on. */
  const started = signal(false);
  /** The first language's knowledge: its greeting and suggestions open the conversation. */
  const knowledge = signal<Knowledge | null>(null);
  const crisis = signal<CrisisConfig>(options.crisis ?? embedded.crisis ?? DEFAULT_CRISIS);
  const matcher = signal<Matcher | null>(null);
  const byLang = new Map<Lang, Matcher>();
  const loading = new Set<Lang>();
  let queue: Job[] = [];

  function build(k: Knowledge): Matcher {
    // `AskwellConfig.crisis` wins over the knowledge file's own card.
    const config = { crisis: options.crisis ?? undefined };
    try {
      return createMatcher(k, config);
    } catch {
      return createMatcher(embedded, config); // validated but unusable: the shipped knowledge still works
    }
  }

  function use(k: Knowledge, first: boolean) {
    const m = build(k);
    byLang.set(knowledgeLang(m.knowledge.lang), m);
    if (first)
      batch(() => {
        matcher.value = m;
        knowledge.value = m.knowledge;
        crisis.value = m.crisis;
      });
    drain();
  }

  /** Runs what waits, in order, as far as the matchers it needs are ready. */
  function drain() {
    const first = matcher.peek();
    while (first && queue.length) {
      const job = queue[0] as Job;
      const lang = job.pick(first);
      const m = byLang.get(lang);
      if (!m && sources[lang]) return void load(lang);
      queue.shift();
      job.run(m ?? null, lang);
    }
  }

  /**
   * Loads another language's knowledge; if it cannot load, or is not in that language after all,
   * that language has none (its messages get the reply saying which language answers are in).
   */
  function load(lang: Lang) {
    const source = sources[lang];
    if (!source || loading.has(lang)) return;
    loading.add(lang);
    const none = () => {
      delete sources[lang];
      drain();
    };
    Promise.resolve()
      .then(source)
      .then((k) => (knowledgeLang(k.lang) === lang ? use(k, false) : none()), none);
  }

  function start() {
    if (started.peek()) return;
    started.value = true;
    // The embedded knowledge (checked at build time) is shown at once, greeting and all; its
    // matcher is built in the next task, so the panel paints first.
    if (shipped && firstLang === embeddedLang) {
      knowledge.value = embedded;
      return void setTimeout(warm);
    }
    Promise.resolve()
      .then(sources[firstLang])
      .then(
        (k) => use(k, true),
        () => use(embedded, true),
      );
  }

  /**
   * Builds the matcher for the embedded knowledge ahead of the first open (the widget calls it in
   * idle time), so opening is only a render: at 4× CPU throttling the build alone is ~45 ms.
   */
  function warm() {
    if (!matcher.peek() && shipped && firstLang === embeddedLang) use(embedded, true);
  }

  function enqueue(job: Job) {
    queue.push(job);
    start();
    drain();
  }

  return {
    started,
    knowledge,
    crisis,
    matcher,
    start,
    warm,
    /** Runs `fn` with the first language's matcher now if it is ready, else once it is, in order. */
    whenReady(fn: (m: Matcher) => void) {
      enqueue({
        pick: (first) => knowledgeLang(first.knowledge.lang),
        run: (m) => fn(m as Matcher),
      });
    },
    /**
     * Runs `fn` with the matcher for the language `pick` chooses (given the first matcher, once
     * ready), loading that language's knowledge if needed; null when the practice has none in it.
     */
    whenReadyIn(pick: Job['pick'], run: Job['run']) {
      enqueue({ pick, run });
    },
    /** Drops what is still waiting for the matcher (the conversation was cleared). */
    cancel() {
      queue = [];
    },
  };
});
